package org.lumbosim;


/**
 * An activity of a day schedule whose posture and loads the static model refuses as bad input
 * ({@code DiurnalDisc.simulate}), such as a {@link LoadInRestingHandException}: the message begins with the
 * activity's number, label and start time, e.g. {@code "activity 2 (\"paw\", from 1.00 h): loads: a hand load
 * held in both hands, ..."}, and the model's refusal is kept, as the cause and through {@link #failure()}.
 * Bad input, so an {@link IllegalArgumentException}, as the refusal it wraps; the counterpart of
 * {@link ActivityFailedException}, which wraps the model's typed failures to solve a valid task.
 */
public final class ActivityInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int activityIndex;
    private final String label;
    private final double startH;
    private final IllegalArgumentException failure;

    /**
     * Creates the exception.
     *
     * @param activityIndex the activity's index in the schedule (from 0; the message counts from 1)
     * @param label the activity's label
     * @param startH when the activity starts, from waking (h; the message rounds it to 0.01 h, as {@code
     *     lumbosim day} prints the activities)
     * @param failure the model's refusal of the activity's posture or loads
     * @throws IllegalArgumentException if {@code label} or {@code failure} is null (naming it)
     */
    public ActivityInputException(int activityIndex, String label, double startH, IllegalArgumentException failure) {
        super(ActivityFailedException.message(activityIndex, label, startH, failure), failure);
        this.activityIndex = activityIndex;
        this.label = label;
        this.startH = startH;
        this.failure = failure;
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

    /** @return the model's refusal of the activity's posture or loads (also {@link #getCause()}) */
    public IllegalArgumentException failure() {
        return failure;
    }
}
