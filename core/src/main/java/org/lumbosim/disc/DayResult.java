package org.lumbosim.disc;

import java.util.List;
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
        samples = List.copyOf(samples);
        levels = List.copyOf(levels);
    }

    /**
     * @param level a level
     * @return that disc's day
     */
    public LevelDay level(SpinalLevel level) {
        return levels.get(level.ordinal());
    }

    /**
     * The pressure a given time into the night, interpolated linearly between the two nearest
     * samples of the night.
     *
     * @param level the disc
     * @param hoursIntoNight time since the start of the night (h), in [0, night length]
     * @return the pressure (MPa)
     */
    public double nightIdpMPa(SpinalLevel level, double hoursIntoNight) {
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
