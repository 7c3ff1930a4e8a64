package org.lumbosim.internal;

/**
 * The one place where values change units: degrees and radians, and the fixed factors between the
 * SI units used inside the library and the units papers and limits are quoted in (MPa, mmHg, cm²,
 * kN, hours, millimetres). Multiply by a {@code X_PER_Y} factor to go from Y to X. Not API.
 */
public final class Units {
    private Units() {
    }

    /** Pascals per megapascal. */
    public static final double PA_PER_MPA = 1e6;
    /** Megapascals per pascal. */
    public static final double MPA_PER_PA = 1e-6;
    /** Pascals per millimetre of mercury (exact by definition, 101325 Pa per 760 mmHg). */
    public static final double PA_PER_MMHG = 101325.0 / 760.0;
    /** Square metres per square centimetre. */
    public static final double M2_PER_CM2 = 1e-4;
    /** Millimetres per metre. */
    public static final double MM_PER_M = 1000;
    /** Square millimetres per square metre. */
    public static final double MM2_PER_M2 = 1e6;
    /** Newtons per kilonewton. */
    public static final double N_PER_KN = 1000;
    /** Newtons per meganewton. */
    public static final double N_PER_MN = 1e6;
    /** Seconds per hour. */
    public static final double S_PER_H = 3600;

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
