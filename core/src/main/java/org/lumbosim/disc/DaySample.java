package org.lumbosim.disc;

import java.util.List;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * The discs at one instant of a day.
 *
 * @param timeH time since waking (h)
 * @param activityIndex index of the activity in the schedule
 * @param activity the activity's label
 * @param levels every disc, L5-S1 first (copied)
 */
public record DaySample(double timeH, int activityIndex, String activity, List<DiscState> levels) {
    /** Copies the list. */
    public DaySample {
        Checks.given(activity, "activity");
        Checks.givenEach(levels, "levels");
        levels = List.copyOf(levels);
    }

    /**
     * @param level a level
     * @return that disc's state
     * @throws IllegalArgumentException if {@code level} is null (it was a {@code NullPointerException})
     */
    public DiscState level(SpinalLevel level) {
        Checks.given(level, "level", "a lumbar level is needed (e.g. SpinalLevel.L4_L5)");
        return levels.get(level.ordinal());
    }
}
