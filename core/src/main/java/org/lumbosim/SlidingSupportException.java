package org.lumbosim;

import java.util.Optional;
import java.util.OptionalDouble;
import org.lumbosim.internal.Checks;
import org.lumbosim.posture.Support;

/**
 * A contact of the posture would slide: the friction it needs (its share of the horizontal reaction,
 * which the contacts take in proportion to their pushes) is more than the largest measured static
 * coefficient of its surface times its push, so no surface of that kind could hold the body there.
 * The loads are not reported. {@link #support()} names the support, {@link #neededFrictionRatio()}
 * the friction over push it needs, {@link #allowedFrictionRatio()} the coefficient.
 */
public class SlidingSupportException extends UnsupportedPostureException {
    private static final long serialVersionUID = 1L;

    private final Support sliding;
    private final double neededFrictionRatio;
    private final double allowedFrictionRatio;

    /**
     * @param message what went wrong, naming the posture and supports
     * @param reason the short reason: the support, the ratio needed and the coefficient allowed
     * @param support the support whose contact would slide
     * @param neededFrictionRatio the friction over push it needs
     * @param allowedFrictionRatio the largest measured static coefficient of its surface
     */
    public SlidingSupportException(String message, String reason, Support support, double neededFrictionRatio,
                                   double allowedFrictionRatio) {
        super(message, reason, null, Double.NaN);
        this.sliding = Checks.present(support, "support");
        this.neededFrictionRatio = neededFrictionRatio;
        this.allowedFrictionRatio = allowedFrictionRatio;
    }

    /** @return the support whose contact would slide */
    @Override
    public Optional<Support> support() {
        return Optional.of(sliding);
    }

    /** @return empty: a sliding contact does not pass into the body */
    @Override
    public OptionalDouble depthM() {
        return OptionalDouble.empty();
    }

    /** @return the friction over push the sliding contact needs */
    public double neededFrictionRatio() {
        return neededFrictionRatio;
    }

    /** @return the largest measured static friction coefficient of its surface */
    public double allowedFrictionRatio() {
        return allowedFrictionRatio;
    }
}
