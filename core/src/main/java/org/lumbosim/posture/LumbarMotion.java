package org.lumbosim.posture;

/**
 * How lumbar motion is shared among the five levels and with the pelvis.
 *
 * <p>Segmental flexion and extension ranges: Pearcy M, Portek I, Shepherd J (1984),
 * "Three-dimensional x-ray analysis of normal movement in the lumbar spine", Spine 9(3):294-297
 * (biplanar radiography, 11 men); values as reproduced in secondary sources, not re-read from the
 * original table. Lumbar flexion is distributed over the levels in proportion to these ranges, so
 * every level reaches its limit together.
 *
 * <p>Lumbopelvic rhythm (used when a posture gives the thorax's inclination but not the lumbar
 * flexion): lumbar flexion = {@code L * tanh(s * trunk / L)} where {@code L} is the total range in
 * that direction and {@code s} = {@value #INITIAL_LUMBAR_SHARE} the lumbar share of small trunk
 * inclinations. This gives a lumbar share of about 62 % at 30 deg of trunk inclination, falling to
 * about 42 % at 110 deg, inside the ranges reported by Esola MA et al. (1996), Spine 21(1):71-78 and
 * Granata KP, Sanford AH (2000), Spine 25(11):1413-1418 (60-70 % early, 40-55 % at full flexion;
 * secondary, not re-read). The tanh form is this model's choice, not a published curve.
 */
public final class LumbarMotion {
    private LumbarMotion() {
    }

    /** Flexion range per level L5-S1, L4-L5, L3-L4, L2-L3, L1-L2 (deg), Pearcy et al. 1984. */
    private static final double[] FLEXION_RANGE_DEG = {9, 13, 12, 10, 8};
    /** Extension range per level L5-S1 .. L1-L2 (deg), Pearcy et al. 1984. */
    private static final double[] EXTENSION_RANGE_DEG = {5, 2, 1, 3, 5};

    /** Total lumbar flexion range L1-S1 (deg): sum of the segmental ranges (52). */
    public static final double TOTAL_FLEXION_DEG = 52;
    /** Total lumbar extension range L1-S1 (deg): sum of the segmental ranges (16). */
    public static final double TOTAL_EXTENSION_DEG = 16;
    /** Lumbar share of small trunk inclinations (dimensionless). */
    public static final double INITIAL_LUMBAR_SHARE = 0.65;

    /**
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @return the share of total lumbar flexion taken by that level (sums to 1)
     */
    public static double flexionShare(int levelIndex) {
        return FLEXION_RANGE_DEG[levelIndex] / TOTAL_FLEXION_DEG;
    }

    /**
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @return the share of total lumbar extension taken by that level (sums to 1)
     */
    public static double extensionShare(int levelIndex) {
        return EXTENSION_RANGE_DEG[levelIndex] / TOTAL_EXTENSION_DEG;
    }

    /**
     * Lumbar flexion implied by a thorax inclination when the lumbar spine and pelvis share the
     * motion by the rhythm described above.
     *
     * @param trunkFlexionDeg thorax inclination from vertical (deg, negative = extension)
     * @return lumbar flexion (deg), inside [-{@value #TOTAL_EXTENSION_DEG}, {@value #TOTAL_FLEXION_DEG}]
     */
    public static double rhythmLumbarFlexionDeg(double trunkFlexionDeg) {
        double range = trunkFlexionDeg >= 0 ? TOTAL_FLEXION_DEG : TOTAL_EXTENSION_DEG;
        return range * Math.tanh(INITIAL_LUMBAR_SHARE * trunkFlexionDeg / range);
    }
}
