package org.lumbosim.model;

import org.lumbosim.internal.Units;

/**
 * The subject's passive tissues at every level, built once per model: the ligament line elements of
 * {@link LumbarLigament} in the neutral frame of the level (attachments on the body below and above,
 * relative to the level's joint centre) with their law (linear-region stiffness, toe-region
 * transition strain, rest length), the disc's own bending stiffness, and each level's range of
 * motion (the bounds and cost scale of the level deviations of {@link RecruitmentAssembly},
 * {@link DeviationRange}). Stiffness values are
 * the published ones times {@link TissueParameters#passiveMomentScale()}; lengths are scaled with
 * the spine (strains, and so the law, do not change with size).
 *
 * <p>A ligament element runs parallel to the disc normal in the neutral posture, at its sagittal
 * moment arm behind (or in front of) the disc centre and at its lateral offset, with its neutral
 * length centred on the disc mid-plane; its lower attachment moves with the body below, the upper
 * one with the body above, which turns about the level's rotation centre ({@link #centreM},
 * {@link SegmentRotationCentre}: in the posterior part of the disc, where AMMR, whose lever arms
 * these are, puts its joint) rather than about the disc centre. Its rest length is the neutral
 * length times {@code 1 + εr}: taut in the neutral posture when {@code εr < 0}, slack when
 * {@code εr > 0}.
 *
 * <p>The neutral posture is taken as the unloaded motion segment's equilibrium (the posture in which
 * the geometry was measured): the disc balances the moment of the pre-strained ligaments there
 * ({@link #neutralLigamentMomentNm}), so that a level carries no net passive moment in it, only the
 * compression of the ligaments' pre-tension.
 */
final class PassiveTissueGeometry {
    /** Line elements per level. */
    static final int ELEMENTS = LumbarLigament.ELEMENTS_PER_LEVEL;

    /** Linear-region stiffness of each element (N per unit strain), {@code level * ELEMENTS + element}. */
    final double[] elementStiffnessN = new double[LumbarModel.LEVELS * ELEMENTS];
    /** Toe-to-linear transition strain of each element (dimensionless; the same for every subject, never modified). */
    final double[] elementTransitionStrain = TRANSITION_STRAIN;
    /** Rest length of each element (m). */
    final double[] elementRestM = new double[LumbarModel.LEVELS * ELEMENTS];
    /** Lower attachment in the neutral frame relative to the level's joint (m), 3 per element. */
    final double[] lowerM = new double[3 * LumbarModel.LEVELS * ELEMENTS];
    /** Upper attachment in the neutral frame relative to the level's joint (m), 3 per element. */
    final double[] upperM = new double[3 * LumbarModel.LEVELS * ELEMENTS];
    /**
     * Rotation centre of each level's passive tissues in the neutral frame relative to the level's
     * joint (m), 3 per level: {@link SegmentRotationCentre}'s offset behind the disc centre along the
     * disc's anterior axis, scaled with the spine.
     */
    final double[] centreM = new double[3 * LumbarModel.LEVELS];
    /** Disc bending stiffness in flexion (N·m/rad). */
    final double discFlexionNmPerRad;
    /** Disc bending stiffness in extension (N·m/rad). */
    final double discExtensionNmPerRad;
    /** Disc bending stiffness in lateral bending (N·m/rad). */
    final double discLateralNmPerRad;
    /** Disc stiffness in axial rotation (N·m/rad). */
    final double discAxialNmPerRad;
    /**
     * Moment of each level's pre-strained ligaments in the neutral posture about the disc's lateral
     * axis (N·m, + resisting flexion; the anterior ligament's pre-tension gives a flexing, negative
     * one), which the disc balances.
     */
    final double[] neutralLigamentMomentNm = new double[LumbarModel.LEVELS];
    /** Flexion range of each level (rad), {@link DeviationRange} (the same for every subject, never modified). */
    final double[] flexionRangeRad = FLEXION_RANGE_RAD;
    /** Extension range of each level (rad, positive), {@link DeviationRange} (the same for every subject, never modified). */
    final double[] extensionRangeRad = EXTENSION_RANGE_RAD;
    /**
     * Half of each level's neutral zone in flexion-extension (rad), {@link Yamamoto1989SegmentRanges}: the
     * disc's deviation stiffness passes from its extension to its flexion value across it
     * ({@link #discDeviationStiffnessNmPerRad}; the same for every subject, never modified).
     */
    final double[] neutralZoneHalfRad = NEUTRAL_ZONE_HALF_RAD;

    /*
     * What does not depend on the subject, computed once: a population builds one geometry per person.
     */
    private static final double[] TRANSITION_STRAIN = new double[LumbarModel.LEVELS * ELEMENTS];
    private static final double[] FLEXION_RANGE_RAD = new double[LumbarModel.LEVELS];
    private static final double[] EXTENSION_RANGE_RAD = new double[LumbarModel.LEVELS];
    private static final double[] NEUTRAL_ZONE_HALF_RAD = new double[LumbarModel.LEVELS];

    static {
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int e = k * ELEMENTS;
            for (LumbarLigament lig : LumbarLigament.ALL_LIGAMENTS) {
                for (int side = 0; side < lig.sides(); side++) {
                    TRANSITION_STRAIN[e++] = lig.transitionStrain(k);
                }
            }
            FLEXION_RANGE_RAD[k] = Units.toRad(DeviationRange.flexionDeg(k));
            EXTENSION_RANGE_RAD[k] = Units.toRad(DeviationRange.extensionDeg(k));
            NEUTRAL_ZONE_HALF_RAD[k] = Units.toRad(Yamamoto1989SegmentRanges.neutralZoneFlexionExtensionDeg(k)) / 2;
        }
    }

    /**
     * @param spineScale stature ratio of the spine (subject / {@link Christophy2012Spine#REFERENCE_STATURE_M});
     *     the ligament lengths and lever arms are scaled by it (assumption: the AMMR standard trunk
     *     and Remus et al.'s specimen are of the Christophy model's size; their statures were not read)
     * @param discTiltSin sine of each disc normal's neutral tilt (not modified)
     * @param discTiltCos its cosine (not modified)
     * @param stiffnessScale factor on every published stiffness ({@link TissueParameters#passiveMomentScale()})
     */
    PassiveTissueGeometry(double spineScale, double[] discTiltSin, double[] discTiltCos, double stiffnessScale) {
        double perDeg = stiffnessScale * TissueConstants.DISC_SHARE_OF_SEGMENT_STIFFNESS / Units.toRad(1);
        discFlexionNmPerRad = perDeg * TissueConstants.SEGMENT_FLEXION_STIFFNESS_NM_PER_DEG;
        discExtensionNmPerRad = perDeg * TissueConstants.SEGMENT_EXTENSION_STIFFNESS_NM_PER_DEG;
        discLateralNmPerRad = perDeg * TissueConstants.SEGMENT_LATERAL_BENDING_STIFFNESS_NM_PER_DEG;
        discAxialNmPerRad = perDeg * TissueConstants.SEGMENT_AXIAL_ROTATION_STIFFNESS_NM_PER_DEG;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double sn = discTiltSin[k], cs = discTiltCos[k];
            double behind = spineScale * SegmentRotationCentre.posteriorOffsetMm(k) / Units.MM_PER_M;
            centreM[3 * k] = -behind * cs;
            centreM[3 * k + 1] = behind * sn;
            int e = k * ELEMENTS;
            for (LumbarLigament lig : LumbarLigament.ALL_LIGAMENTS) {
                int sides = lig.sides();
                double arm = spineScale * lig.momentArmMm(k) / Units.MM_PER_M;
                double neutral = spineScale * lig.neutralLengthMm(k) / Units.MM_PER_M;
                double half = neutral / 2;
                double lateral = spineScale * lig.lateralOffsetMm(k) / Units.MM_PER_M;
                for (int side = 0; side < sides; side++) {
                    double z = side == 0 ? lateral : -lateral;
                    // posterior of the centre is minus the anterior axis (cs, -sn)
                    double x = -arm * cs, y = arm * sn;
                    lowerM[3 * e] = x - half * sn;
                    lowerM[3 * e + 1] = y - half * cs;
                    lowerM[3 * e + 2] = z;
                    upperM[3 * e] = x + half * sn;
                    upperM[3 * e + 1] = y + half * cs;
                    upperM[3 * e + 2] = z;
                    elementStiffnessN[e] = stiffnessScale * lig.linearStiffnessN(k) / sides;
                    elementRestM[e] = neutral * (1 + lig.referenceStrain());
                    // parallel to the normal at the neutral length: the tension acts at the moment arm
                    double neutralStrain = neutral / elementRestM[e] - 1;
                    neutralLigamentMomentNm[k] += arm * LumbarLigament.tensionN(elementStiffnessN[e],
                            elementTransitionStrain[e], neutralStrain);
                    e++;
                }
            }
        }
    }

    /**
     * The disc's bending stiffness that a level's deviation columns use (N·m/rad; docs/recruitment.md,
     * "Level deviations"): the slope of the disc's own couple ({@code TissueLoads}: the flexion stiffness
     * times a flexion, the extension stiffness times an extension) between the rotations half a neutral
     * zone either side of the prescribed one, {@code (M(θ + h) - M(θ - h)) / 2h}. So the extension
     * stiffness up to {@code -h}, the flexion stiffness from {@code +h}, linear between (their mean at
     * neutral): a continuous function of the rotation, where the couple's own tangent jumps at neutral
     * (Schmidt's linear fit has a corner there; a real segment passes from one slope to the other across
     * its neutral zone, {@link Yamamoto1989SegmentRanges#neutralZoneFlexionExtensionDeg}).
     *
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @param flexionRad the level's prescribed flexion (rad, + flexion)
     * @return the stiffness (N·m/rad, at least the smaller of the two)
     */
    double discDeviationStiffnessNmPerRad(int level, double flexionRad) {
        double h = neutralZoneHalfRad[level];
        if (flexionRad >= h) {
            return discFlexionNmPerRad;
        }
        if (flexionRad <= -h) {
            return discExtensionNmPerRad;
        }
        return discExtensionNmPerRad + (discFlexionNmPerRad - discExtensionNmPerRad) * (flexionRad + h) / (2 * h);
    }
}
