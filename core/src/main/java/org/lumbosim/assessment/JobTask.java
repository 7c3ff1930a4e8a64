package org.lumbosim.assessment;

import java.util.List;
import java.util.Optional;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.posture.Posture;

/**
 * One task of a job: a posture held, or the peak of a lift, with its loads, how often it happens in
 * a shift and how long each occurrence loads the spine.
 *
 * @param name the task's name
 * @param posture the posture (at the peak of the task)
 * @param loads hand loads (copied)
 * @param repetitionsPerDay occurrences per shift, in [0, 100000]
 * @param secondsPerRepetition how long each occurrence loads the spine (s), in [0, {@value #SECONDS_PER_DAY}]
 * @param lifting the lift's geometry for the revised NIOSH equation, when the task is a lift
 */
public record JobTask(String name, Posture posture, List<ExternalLoad> loads, double repetitionsPerDay,
                      double secondsPerRepetition, Optional<LiftingTask> lifting) {
    /**
     * Seconds in a day: the longest one task, or all the tasks of a job together, can load the spine
     * in a day (s).
     */
    public static final double SECONDS_PER_DAY = 86400;

    /** Checks every field. */
    public JobTask {
        Checks.given(name, "name", "every task needs a name");
        Checks.given(lifting, "lifting", "Optional.empty() when the task is not a lift");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is missing: every task needs a name");
        }
        if (posture == null) {
            throw new IllegalArgumentException("posture is null: task " + name + " needs a posture");
        }
        Checks.givenEach(loads, "loads");
        loads = List.copyOf(loads);
        Checks.inRange("repetitionsPerDay", repetitionsPerDay, 0, 100000, "1/day");
        Checks.inRange("secondsPerRepetition", secondsPerRepetition, 0, SECONDS_PER_DAY, "s");
        lifting = lifting == null ? Optional.empty() : lifting;
    }

    /** @return how long the task loads the spine in a day: repetitionsPerDay × secondsPerRepetition (s) */
    public double dailyLoadingS() {
        return repetitionsPerDay * secondsPerRepetition;
    }
}
