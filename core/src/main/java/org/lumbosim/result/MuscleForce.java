package org.lumbosim.result;

import org.lumbosim.internal.Checks;

/**
 * Force of one muscle line in a solution.
 *
 * @param name the line's name (a fascicle, or an equivalent muscle such as {@code erector_spinae_L5-S1_r})
 * @param group anatomical group
 * @param side {@code L} or {@code R}
 * @param forceN tension (N, never negative)
 * @param stressMPa tension over PCSA (MPa)
 */
public record MuscleForce(String name, String group, String side, double forceN, double stressMPa) {
    /** Checks that every object component is given. */
    public MuscleForce {
        Checks.given(name, "name");
        Checks.given(group, "group");
        Checks.given(side, "side");
    }
}
