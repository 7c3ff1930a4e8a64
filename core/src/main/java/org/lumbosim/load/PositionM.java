package org.lumbosim.load;

import org.lumbosim.internal.Checks;

/**
 * A point in the global frame (x anterior, y superior, z right; origin at the L5-S1 disc centre),
 * metres.
 *
 * @param xM anterior coordinate (m)
 * @param yM superior coordinate (m)
 * @param zM right coordinate (m)
 */
public record PositionM(double xM, double yM, double zM) {
    /** Largest accepted distance of a load from L5-S1 along any axis (m). */
    public static final double MAX_ABS_M = 3;

    /** Checks that every coordinate is finite and within {@value #MAX_ABS_M} m. */
    public PositionM {
        Checks.inRange("xM", xM, -MAX_ABS_M, MAX_ABS_M, "m");
        Checks.inRange("yM", yM, -MAX_ABS_M, MAX_ABS_M, "m");
        Checks.inRange("zM", zM, -MAX_ABS_M, MAX_ABS_M, "m");
    }
}
