package org.lumbosim;

import java.util.Optional;
import java.util.OptionalDouble;
import org.lumbosim.internal.Checks;
import org.lumbosim.posture.Support;

/**
 * The posture's contacts cannot hold the body with pushing forces: whole-body equilibrium would need
 * a support to pull (e.g. hands on the floor behind the centre of mass with nothing in front), or a
 * contact inside the body would pass into the thighs (the abdomen with {@link Support#TRUNK_ON_THIGHS},
 * a hand with {@link Support#HANDS_ON_THIGHS}). The loads are not reported; nothing is clamped.
 *
 * <p>Besides the full message (which also names the posture and the loads), {@link #reason()} is the
 * short reason, naming the support, the quantity, its value and the allowed range, e.g.
 * {@code "trunk_on_thighs: the abdomen would pass 0.052 m into the thighs (at most 0.030 m allowed)"},
 * for tools that list refused points (sweeps); {@link #support()} and {@link #depthM()} give the same
 * facts for a contact that would pass into the thighs.
 */
public class UnsupportedPostureException extends LumbosimException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final Support support;
    private final double depthM;

    /**
     * @param message what went wrong, naming the posture and supports (also the {@link #reason()})
     */
    public UnsupportedPostureException(String message) {
        this(message, message, null, Double.NaN);
    }

    /**
     * @param message what went wrong, naming the posture and supports
     * @param reason the short reason: the support, the quantity, its value and the allowed range
     * @param support the contact that would pass into the thighs, or null when the contacts would have to pull
     * @param depthM how far it would pass into them (m); ignored (not a depth) when {@code support} is null
     */
    public UnsupportedPostureException(String message, String reason, Support support, double depthM) {
        super(message);
        this.reason = Checks.present(reason, "reason");
        this.support = support;
        this.depthM = depthM;
    }

    /** @return the short reason: the support, the quantity, its value and the allowed range */
    public String reason() {
        return reason;
    }

    /**
     * @return the contact inside the body that would pass into the thighs ({@link Support#TRUNK_ON_THIGHS}
     *     or {@link Support#HANDS_ON_THIGHS}); empty when whole-body equilibrium would need a support to pull
     */
    public Optional<Support> support() {
        return Optional.ofNullable(support);
    }

    /**
     * @return how far that contact would pass into the thighs (m; the allowed depth is
     *     {@link Support#CONTACT_TOLERANCE_M}); empty when {@link #support()} is
     */
    public OptionalDouble depthM() {
        return support == null ? OptionalDouble.empty() : OptionalDouble.of(depthM);
    }
}
