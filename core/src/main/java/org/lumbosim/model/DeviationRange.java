package org.lumbosim.model;

import org.lumbosim.posture.LumbarMotion;

/**
 * The range of motion that bounds each level's deviation in the recruitment and scales its cost
 * ({@link RecruitmentAssembly}, docs/recruitment.md "Level deviations"). In flexion and in
 * extension: the larger of the level's active in vivo range (Pearcy et al. 1984, {@link LumbarMotion};
 * what a living subject's own muscles reach) and its passive in vitro range under
 * {@value Yamamoto1989SegmentRanges#MOMENT_NM} N·m ({@link Yamamoto1989SegmentRanges}). Both are
 * rotations a segment was seen to reach, so its tissues allow at least the larger one; neither is a
 * failure limit (a specimen rotates further under a larger moment), so the bound stays conservative.
 * In extension the passive range is the larger at every level but L1-L2; in flexion only at L5-S1
 * (Yamamoto 10 against Pearcy 9 deg; at the four levels above, the active flexion exceeds the
 * passive range at 10 N·m, the tissues of a fully flexed spine carrying more than that).
 *
 * <p>Until 2026-12-07 flexion kept the active range alone, because the one degree more at L5-S1 made
 * the cubed-stress solve of {@code sitting_max_flexion} stall (the level's flexing and extending
 * columns, each other's negatives, both at the kink of the force law at the optimum); the solver now
 * converges there ({@code NewtonStepForces}, docs/recruitment.md).
 */
final class DeviationRange {
    private DeviationRange() {
    }

    /**
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @return the flexion the level's tissues allow (deg)
     */
    static double flexionDeg(int levelIndex) {
        return Math.max(LumbarMotion.TOTAL_FLEXION_DEG * LumbarMotion.flexionShare(levelIndex),
                Yamamoto1989SegmentRanges.flexionDeg(levelIndex));
    }

    /**
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @return the extension the level's tissues allow (deg, positive)
     */
    static double extensionDeg(int levelIndex) {
        return Math.max(LumbarMotion.TOTAL_EXTENSION_DEG * LumbarMotion.extensionShare(levelIndex),
                Yamamoto1989SegmentRanges.extensionDeg(levelIndex));
    }
}
