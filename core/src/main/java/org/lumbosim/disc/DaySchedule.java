package org.lumbosim.disc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.internal.Checks;
import org.lumbosim.posture.PosturePreset;

/**
 * The activities of one day, in order, starting when the person gets up. The schedule is taken to
 * repeat day after day (see {@link DiurnalDisc}). The night is the last block of consecutive lying
 * activities ({@link Activity#isLying()}); a schedule must have one, and must start with an activity
 * that is not lying (the day starts at waking).
 *
 * @param activities the activities (copied), 1 to 1,000, in total at most 48 h (within a relative 1e-9,
 *     float rounding of the summed durations)
 */
public record DaySchedule(List<Activity> activities) {
    /** Longest schedule (h). */
    public static final double MAX_TOTAL_H = 48;
    /** Most activities in a schedule. */
    public static final int MAX_ACTIVITIES = 1000;
    /** Relative excess of the summed durations over {@link #MAX_TOTAL_H} still taken as float rounding. */
    private static final double TOTAL_RELATIVE_TOLERANCE = 1e-9;
    /** Significant digits of a refused total in its message, so that rounding noise is not printed. */
    private static final int SHOWN_DIGITS = 12;

    /** Checks the list and copies it. */
    public DaySchedule {
        Checks.given(activities, "activities", "a day schedule needs at least one activity");
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("a day schedule needs at least one activity");
        }
        activities = List.copyOf(activities);
        Checks.wholeInRange("activities", activities.size(), 1, MAX_ACTIVITIES, "activities");
        double total = 0;
        for (Activity a : activities) {
            total += a.durationH();
        }
        // durations such as 0.1 h have no exact binary form: their sum may pass the limit by rounding alone
        if (total > MAX_TOTAL_H * (1 + TOTAL_RELATIVE_TOLERANCE)) {
            throw new ParameterOutOfRangeException("total duration",
                    new BigDecimal(total).round(new MathContext(SHOWN_DIGITS)).doubleValue(), Activity.MIN_DURATION_H,
                    MAX_TOTAL_H, "h");
        }
        if (activities.get(0).isLying()) {
            throw new IllegalArgumentException("the schedule must start at waking, with an activity that is not lying (the first is \""
                    + activities.get(0).label() + "\")");
        }
        if (activities.stream().noneMatch(Activity::isLying)) {
            throw new IllegalArgumentException("the schedule has no night: at least one activity must be lying "
                    + "(a posture with the lying_surface support, e.g. preset lying_supine)");
        }
    }

    /** @return total duration (h) */
    public double totalH() {
        double total = 0;
        for (Activity a : activities) {
            total += a.durationH();
        }
        return total;
    }

    /** @return index of the first activity of the night (the last block of lying activities) */
    public int nightStartIndex() {
        int i = activities.size() - 1;
        while (!activities.get(i).isLying()) {
            i--;
        }
        while (i > 0 && activities.get(i - 1).isLying()) {
            i--;
        }
        return i;
    }

    /** @return index after the last activity of the night */
    public int nightEndIndex() {
        int i = activities.size() - 1;
        while (!activities.get(i).isLying()) {
            i--;
        }
        return i + 1;
    }

    /** @return time from waking to the start of the night (h) */
    public double nightStartH() {
        double t = 0;
        for (int i = 0; i < nightStartIndex(); i++) {
            t += activities.get(i).durationH();
        }
        return t;
    }

    /** @return length of the night (h) */
    public double nightH() {
        double t = 0;
        for (int i = nightStartIndex(); i < nightEndIndex(); i++) {
            t += activities.get(i).durationH();
        }
        return t;
    }

    /**
     * A built-in 24-hour day of an office worker, 16 h awake and 8 h lying on the back, from 07:00:
     * getting up (standing 0.5 h), breakfast (sitting upright 0.5 h), commute (standing 0.5 h),
     * desk work (sitting upright 4 h), lunch (standing 0.5 h, sitting 0.5 h), desk work (sitting
     * without backrest 3.5 h), housework (standing 0.75 h, bending forward 0.25 h), dinner (sitting
     * upright 1 h), evening on a sofa (slouched 4 h), night (lying supine 8 h). Our choice of a
     * plausible day; the durations are not from a survey.
     *
     * @return the schedule
     */
    public static DaySchedule builtIn() {
        return new DaySchedule(List.of(
                Activity.of("getting up", PosturePreset.STANDING_RELAXED.posture(), 0.5),
                Activity.of("breakfast", PosturePreset.SITTING_UPRIGHT.posture(), 0.5),
                Activity.of("commute", PosturePreset.STANDING_RELAXED.posture(), 0.5),
                Activity.of("desk work", PosturePreset.SITTING_UPRIGHT.posture(), 4),
                Activity.of("lunch queue", PosturePreset.STANDING_RELAXED.posture(), 0.5),
                Activity.of("lunch", PosturePreset.SITTING_UPRIGHT.posture(), 0.5),
                Activity.of("desk work, no backrest", PosturePreset.SITTING_UNSUPPORTED.posture(), 3.5),
                Activity.of("housework", PosturePreset.STANDING_RELAXED.posture(), 0.75),
                Activity.of("housework, bending", PosturePreset.STANDING_FLEXED.posture(), 0.25),
                Activity.of("dinner", PosturePreset.SITTING_UPRIGHT.posture(), 1),
                Activity.of("sofa", PosturePreset.SITTING_SLOUCHED.posture(), 4),
                Activity.of("night", PosturePreset.LYING_SUPINE.posture(), 8)));
    }
}
