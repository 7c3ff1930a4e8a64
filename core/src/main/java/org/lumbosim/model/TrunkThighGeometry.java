package org.lumbosim.model;

import org.lumbosim.anthropometry.AnsurII2012;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.internal.Units;

/**
 * Where a trunk bent forward over the thighs meets them ({@link org.lumbosim.posture.Support#TRUNK_ON_THIGHS}):
 * the abdomen's most protruding point and the thighs' upper surface, scaled to the subject. One job:
 * scale the cited constants ({@link AnsurII2012}, {@link Kawchuk2011}) to the subject;
 * {@link TrunkThighContact} places them in a pose.
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
 * <p><b>Sources, how read.</b> Depths, girths and the survey's mean bodies: {@link AnsurII2012}
 * (primary data). Soft tissue over the spinous processes: {@link Kawchuk2011} (abstract); the mean of
 * L3 and L4 is taken at L3-L4.
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
        double meanStature = male ? AnsurII2012.MALE_MEAN_STATURE_M : AnsurII2012.FEMALE_MEAN_STATURE_M;
        double meanMass = male ? AnsurII2012.MALE_MEAN_MASS_KG : AnsurII2012.FEMALE_MEAN_MASS_KG;
        double girthScale = Math.sqrt((massKg / statureM) / (meanMass / meanStature));
        double depth = (male ? AnsurII2012.MALE_ABDOMINAL_DEPTH_SITTING_M : AnsurII2012.FEMALE_ABDOMINAL_DEPTH_SITTING_M)
                * girthScale;
        double skin = (Kawchuk2011.SKIN_TO_L3_SPINOUS_MM + Kawchuk2011.SKIN_TO_L4_SPINOUS_MM) / 2 / Units.MM_PER_M
                * girthScale;
        double spinous = LumbarLigament.SSL.momentArmMm(ABDOMEN_LEVEL) / Units.MM_PER_M * spineScale;
        abdomenAnteriorM = depth - skin - spinous;
        double thigh = male ? AnsurII2012.MALE_THIGH_CIRCUMFERENCE_M : AnsurII2012.FEMALE_THIGH_CIRCUMFERENCE_M;
        double lower = male ? AnsurII2012.MALE_LOWER_THIGH_CIRCUMFERENCE_M
                : AnsurII2012.FEMALE_LOWER_THIGH_CIRCUMFERENCE_M;
        thighProximalRadiusM = thigh * girthScale / (2 * Math.PI);
        thighDistalRadiusM = lower * girthScale / (2 * Math.PI);
    }
}
