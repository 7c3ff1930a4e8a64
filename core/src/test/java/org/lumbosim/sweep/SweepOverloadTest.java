package org.lumbosim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * A sweep of a model with {@link OverloadPolicy#REPORT} holds, for each point beyond the subject's strength,
 * the loads {@link Lumbosim#analyze} returns for it, flagged ({@link SweepTable#overloaded}); found by the
 * physics hunt ({@code PhysicsHuntPropertyTest#sweepEqualsPointByPoint}): the table said such a point was not
 * solved and refused its loads (an {@code IllegalStateException}) while {@code analyze} gave them, so the
 * sweep API did not equal point-by-point solves under that policy.
 */
class SweepOverloadTest {
    @Test
    void anOverloadedPointHoldsTheLoadsAnalyzeGivesIt() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                    .withOverloadPolicy(OverloadPolicy.REPORT);
            List<List<HandLoad>> loads = new ArrayList<>();
            for (double kg = 0; kg <= 60; kg += 10) {
                loads.add(List.of(HandLoad.ofMassKg(kg)));
            }
            SweepPoints points = SweepPoints.ofLoads(PosturePreset.HOLD_FAR.posture(), loads);
            SweepTable table = new SweepTable(points.size());
            Sweep.coldStarted(model).run(points, model.newWorkspace(), table);
            int overloaded = 0;
            for (int i = 0; i < points.size(); i++) {
                AnalysisResult r = Lumbosim.analyze(model, points.posture(i), points.loads(i));
                assertThat(table.overloaded(i)).as("%s point %s overloaded", kind.id(), i).isEqualTo(r.overloaded());
                assertThat(table.solved(i)).as("%s point %s solved", kind.id(), i).isEqualTo(!r.overloaded());
                overloaded += r.overloaded() ? 1 : 0;
                for (SpinalLevel level : SpinalLevel.values()) {
                    assertThat(table.compressionN(level, i)).isEqualTo(r.level(level).compressionN());
                    assertThat(table.apShearN(level, i)).isEqualTo(r.level(level).apShearN());
                    assertThat(table.lateralShearN(level, i)).isEqualTo(r.level(level).lateralShearN());
                    assertThat(table.idpMPa(level, i)).isEqualTo(r.level(level).idpMPa());
                }
            }
            assertThat(overloaded).as("%s: points beyond the strength", kind.id()).isPositive();
            System.out.printf("SweepOverloadTest: %s hold_far 0-60 kg, %d of %d points overloaded%n", kind.id(),
                    overloaded, points.size());
        }
    }

    @Test
    void aPointTheModelCannotSolveStillRefusesItsLoads() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        SweepPoints points = SweepPoints.ofLoads(PosturePreset.HOLD_FAR.posture(), List.of(List.of(HandLoad.ofMassKg(60))));
        SweepTable table = new SweepTable(1);
        Sweep.coldStarted(model).run(points, model.newWorkspace(), table);
        assertThat(table.solved(0)).isFalse();
        assertThat(table.overloaded(0)).isFalse();
        assertThatThrownBy(() -> table.compressionN(SpinalLevel.L5_S1, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("overloaded(point)");
    }
}
