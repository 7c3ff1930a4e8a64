package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Units;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * Passive tissues as forces (issue 12, item 2) and the level deviations (item 7): in the neutral
 * posture only the pre-strained ligaments pull (Remus et al. 2021's reference strains) and the disc
 * balances their moment; the law has a toe region; the tangent stiffness the deviations use is the
 * slope of the moment-angle curve; in flexion the posterior ligaments
 * pull the vertebrae together (their moment resists flexion and their force compresses the disc);
 * in extension the anterior ligament and the disc resist; lateral bending to either side gives
 * mirrored moments; each level's moment-angle curve is compared with the measured segment
 * stiffness; the deviations of a solve keep the prescribed lumbar flexion and stay within the
 * range each level's tissues allow ({@link DeviationRange}); multi-fascicle muscles balance upright, extended and Wilke postures.
 */
class PassiveTissueTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final LumbarModel MULTI = MODEL.withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
    /**
     * Moment at which the measured segment stiffness is compared (N·m): 7.5 N·m, the pure moment
     * of the usual in vitro flexibility protocol (e.g. Heuer et al. 2007); Schmidt et al.'s linear
     * stiffness reaches it at 4.2 deg in flexion and 2.9 deg in extension.
     */
    private static final double TEST_MOMENT_NM = 7.5;
    /**
     * Accepted ratio of our secant stiffness to Schmidt et al.'s linear stiffness at the test moment's
     * angle: from 1/3 to 3/2. The measured linear fit has no neutral zone, so a law with a toe region
     * is expected below it near neutral; 3/2 catches a law as stiff as the linear-from-zero-strain
     * one this replaced (up to 2.5 ×), 1/3 a level whose ligaments carry nothing (disc alone 0.3).
     */
    private static final double LOWEST_RATIO = 1.0 / 3;
    private static final double HIGHEST_RATIO = 1.5;

    private static Kinematics poseOf(Posture p) {
        Kinematics pose = new Kinematics();
        pose.compute(MODEL.geometry, p);
        return pose;
    }

    private static TissueLoads tissueAt(Posture p) {
        TissueLoads t = new TissueLoads();
        t.compute(MODEL.geometry, MODEL.tissueParameters(), poseOf(p));
        return t;
    }

    private static Posture lumbar(double lumbarDeg, double bendDeg) {
        return new Posture(lumbarDeg, lumbarDeg, bendDeg, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET));
    }

    /** Compression the ligaments put on a disc: minus their force along its normal at the pose. */
    private static double ligamentCompressionN(TissueLoads t, Posture p, int k) {
        double[] n = poseOf(p).discFrame;
        return -(t.ligamentForceN[3 * k] * n[9 * k] + t.ligamentForceN[3 * k + 1] * n[9 * k + 1]
                + t.ligamentForceN[3 * k + 2] * n[9 * k + 2]);
    }

    @Test
    void inTheNeutralPostureOnlyThePreStrainedLigamentsPullAndNoNetMomentRemains() {
        TissueLoads t = tissueAt(lumbar(0, 0));
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double expected = 0;
            for (LumbarLigament lig : LumbarLigament.ALL_LIGAMENTS) {
                // neutral length over rest length: strain -εr / (1 + εr), tension by the law (0 if slack)
                double strain = -lig.referenceStrain() / (1 + lig.referenceStrain());
                expected += LumbarLigament.tensionN(lig.linearStiffnessN(k), lig.transitionStrain(k), strain);
            }
            // every element is parallel to the disc normal in the neutral posture
            assertThat(ligamentCompressionN(t, lumbar(0, 0), k)).as("level %d", k).isPositive()
                    .isCloseTo(expected, within(1e-9 * expected));
            assertThat(t.passiveAxisMomentNm[3 * k]).isCloseTo(0, within(1e-9));
            assertThat(t.passiveAxisMomentNm[3 * k + 1]).isCloseTo(0, within(1e-9));
            assertThat(t.passiveAxisMomentNm[3 * k + 2]).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void lawHasAToeRegionAndALinearRegionThatMeetSmoothly() {
        double k = 100, et = 0.1;
        assertThat(LumbarLigament.tensionN(k, et, -0.01)).isZero();
        assertThat(LumbarLigament.tensionN(k, et, 0.05)).isCloseTo(k * 0.05 * 0.05 / 0.2, within(1e-12));
        assertThat(LumbarLigament.tensionN(k, et, 0.3)).isCloseTo(k * (0.3 - 0.05), within(1e-12));
        // continuous, with the slope k at the transition
        double below = LumbarLigament.tensionN(k, et, et - 1e-9), above = LumbarLigament.tensionN(k, et, et + 1e-9);
        assertThat(above - below).isCloseTo(k * 2e-9, within(1e-12));
    }

    @Test
    void tangentStiffnessIsTheSlopeOfTheMomentAngleCurve() {
        PassiveTissueGeometry pt = MODEL.geometry.passive;
        for (double lumbarDeg : new double[] {-10, 3, 20, 45}) {
            double step = 0.01;
            Kinematics lo = poseOf(lumbar(lumbarDeg - step, 0)), hi = poseOf(lumbar(lumbarDeg + step, 0));
            TissueLoads below = tissueAt(lumbar(lumbarDeg - step, 0)), above = tissueAt(lumbar(lumbarDeg + step, 0));
            TissueLoads at = tissueAt(lumbar(lumbarDeg, 0));
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                double disc = lumbarDeg >= 0 ? pt.discFlexionNmPerRad : pt.discExtensionNmPerRad;
                double dTheta = hi.flexionRad[k] - lo.flexionRad[k];
                double slope = (above.passiveMomentNm[k] - below.passiveMomentNm[k]) / dTheta - disc;
                assertThat(at.ligamentFlexionStiffnessNmPerRad[k]).as("lumbar %s deg, level %d", lumbarDeg, k)
                        .isCloseTo(slope, within(1e-3 * Math.abs(slope) + 1e-3));
            }
        }
    }

    @Test
    void flexionPullsTheVertebraeTogether() {
        Posture p = lumbar(30, 0);
        TissueLoads t = tissueAt(p);
        PassiveTissueGeometry pt = MODEL.geometry.passive;
        Kinematics pose = poseOf(p);
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double ligamentMoment = t.passiveMomentNm[k] - pt.discFlexionNmPerRad * pose.flexionRad[k];
            assertThat(ligamentMoment).as("level %d", k).isPositive();
            assertThat(ligamentCompressionN(t, p, k)).as("level %d", k).isPositive();
            assertThat(t.ligamentCompressionPerRad[k]).as("level %d", k).isPositive();
        }
    }

    @Test
    void extensionIsResistedAndCompressesTheDisc() {
        Posture p = lumbar(-8, 0);
        TissueLoads t = tissueAt(p);
        TissueLoads neutral = tissueAt(lumbar(0, 0));
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            assertThat(t.passiveMomentNm[k]).as("level %d", k).isLessThan(neutral.passiveMomentNm[k]);
            // the anterior ligament stretches: more compression than in the neutral posture
            assertThat(ligamentCompressionN(t, p, k)).isGreaterThan(ligamentCompressionN(neutral, lumbar(0, 0), k));
        }
    }

    @Test
    void lateralBendingEitherWayGivesMirroredMomentsAndEqualCompression() {
        TissueLoads right = tissueAt(lumbar(0, 10));
        TissueLoads left = tissueAt(lumbar(0, -10));
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            assertThat(right.passiveAxisMomentNm[3 * k + 1]).isNotZero()
                    .isCloseTo(-left.passiveAxisMomentNm[3 * k + 1], within(1e-9));
            assertThat(ligamentCompressionN(right, lumbar(0, 10), k))
                    .isPositive().isCloseTo(ligamentCompressionN(left, lumbar(0, -10), k), within(1e-9));
        }
    }

    /**
     * Moment of a level's passive tissues (N·m, + resisting flexion) at a level rotation (deg,
     * + flexion), the other levels following the same lumbar share.
     */
    private static double levelMomentNm(int k, double levelDeg) {
        // the level's rotation grows with the lumbar flexion: bisect for the one that gives levelDeg
        double lo = -LumbarMotion.TOTAL_EXTENSION_DEG, hi = LumbarMotion.TOTAL_FLEXION_DEG;
        for (int i = 0; i < 100 && hi - lo > 1e-12; i++) {
            double mid = (lo + hi) / 2;
            if (Units.toDeg(poseOf(lumbar(mid, 0)).flexionRad[k]) < levelDeg) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Posture p = lumbar((lo + hi) / 2, 0);
        assertThat(Units.toDeg(poseOf(p).flexionRad[k])).isCloseTo(levelDeg, within(1e-6));
        return tissueAt(p).passiveMomentNm[k];
    }

    /**
     * Each level's moment-angle curve against the measured motion-segment stiffness: Schmidt H et al.
     * (1998), Spine 23(20):2167-2173, linear flexion 1.8 and extension 2.6 N·m/deg at every lumbar
     * level ({@link TissueConstants#SEGMENT_FLEXION_STIFFNESS_NM_PER_DEG}; read through the AMMR model
     * file, secondary). Prints the curve and the ratios; the secant stiffness at the angle where
     * Schmidt's line reaches {@value #TEST_MOMENT_NM} N·m (or at the level's active range, if smaller) must lie within [{@value #LOWEST_RATIO},
     * {@value #HIGHEST_RATIO}] of Schmidt's, and near neutral (half that angle) never above the upper
     * ratio (the toe region).
     */
    @Test
    void segmentStiffnessAgainstSchmidt1998() {
        double flexSchmidt = TissueConstants.SEGMENT_FLEXION_STIFFNESS_NM_PER_DEG;
        double extSchmidt = TissueConstants.SEGMENT_EXTENSION_STIFFNESS_NM_PER_DEG;
        System.out.println("level   angle_deg  ours_Nm  schmidt1998_Nm  ratio");
        for (SpinalLevel level : SpinalLevel.values()) {
            int k = level.ordinal();
            for (double deg : new double[] {-4, -2.9, -1.45, 1, 2.1, 4.2, 6, 8}) {
                double range = deg >= 0 ? LumbarMotion.TOTAL_FLEXION_DEG * LumbarMotion.flexionShare(k)
                        : LumbarMotion.TOTAL_EXTENSION_DEG * LumbarMotion.extensionShare(k);
                if (Math.abs(deg) > range) {
                    continue;
                }
                double ours = levelMomentNm(k, deg);
                double schmidt = deg * (deg >= 0 ? flexSchmidt : extSchmidt);
                System.out.printf(Locale.ROOT, "%-7s %9.2f %8.2f %15.2f %6.2f%n", level.label(), deg, ours, schmidt,
                        ours / schmidt);
            }
            for (double stiffness : new double[] {flexSchmidt, -extSchmidt}) {
                // within the level's prescribed (active) range: the postures reach no further (L4-L5
                // extends 2 deg: compared at its limit)
                double range = stiffness > 0 ? LumbarMotion.TOTAL_FLEXION_DEG * LumbarMotion.flexionShare(k)
                        : LumbarMotion.TOTAL_EXTENSION_DEG * LumbarMotion.extensionShare(k);
                double deg = Math.signum(stiffness) * Math.min(range, TEST_MOMENT_NM / Math.abs(stiffness));
                double ratio = levelMomentNm(k, deg) / (deg * Math.abs(stiffness));
                assertThat(ratio).as("%s at %.2f deg", level.label(), deg).isBetween(LOWEST_RATIO, HIGHEST_RATIO);
                double nearNeutral = levelMomentNm(k, deg / 2) / (deg / 2 * Math.abs(stiffness));
                assertThat(nearNeutral).as("%s at %.2f deg", level.label(), deg / 2).isLessThanOrEqualTo(HIGHEST_RATIO);
            }
        }
    }

    @Test
    void deviationsKeepTheLumbarFlexionAndStayWithinTheRanges() {
        for (PosturePreset preset : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.SITTING_UNSUPPORTED,
                PosturePreset.PRONE_ON_ELBOWS)) {
            Workspace ws = MULTI.newWorkspace();
            MULTI.solve(preset.posture(), List.of(), ws);
            assertThat(ws.solved()).as(preset.id()).isTrue();
            Kinematics pose = poseOf(preset.posture());
            TissueLoads t = tissueAt(preset.posture());
            PassiveTissueGeometry pt = MULTI.geometry.passive;
            double sum = 0;
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                double theta = pose.flexionRad[k];
                double stiffness = Math.max(0, t.ligamentFlexionStiffnessNmPerRad[k])
                        + pt.discDeviationStiffnessNmPerRad(k, theta);
                double delta = (ws.passiveMomentNm(SpinalLevel.ofIndex(k)) - ws.passiveMuscleMomentNm(SpinalLevel.ofIndex(k))
                        - t.passiveMomentNm[k]) / stiffness;
                assertThat(theta + delta).as("%s level %d rotation within its range", preset.id(), k)
                        .isBetween(-pt.extensionRangeRad[k] - 1e-12, pt.flexionRangeRad[k] + 1e-12);
                sum += delta;
            }
            assertThat(sum).as("%s: deviations sum to zero", preset.id()).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void multiFascicleMusclesBalanceUprightExtendedAndWilkePostures() {
        List<HandLoad> twenty = List.of(HandLoad.ofMassKg(20));
        for (PosturePreset preset : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.HOLD_CLOSE,
                PosturePreset.HOLD_FAR, PosturePreset.PRONE_ON_ELBOWS, PosturePreset.PRONE_PRESS_UP, PosturePreset.COW,
                PosturePreset.SITTING_UNSUPPORTED, PosturePreset.LIFT_ROUND_BACK, PosturePreset.LIFT_BENT_KNEES)) {
            for (List<HandLoad> loads : List.of(List.<HandLoad>of(), twenty)) {
                if (!loads.isEmpty() && preset.posture().has(Support.HANDS)) {
                    continue; // a hand resting on the floor holds no load (LoadInRestingHandException)
                }
                Lumbosim.analyze(MULTI, preset.posture(), loads);
            }
        }
    }
}
