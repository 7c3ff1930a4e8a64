package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Units;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.InVivoRatios;
import org.lumbosim.reference.InVivoValidation;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * The range that bounds each level's deviation ({@link DeviationRange}): in extension the larger of
 * the active in vivo range (Pearcy et al. 1984, {@link LumbarMotion}) and the passive in vitro range
 * at 10 N·m (Yamamoto et al. 1989, {@link Yamamoto1989SegmentRanges}), and the same in flexion;
 * the deviation's cost takes the same range as its scale. With the passive extension ranges, Wilke
 * et al. 2001's far hold (20 kg, lumbar -16 deg: every level at its active extension range) is
 * balanced by the multi-fascicle muscles: printed, with each level's rotation, which stays within its
 * bound while some level extends beyond its active range.
 */
class DeviationRangeTest {
    /** Yamamoto et al. 1989 abstract, extension at 10 N·m per level L5-S1 .. L1-L2 (deg). */
    private static final double[] YAMAMOTO_EXTENSION_DEG = {7.8, 5.8, 3.7, 4.3, 4.3};
    /** Yamamoto et al. 1989 abstract, flexion at 10 N·m per level L5-S1 .. L1-L2 (deg). */
    private static final double[] YAMAMOTO_FLEXION_DEG = {10.0, 8.9, 7.5, 6.5, 5.8};

    @Test
    void eachBoundIsTheLargerOfTheActiveAndThePassiveRange() {
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double activeFlexion = LumbarMotion.TOTAL_FLEXION_DEG * LumbarMotion.flexionShare(k);
            double activeExtension = LumbarMotion.TOTAL_EXTENSION_DEG * LumbarMotion.extensionShare(k);
            assertThat(Yamamoto1989SegmentRanges.extensionDeg(k)).isEqualTo(YAMAMOTO_EXTENSION_DEG[k]);
            assertThat(DeviationRange.extensionDeg(k)).isEqualTo(Math.max(activeExtension, YAMAMOTO_EXTENSION_DEG[k]));
            assertThat(Yamamoto1989SegmentRanges.flexionDeg(k)).isEqualTo(YAMAMOTO_FLEXION_DEG[k]);
            assertThat(DeviationRange.flexionDeg(k)).isEqualTo(Math.max(activeFlexion, YAMAMOTO_FLEXION_DEG[k]));
        }
        // in flexion the passive range is the larger only at L5-S1 (Pearcy 9, Yamamoto 10)
        assertThat(DeviationRange.flexionDeg(SpinalLevel.L5_S1.ordinal())).isEqualTo(10);
        assertThat(DeviationRange.flexionDeg(SpinalLevel.L4_L5.ordinal())).isEqualTo(13);
        // the passive range is the larger at every level but L1-L2 (Pearcy 5, Yamamoto 4.3)
        assertThat(DeviationRange.extensionDeg(SpinalLevel.L4_L5.ordinal())).isEqualTo(5.8);
        assertThat(DeviationRange.extensionDeg(SpinalLevel.L3_L4.ordinal())).isEqualTo(3.7);
        assertThat(DeviationRange.extensionDeg(SpinalLevel.L1_L2.ordinal())).isEqualTo(5);
    }

    @Test
    void theModelBoundsAndScalesTheDeviationsByTheseRanges() {
        PassiveTissueGeometry pt = LumbarModel.of(Wilke1999.subject()).geometry.passive;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            assertThat(Units.toDeg(pt.flexionRangeRad[k])).isCloseTo(DeviationRange.flexionDeg(k), within(1e-12));
            assertThat(Units.toDeg(pt.extensionRangeRad[k])).isCloseTo(DeviationRange.extensionDeg(k), within(1e-12));
        }
    }

    /**
     * Wilke et al. 2001's far hold as {@code validate} runs it (resource in_vivo_ratios.csv, row
     * hold_far_20kg: trunk -17.6, lumbar -16, hips -10, knees 10, shoulders 28, elbows 58; 20 kg in both
     * hands, its mass centre 0.07 m in front of the grips; Wilke's volunteer with his published L4-L5
     * disc area). Before the passive ranges the multi-fascicle muscles needed 1.75 MPa
     * (docs/research/multi-fascicle-overprediction.md).
     */
    @Test
    void wilkeFarHoldIsBalancedByTheMultiFascicleMusclesWithinTheTissueRanges() {
        LumbarModel model = Wilke1999.subjectModel().withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        InVivoRatios.Case row = InVivoRatios.comparisons().stream().filter(c -> c.id().equals("hold_far_20kg"))
                .findFirst().orElseThrow().caseOf().orElseThrow();
        Posture farHold = row.posture();
        Workspace ws = model.newWorkspace();
        model.solve(farHold, InVivoValidation.loads(model, row), ws);
        System.out.printf(Locale.ROOT, "Wilke 2001 far hold, multi-fascicle: %s, largest muscle stress %.3f MPa, "
                + "L4-L5 %.3f MPa (measured 1.8)%n", ws.solved() ? "solved" : "INFEASIBLE", ws.largestMuscleStressMPa(),
                ws.idpMPa(SpinalLevel.L4_L5));
        assertThat(ws.solved()).as("far hold balanced").isTrue();

        Kinematics pose = new Kinematics();
        pose.compute(model.geometry, farHold);
        TissueLoads t = new TissueLoads();
        t.compute(model.geometry, model.tissueParameters(), pose);
        PassiveTissueGeometry pt = model.geometry.passive;
        boolean beyondActive = false;
        double sum = 0;
        System.out.println("level  prescribed_deg  deviation_deg  rotation_deg  bound_ext_deg  active_ext_deg");
        double[] activeExtensionRad = new double[LumbarModel.LEVELS];
        for (SpinalLevel level : SpinalLevel.values()) {
            int k = level.ordinal();
            activeExtensionRad[k] = Units.toRad(LumbarMotion.TOTAL_EXTENSION_DEG * LumbarMotion.extensionShare(k));
            double theta = pose.flexionRad[k];
            double stiffness = Math.max(0, t.ligamentFlexionStiffnessNmPerRad[k])
                    + (theta >= 0 ? pt.discFlexionNmPerRad : pt.discExtensionNmPerRad);
            double delta = (ws.passiveMomentNm(level) - ws.passiveMuscleMomentNm(level) - t.passiveMomentNm[k]) / stiffness;
            System.out.printf(Locale.ROOT, "%-6s %14.2f %14.2f %13.2f %14.2f %15.2f%n", level.label(),
                    Units.toDeg(theta), Units.toDeg(delta), Units.toDeg(theta + delta),
                    -Units.toDeg(pt.extensionRangeRad[k]), -Units.toDeg(activeExtensionRad[k]));
            assertThat(theta + delta).as("%s within its bounds", level.label())
                    .isBetween(-pt.extensionRangeRad[k] - 1e-12, pt.flexionRangeRad[k] + 1e-12);
            beyondActive |= theta + delta < -activeExtensionRad[k] - 1e-9;
            sum += delta;
        }
        assertThat(sum).as("deviations sum to zero").isCloseTo(0, within(1e-9));
        assertThat(beyondActive).as("some level extends beyond its active range").isTrue();
    }

    /**
     * With the passive flexion range, L5-S1 in {@code sitting_max_flexion} (prescribed 9 deg, its
     * active limit) has one degree of flexion room besides its extension room, so its flexing and
     * extending columns meet at the kink of the cubed-stress force law at the optimum. The cubed-stress
     * solve from a cold start (a new workspace) stalled there at 7e-8 N·m before the solver's
     * linearised forces ({@code NewtonStepForces}); now it converges in both muscle models.
     */
    @Test
    void sittingWithMaximumFlexionSolvesWithCubedStressFromAColdStart() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                    .withSolver(RecruitmentSolver.defaults().withCriterion(RecruitmentCriterion.CUBED_STRESS));
            Posture sitting = PosturePreset.SITTING_MAX_FLEXION.posture();
            Kinematics pose = new Kinematics();
            pose.compute(model.geometry, sitting);
            int l5s1 = SpinalLevel.L5_S1.ordinal();
            assertThat(model.geometry.passive.flexionRangeRad[l5s1]).as("L5-S1 can still flex")
                    .isGreaterThan(pose.flexionRad[l5s1] + Units.toRad(0.5));
            Workspace ws = model.newWorkspace();
            model.solve(sitting, List.of(), ws);
            System.out.printf(Locale.ROOT, "sitting_max_flexion, %s, cubed stress, cold: %s, %d Newton iterations, "
                    + "residual %.2e N·m%n", kind, ws.status(), ws.iterations(), ws.qpResidualNm());
            assertThat(ws.status()).as(kind.toString()).isEqualTo(QpStatus.OK);
            assertThat(ws.qpResidualNm()).as(kind.toString()).isLessThanOrEqualTo(1e-9);
        }
    }
}
