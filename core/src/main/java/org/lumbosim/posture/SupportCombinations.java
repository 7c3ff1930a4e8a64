package org.lumbosim.posture;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.lumbosim.IncompatibleSupportsException;
import org.lumbosim.internal.Checks;

/**
 * Which {@link Support}s a posture may combine: the one place of these rules ({@link Posture} checks
 * every posture against them). Every combination is allowed except:
 *
 * <ul>
 *   <li>{@link Support#TRUNK_ON_THIGHS} needs {@link Support#SEAT} (the trunk bent forward onto the
 *       thighs of a seated body) and cannot be combined with {@link Support#BACKREST},
 *       {@link Support#LYING_SURFACE} or {@link Support#TRUNK_RESTING} (a trunk bent forward onto the
 *       thighs leans on nothing else);</li>
 *   <li>{@link Support#BACKREST} cannot be combined with the contacts on the upper body
 *       ({@link Support#HANDS}, {@link Support#FOREARMS}, {@link Support#TRUNK_RESTING},
 *       {@link Support#SHOULDERS}): its push is sized from the lumbar moments alone;</li>
 *   <li>one part of the body on two places: the pelvis on a {@link Support#SEAT} and on the floor
 *       ({@link Support#PELVIS_ON_FLOOR}); the hands on the thighs ({@link Support#HANDS_ON_THIGHS}) and
 *       on the floor ({@link Support#HANDS}), or with the forearms on the floor ({@link Support#FOREARMS});
 *       the forearms and hands on {@link Support#ARMRESTS} and on the floor ({@link Support#FOREARMS},
 *       {@link Support#HANDS}).</li>
 * </ul>
 *
 * A support another one already carries is not carried twice, so these stay allowed: hands on the
 * thighs with armrests or a lying surface, the trunk resting with a lying surface, armrests with a
 * backrest. A seat with the knees on the floor is a kneeling chair, with or without the trunk on the
 * thighs.
 */
public final class SupportCombinations {
    private SupportCombinations() {
    }

    /** One rule: {@code support} excludes {@code other}, or (when {@code needs}) needs it. */
    private record Rule(Support support, Support other, boolean needs, String why) {
    }

    private static final String TRUNK_FORWARD = "the trunk rests on the thighs, bent forward on a seat";
    private static final String BACKREST_ALONE = "both act on the upper body; the backrest's push is set from the"
            + " lumbar moments alone";
    private static final String ONE_PELVIS = "the pelvis sits on a seat or on the floor, not both";
    private static final String ONE_PAIR_OF_HANDS = "the hands rest on the thighs or the floor, not both";
    private static final String ONE_PAIR_OF_FOREARMS = "the forearms and hands lie on the armrests or the floor,"
            + " not both";

    /** The rules in the order they are checked (the first broken one is reported); an array: no iterator per posture. */
    private static final Rule[] RULES = {
            new Rule(Support.TRUNK_ON_THIGHS, Support.BACKREST, false, TRUNK_FORWARD),
            new Rule(Support.TRUNK_ON_THIGHS, Support.LYING_SURFACE, false, TRUNK_FORWARD),
            new Rule(Support.TRUNK_ON_THIGHS, Support.TRUNK_RESTING, false, TRUNK_FORWARD),
            new Rule(Support.TRUNK_ON_THIGHS, Support.SEAT, true,
                    "the trunk rests on the thighs of a seated body"),
            new Rule(Support.BACKREST, Support.HANDS, false, BACKREST_ALONE),
            new Rule(Support.BACKREST, Support.FOREARMS, false, BACKREST_ALONE),
            new Rule(Support.BACKREST, Support.TRUNK_RESTING, false, BACKREST_ALONE),
            new Rule(Support.BACKREST, Support.SHOULDERS, false, BACKREST_ALONE),
            new Rule(Support.SEAT, Support.PELVIS_ON_FLOOR, false, ONE_PELVIS),
            new Rule(Support.HANDS_ON_THIGHS, Support.HANDS, false, ONE_PAIR_OF_HANDS),
            new Rule(Support.HANDS_ON_THIGHS, Support.FOREARMS, false, ONE_PAIR_OF_HANDS),
            new Rule(Support.ARMRESTS, Support.FOREARMS, false, ONE_PAIR_OF_FOREARMS),
            new Rule(Support.ARMRESTS, Support.HANDS, false, ONE_PAIR_OF_FOREARMS)};

    /**
     * @param supports a posture's supports (not modified)
     * @throws IncompatibleSupportsException naming both supports, why, and what the first can be combined
     *     with, for the first rule (in the order of the class comment) the set breaks
     */
    public static void check(Set<Support> supports) {
        Checks.given(supports, "supports", "a set of supports is needed (empty for none)");
        for (Rule r : RULES) {
            if (supports.contains(r.support) && supports.contains(r.other) != r.needs) {
                throw new IncompatibleSupportsException(r.support, r.other, r.needs, r.why, combinableWith(r.support));
            }
        }
    }

    /**
     * @param support a support
     * @return the other supports it can be combined with (a new set)
     */
    public static Set<Support> combinableWith(Support support) {
        Checks.given(support, "support", "a support is needed (e.g. Support.FEET)");
        Set<Support> out = EnumSet.allOf(Support.class);
        out.remove(support);
        for (Rule r : RULES) {
            if (!r.needs && r.support == support) {
                out.remove(r.other);
            } else if (!r.needs && r.other == support) {
                out.remove(r.support);
            }
        }
        return out;
    }

    /**
     * @param support a support
     * @return the supports it needs (unmodifiable; empty for most)
     */
    public static Set<Support> needs(Support support) {
        Checks.given(support, "support", "a support is needed (e.g. Support.FEET)");
        Set<Support> out = EnumSet.noneOf(Support.class);
        for (Rule r : RULES) {
            if (r.needs && r.support == support) {
                out.add(r.other);
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
