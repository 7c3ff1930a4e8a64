package org.lumbosim.disc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * Disc pressure and height through one day of a schedule repeated until it is periodic.
 *
 * @param schedule the schedule
 * @param samples the discs at every sample time, in time order; at each boundary between two
 *     activities there are two samples with the same time, the end of one and the start of the next
 * @param levels the day of each disc, L5-S1 first
 * @param daysSimulated how many repetitions of the schedule were integrated until the disc state at
 *     waking repeated (the samples are of the last)
 */
public record DayResult(DaySchedule schedule, List<DaySample> samples, List<LevelDay> levels, int daysSimulated) {
    /** Copies the lists. */
    public DayResult {
        Checks.given(schedule, "schedule");
        Checks.givenEach(samples, "samples");
        samples = List.copyOf(samples);
        Checks.givenEach(levels, "levels");
        levels = List.copyOf(levels);
    }

    /**
     * @param level a level
     * @return that disc's day
     * @throws IllegalArgumentException if {@code level} is null (it was a {@code NullPointerException})
     */
    public LevelDay level(SpinalLevel level) {
        Checks.given(level, "level", "a lumbar level is needed (e.g. SpinalLevel.L4_L5)");
        return levels.get(level.ordinal());
    }

    /**
     * Whether the day ran on the unloaded-pressure law's extrapolated zero: true exactly when some disc's
     * unloaded pressure reached zero (its annulus went slack; {@link LevelDay#slackAnnulus()}). Such a day is
     * computed, but beyond the law's calibrated range. Strains between the range's end
     * ({@link LevelDay#calibratedMaxStrain()}) and the zero are on the same straight line's extrapolation and
     * are not flagged here: each level's {@link LevelDay#largestStrain()} shows how far the day went.
     *
     * @return whether any disc's annulus went slack
     */
    public boolean extrapolated() {
        for (LevelDay l : levels) {
            if (l.slackAnnulus().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One line per disc whose unloaded pressure reached zero, L5-S1 first (empty if none): the level, from
     * which hour and for how long, and the day's largest strain against the calibrated range and the slack
     * strain, e.g. for 35 kg carried close through a 7.5-h shift ({@code CompareWorkDays --load-kg 35
     * --bending-h 0}) {@code "L3-L4 unloaded pressure zero (annulus slack, tension-only law) from 7.63 h for
     * 1.40 h of the day: largest height strain 0.1362, beyond the calibrated range [0, 0.0842] (full
     * hydration to relaxed standing's equilibrium) and the slack strain 0.1358; extrapolated"} (as printed on the
     * merged model of the twelfth session, the README's). What
     * {@code lumbosim day} and the {@code CompareWorkDays} example print after {@code note: }.
     *
     * @return the lines
     */
    public List<String> extrapolationNotes() {
        List<String> out = new ArrayList<>();
        for (LevelDay l : levels) {
            l.slackAnnulus().ifPresent(s -> out.add(String.format(Locale.ROOT, "%s unloaded pressure zero (annulus "
                            + "slack, tension-only law) from %.2f h for %.2f h of the day: largest height strain %.4f, "
                            + "beyond the calibrated range [0, %.4f] (full hydration to relaxed standing's equilibrium) "
                            + "and the slack strain %.4f; extrapolated", l.level().label(), s.firstH(), s.hours(),
                    l.largestStrain(), l.calibratedMaxStrain(), l.slackStrain())));
        }
        return out;
    }

    /**
     * The pressure a given time into the night, interpolated linearly between the two nearest
     * samples of the night.
     *
     * @param level the disc
     * @param hoursIntoNight time since the start of the night (h), in [0, night length]
     * @return the pressure (MPa)
     * @throws IllegalArgumentException if {@code level} is null, or {@code hoursIntoNight} is outside the night
     *     (a {@link org.lumbosim.ParameterOutOfRangeException})
     */
    public double nightIdpMPa(SpinalLevel level, double hoursIntoNight) {
        Checks.given(level, "level", "a lumbar level is needed (e.g. SpinalLevel.L4_L5)");
        double start = schedule.nightStartH();
        Checks.inRange("hoursIntoNight", hoursIntoNight, 0, schedule.nightH(), "h");
        double t = start + hoursIntoNight;
        int first = schedule.nightStartIndex();
        int end = schedule.nightEndIndex();
        DaySample before = null;
        for (DaySample s : samples) {
            if (s.activityIndex() < first || s.activityIndex() >= end) {
                continue;
            }
            if (s.timeH() >= t) {
                if (before == null || s.timeH() == before.timeH()) {
                    return s.level(level).idpMPa();
                }
                double w = (t - before.timeH()) / (s.timeH() - before.timeH());
                return (1 - w) * before.level(level).idpMPa() + w * s.level(level).idpMPa();
            }
            before = s;
        }
        return before.level(level).idpMPa();
    }
}
