package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbosim.model.PassiveMuscleReuseTest.fresh;
import static org.lumbosim.model.PassiveMuscleReuseTest.stage;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;

/**
 * Fifteenth session ({@code h15/perf3}): every workspace's passive-muscle stage shares one read-only erector
 * layout ({@link PassiveMuscles}'s fascicles, law constants and index arrays, built once) and keeps its own
 * storage for what a compute writes. Over seeded random pairs of subjects and postures, both muscle models,
 * with the expected stages computed first in new workspaces: workspace 1 solves A in P; workspace 2 then solves
 * B in Q; workspace 1's stage is untouched, equal bit for bit to the new workspace's for A in P; workspace 1 then
 * solves A in another posture R (its scaled points kept, as the subject is the same) and gives the new
 * workspace's stage for A in R. Fails if a written array (the scaled or
 * world points, segment lengths, forces, pulls) were shared between workspaces: B's solve would overwrite A's
 * (checked: sharing the scaled points fails it).
 */
class PassiveLayoutShareTest {
    private static Subject subject(Random rnd) {
        return new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
    }

    private static Posture posture(Random rnd) {
        return Posture.standingFlexed(20 + 70 * rnd.nextDouble()).withLateralBendDeg(-15 + 30 * rnd.nextDouble());
    }

    @Test
    void workspacesShareTheLayoutButNeverWhatASolveWrites() {
        Random rnd = new Random(20261208L);
        int stretched = 0;
        for (int i = 0; i < 20; i++) {
            MuscleModelKind kind = i % 2 == 0 ? MuscleModelKind.SINGLE_EQUIVALENT : MuscleModelKind.MULTI_FASCICLE;
            LumbarModel a = LumbarModel.of(subject(rnd)).withMuscleModel(kind);
            LumbarModel b = LumbarModel.of(subject(rnd)).withMuscleModel(kind);
            Posture p = posture(rnd);
            Posture q = posture(rnd);
            Posture r = posture(rnd);
            List<HandLoad> loads = List.of(HandLoad.ofMassKg(10 * rnd.nextDouble()));
            // the expected stages first: a new workspace's solve writes its own (or, shared, the common) arrays
            double[] ap = fresh(a, p, loads);
            double[] ar = fresh(a, r, loads);
            Workspace one = a.newWorkspace();
            a.solve(p, loads, one);
            Workspace two = b.newWorkspace();
            b.solve(q, loads, two);
            assertThat(stage(one)).as("case %d: workspace 1 after workspace 2's solve", i).isEqualTo(ap);
            a.solve(r, loads, one);
            assertThat(stage(one)).as("case %d: A in R after B's solve elsewhere", i).isEqualTo(ar);
            if (Arrays.stream(one.pipeline.passiveMuscles.fascicleForceN).anyMatch(f -> f > 0)) {
                stretched++;
            }
        }
        assertThat(stretched).as("cases with a stretched fascicle").isPositive();
    }
}
