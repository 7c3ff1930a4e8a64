package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;

/**
 * Loads change continuously where the lumbar flexion crosses neutral (docs/tests.md Known findings 8; the
 * deviations' disc stiffness, docs/recruitment.md "Level deviations"): over seeded random subjects, upright
 * postures with the lumbar flexion set to 0 and hand loads, both muscle models, every level's compression,
 * AP and lateral shear at lumbar flexion 0 and at +-1e-9 deg differ by at most
 * {@value PhysicsHuntChecks#CONTINUITY_N} N. Pairs that are not both solved within the strength are skipped,
 * counted; most must be checked. Before the fix, 118 N moved at L5-S1 in the physics hunt's draw.
 */
class NeutralContinuityPropertyTest {
    private static final long SEED = 20261308L;
    private static final int TASKS = 120;

    @Test
    void aLumbarFlexionThroughNeutralMovesNoLoad() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        int checked = 0, skipped = 0;
        for (int i = 0; i < TASKS; i++) {
            Subject s = TestArbitraries.subject(rnd);
            Posture drawn = TestArbitraries.posture(rnd);
            List<HandLoad> loads = TestArbitraries.loadList(rnd);
            MuscleModelKind kind = MuscleModelKind.values()[i % MuscleModelKind.values().length];
            double by = rnd.nextBoolean() ? 1e-9 : -1e-9;
            Posture at;
            Posture moved;
            try {
                at = drawn.withLumbarFlexionDeg(0);
                moved = at.withLumbarFlexionDeg(by);
            } catch (ParameterOutOfRangeException e) {
                skipped++;
                continue;
            }
            LumbarModel model = LumbarModel.of(s).withMuscleModel(kind);
            PhysicsHuntChecks.Outcome a = PhysicsHuntChecks.solve(model, at, loads);
            PhysicsHuntChecks.Outcome b = PhysicsHuntChecks.solve(model, moved, loads);
            if (!a.ok() || !b.ok() || a.result().overloaded() || b.result().overloaded()) {
                skipped++;
                continue;
            }
            checked++;
            for (SpinalLevel l : SpinalLevel.values()) {
                double d = Math.max(Math.abs(a.result().level(l).compressionN() - b.result().level(l).compressionN()),
                        Math.max(Math.abs(a.result().level(l).apShearN() - b.result().level(l).apShearN()),
                                Math.abs(a.result().level(l).lateralShearN() - b.result().level(l).lateralShearN())));
                assertThat(d).as("task %d (%s, %s, %s, lumbar 0 -> %s deg): largest load change at %s (N)", i,
                        kind.id(), s, at, by, l.label()).isLessThanOrEqualTo(PhysicsHuntChecks.CONTINUITY_N);
            }
        }
        System.out.printf("NeutralContinuityPropertyTest: %d pairs checked, %d skipped (refused or overloaded)%n",
                checked, skipped);
        assertThat(checked).as("pairs checked").isGreaterThanOrEqualTo(TASKS / 2);
    }
}
