package org.lumbosim.assessment;

import org.lumbosim.internal.Checks;

/**
 * The geometry and frequency of one lift, as the revised NIOSH lifting equation takes it (at the
 * origin of the lift).
 *
 * @param loadMassKg mass lifted (kg), in [0, 200]
 * @param horizontalDistanceM horizontal distance of the hands from the midpoint between the ankles
 *     (m), in [0, 3]; beyond 0.63 m the equation gives no recommended weight
 * @param verticalHeightM height of the hands above the floor (m), in [0, 3]; above 1.75 m the
 *     equation gives no recommended weight
 * @param verticalTravelM vertical travel of the hands from origin to destination (m), in [0, 3]
 * @param asymmetryDeg angle of asymmetry (deg), in [0, 180]; beyond 135 deg the equation gives no
 *     recommended weight
 * @param liftsPerMinute lifting frequency (lifts/min), in [0, 100]
 * @param duration work duration category
 * @param coupling hand-to-object coupling
 */
public record LiftingTask(double loadMassKg, double horizontalDistanceM, double verticalHeightM,
                          double verticalTravelM, double asymmetryDeg, double liftsPerMinute,
                          WorkDuration duration, Coupling coupling) {
    /** Checks every field. */
    public LiftingTask {
        Checks.inRange("loadMassKg", loadMassKg, 0, 200, "kg");
        Checks.inRange("horizontalDistanceM", horizontalDistanceM, 0, 3, "m");
        Checks.inRange("verticalHeightM", verticalHeightM, 0, 3, "m");
        Checks.inRange("verticalTravelM", verticalTravelM, 0, 3, "m");
        Checks.inRange("asymmetryDeg", asymmetryDeg, 0, 180, "deg");
        Checks.inRange("liftsPerMinute", liftsPerMinute, 0, 100, "lifts/min");
        Checks.given(duration, "duration", "one of UP_TO_1_HOUR, UP_TO_2_HOURS, UP_TO_8_HOURS");
        Checks.given(coupling, "coupling", "one of GOOD, FAIR, POOR");
    }
}
