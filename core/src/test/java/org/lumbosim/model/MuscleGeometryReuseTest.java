package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;

/**
 * The muscle geometry stage ({@link MuscleGeometry}) places its crossing points from body-frame points scaled once
 * per subject, finds a segment's direction once for all the discs it spans, and keeps its pulls from one compute to
 * the next while the subject, the muscle set and the posture are the same. Over seeded random subjects and bent,
 * side-bent and twisted postures, for the single-equivalent, multi-fascicle and psoas line sets:
 * <ul>
 *   <li>every unit pull and moment arm equals bit for bit the rule written out per (muscle, level) pair, each
 *       point placed by {@link Kinematics#toWorld} and each pair's direction divided by its own segment's length
 *       (the arithmetic before the stage reused anything); fails if a direction is reused for a segment that does
 *       not span the disc or if the points are placed otherwise;</li>
 *   <li>one stage computed for subject A in posture P, then B in the same posture object P, then A in another
 *       posture Q, then A in P again, gives each time what a fresh stage gives, bit for bit; fails if the
 *       stage is reused for another subject or another posture, or its scaled points for another subject.</li>
 * </ul>
 */
class MuscleGeometryReuseTest {
    private static final int CASES = 20;

    private static Subject subject(Random rnd) {
        return new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
    }

    private static Posture posture(Random rnd) {
        return Posture.standingFlexed(90 * rnd.nextDouble()).withLateralBendDeg(-20 + 40 * rnd.nextDouble())
                .withAxialRotationDeg(-20 + 40 * rnd.nextDouble());
    }

    private static List<MuscleSet> sets() {
        return List.of(MuscleSet.of(MuscleModelKind.SINGLE_EQUIVALENT), MuscleSet.of(MuscleModelKind.MULTI_FASCICLE),
                MuscleSet.psoasLines());
    }

    /** The stage's outputs, in one array. */
    private static double[] outputs(MuscleGeometry mg) {
        double[] out = Arrays.copyOf(mg.unitForce, 2 * mg.unitForce.length);
        System.arraycopy(mg.momentArm, 0, out, mg.unitForce.length, mg.momentArm.length);
        return out;
    }

    /** A fresh stage's outputs for subject g in posture p. */
    private static double[] fresh(SubjectGeometry g, MuscleSet muscles, Posture p) {
        Kinematics pose = new Kinematics();
        pose.compute(g, p);
        MuscleGeometry mg = new MuscleGeometry(muscles);
        mg.compute(g, muscles, pose);
        return outputs(mg);
    }

    /** The rule per (muscle, level) pair: both end points placed by the pose, the direction from this segment alone. */
    private static double[] reference(SubjectGeometry g, MuscleSet muscles, Kinematics pose) {
        int n = muscles.count();
        double[] unit = new double[3 * LumbarModel.LEVELS * n];
        double[] arm = new double[unit.length];
        double[] lo = new double[3];
        double[] hi = new double[3];
        double[] j = pose.jointWorld;
        double scale = g.muscleScale;
        for (int i = 0; i < n; i++) {
            for (int k = muscles.levelLo[i]; k < muscles.levelHi[i]; k++) {
                int a = muscles.crossing[i * LumbarModel.LEVELS + k];
                int b = a + 1;
                pose.toWorld(g, muscles.pointBody[a], muscles.pointX[a] * scale, muscles.pointY[a] * scale,
                        muscles.pointZ[a] * scale, lo, 0);
                pose.toWorld(g, muscles.pointBody[b], muscles.pointX[b] * scale, muscles.pointY[b] * scale,
                        muscles.pointZ[b] * scale, hi, 0);
                double ux = lo[0] - hi[0];
                double uy = lo[1] - hi[1];
                double uz = lo[2] - hi[2];
                double inv = 1 / Math.sqrt(ux * ux + uy * uy + uz * uz);
                ux *= inv;
                uy *= inv;
                uz *= inv;
                int u = 3 * (k * n + i);
                unit[u] = ux;
                unit[u + 1] = uy;
                unit[u + 2] = uz;
                double rx = hi[0] - j[3 * k];
                double ry = hi[1] - j[3 * k + 1];
                double rz = hi[2] - j[3 * k + 2];
                arm[u] = ry * uz - rz * uy;
                arm[u + 1] = rz * ux - rx * uz;
                arm[u + 2] = rx * uy - ry * ux;
            }
        }
        double[] out = Arrays.copyOf(unit, 2 * unit.length);
        System.arraycopy(arm, 0, out, unit.length, arm.length);
        return out;
    }

    @Test
    void everyPullIsThePerPairRuleBitForBit() {
        Random rnd = new Random(20261208L);
        int spanning = 0;
        for (int c = 0; c < CASES; c++) {
            SubjectGeometry g = LumbarModel.of(subject(rnd)).geometry;
            Posture p = posture(rnd);
            Kinematics pose = new Kinematics();
            pose.compute(g, p);
            for (MuscleSet muscles : sets()) {
                MuscleGeometry mg = new MuscleGeometry(muscles);
                mg.compute(g, muscles, pose);
                double[] expected = reference(g, muscles, pose);
                double[] actual = outputs(mg);
                for (int e = 0; e < expected.length; e++) {
                    assertThat(Double.doubleToRawLongBits(actual[e])).as("case %d, %d lines, entry %d", c,
                            muscles.count(), e).isEqualTo(Double.doubleToRawLongBits(expected[e]));
                }
                for (int i = 0; i < muscles.count(); i++) {
                    for (int k = muscles.levelLo[i] + 1; k < muscles.levelHi[i]; k++) {
                        if (muscles.crossing[i * LumbarModel.LEVELS + k - 1] == muscles.crossing[i * LumbarModel.LEVELS + k]) {
                            spanning++;
                        }
                    }
                }
            }
        }
        assertThat(spanning).as("pairs whose segment spans the disc below too (direction reused)").isGreaterThan(1000);
    }

    @Test
    void aReusedStageGivesAFreshStagesPullsBitForBit() {
        Random rnd = new Random(20261209L);
        for (int c = 0; c < CASES; c++) {
            SubjectGeometry a = LumbarModel.of(subject(rnd)).geometry;
            SubjectGeometry b = LumbarModel.of(subject(rnd)).geometry;
            Posture p = posture(rnd);
            Posture q = posture(rnd);
            for (MuscleSet muscles : sets()) {
                double[] ap = fresh(a, muscles, p);
                double[] bp = fresh(b, muscles, p);
                double[] aq = fresh(a, muscles, q);
                Kinematics pose = new Kinematics();
                MuscleGeometry mg = new MuscleGeometry(muscles);
                pose.compute(a, p);
                mg.compute(a, muscles, pose);
                assertThat(Arrays.equals(outputs(mg), ap)).as("case %d: A in P", c).isTrue();
                pose.compute(a, p);
                mg.compute(a, muscles, pose);
                assertThat(Arrays.equals(outputs(mg), ap)).as("case %d: A in P again", c).isTrue();
                pose.compute(b, p);
                mg.compute(b, muscles, pose);
                assertThat(Arrays.equals(outputs(mg), bp)).as("case %d: B in the same posture object P", c).isTrue();
                pose.compute(a, q);
                mg.compute(a, muscles, pose);
                assertThat(Arrays.equals(outputs(mg), aq)).as("case %d: A in Q", c).isTrue();
                pose.compute(a, p);
                mg.compute(a, muscles, pose);
                assertThat(Arrays.equals(outputs(mg), ap)).as("case %d: A in P after B and Q", c).isTrue();
                // not vacuous: another body, or another posture, places the lines otherwise
                assertThat(Arrays.equals(bp, ap)).as("case %d: B differs from A", c).isFalse();
                assertThat(Arrays.equals(aq, ap)).as("case %d: Q differs from P", c).isFalse();
            }
        }
    }
}
