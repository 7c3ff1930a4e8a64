package org.lumbosim;

import java.util.Optional;
import java.util.OptionalDouble;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Support;

/**
 * The contacts on the upper body ({@link Support#HANDS}, {@link Support#FOREARMS},
 * {@link Support#SHOULDERS}, {@link Support#TRUNK_RESTING}) would pull a lumbar disc apart even with the
 * least share of the body's weight that whole-body equilibrium lets them take: they push the upper body up
 * by more than it, the load and the muscles press down on that disc, so the lower body would hang from
 * the lumbar spine. The model's discs carry compression only (their pressure follows from it), so the
 * loads are not reported. {@link #support()} names the upper contact pushing most, {@link #level()} the
 * level, {@link #compressionN()} its compression (negative; at least zero allowed).
 */
public class DiscTensionException extends UnsupportedPostureException {
    private static final long serialVersionUID = 1L;

    private final Support pulling;
    private final SpinalLevel level;
    private final double compressionN;

    /**
     * @param message what went wrong, naming the posture, supports and loads
     * @param reason the short reason: the support, the level, its compression and the allowed range
     * @param support the upper-body contact pushing most
     * @param level the level in tension (the one of least compression)
     * @param compressionN its compression at the upper contacts' least share (N, negative)
     */
    public DiscTensionException(String message, String reason, Support support, SpinalLevel level,
                                double compressionN) {
        super(message, reason, null, Double.NaN);
        this.pulling = Checks.present(support, "support");
        this.level = Checks.present(level, "level");
        this.compressionN = compressionN;
    }

    /** @return the upper-body contact pushing most */
    @Override
    public Optional<Support> support() {
        return Optional.ofNullable(pulling);
    }

    /** @return empty: no contact passes into the body */
    @Override
    public OptionalDouble depthM() {
        return OptionalDouble.empty();
    }

    /** @return the lumbar level that would be pulled apart */
    public SpinalLevel level() {
        return level;
    }

    /** @return its compression at the upper contacts' least share (N, negative) */
    public double compressionN() {
        return compressionN;
    }
}
