package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;

/**
 * A minimum activation (issue 12, item 3) as lower bounds of the recruitment: in both muscle models
 * every muscle carries at least its share where the muscles hold the trunk up, equilibrium stays
 * exact (the agonists rise to balance the antagonists' minimum), the compression rises, and the
 * bounds are released where a backrest or lying surface carries the trunk. The level used here is a
 * test value, not a model constant (that is {@link TissueConstants#RELAXED_POSTURE_MINIMUM_ACTIVATION}).
 * The abdominal co-activation is switched off here, so that the uniform minimum is seen alone
 * ({@link UprightCoactivationTest} covers the two together).
 */
class MinimumActivationTest {
    private static final double TEST_ACTIVATION = 0.01;

    private static LumbarModel model(MuscleModelKind kind, double activation) {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        return m.withTissueParameters(m.tissueParameters().with(TissueParameters.TissueParameter.MINIMUM_ACTIVATION, activation)
                .with(TissueParameters.TissueParameter.ABDOMINAL_COACTIVATION, 0));
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void everyMuscleCarriesItsMinimumInStandingAndEquilibriumHolds(MuscleModelKind kind) {
        LumbarModel without = model(kind, 0);
        LumbarModel with = model(kind, TEST_ACTIVATION);
        Workspace a = without.newWorkspace();
        Workspace b = with.newWorkspace();
        for (PosturePreset preset : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.SITTING_UNSUPPORTED,
                PosturePreset.STANDING_FLEXED)) {
            without.solve(preset.posture(), List.of(), a);
            with.solve(preset.posture(), List.of(), b);
            assertThat(b.status()).as("%s %s", kind, preset).isEqualTo(QpStatus.OK);
            QpWorkspace qp = b.recruitmentProblemCopy();
            for (int i = 0; i < with.muscleCount(); i++) {
                double minimum = TEST_ACTIVATION * with.tissueParameters().maxMuscleStressPa() * qp.pcsaM2(i);
                // a psoas line also carries its share of the hip equation's psoas force, an abdominal line its
                // share of the wall's tension that holds the pressure (standing bent forward), when larger
                double wall = with.muscleSet().abdominal[i]
                        ? b.abdominalWallActivation() * TissueConstants.MAX_MUSCLE_STRESS_PA * qp.pcsaM2(i) : 0;
                double lower = Math.max(Math.max(minimum, wall), b.pipeline.hipFlexors.psoasLowerBoundN(with.muscleSet(), i));
                assertThat(qp.lowerN(i)).isCloseTo(lower, within(1e-9 * lower));
                assertThat(b.muscleForceN(i)).as("%s %s muscle %s", kind, preset, i).isGreaterThanOrEqualTo(minimum);
            }
            assertThat(b.qpResidualNm()).as("%s %s moment residual", kind, preset).isLessThan(1e-8);
            assertThat(b.equilibriumResidualNm()).as("%s %s whole-body residual", kind, preset).isLessThan(1e-6);
            for (SpinalLevel level : SpinalLevel.values()) {
                if (b.abdominalPressurePa() > 0) {
                    // the wall's tension may already hold the abdominals, and the task the erectors, above the minimum
                    assertThat(b.compressionN(level)).as("%s %s %s", kind, preset, level)
                            .isGreaterThanOrEqualTo(a.compressionN(level) * (1 - 1e-12));
                } else {
                    assertThat(b.compressionN(level)).as("%s %s %s", kind, preset, level).isGreaterThan(a.compressionN(level));
                }
            }
            System.out.printf("MinimumActivationTest: %s %s, test activation %.2f: L5-S1 %.0f N (without %.0f N)%n",
                    kind, preset.id(), TEST_ACTIVATION, b.compressionN(SpinalLevel.L5_S1), a.compressionN(SpinalLevel.L5_S1));
        }
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void aBackrestOrLyingSurfaceReleasesTheMinimum(MuscleModelKind kind) {
        LumbarModel without = model(kind, 0);
        LumbarModel with = model(kind, TEST_ACTIVATION);
        Workspace a = without.newWorkspace();
        Workspace b = with.newWorkspace();
        int carried = 0;
        for (PosturePreset preset : PosturePreset.values()) {
            var p = preset.posture();
            if (!(p.has(Support.BACKREST) || p.has(Support.LYING_SURFACE) || p.has(Support.TRUNK_RESTING))) {
                continue;
            }
            carried++;
            without.solve(p, List.of(), a);
            with.solve(p, List.of(), b);
            for (SpinalLevel level : SpinalLevel.values()) {
                assertThat(b.compressionN(level)).as("%s %s %s", kind, preset, level)
                        .isCloseTo(a.compressionN(level), within(1e-6 * (1 + a.compressionN(level))));
            }
        }
        assertThat(carried).as("presets whose trunk is carried").isGreaterThanOrEqualTo(3);
    }
}
