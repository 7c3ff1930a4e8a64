package org.lumbosim;

import java.util.Locale;
import org.lumbosim.model.SpinalLevel;

/**
 * A disc of a simulated day ({@code DiurnalDisc.simulate}) lost more height than the diurnal model's
 * unloaded-pressure law covers: that law falls linearly from the swelling pressure at full hydration,
 * {@code pi0 - s e}, and would pass below zero (a nucleus that pulls) beyond the strain {@code pi0 / s}.
 * The day is refused rather than the pressure held at zero. Names the level, the height strain reached,
 * when, and the allowed range {@code [0, pi0 / s]}; {@code DiurnalDisc} wraps it in an
 * {@link ActivityFailedException} naming the activity.
 */
public final class DiscStrainOutOfRangeException extends LumbosimException {
    private static final long serialVersionUID = 1L;

    private final SpinalLevel level;
    private final double strain;
    private final double maxStrain;
    private final double timeH;

    /**
     * Creates the exception.
     *
     * @param level the disc whose strain passed the range
     * @param strain the height strain reached (height lost since full hydration over the full height)
     * @param maxStrain the largest strain of the law's range, {@code pi0 / s}, at which the unloaded
     *     pressure reaches zero
     * @param timeH the time of the day, from waking, by which the strain was reached (h)
     */
    public DiscStrainOutOfRangeException(SpinalLevel level, double strain, double maxStrain, double timeH) {
        super(String.format(Locale.ROOT, "%s disc height strain = %s (by %.2f h) is outside the diurnal model's "
                        + "valid range %s: beyond it the disc's unloaded pressure, falling linearly from the swelling "
                        + "pressure, would be below zero", level.label(), strain, timeH, RangeText.interval(0, maxStrain)));
        this.level = level;
        this.strain = strain;
        this.maxStrain = maxStrain;
        this.timeH = timeH;
    }

    /** @return the disc whose strain passed the range */
    public SpinalLevel level() {
        return level;
    }

    /** @return the height strain reached */
    public double strain() {
        return strain;
    }

    /** @return the largest strain of the law's range, at which the unloaded pressure is zero */
    public double maxStrain() {
        return maxStrain;
    }

    /** @return the time of the day, from waking, by which the strain was reached (h) */
    public double timeH() {
        return timeH;
    }
}
