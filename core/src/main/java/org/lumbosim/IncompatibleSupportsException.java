package org.lumbosim;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.lumbosim.internal.Checks;
import org.lumbosim.posture.Support;

/**
 * A posture's supports that cannot be combined ({@link org.lumbosim.posture.SupportCombinations}): two
 * supports that exclude each other, or a support without one it needs. Bad input, so an
 * {@link IllegalArgumentException} (as before it was typed).
 *
 * <p>The message names both supports, why, and the supports the first one can be combined with, each by
 * the name task files write ({@link Support#id()}), for example {@code "supports: trunk_on_thighs cannot be
 * combined with backrest (...); trunk_on_thighs can be combined with [feet, seat, ...]"}. The same facts are
 * available as fields.
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
        super("supports: " + Checks.present(support, "support").id() + (missing ? " needs " : " cannot be combined with ")
                + Checks.present(other, "other").id() + " (" + Checks.present(why, "why") + "); " + support.id()
                + " can be combined with " + ids(Checks.present(combinableWith, "combinableWith")));
        this.support = support;
        this.other = other;
        this.missing = missing;
        this.combinableWith = Collections.unmodifiableSet(combinableWith.isEmpty() ? EnumSet.noneOf(Support.class)
                : EnumSet.copyOf(combinableWith));
    }

    /** @return {@code [a, b, ...]}: the supports' {@link Support#id()}s in their order */
    private static String ids(Set<Support> supports) {
        StringBuilder out = new StringBuilder("[");
        for (Support s : supports) {
            out.append(out.length() > 1 ? ", " : "").append(s.id());
        }
        return out.append(']').toString();
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
