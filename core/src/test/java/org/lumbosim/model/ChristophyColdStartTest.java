package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * Tasks of the default subject with Christophy's level coupling that ended "did not converge" from a cold start
 * before a zero-Hessian Newton step was lengthened to the first released force (docs/recruitment.md, "A zero
 * Hessian at the start"): standing with the lumbar spine flexed 20 to 52 deg (the passive tissues over-balance
 * gravity, so the muscles must flex, and the only flexors, the abdominal lines, start at their co-activation
 * floor; before: cubed stress not converged at 30 to 52 deg in both muscle models and at 20 deg multi-fascicle,
 * squared stress and min-max at 20 deg multi-fascicle), and leaning 84 deg on the forearms (before: cubed stress
 * not converged in both muscle models). Every criterion and muscle model: solved from a fresh workspace, balanced,
 * and equal to a solve warm-started from a relaxed stance (1e-6 relative, floor 1 N; min-max 1e-4, its forces
 * known to the bisection's precision).
 */
class ChristophyColdStartTest {

    static Stream<Arguments> tasks() {
        List<Arguments> out = new ArrayList<>();
        List<Posture> postures = new ArrayList<>();
        for (double lumbar : new double[] {20, 30, 40, 52}) {
            postures.add(new Posture(0, lumbar, 0, 0, 0, 0, Double.NaN, 0, 0, Set.of(Support.FEET), true));
        }
        postures.add(new Posture(84, 0, 0, 0, 0, 0, 84, 90, 0, Set.of(Support.FEET, Support.FOREARMS), false, 50));
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            for (RecruitmentCriterion c : RecruitmentCriterion.values()) {
                for (Posture p : postures) {
                    out.add(Arguments.of(kind, c, p));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("tasks")
    void solvesFromAColdStartAsFromAWarmOne(MuscleModelKind kind, RecruitmentCriterion c, Posture p) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                .withLevelCoupling(LevelCoupling.CHRISTOPHY_2012).withSolver(RecruitmentSolver.defaults().withCriterion(c));
        AnalysisResult cold = Lumbosim.analyze(model, p, List.of());
        assertThat(cold.equilibriumResidualNm()).isLessThanOrEqualTo(1e-6);
        Workspace ws = model.newWorkspace();
        model.solve(Posture.uprightStanding(), List.of(), ws);
        model.solve(p, List.of(), ws);
        assertThat(ws.solved()).as("warm-started solve").isTrue();
        double rel = c == RecruitmentCriterion.MIN_MAX ? 1e-4 : 1e-6;
        for (SpinalLevel l : SpinalLevel.values()) {
            double x = cold.level(l).compressionN();
            double y = ws.compressionN(l);
            assertThat(Math.abs(x - y)).as("%s compression cold %s, warm %s", l.label(), x, y)
                    .isLessThanOrEqualTo(rel * Math.max(1, Math.abs(x)));
        }
    }
}
