package org.lumbosim.motion;

import org.lumbosim.internal.Checks;

/**
 * A mass held in both hands over the whole interval [{@code pickupS}, {@code releaseS}], both ends
 * included: the frames at pick-up and at release carry it.
 *
 * @param massKg mass (kg), in [0, 200]
 * @param pickupS time it is picked up (s)
 * @param releaseS time it is released (s), at least {@code pickupS}
 */
public record LoadSchedule(double massKg, double pickupS, double releaseS) {
    /** Checks every field. */
    public LoadSchedule {
        Checks.inRange("massKg", massKg, 0, 200, "kg");
        Checks.finite("pickupS", pickupS, "s");
        Checks.inRange("releaseS", releaseS, pickupS, Double.MAX_VALUE, "s");
    }

    /** @return no load at any time */
    public static LoadSchedule none() {
        return new LoadSchedule(0, 0, 0);
    }

    /**
     * @param timeS a time (s)
     * @return whether the load is held then
     */
    public boolean heldAt(double timeS) {
        return massKg > 0 && timeS >= pickupS && timeS <= releaseS;
    }
}
