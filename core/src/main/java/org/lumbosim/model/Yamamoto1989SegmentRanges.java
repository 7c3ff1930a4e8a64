package org.lumbosim.model;

/**
 * In vitro (passive) range of motion of each lumbar motion segment under a pure moment, measured by
 * Yamamoto I, Panjabi MM, Crisco T, Oxland T (1989), "Three-dimensional movements of the whole
 * lumbar spine and lumbosacral joint", Spine 14(11):1256-1260 (PMID 2603060). Read from the
 * abstract (primary; PubMed page): ten fresh cadaveric specimens L1 to sacrum (four with the
 * ilium), pure moments applied incrementally up to {@value #MOMENT_NM} N·m; the range of motion is
 * the rotation from the unloaded neutral position at that moment, mean over the specimens (the
 * abstract gives no SD). Ligamentous specimens without muscles: the angle the disc, ligaments and
 * facets allow under a known moment, as opposed to the active in vivo ranges of Pearcy et al. 1984
 * ({@code LumbarMotion}). Abstract (PubMed 2603060, re-read 2026-12-07): flexion 10.0, 8.9, 7.5,
 * 6.5, 5.8 deg and extension 7.8, 5.8, 3.7, 4.3, 4.3 deg at L5-S1 .. L1-L2; both used by
 * {@link DeviationRange}. Neutral zones in flexion-extension (same abstract): 3.0, 1.8, 1.4, 1.0, 1.6 deg
 * at L5-S1 .. L1-L2, used by {@link PassiveTissueGeometry#discDeviationStiffnessNmPerRad}.
 */
final class Yamamoto1989SegmentRanges {
    private Yamamoto1989SegmentRanges() {
    }

    /** The largest pure moment applied (N·m), at which the ranges below were read. */
    static final double MOMENT_NM = 10;

    /** Extension range per level L5-S1 .. L1-L2 (deg), abstract. */
    private static final double[] EXTENSION_DEG = {7.8, 5.8, 3.7, 4.3, 4.3};

    /** Flexion range per level L5-S1 .. L1-L2 (deg), abstract. */
    private static final double[] FLEXION_DEG = {10.0, 8.9, 7.5, 6.5, 5.8};

    /**
     * Neutral zone in flexion-extension per level L5-S1 .. L1-L2 (deg), abstract ("1.6, 1.0, 1.4, 1.8,
     * 3.0" at L1-L2 .. L5-S1): the lax range around the unloaded position within which the specimen
     * moves under almost no moment. The abstract does not say whether it is one width across neutral or
     * per direction; read here as one width across neutral.
     */
    private static final double[] NEUTRAL_ZONE_FLEXION_EXTENSION_DEG = {3.0, 1.8, 1.4, 1.0, 1.6};

    /**
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @return that level's neutral zone in flexion-extension (deg, one width across neutral)
     */
    static double neutralZoneFlexionExtensionDeg(int levelIndex) {
        return NEUTRAL_ZONE_FLEXION_EXTENSION_DEG[levelIndex];
    }

    /**
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @return that level's flexion range at {@value #MOMENT_NM} N·m (deg)
     */
    static double flexionDeg(int levelIndex) {
        return FLEXION_DEG[levelIndex];
    }

    /**
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @return that level's extension range at {@value #MOMENT_NM} N·m (deg, positive)
     */
    static double extensionDeg(int levelIndex) {
        return EXTENSION_DEG[levelIndex];
    }
}
