package org.lumbosim.disc;

import java.util.List;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * One block of a day: a posture held, with its hand loads, for a duration.
 *
 * @param label what the person does, in words (not blank)
 * @param posture the posture held
 * @param loads hand loads held throughout (copied; may be empty)
 * @param durationH how long (h), in [1/60, 24]
 */
public record Activity(String label, Posture posture, List<ExternalLoad> loads, double durationH) {
    /** Shortest activity (h): one minute. */
    public static final double MIN_DURATION_H = 1.0 / 60;
    /** Longest activity (h). */
    public static final double MAX_DURATION_H = 24;

    /** Checks every field and copies the loads. */
    public Activity {
        Checks.given(label, "label", "an activity needs a label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("an activity needs a label");
        }
        if (posture == null || loads == null) {
            throw new IllegalArgumentException((posture == null ? "posture" : "loads") + " is null: activity \"" + label
                    + "\" needs a posture and a (possibly empty) list of loads");
        }
        Checks.givenEach(loads, "loads");
        loads = List.copyOf(loads);
        Checks.inRange("durationH", durationH, MIN_DURATION_H, MAX_DURATION_H, "h");
    }

    /**
     * @param label what the person does
     * @param posture the posture
     * @param durationH how long (h)
     * @return an activity without hand loads
     */
    public static Activity of(String label, Posture posture, double durationH) {
        return new Activity(label, posture, List.of(), durationH);
    }

    /** @return whether the body rests on a lying surface (the activity counts as night rest) */
    public boolean isLying() {
        return posture.has(Support.LYING_SURFACE);
    }
}
