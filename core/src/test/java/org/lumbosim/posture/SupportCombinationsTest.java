package org.lumbosim.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.IncompatibleSupportsException;

/**
 * The one place of the allowed support combinations ({@link SupportCombinations}): every pair of
 * supports is accepted by {@link Posture} exactly when {@link SupportCombinations#combinableWith} says
 * so, the refusal is typed and names both supports and the allowed set, and every preset passes.
 */
class SupportCombinationsTest {

    private static Posture sitting(Set<Support> supports) {
        return new Posture(20, 10, 0, 0, 90, 90, Double.NaN, 0, 0, supports, true);
    }

    /** The supports a pair needs besides itself (TRUNK_ON_THIGHS needs SEAT). */
    private static Set<Support> withNeeds(Support a, Support b) {
        Set<Support> s = EnumSet.of(a, b);
        s.addAll(SupportCombinations.needs(a));
        s.addAll(SupportCombinations.needs(b));
        return s;
    }

    @Test
    void everyPairIsAcceptedExactlyWhenCombinableAndTheRuleIsSymmetric() {
        int refused = 0;
        for (Support a : Support.values()) {
            assertThat(SupportCombinations.combinableWith(a)).as("%s", a).doesNotContain(a);
            for (Support b : Support.values()) {
                if (a == b) {
                    continue;
                }
                boolean allowed = SupportCombinations.combinableWith(a).contains(b);
                assertThat(SupportCombinations.combinableWith(b).contains(a)).as("%s, %s", a, b).isEqualTo(allowed);
                Set<Support> s = withNeeds(a, b);
                boolean needsClash = false;
                for (Support x : s) {
                    for (Support y : s) {
                        needsClash |= x != y && !SupportCombinations.combinableWith(x).contains(y);
                    }
                }
                if (allowed && !needsClash) {
                    assertThatCode(() -> sitting(s)).as("%s", s).doesNotThrowAnyException();
                } else {
                    IncompatibleSupportsException e = catchThrowableOfType(() -> sitting(s),
                            IncompatibleSupportsException.class);
                    assertThat(e).as("%s", s).isNotNull().isInstanceOf(IllegalArgumentException.class);
                    assertThat(s).contains(e.support(), e.other());
                    assertThat(e.missing()).isFalse();
                    assertThat(e.combinableWith()).isEqualTo(SupportCombinations.combinableWith(e.support()))
                            .doesNotContain(e.other());
                    assertThat(e.getMessage()).contains(e.support().id() + " cannot be combined with " + e.other().id(),
                            e.support().id() + " can be combined with " + ids(e.combinableWith()));
                    assertNamesAsTaskFilesDo(e.getMessage());
                    refused++;
                }
            }
        }
        assertThat(refused).as("ordered pairs refused").isPositive();
    }

    @Test
    void theTrunkOnTheThighsNeedsASeat() {
        IncompatibleSupportsException e = catchThrowableOfType(
                () -> sitting(EnumSet.of(Support.FEET, Support.TRUNK_ON_THIGHS)), IncompatibleSupportsException.class);
        assertThat(e.support()).isEqualTo(Support.TRUNK_ON_THIGHS);
        assertThat(e.other()).isEqualTo(Support.SEAT);
        assertThat(e.missing()).isTrue();
        assertThat(e.getMessage()).startsWith("supports: trunk_on_thighs needs seat (")
                .contains("trunk_on_thighs can be combined with [feet, seat, ");
        assertNamesAsTaskFilesDo(e.getMessage());
    }

    @Test
    void theRulesTheReviewAskedAbout() {
        // one part of the body in two places is refused, naming both
        for (Set<Support> s : Set.of(EnumSet.of(Support.SEAT, Support.PELVIS_ON_FLOOR),
                EnumSet.of(Support.SEAT, Support.HANDS, Support.HANDS_ON_THIGHS),
                EnumSet.of(Support.SEAT, Support.ARMRESTS, Support.FOREARMS),
                EnumSet.of(Support.SEAT, Support.BACKREST, Support.SHOULDERS),
                EnumSet.of(Support.SEAT, Support.TRUNK_ON_THIGHS, Support.BACKREST))) {
            assertThat(catchThrowableOfType(() -> sitting(s), IncompatibleSupportsException.class)).as("%s", s)
                    .isNotNull();
        }
        // a kneeling chair (seat and knees), also bent forward onto the thighs; supports carried once
        for (Set<Support> s : Set.of(EnumSet.of(Support.SEAT, Support.KNEES, Support.TRUNK_ON_THIGHS),
                EnumSet.of(Support.SEAT, Support.FEET, Support.ARMRESTS, Support.HANDS_ON_THIGHS),
                EnumSet.of(Support.LYING_SURFACE, Support.TRUNK_RESTING),
                EnumSet.of(Support.SEAT, Support.FEET, Support.BACKREST, Support.ARMRESTS))) {
            assertThatCode(() -> sitting(s)).as("%s", s).doesNotThrowAnyException();
        }
    }

    @Test
    void everyPresetsSupportsCanBeCombined() {
        for (PosturePreset p : PosturePreset.values()) {
            assertThatCode(() -> SupportCombinations.check(p.posture().supports())).as(p.id())
                    .doesNotThrowAnyException();
        }
    }

    /** {@code [a, b, ...]}: the supports' task-file names in their order. */
    private static String ids(Set<Support> supports) {
        return supports.stream().map(Support::id).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /**
     * The message names no support as its Java constant ({@code LYING_SURFACE}) but as task files write it
     * ({@code lying_surface}), the support's {@link Support#id()}.
     */
    private static void assertNamesAsTaskFilesDo(String message) {
        for (Support s : Support.values()) {
            assertThat(message).as(message).doesNotContain(s.name());
        }
    }
}
