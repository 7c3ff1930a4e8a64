package org.lumbosim.model;

import org.lumbosim.anthropometry.Sex;
import org.lumbosim.internal.Units;

/**
 * Where a trunk bent forward over the thighs meets them ({@link org.lumbosim.posture.Support#TRUNK_ON_THIGHS}):
 * the abdomen's most protruding point and the thighs' upper surface, scaled to the subject. One job:
 * the cited constants and their scaling; {@link TrunkThighContact} places them in a pose.
 *
 * <p><b>Abdomen.</b> The abdominal extension depth, sitting (ANSUR II: the horizontal depth of the
 * trunk from the back to the most protruding point of the abdomen, seated upright) is split into a part
 * behind and a part in front of the lumbar spine's disc centres: behind, the supraspinous ligament's
 * line (the spinous process tips; this model's {@link LumbarLigament#SSL} moment arm at L3-L4, AMMR
 * model file, scaled with the spine) plus the soft tissue over the spinous processes; in front, the
 * rest. The point is placed at the level of the L3-L4 disc, in front of its centre along its anterior
 * axis, where the umbilicus and a man's most protruding abdomen lie (anatomy-text placement, recalled,
 * not read: an assumption of this model); the push there is carried by the upper body
 * ({@link TrunkThighContact}).
 *
 * <p><b>Thighs.</b> Each thigh a cone of round sections about its hip-knee axis, radius its girth over
 * 2 pi, from the thigh circumference at the gluteal furrow to the lower thigh circumference (the stick
 * figure's {@code LimbBreadths}, same source). The upper surface is the cone's top line in the vertical
 * plane through the axis.
 *
 * <p><b>Sources, how read.</b> Depths and girths: the 2012 Anthropometric Survey of U.S. Army
 * Personnel (ANSUR II), Gordon CC, Blackwell CL, Bradtmiller B, et al. (2014), Natick/TR-15/007: means
 * computed here from the survey's public data files (ANSUR II MALE Public.csv, 4,082 men; FEMALE, 1,986
 * women), read from a public copy (GitHub coleharlow12/ANSURDataAnalysis); primary data, the report's
 * tables not read. Soft tissue over the spinous processes: Kawchuk GN, Prasad N, Parent E, Chapman S,
 * Custodio M, Manzon M, Wiebe A, Dhillon S (2011), Manual Therapy 16(4):384-387,
 * doi:10.1016/j.math.2011.01.007 (T1-weighted MRI of 105 consecutive patients referred for lumbar
 * MRI; mean skin to spinous process L1-L5 22.77, 23.00, 27.40, 33.40, 36.65 mm), <b>abstract</b>
 * (PubMed 21333583, read in a public mirror of it; agrees with the MedWire News report
 * "Spinal landmark depth increases with BMI"; the paper's tables not read); the mean of L3 and L4 is
 * taken at L3-L4.
 *
 * <p><b>Scaling</b> (derived): a segment's mass is a fixed share of body mass and its length a fixed
 * share of stature (de Leva 1996), so at a common density its cross-section goes with mass over
 * stature and its depths and girths with the square root of that; the survey's means are scaled from
 * the sex's mean body (the survey's mean stature and mass) to the subject by
 * {@code sqrt((massKg / statureM) / (meanMassKg / meanStatureM))}. The tissue over the spinous
 * processes scales alike (Kawchuk et al. found it grows with BMI), with the survey's mean body taken
 * as their subjects' (their mean BMI, 27.52 kg/m2 for the 57 men and 27.02 for the women per the
 * abstract, is near the survey men's 27.7 and above its women's 25.5; stature and mass not read).
 */
final class TrunkThighGeometry {
    /** ANSUR II men: abdominal extension depth, sitting (m), mean of 4,082 (SD 0.0373). */
    static final double MALE_ABDOMINAL_DEPTH_SITTING_M = 0.2547;
    /** ANSUR II women: abdominal extension depth, sitting (m), mean of 1,986 (SD 0.0315). */
    static final double FEMALE_ABDOMINAL_DEPTH_SITTING_M = 0.2297;
    /** ANSUR II men: thigh circumference at the gluteal furrow (m), mean (SD 0.0585). */
    static final double MALE_THIGH_CIRCUMFERENCE_M = 0.6251;
    /** ANSUR II women: thigh circumference at the gluteal furrow (m), mean (SD 0.0558). */
    static final double FEMALE_THIGH_CIRCUMFERENCE_M = 0.6161;
    /** ANSUR II men: lower thigh circumference, just above the knee (m), mean (SD 0.0319). */
    static final double MALE_LOWER_THIGH_CIRCUMFERENCE_M = 0.4093;
    /** ANSUR II women: lower thigh circumference (m), mean (SD 0.0352). */
    static final double FEMALE_LOWER_THIGH_CIRCUMFERENCE_M = 0.4007;
    /** ANSUR II men: mean stature (m). */
    static final double MALE_MEAN_STATURE_M = 1.7562;
    /** ANSUR II women: mean stature (m). */
    static final double FEMALE_MEAN_STATURE_M = 1.6285;
    /** ANSUR II men: mean body mass (kg). */
    static final double MALE_MEAN_MASS_KG = 85.52;
    /** ANSUR II women: mean body mass (kg). */
    static final double FEMALE_MEAN_MASS_KG = 67.76;
    /** Skin to the L3 spinous process (mm), Kawchuk et al. 2011 (abstract: mean of 105). */
    static final double SKIN_TO_L3_SPINOUS_MM = 27.40;
    /** Skin to the L4 spinous process (mm), Kawchuk et al. 2011 (abstract: mean of 105). */
    static final double SKIN_TO_L4_SPINOUS_MM = 33.40;
    /** The disc the abdominal point lies in front of: L3-L4 (level index, 0 = L5-S1). */
    static final int ABDOMEN_LEVEL = SpinalLevel.L3_L4.ordinal();

    /** Distance of the abdomen's most protruding point in front of the L3-L4 disc centre (m). */
    final double abdomenAnteriorM;
    /** Thigh radius at the hip (m). */
    final double thighProximalRadiusM;
    /** Thigh radius at the knee (m). */
    final double thighDistalRadiusM;

    /**
     * @param sex the subject's sex (which survey means)
     * @param statureM stature (m)
     * @param massKg body mass (kg)
     * @param spineScale the spine's stature ratio (scales the supraspinous ligament's arm)
     */
    TrunkThighGeometry(Sex sex, double statureM, double massKg, double spineScale) {
        boolean male = sex == Sex.MALE;
        double meanStature = male ? MALE_MEAN_STATURE_M : FEMALE_MEAN_STATURE_M;
        double meanMass = male ? MALE_MEAN_MASS_KG : FEMALE_MEAN_MASS_KG;
        double girthScale = Math.sqrt((massKg / statureM) / (meanMass / meanStature));
        double depth = (male ? MALE_ABDOMINAL_DEPTH_SITTING_M : FEMALE_ABDOMINAL_DEPTH_SITTING_M) * girthScale;
        double skin = (SKIN_TO_L3_SPINOUS_MM + SKIN_TO_L4_SPINOUS_MM) / 2 / Units.MM_PER_M * girthScale;
        double spinous = LumbarLigament.SSL.momentArmMm(ABDOMEN_LEVEL) / Units.MM_PER_M * spineScale;
        abdomenAnteriorM = depth - skin - spinous;
        double thigh = male ? MALE_THIGH_CIRCUMFERENCE_M : FEMALE_THIGH_CIRCUMFERENCE_M;
        double lower = male ? MALE_LOWER_THIGH_CIRCUMFERENCE_M : FEMALE_LOWER_THIGH_CIRCUMFERENCE_M;
        thighProximalRadiusM = thigh * girthScale / (2 * Math.PI);
        thighDistalRadiusM = lower * girthScale / (2 * Math.PI);
    }
}
