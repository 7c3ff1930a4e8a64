package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;

/**
 * No state of the abdominal pressure's stage leaks from one solve into the next when a workspace is
 * reused across subjects ({@link LumbarModel#workspaceFrom}, as populations do): subject A solved in a
 * fresh workspace, then B and A again in one reused workspace, gives A's pressure, wall (its tension, the
 * abdominal lines' activation that carries it, its passive remainder and moment), lines' arms,
 * force and moment vectors at every level bit for bit, for seeded random pairs of subjects, bent and
 * twisted postures with loads, in both muscle models. (The recruitment after it is warm-started from the
 * last solve's duals, so a solved task's compressions agree to the solver's tolerance, not bitwise; an
 * infeasible task's best forces depend on that start and are not compared.)
 */
class AbdominalPressureReuseTest {
    private static Subject subject(Random rnd) {
        return new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
    }

    /** The stage's outputs, in one array. */
    private static double[] stage(Workspace ws) {
        AbdominalPressure a = ws.pipeline.abdomen;
        double[][] arrays = {a.pressureArmM, a.wallArmM, a.forceN, a.momentNm, a.passiveWallForceN, a.wallExtensorMomentNm};
        int length = 5;
        for (double[] v : arrays) {
            length += v.length;
        }
        double[] out = new double[length];
        out[0] = a.pressurePa;
        out[1] = a.pressureForceN;
        out[2] = a.wallForceN;
        out[3] = a.atCeiling ? 1 : 0;
        out[4] = a.wallActivation;
        int o = 5;
        for (double[] v : arrays) {
            System.arraycopy(v, 0, out, o, v.length);
            o += v.length;
        }
        return out;
    }

    @Test
    void solvingAThenBThenAInOneWorkspaceGivesAsStageBitForBit() {
        Random rnd = new Random(20261207L);
        int withPressure = 0;
        int solved = 0;
        for (int i = 0; i < 30; i++) {
            MuscleModelKind kind = i % 2 == 0 ? MuscleModelKind.SINGLE_EQUIVALENT : MuscleModelKind.MULTI_FASCICLE;
            LumbarModel a = LumbarModel.of(subject(rnd)).withMuscleModel(kind);
            LumbarModel b = LumbarModel.of(subject(rnd)).withMuscleModel(kind);
            Posture pa = Posture.standingFlexed(20 + 60 * rnd.nextDouble()).withLateralBendDeg(-15 + 30 * rnd.nextDouble())
                    .withAxialRotationDeg(-15 + 30 * rnd.nextDouble());
            Posture pb = Posture.standingFlexed(20 + 60 * rnd.nextDouble()).withAxialRotationDeg(-15 + 30 * rnd.nextDouble());
            List<HandLoad> la = List.of(HandLoad.ofMassKg(5 + 15 * rnd.nextDouble()));
            List<HandLoad> lb = List.of(HandLoad.ofMassKg(5 + 15 * rnd.nextDouble()));

            Workspace fresh = a.newWorkspace();
            a.solve(pa, la, fresh);
            double[] expected = stage(fresh);

            Workspace reused = a.newWorkspace();
            a.solve(pa, la, reused);
            Workspace forB = b.workspaceFrom(reused);
            assertThat(forB).isSameAs(reused);
            b.solve(pb, lb, forB);
            double[] other = stage(forB);
            Workspace back = a.workspaceFrom(forB);
            a.solve(pa, la, back);
            double[] again = stage(back);

            assertThat(Arrays.equals(again, expected)).as("case %d: A's stage after B, bitwise", i).isTrue();
            if (expected[0] > 0) {
                withPressure++;
                // B is another body: its stage differs, so the equality above is not vacuous
                assertThat(Arrays.equals(other, expected)).as("case %d: B differs from A", i).isFalse();
            }
            assertThat(back.status()).isEqualTo(fresh.status());
            if (!fresh.solved()) {
                continue; // an infeasible task's forces are the best found from the start the solver had
            }
            solved++;
            for (SpinalLevel level : SpinalLevel.values()) {
                assertThat(back.compressionN(level)).as("case %d %s", i, level)
                        .isCloseTo(fresh.compressionN(level), within(1e-6 * (1 + Math.abs(fresh.compressionN(level)))));
            }
        }
        assertThat(withPressure).isGreaterThan(20);
        assertThat(solved).isGreaterThan(15);
    }
}
