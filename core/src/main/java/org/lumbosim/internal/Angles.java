package org.lumbosim.internal;

/** The one place where degrees become radians. Not API. */
public final class Angles {
    private Angles() {
    }

    /**
     * @param deg angle in degrees
     * @return the same angle in radians
     */
    public static double toRad(double deg) {
        return Math.toRadians(deg);
    }

    /**
     * @param rad angle in radians
     * @return the same angle in degrees
     */
    public static double toDeg(double rad) {
        return Math.toDegrees(rad);
    }
}
