package org.lumbosim.model;

import org.lumbosim.anthropometry.DeLeva1996;
import org.lumbosim.anthropometry.DeLeva1996.Segment;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.anthropometry.TrunkMassDistribution;
import org.lumbosim.internal.Units;

/**
 * A subject's body, scaled once from the reference models: lumbar joint centres with the discs'
 * neutral tilts and areas; shoulder, hip and C7 positions; limb segment lengths and centre-of-mass
 * fractions; the mass table ({@link MassPoint}) with the neutral positions of the masses fixed to a
 * body; the thorax's rotational inertia; the muscle set's stature ratio and PCSA; the passive tissues
 * ({@link PassiveTissueGeometry}). Immutable; one per
 * {@link LumbarModel}.
 */
final class SubjectGeometry {
    /** The lumbar slices' shares of the body mass, L5 (the slice above L5-S1) to L1. */
    private static final double[] SLICE_MASS_FRACTION = {TrunkMassDistribution.L5_SLICE_MASS_FRACTION,
        TrunkMassDistribution.L4_SLICE_MASS_FRACTION, TrunkMassDistribution.L3_SLICE_MASS_FRACTION,
        TrunkMassDistribution.L2_SLICE_MASS_FRACTION, TrunkMassDistribution.L1_SLICE_MASS_FRACTION};
    /** The limb segments with a mass point on each side. */
    private static final Segment[] LIMBS = {Segment.UPPER_ARM, Segment.FOREARM, Segment.HAND, Segment.THIGH,
        Segment.SHANK, Segment.FOOT};
    /** The left mass point of each of {@link #LIMBS}. */
    private static final MassPoint[] LEFT_LIMBS = {MassPoint.UPPER_ARM_LEFT, MassPoint.FOREARM_LEFT,
        MassPoint.HAND_LEFT, MassPoint.THIGH_LEFT, MassPoint.SHANK_LEFT, MassPoint.FOOT_LEFT};

    /** Joint centres L5-S1 .. T12-L1, neutral standing (m): x anterior. */
    final double[] jointX = new double[LumbarModel.JOINTS];
    /** Joint centres, y superior (m). */
    final double[] jointY = new double[LumbarModel.JOINTS];
    /** Neutral tilt of each disc's normal from vertical (rad, forward positive). */
    final double[] discTiltRad;
    /** Sine of each disc's neutral tilt, computed once for every solve's disc frames. */
    final double[] discTiltSin = new double[LumbarModel.LEVELS];
    /** Cosine of each disc's neutral tilt. */
    final double[] discTiltCos = new double[LumbarModel.LEVELS];
    /** Each disc's cross-sectional area (m²). */
    final double[] discAreaM2 = new double[LumbarModel.LEVELS];
    /** The subject's stature (m). */
    final double statureM;
    /** Ligament lines and passive stiffness of every level. */
    final PassiveTissueGeometry passive;
    /**
     * Ends of the abdominal pressure line and of the anterior-wall line in the neutral frame, fixed to
     * pelvis and thorax (m; {@link AbdominalPressure#lineEnds}): pressure line pelvis x, y, thorax x, y;
     * wall line pelvis x, y, thorax x, y.
     */
    final double[] abdomenLinesM = new double[8];
    /** Root-mean-square distance of AMMR's lumbar disc centres from this subject's joints once laid on them (m). */
    final double abdomenLineFitRmsM;
    /** The abdomen's depth in front of the spine and the thighs' radii ({@link TrunkThighGeometry}). */
    final TrunkThighGeometry trunkThigh;

    final double shoulderX;
    final double shoulderY;
    /** Lateral offset of each shoulder joint centre (m). */
    final double shoulderZ;
    final double hipX;
    final double hipY;
    /** Lateral offset of each hip joint centre (m). */
    final double hipZ;
    /** Centre of each ischial tuberosity's inferior outline, anterior of L5-S1 in the neutral pelvis frame (m, {@link IschialTuberosityGeometry}). */
    final double ischiumX;
    /** Centre of each ischial tuberosity's inferior outline, above L5-S1 in the neutral pelvis frame (m, negative = below). */
    final double ischiumY;
    /** Lateral offset of each ischial tuberosity (m). */
    final double ischiumZ;
    /** Radius of the tuberosity's inferior outline (m): the seat contact lies this far below its centre. */
    final double ischiumRadiusM;
    /** Centre of the sacral crest's dorsal outline, anterior of L5-S1 in the neutral pelvis frame (m, {@link SacralOutlineGeometry}). */
    final double sacrumX;
    /** Centre of the sacral crest's dorsal outline, above L5-S1 in the neutral pelvis frame (m, negative = below). */
    final double sacrumY;
    /** Radius of the sacral crest's dorsal outline (m). */
    final double sacrumRadiusM;
    final double c7Y;
    final double headLengthM;
    final double upperArmM;
    final double upperArmCom;
    final double forearmM;
    final double forearmCom;
    final double handM;
    final double handCom;
    final double thighM;
    final double thighCom;
    final double shankM;
    final double shankCom;
    final double footM;

    /** Mass of each {@link MassPoint} (kg). */
    final double[] massKg = new double[MassPoint.COUNT];
    /** Neutral x of the masses fixed to a body (m); unused for limb masses. */
    final double[] fixedX = new double[MassPoint.COUNT];
    /** Neutral y of the masses fixed to a body (m). */
    final double[] fixedY = new double[MassPoint.COUNT];
    /** Body weight (N). */
    final double bodyWeightN;

    /** Rotational inertia of thorax and head about their own centres of mass (kg m²), transverse axis. */
    final double thoraxInertiaTransverse;
    /** The same about the sagittal (anterior-posterior) axis. */
    final double thoraxInertiaSagittalAxis;
    /** The same about the longitudinal axis. */
    final double thoraxInertiaLongitudinal;

    /** Stature ratio of the muscle lines (subject / the muscle anatomy's reference). */
    final double muscleScale;
    /**
     * Each muscle line's PCSA scaled to the subject (m²): the default subject's (the reference PCSA
     * times its stature ratio squared) times {@link TrunkMuscleSize#pcsaFactor}.
     */
    final double[] pcsaM2;
    /** {@link TrunkMuscleSize#pcsaFactor} of the subject: the factor of {@link #pcsaM2} over the default subject's. */
    final double pcsaSizeFactor;

    /**
     * @param subject the person
     * @param tissue the tissue constants (the disc area factor multiplies every area, given or not)
     * @param muscles the muscle set
     * @param givenDiscAreaMm2 per level (index 0 = L5-S1), the subject's own disc area (mm²), or NaN
     *     for the default of {@link #defaultDiscAreaMm2}
     */
    SubjectGeometry(Subject subject, TissueParameters tissue, MuscleSet muscles, double[] givenDiscAreaMm2) {
        double stature = subject.statureM();
        statureM = stature;
        double mass = subject.bodyMassKg();
        double spineScale = stature / Christophy2012Spine.REFERENCE_STATURE_M;
        referenceJoints(spineScale, jointX, jointY);
        discTiltRad = discTilts(jointX, jointY);
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            discTiltSin[k] = Math.sin(discTiltRad[k]);
            discTiltCos[k] = Math.cos(discTiltRad[k]);
        }
        abdomenLineFitRmsM = AbdominalPressure.lineEnds(jointX, jointY, abdomenLinesM);
        passive = new PassiveTissueGeometry(spineScale, discTiltSin, discTiltCos, tissue.passiveMomentScale());
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double areaMm2 = Double.isNaN(givenDiscAreaMm2[k]) ? defaultDiscAreaMm2(stature, k) : givenDiscAreaMm2[k];
            discAreaM2[k] = areaMm2 / Units.MM2_PER_M2 * tissue.discAreaScale();
        }

        Sex sex = subject.sex();
        trunkThigh = new TrunkThighGeometry(sex, stature, mass, spineScale);
        double kLen = stature / DeLeva1996.referenceStatureM(sex);
        double kFb = stature / OpenSimFullBodyGeometry.REFERENCE_STATURE_M;
        shoulderX = OpenSimFullBodyGeometry.SHOULDER_X_M * kFb;
        shoulderY = OpenSimFullBodyGeometry.SHOULDER_Y_M * kFb;
        shoulderZ = OpenSimFullBodyGeometry.SHOULDER_HALF_WIDTH_M * kFb;
        hipX = OpenSimFullBodyGeometry.HIP_X_M * kFb;
        hipY = OpenSimFullBodyGeometry.HIP_Y_M * kFb;
        hipZ = OpenSimFullBodyGeometry.HIP_HALF_WIDTH_M * kFb;
        ischiumX = IschialTuberosityGeometry.ROCKER_CENTRE_X_M * kFb;
        ischiumY = IschialTuberosityGeometry.ROCKER_CENTRE_Y_M * kFb;
        ischiumZ = IschialTuberosityGeometry.HALF_WIDTH_M * kFb;
        ischiumRadiusM = IschialTuberosityGeometry.ROCKER_RADIUS_M * kFb;
        sacrumX = SacralOutlineGeometry.ROCKER_CENTRE_X_M * kFb;
        sacrumY = SacralOutlineGeometry.ROCKER_CENTRE_Y_M * kFb;
        sacrumRadiusM = SacralOutlineGeometry.ROCKER_RADIUS_M * kFb;
        // C7 lies above the shoulder joint centres by CERV-MIDH minus MIDS-MIDH (de Leva's alternative trunk rows)
        double c7AboveShoulder = DeLeva1996.c7AboveShouldersM(sex) * kLen;
        c7Y = shoulderY + c7AboveShoulder;
        // head+neck segment VERT-CERV (alternative row), CoM measured from the vertex
        headLengthM = DeLeva1996.headAltLengthM(sex) * kLen;
        double headComFromC7 = (1 - DeLeva1996.headAltComFraction(sex)) * headLengthM;
        upperArmM = Segment.UPPER_ARM.referenceLengthM(sex) * kLen;
        upperArmCom = Segment.UPPER_ARM.comFraction(sex);
        forearmM = Segment.FOREARM.referenceLengthM(sex) * kLen;
        forearmCom = Segment.FOREARM.comFraction(sex);
        handM = Segment.HAND.referenceLengthM(sex) * kLen;
        handCom = Segment.HAND.comFraction(sex);
        thighM = Segment.THIGH.referenceLengthM(sex) * kLen;
        thighCom = Segment.THIGH.comFraction(sex);
        shankM = Segment.SHANK.referenceLengthM(sex) * kLen;
        shankCom = Segment.SHANK.comFraction(sex);
        footM = Segment.FOOT.referenceLengthM(sex) * kLen;

        double used = 0;
        for (int b = 1; b <= LumbarModel.LEVELS; b++) {
            int m = MassPoint.L5_SLICE.ordinal() + b - 1;
            double dx = jointX[b] - jointX[b - 1];
            double dy = jointY[b] - jointY[b - 1];
            double len = Math.hypot(dx, dy);
            fixedX[m] = (jointX[b] + jointX[b - 1]) / 2 + TrunkMassDistribution.LUMBAR_SLICE_COM_ANTERIOR_M * dy / len;
            fixedY[m] = (jointY[b] + jointY[b - 1]) / 2 - TrunkMassDistribution.LUMBAR_SLICE_COM_ANTERIOR_M * dx / len;
            massKg[m] = SLICE_MASS_FRACTION[b - 1] * mass;
            used += SLICE_MASS_FRACTION[b - 1];
        }
        int top = LumbarModel.LEVELS;
        int thoracic = MassPoint.THORACIC.ordinal();
        double f = TrunkMassDistribution.thoracicComHeightFraction();
        fixedX[thoracic] = jointX[top] + TrunkMassDistribution.THORACIC_COM_ANTERIOR_M;
        fixedY[thoracic] = jointY[top] + f * (c7Y - jointY[top]);
        massKg[thoracic] = TrunkMassDistribution.THORACIC_MASS_FRACTION * mass;
        int head = MassPoint.HEAD_NECK.ordinal();
        fixedX[head] = jointX[top];
        fixedY[head] = c7Y + headComFromC7;
        massKg[head] = Segment.HEAD_NECK.massFraction(sex) * mass;
        used += TrunkMassDistribution.THORACIC_MASS_FRACTION + Segment.HEAD_NECK.massFraction(sex);
        for (int s = 0; s < LIMBS.length; s++) {
            double m = LIMBS[s].massFraction(sex) * mass;
            massKg[MassPoint.of(LEFT_LIMBS[s], 0)] = m;
            massKg[MassPoint.of(LEFT_LIMBS[s], 1)] = m;
            used += 2 * LIMBS[s].massFraction(sex);
        }
        // pelvis: the rest of the body mass, its CoM midway between L5-S1 and the mid-hip point (assumption)
        int pelvis = MassPoint.PELVIS.ordinal();
        massKg[pelvis] = (1 - used) * mass;
        fixedX[pelvis] = hipX / 2;
        fixedY[pelvis] = hipY / 2;
        bodyWeightN = mass * TissueConstants.GRAVITY_M_PER_S2;

        // rotational inertia of thorax and head about their own centres of mass (kg m²), de Leva (1996)
        double thoraxLen = DeLeva1996.upperTrunkAltLengthM(sex) * kLen;
        double headLen = headLengthM;
        double mt = massKg[thoracic];
        double mh = massKg[head];
        thoraxInertiaTransverse = mt * sq(DeLeva1996.UPPER_TRUNK_ALT_R_TRANSVERSE * thoraxLen)
                + mh * sq(DeLeva1996.HEAD_ALT_R_TRANSVERSE * headLen);
        thoraxInertiaSagittalAxis = mt * sq(DeLeva1996.UPPER_TRUNK_ALT_R_SAGITTAL * thoraxLen)
                + mh * sq(DeLeva1996.HEAD_ALT_R_SAGITTAL * headLen);
        thoraxInertiaLongitudinal = mt * sq(DeLeva1996.UPPER_TRUNK_ALT_R_LONGITUDINAL * thoraxLen)
                + mh * sq(DeLeva1996.HEAD_ALT_R_LONGITUDINAL * headLen);

        muscleScale = stature / Christophy2012Muscles.REFERENCE_STATURE_M;
        // PCSA: the default subject's (stature ratio squared), times the size factor of this subject
        double sizeFactor = TrunkMuscleSize.pcsaFactor(subject);
        pcsaSizeFactor = sizeFactor;
        int n = muscles.count();
        pcsaM2 = new double[n];
        for (int i = 0; i < n; i++) {
            pcsaM2[i] = muscles.defaultSubjectPcsaM2[i] * sizeFactor;
        }
    }

    /**
     * The default disc area of a subject (see {@link DiscAreaConstants}): Wilke's volunteer's L4-L5
     * area, times the square of the level's MRI depth over L4-L5's (L4-L5's depth for the levels
     * above it, for which none was found), times the square of the stature ratio.
     *
     * @param statureM the subject's stature (m)
     * @param level index of a disc (0 = L5-S1)
     * @return the area (mm²)
     */
    static double defaultDiscAreaMm2(double statureM, int level) {
        double depthMm = level == SpinalLevel.L5_S1.ordinal() ? DiscAreaConstants.DISC_DEPTH_L5_S1_MM
                : DiscAreaConstants.DISC_DEPTH_L4_L5_MM;
        return DiscAreaConstants.WILKE_SUBJECT_DISC_AREA_L4_L5_MM2 * sq(depthMm / DiscAreaConstants.DISC_DEPTH_L4_L5_MM)
                * sq(statureM / DiscAreaConstants.WILKE_SUBJECT_STATURE_M);
    }

    private static double sq(double x) {
        return x * x;
    }

    /**
     * The joint centres of {@link Christophy2012Spine} scaled by a stature ratio.
     *
     * @param k stature ratio (subject / the spine model's reference)
     * @param x joint x (m), written
     * @param y joint y (m), written
     */
    static void referenceJoints(double k, double[] x, double[] y) {
        for (int j = 0; j < LumbarModel.JOINTS; j++) {
            x[j] = Christophy2012Spine.JOINT_X_M[j] * k;
            y[j] = Christophy2012Spine.JOINT_Y_M[j] * k;
        }
    }

    /**
     * Neutral tilt of each disc's normal from vertical (rad, forward positive): halfway between the
     * long axes of the bodies above and below; the sacrum's "axis" is the normal of its endplate,
     * tilted by the standing sacral slope.
     */
    static double[] discTilts(double[] jointX, double[] jointY) {
        double[] axisTilt = new double[LumbarModel.BODIES];
        axisTilt[0] = Units.toRad(TissueConstants.STANDING_SACRAL_SLOPE_DEG);
        for (int b = 1; b < LumbarModel.BODIES - 1; b++) {
            axisTilt[b] = Math.atan2(jointX[b] - jointX[b - 1], jointY[b] - jointY[b - 1]);
        }
        double[] tilt = new double[LumbarModel.LEVELS];
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            tilt[k] = (axisTilt[k] + axisTilt[k + 1]) / 2;
        }
        return tilt;
    }

    /**
     * @param level index of a disc (0 = L5-S1)
     * @return the mass of the body above that disc (kg): trunk slices, head, arms
     */
    double massAboveKg(int level) {
        double sum = 0;
        for (MassPoint p : MassPoint.ALL) {
            if (p.body > level) {
                sum += massKg[p.ordinal()];
            }
        }
        return sum;
    }
}
