package org.lumbosim;

import java.util.Optional;
import java.util.OptionalDouble;
import org.lumbosim.posture.Support;

/**
 * The lower contacts' resultant ({@link org.lumbosim.model.Workspace#baseResultant()}) cannot be given by
 * the supports it stands for: it acts beyond the model's reach ({@link BaseOutOfReachException}) or outside
 * its contacts' region ({@link BaseOutsideContactsException}). {@link #support()} names the lower support
 * the resultant stands for; nothing passes into the body, so {@link #depthM()} is empty. The loads are not
 * reported.
 */
public abstract class BaseResultantException extends UnsupportedPostureException {
    private static final long serialVersionUID = 1L;

    private final Support base;

    /**
     * @param message what went wrong, naming the posture and supports
     * @param reason the short reason: the resultant's push and point and what is allowed
     * @param base the lower support the resultant stands for (null for a posture without supports)
     */
    protected BaseResultantException(String message, String reason, Support base) {
        super(message, reason, null, Double.NaN);
        this.base = base;
    }

    /** @return the lower support the resultant stands for; empty for a posture without supports */
    @Override
    public Optional<Support> support() {
        return Optional.ofNullable(base);
    }

    /** @return empty: the resultant does not pass into the body */
    @Override
    public OptionalDouble depthM() {
        return OptionalDouble.empty();
    }
}
