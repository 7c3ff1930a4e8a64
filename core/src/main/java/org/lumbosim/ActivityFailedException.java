package org.lumbosim;

import java.util.Locale;
import org.lumbosim.internal.Checks;
import java.util.Optional;

/**
 * An activity of a day schedule that the model cannot compute ({@code DiurnalDisc.simulate}): the
 * message begins with the activity's number, label and start time, e.g. {@code "activity 2 (\"hold\",
 * from 0.50 h): muscle recruitment fails at ..."}, and the model's own typed failure is kept, both as
 * the cause and through {@link #failure()} and {@link #failure(Class)}, so that a caller can tell what
 * went wrong: an {@link InfeasibleRecruitmentException} (its level, axis and required stress), an
 * {@link UnsupportedPostureException} or one of its kinds (the support, the depth or the friction ratio),
 * or a recruitment that did not converge (a plain {@link LumbosimException}).
 */
public final class ActivityFailedException extends LumbosimException {
    private static final long serialVersionUID = 1L;

    private final int activityIndex;
    private final String label;
    private final double startH;
    private final LumbosimException failure;

    /**
     * Creates the exception.
     *
     * @param activityIndex the activity's index in the schedule (from 0; the message counts from 1)
     * @param label the activity's label
     * @param startH when the activity starts, from waking (h; the message rounds it to 0.01 h, as {@code
     *     lumbosim day} prints the activities)
     * @param failure the model's failure for that activity
     * @throws IllegalArgumentException if {@code label} or {@code failure} is null (naming it)
     */
    public ActivityFailedException(int activityIndex, String label, double startH, LumbosimException failure) {
        super(message(activityIndex, label, startH, failure), failure);
        this.activityIndex = activityIndex;
        this.label = label;
        this.startH = startH;
        this.failure = failure;
    }

    /**
     * The message of this exception and of {@link ActivityInputException}, after refusing a missing label or
     * failure by name (as the other entry points do).
     */
    static String message(int activityIndex, String label, double startH, Exception failure) {
        Checks.given(label, "label", "the activity's label is needed");
        Checks.given(failure, "failure", "the model's refusal of the activity is needed");
        return String.format(Locale.ROOT, "activity %d (\"%s\", from %.2f h): %s", activityIndex + 1, label, startH,
                failure.getMessage());
    }

    /** @return the activity's index in the schedule, from 0 */
    public int activityIndex() {
        return activityIndex;
    }

    /** @return the activity's label */
    public String label() {
        return label;
    }

    /** @return when the activity starts, from waking (h) */
    public double startH() {
        return startH;
    }

    /** @return the model's failure for the activity (also {@link #getCause()}) */
    public LumbosimException failure() {
        return failure;
    }

    /**
     * @param <T> the kind of failure asked about
     * @param type the kind of failure, such as {@code InfeasibleRecruitmentException.class}
     * @return the model's failure if it is of that kind, else empty
     */
    public <T extends LumbosimException> Optional<T> failure(Class<T> type) {
        return type.isInstance(failure) ? Optional.of(type.cast(failure)) : Optional.empty();
    }
}
