package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;

/**
 * The passive muscles' stage ({@link PassiveMuscles}) keeps its lengths, forces, pulls and level sums from
 * one solve to the next only while the subject and the posture are the same: in one workspace reused
 * across subjects ({@link LumbarModel#workspaceFrom}) and postures, subject A in posture P, then B in
 * the same posture object P, then A in another posture Q, then A in P again, each gives the stage a
 * fresh workspace gives bit for bit (fascicle lengths and forces, unit pulls and moment arms, force and moment sums at
 * every level), for seeded random pairs of subjects and bent, side-bent and twisted postures, both
 * muscle models. Fails if the stage is reused for another subject in the same posture, or for another
 * posture.
 */
class PassiveMuscleReuseTest {
    private static Subject subject(Random rnd) {
        return new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
    }

    private static Posture posture(Random rnd) {
        return Posture.standingFlexed(20 + 70 * rnd.nextDouble()).withLateralBendDeg(-15 + 30 * rnd.nextDouble())
                .withAxialRotationDeg(-15 + 30 * rnd.nextDouble());
    }

    /** The stage's outputs, in one array. */
    static double[] stage(Workspace ws) {
        PassiveMuscles m = ws.pipeline.passiveMuscles;
        double[][] parts = {m.lengthM, m.fascicleForceN, m.unitForce, m.momentArm, m.forceN, m.momentNm};
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }

    static double[] fresh(LumbarModel m, Posture p, List<HandLoad> loads) {
        Workspace ws = m.newWorkspace();
        m.solve(p, loads, ws);
        return stage(ws);
    }

    @Test
    void aReusedWorkspaceGivesAFreshWorkspacesStageBitForBit() {
        Random rnd = new Random(20261207L);
        int stretched = 0;
        for (int i = 0; i < 30; i++) {
            MuscleModelKind kind = i % 2 == 0 ? MuscleModelKind.SINGLE_EQUIVALENT : MuscleModelKind.MULTI_FASCICLE;
            LumbarModel a = LumbarModel.of(subject(rnd)).withMuscleModel(kind);
            LumbarModel b = LumbarModel.of(subject(rnd)).withMuscleModel(kind);
            Posture p = posture(rnd);
            Posture q = posture(rnd);
            List<HandLoad> loads = List.of(HandLoad.ofMassKg(10 * rnd.nextDouble()));
            double[] ap = fresh(a, p, loads);
            double[] bp = fresh(b, p, loads);
            double[] aq = fresh(a, q, loads);

            Workspace ws = a.newWorkspace();
            a.solve(p, loads, ws);
            assertThat(Arrays.equals(stage(ws), ap)).as("case %d: A in P", i).isTrue();
            a.solve(p, loads, ws);
            assertThat(Arrays.equals(stage(ws), ap)).as("case %d: A in P again", i).isTrue();
            Workspace forB = b.workspaceFrom(ws);
            assertThat(forB).isSameAs(ws);
            b.solve(p, loads, forB);
            assertThat(Arrays.equals(stage(forB), bp)).as("case %d: B in the same posture object P", i).isTrue();
            a.solve(q, loads, forB);
            assertThat(Arrays.equals(stage(forB), aq)).as("case %d: A in Q", i).isTrue();
            a.solve(p, loads, forB);
            assertThat(Arrays.equals(stage(forB), ap)).as("case %d: A in P after B and Q", i).isTrue();
            // the comparisons are not vacuous: another body, or another posture, stretches the fascicles otherwise
            assertThat(Arrays.equals(bp, ap)).as("case %d: B differs from A", i).isFalse();
            assertThat(Arrays.equals(aq, ap)).as("case %d: Q differs from P", i).isFalse();
            if (Arrays.stream(ws.pipeline.passiveMuscles.fascicleForceN).anyMatch(f -> f > 0)) {
                stretched++;
            }
        }
        assertThat(stretched).as("cases whose last posture stretches a fascicle").isGreaterThan(0);
    }
}
