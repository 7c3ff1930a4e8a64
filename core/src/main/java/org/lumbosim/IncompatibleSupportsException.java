package org.lumbosim;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.lumbosim.posture.Support;

/**
 * A posture's supports that cannot be combined ({@link org.lumbosim.posture.SupportCombinations}): two
 * supports that exclude each other, or a support without one it needs. Bad input, so an
 * {@link IllegalArgumentException} (as before it was typed).
 *
 * <p>The message names both supports, why, and the supports the first one can be combined with, for
 * example {@code "supports: TRUNK_ON_THIGHS cannot be combined with BACKREST (...); TRUNK_ON_THIGHS can
 * be combined with [FEET, SEAT, ...]"}. The same facts are available as fields.
 */
public final class IncompatibleSupportsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Support support;
    private final Support other;
    private final boolean missing;
    private final Set<Support> combinableWith;

    /**
     * Creates the exception.
     *
     * @param support the support whose rule is broken
     * @param other the support it cannot be combined with, or (with {@code missing}) the one it needs
     * @param missing whether {@code other} is needed and absent (true) or present and excluded (false)
     * @param why the reason, in words
     * @param combinableWith the supports {@code support} can be combined with (copied)
     */
    public IncompatibleSupportsException(Support support, Support other, boolean missing, String why,
                                         Set<Support> combinableWith) {
        super("supports: " + support + (missing ? " needs " : " cannot be combined with ") + other + " (" + why
                + "); " + support + " can be combined with " + combinableWith);
        this.support = support;
        this.other = other;
        this.missing = missing;
        this.combinableWith = Collections.unmodifiableSet(combinableWith.isEmpty() ? EnumSet.noneOf(Support.class)
                : EnumSet.copyOf(combinableWith));
    }

    /** @return the support whose rule is broken */
    public Support support() {
        return support;
    }

    /** @return the support it cannot be combined with, or (when {@link #missing()}) the one it needs */
    public Support other() {
        return other;
    }

    /** @return whether {@link #other()} is needed and absent (true) or present and excluded (false) */
    public boolean missing() {
        return missing;
    }

    /** @return the supports {@link #support()} can be combined with (unmodifiable) */
    public Set<Support> combinableWith() {
        return combinableWith;
    }
}
