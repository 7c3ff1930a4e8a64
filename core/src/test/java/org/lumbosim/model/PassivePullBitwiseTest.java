package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;

/**
 * The passive stage ({@link PassiveMuscles}) computes the single-equivalent model's passive pulls itself, with
 * each crossing segment's length taken from its length pass and a segment's direction found once for all the
 * discs it spans; the multi-fascicle model copies them from {@link MuscleGeometry#compute}. Over seeded random
 * subjects and bent, side-bent and twisted postures with loads: every taut fascicle's unit pull and moment
 * arm at every disc it crosses equal bit for bit the multi-fascicle recruited line's of that name (the same
 * subject and posture), a slack fascicle's are zero, and the level sums equal bit for bit the fascicles' forces
 * times those pulls added level by level in fascicle order from zero. Fails if a direction is reused for a
 * segment that does not span the disc, if the arithmetic differs from {@code MuscleGeometry}'s, or if the sums are added
 * in another order (the golden file's bits).
 */
class PassivePullBitwiseTest {
    private static final int CASES = 40;

    @Test
    void singleEquivalentPassivePullsAreTheRecruitedFasciclesPullsBitForBit() {
        Random rnd = new Random(20261213L);
        MuscleSet lines = MuscleSet.of(MuscleModelKind.MULTI_FASCICLE);
        int n = lines.count();
        int taut = 0;
        int slack = 0;
        int spanning = 0;
        for (int c = 0; c < CASES; c++) {
            Subject s = new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                    45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
            Posture p = Posture.standingFlexed(90 * rnd.nextDouble()).withLateralBendDeg(-20 + 40 * rnd.nextDouble())
                    .withAxialRotationDeg(-20 + 40 * rnd.nextDouble());
            List<HandLoad> loads = List.of(HandLoad.ofMassKg(15 * rnd.nextDouble()));
            LumbarModel se = LumbarModel.of(s).withMuscleModel(MuscleModelKind.SINGLE_EQUIVALENT);
            LumbarModel mf = LumbarModel.of(s).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
            Workspace a = se.newWorkspace();
            Workspace b = mf.newWorkspace();
            se.solve(p, loads, a);
            mf.solve(p, loads, b);
            PassiveMuscles pm = a.pipeline.passiveMuscles;
            MuscleGeometry geometry = b.pipeline.muscleGeometry;
            int m = pm.fascicleCount();
            double[] sums = new double[6 * LumbarModel.LEVELS];
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                for (int j = 0; j < m; j++) {
                    int i = indexOf(lines, pm.fascicleName(j));
                    if (k < lines.levelLo[i] || k >= lines.levelHi[i]) {
                        continue;
                    }
                    int u = 3 * (k * m + j);
                    int v = 3 * (k * n + i);
                    double t = pm.fascicleForceN[j];
                    for (int d = 0; d < 3; d++) {
                        String what = String.format("case %d, %s, fascicle %s, level %d, axis %d", c, p, pm.fascicleName(j), k, d);
                        if (t == 0) {
                            assertThat(bits(pm.unitForce[u + d])).as("slack unit pull, " + what).isEqualTo(bits(0.0));
                            assertThat(bits(pm.momentArm[u + d])).as("slack moment arm, " + what).isEqualTo(bits(0.0));
                        } else {
                            assertThat(bits(pm.unitForce[u + d])).as("unit pull, " + what).isEqualTo(bits(geometry.unitForce[v + d]));
                            assertThat(bits(pm.momentArm[u + d])).as("moment arm, " + what).isEqualTo(bits(geometry.momentArm[v + d]));
                        }
                    }
                    if (t == 0) {
                        slack++;
                        continue;
                    }
                    taut++;
                    if (k > lines.levelLo[i] && lines.crossing[i * LumbarModel.LEVELS + k - 1] == lines.crossing[i * LumbarModel.LEVELS + k]) {
                        spanning++;
                    }
                    for (int d = 0; d < 3; d++) {
                        sums[3 * k + d] += t * pm.unitForce[u + d];
                        sums[3 * LumbarModel.LEVELS + 3 * k + d] += t * pm.momentArm[u + d];
                    }
                }
            }
            assertThat(PassiveMuscleTestAccess.forceAndMoment(a)).as("case %d: level sums in fascicle order", c)
                    .containsExactly(sums);
        }
        // both branches and the shared direction of a segment spanning several discs were exercised
        assertThat(taut).isGreaterThan(1000);
        assertThat(slack).isGreaterThan(1000);
        assertThat(spanning).isGreaterThan(500);
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static int indexOf(MuscleSet lines, String name) {
        for (int i = 0; i < lines.count(); i++) {
            if (lines.reference.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
