package org.lumbosim.posture;

import org.lumbosim.internal.Checks;

/**
 * How lumbar motion is shared among the five levels and with the pelvis.
 *
 * <p>Segmental flexion and extension ranges: Pearcy M, Portek I, Shepherd J (1984),
 * "Three-dimensional x-ray analysis of normal movement in the lumbar spine", Spine 9(3):294-297
 * (biplanar radiography, 11 men); values as reproduced in secondary sources, not re-read from the
 * original table. Every level reaches its limit together: at full flexion each level is at its
 * flexion range, at full extension at its extension range.
 *
 * <p>Away from neutral a level's angle is the total times that level's share, its flexion range
 * over the total flexion range in flexion and its extension range over the total extension range
 * in extension, so every level is at the same fraction of its own range. Through neutral the share
 * blends from the extension share to the flexion share over
 * +-{@value #NEUTRAL_BLEND_HALF_WIDTH_DEG} deg of total lumbar flexion by the quintic smooth step
 * {@code 6u^5 - 15u^4 + 10u^3} ({@link #levelFlexionDeg}): the levels' angles, velocities and
 * accelerations are continuous (C2) in the total, they add up to the total exactly, keep its sign
 * and grow with it. (Switching shares at 0 made the levels' angular velocities jump there, and
 * central-difference accelerations of a motion through neutral saw a spike: issue 13.) Pearcy et al.
 * report end-of-range angles only; the blend and its width are this model's choice, narrow so the
 * measured proportional split holds everywhere else, and wide enough that in a motion through
 * neutral at 100 deg/s no mass accelerates more than 0.1 m/s^2 beyond the largest acceleration of the
 * same motion away from neutral (LevelSplitContinuityTest: 1.93 against 1.84 m/s^2; switching shares
 * at 0 gave a spike of 12.3 m/s^2).
 *
 * <p>Lumbopelvic rhythm (used when a posture gives the thorax's inclination but not the lumbar
 * flexion): lumbar flexion = {@code L * tanh(s * trunk / L)} where {@code L} is the total range in
 * that direction and {@code s} = {@value #INITIAL_LUMBAR_SHARE} the lumbar share of small trunk
 * inclinations. This gives a lumbar share of about 62 % at 30 deg of trunk inclination, falling to
 * about 42 % at 110 deg, inside the ranges reported by Esola MA et al. (1996), Spine 21(1):71-78 and
 * Granata KP, Sanford AH (2000), Spine 25(11):1413-1418 (60-70 % early, 40-55 % at full flexion;
 * secondary, not re-read). The tanh form is this model's choice, not a published curve.
 *
 * <p>Axial rotation of the thorax relative to the pelvis is taken mostly above L1: the five lumbar
 * levels share {@link #LUMBAR_SHARE_OF_AXIAL_ROTATION} of it equally, and the thorax turns about its
 * own long axis by the rest (T12-L1 and the thoracic spine, which this model lumps into the thorax).
 * Lateral bending is still shared equally by the five lumbar levels alone.
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
    /**
     * Half-width of the blend of the extension and flexion shares through neutral (deg of total
     * lumbar flexion): this model's choice (see the class comment), not a published value.
     */
    public static final double NEUTRAL_BLEND_HALF_WIDTH_DEG = 5;
    /**
     * Share of the thorax's axial rotation relative to the pelvis that the five lumbar levels L1-S1
     * take together (dimensionless). Fujii R, Sakaura H, Mukai Y, et al. (2007), "Kinematics of the
     * lumbar spine in trunk rotation: in vivo three-dimensional analysis using magnetic resonance
     * imaging", Eur Spine J 16(11):1867-1874 (abstract read; ten healthy volunteers): in 45 deg of
     * trunk rotation to each side the mean axial rotation of each lumbar segment, L1/2 to L5/S1,
     * ranged from {@value #FUJII_2007_SEGMENT_ROTATION_LOW_DEG} to
     * {@value #FUJII_2007_SEGMENT_ROTATION_HIGH_DEG} deg. Derived: the five segments at the middle
     * of that range, 5 x 1.45 = 7.25 deg of {@value #FUJII_2007_TRUNK_ROTATION_DEG} deg, 0.161 (the
     * abstract's range allows 0.133 to 0.189). The rest is taken at T12-L1 and in the thoracic
     * spine. Taken as proportional at every trunk rotation (the abstract gives the 45 deg values
     * only): this model's choice.
     */
    public static final double LUMBAR_SHARE_OF_AXIAL_ROTATION;
    /** Smallest mean axial rotation of a lumbar segment in 45 deg of trunk rotation (deg), Fujii et al. 2007 abstract. */
    private static final double FUJII_2007_SEGMENT_ROTATION_LOW_DEG = 1.2;
    /** Largest mean axial rotation of a lumbar segment in 45 deg of trunk rotation (deg), Fujii et al. 2007 abstract. */
    private static final double FUJII_2007_SEGMENT_ROTATION_HIGH_DEG = 1.7;
    /** The trunk rotation of those values (deg), Fujii et al. 2007 abstract. */
    private static final double FUJII_2007_TRUNK_ROTATION_DEG = 45;

    static {
        LUMBAR_SHARE_OF_AXIAL_ROTATION = FLEXION_RANGE_DEG.length
                * (FUJII_2007_SEGMENT_ROTATION_LOW_DEG + FUJII_2007_SEGMENT_ROTATION_HIGH_DEG) / 2
                / FUJII_2007_TRUNK_ROTATION_DEG;
    }
    /** Lumbar share of small trunk inclinations (dimensionless). */
    public static final double INITIAL_LUMBAR_SHARE = 0.65;

    /**
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @return the share of total lumbar flexion taken by that level (sums to 1)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code levelIndex} is not 0 to 4
     */
    public static double flexionShare(int levelIndex) {
        Checks.wholeInRange("levelIndex", levelIndex, 0, FLEXION_RANGE_DEG.length - 1L, "");
        return FLEXION_RANGE_DEG[levelIndex] / TOTAL_FLEXION_DEG;
    }

    /**
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @return the share of total lumbar extension taken by that level (sums to 1)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code levelIndex} is not 0 to 4
     */
    public static double extensionShare(int levelIndex) {
        Checks.wholeInRange("levelIndex", levelIndex, 0, EXTENSION_RANGE_DEG.length - 1L, "");
        return EXTENSION_RANGE_DEG[levelIndex] / TOTAL_EXTENSION_DEG;
    }

    /**
     * The angle of one level when the lumbar spine as a whole is flexed by a given angle: the total
     * times the level's share, which blends smoothly from the extension share to the flexion share
     * within +-{@value #NEUTRAL_BLEND_HALF_WIDTH_DEG} deg of neutral (see the class comment).
     *
     * @param levelIndex 0 for L5-S1 up to 4 for L1-L2
     * @param lumbarFlexionDeg total lumbar flexion L1-S1 (deg, negative = extension)
     * @return that level's flexion (deg, negative = extension); the five add up to the total
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code levelIndex} is not 0 to 4 or
     *     {@code lumbarFlexionDeg} is not finite (a NaN gave a NaN angle)
     */
    public static double levelFlexionDeg(int levelIndex, double lumbarFlexionDeg) {
        Checks.finite("lumbarFlexionDeg", lumbarFlexionDeg, "deg");
        double u = (lumbarFlexionDeg + NEUTRAL_BLEND_HALF_WIDTH_DEG) / (2 * NEUTRAL_BLEND_HALF_WIDTH_DEG);
        if (u >= 1) {
            return lumbarFlexionDeg * flexionShare(levelIndex);
        }
        if (u <= 0) {
            return lumbarFlexionDeg * extensionShare(levelIndex);
        }
        // the quintic smooth step 6u^5 - 15u^4 + 10u^3: 0 and 1 at the ends with zero first and second derivatives
        double w = u * u * u * (10 + u * (6 * u - 15));
        double e = extensionShare(levelIndex);
        return lumbarFlexionDeg * (e + (flexionShare(levelIndex) - e) * w);
    }

    /**
     * Lumbar flexion implied by a thorax inclination when the lumbar spine and pelvis share the
     * motion by the rhythm described above.
     *
     * @param trunkFlexionDeg thorax inclination from vertical (deg, negative = extension)
     * @return lumbar flexion (deg), inside [-{@value #TOTAL_EXTENSION_DEG}, {@value #TOTAL_FLEXION_DEG}]
     */
    public static double rhythmLumbarFlexionDeg(double trunkFlexionDeg) {
        Checks.finite("trunkFlexionDeg", trunkFlexionDeg, "deg");
        double range = trunkFlexionDeg >= 0 ? TOTAL_FLEXION_DEG : TOTAL_EXTENSION_DEG;
        return range * Math.tanh(INITIAL_LUMBAR_SHARE * trunkFlexionDeg / range);
    }
}
