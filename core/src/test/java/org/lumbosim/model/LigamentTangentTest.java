package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.ejml.data.DMatrix3x3;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;

/**
 * The ligaments' tangent flexion stiffness and compression rate of {@link TissueLoads} are the
 * derivatives of the same law: compared, over random subjects and postures (flexion, extension,
 * lateral bend and axial rotation, so that fibres lie slack, in the toe region and in the linear
 * region), with a central difference of the ligaments' moment about the disc's lateral axis and
 * their compression, the body above rotated about that axis through the level's rotation centre by
 * {@value #STEP_RAD} rad either way. The law's slope is compared with a central difference of the
 * law itself.
 */
class LigamentTangentTest {
    private static final int STATES = 2_000;
    /**
     * Step of the reference central difference (rad): its truncation error (step squared times the
     * third derivative, about 1e-12 relative) and its round-off (1e-16 / step, about 1e-10 relative)
     * are both far below the tolerance; a fibre within a step of a kink of the law (slack to toe, toe
     * to linear: the second derivative jumps) adds up to step times that jump, about 1e-6 relative.
     */
    private static final double STEP_RAD = 1e-6;
    /**
     * Accepted difference between the analytic tangent and the central difference, relative to the
     * level's largest term (the stiffness, or 1 N·m/rad and 1 N/rad where it is smaller): 1e-5,
     * ten times the kink allowance above. The largest difference is printed.
     */
    private static final double TOLERANCE = 1e-5;

    @Test
    void tangentMatchesACentralDifferenceOverRandomStates() {
        SplittableRandom rnd = new SplittableRandom(20261206L);
        double worstStiffness = 0, worstCompression = 0;
        int taut = 0;
        for (int state = 0; state < STATES; state++) {
            Subject subject = new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, between(rnd, 1.5, 2.0),
                    between(rnd, 45, 120), between(rnd, 18, 80));
            LumbarModel model = LumbarModel.of(subject);
            double lumbar = between(rnd, PostureRange.LUMBAR_FLEXION_MIN_DEG, PostureRange.LUMBAR_FLEXION_MAX_DEG);
            Posture p = new Posture(lumbar + between(rnd, -10, 40), lumbar, between(rnd, -25, 25),
                    between(rnd, -25, 25), 0, 0, 0, 0, 0, Set.of(Support.FEET));
            Kinematics pose = new Kinematics();
            pose.compute(model.geometry, p);
            TissueLoads t = new TissueLoads();
            t.compute(model.geometry, model.tissueParameters(), pose);
            PassiveTissueGeometry pt = model.geometry.passive;
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                double[] more = lateralLoad(pt, pose, k, STEP_RAD);
                double[] less = lateralLoad(pt, pose, k, -STEP_RAD);
                double stiffness = (more[0] - less[0]) / (2 * STEP_RAD);
                double compression = (more[1] - less[1]) / (2 * STEP_RAD);
                double errStiffness = Math.abs(t.ligamentFlexionStiffnessNmPerRad[k] - stiffness)
                        / Math.max(1, Math.abs(stiffness));
                double errCompression = Math.abs(t.ligamentCompressionPerRad[k] - compression)
                        / Math.max(1, Math.abs(compression));
                assertThat(errStiffness).as("state %d level %d: %s vs %s N·m/rad", state, k,
                        t.ligamentFlexionStiffnessNmPerRad[k], stiffness).isLessThanOrEqualTo(TOLERANCE);
                assertThat(errCompression).as("state %d level %d: %s vs %s N/rad", state, k,
                        t.ligamentCompressionPerRad[k], compression).isLessThanOrEqualTo(TOLERANCE);
                worstStiffness = Math.max(worstStiffness, errStiffness);
                worstCompression = Math.max(worstCompression, errCompression);
                if (Math.abs(stiffness) > 1) {
                    taut++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "LigamentTangentTest: %d states x %d levels (%d with stiffness > 1 N·m/rad); "
                + "largest relative difference from the central difference: stiffness %.2e, compression rate %.2e "
                + "(tolerance %.0e)%n", STATES, LumbarModel.LEVELS, taut, worstStiffness, worstCompression, TOLERANCE);
        assertThat(taut).as("levels with stretched ligaments").isGreaterThan(STATES);
    }

    @Test
    void lawSlopeMatchesACentralDifferenceOfTheLaw() {
        SplittableRandom rnd = new SplittableRandom(7);
        double h = 1e-7, worst = 0;
        for (int i = 0; i < 100_000; i++) {
            double k = between(rnd, 1, 3000), et = between(rnd, 0.02, 0.3), strain = between(rnd, -0.1, 0.6);
            if (Math.abs(strain) < 2 * h || Math.abs(strain - et) < 2 * h) {
                continue; // a central difference across a kink of the second derivative
            }
            double fd = (LumbarLigament.tensionN(k, et, strain + h) - LumbarLigament.tensionN(k, et, strain - h)) / (2 * h);
            double err = Math.abs(LumbarLigament.tensionPerStrainN(k, et, strain) - fd) / k;
            assertThat(err).as("k %s, et %s, strain %s", k, et, strain).isLessThanOrEqualTo(1e-6);
            worst = Math.max(worst, err);
        }
        System.out.printf(Locale.ROOT, "LigamentTangentTest: law slope, largest difference / k %.2e%n", worst);
        // the slope is continuous: the toe region's slope at the transition is k
        assertThat(LumbarLigament.tensionPerStrainN(500, 0.1, Math.nextDown(0.1))).isCloseTo(500, within(1e-9));
        assertThat(LumbarLigament.tensionPerStrainN(500, 0.1, 0)).isZero();
    }

    private static double between(SplittableRandom rnd, double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    /**
     * Reference: the ligaments' moment resisting flexion and their compression at level {@code k}
     * with the body above flexed by {@code extraFlexionRad} more than the pose (Rodrigues rotation by
     * minus that angle about the disc's lateral axis through the level's rotation centre, the body
     * above first placed by its rotation about that centre).
     *
     * @return {moment (N·m), compression (N)}
     */
    private static double[] lateralLoad(PassiveTissueGeometry pt, Kinematics pose, int k, double extraFlexionRad) {
        DMatrix3x3 lo = pose.orient[k];
        DMatrix3x3 up = pose.orient[k + 1];
        int o = 9 * k;
        double[] fr = pose.discFrame;
        double ax = fr[o + 6], ay = fr[o + 7], az = fr[o + 8];
        double nx = fr[o], ny = fr[o + 1], nz = fr[o + 2];
        double c = Math.cos(-extraFlexionRad), s = Math.sin(-extraFlexionRad);
        // the centre on the body below, and the same point of the body above (world offsets from the joint)
        double qx = pt.centreM[3 * k], qy = pt.centreM[3 * k + 1], qz = pt.centreM[3 * k + 2];
        double cx = lo.a11 * qx + lo.a12 * qy + lo.a13 * qz;
        double cy = lo.a21 * qx + lo.a22 * qy + lo.a23 * qz;
        double cz = lo.a31 * qx + lo.a32 * qy + lo.a33 * qz;
        double ex = up.a11 * qx + up.a12 * qy + up.a13 * qz;
        double ey = up.a21 * qx + up.a22 * qy + up.a23 * qz;
        double ez = up.a31 * qx + up.a32 * qy + up.a33 * qz;
        double moment = 0, compression = 0;
        for (int e = k * PassiveTissueGeometry.ELEMENTS; e < (k + 1) * PassiveTissueGeometry.ELEMENTS; e++) {
            double bx = pt.upperM[3 * e], by = pt.upperM[3 * e + 1], bz = pt.upperM[3 * e + 2];
            // the upper end relative to the centre
            double vx = up.a11 * bx + up.a12 * by + up.a13 * bz - ex;
            double vy = up.a21 * bx + up.a22 * by + up.a23 * bz - ey;
            double vz = up.a31 * bx + up.a32 * by + up.a33 * bz - ez;
            double dot = (ax * vx + ay * vy + az * vz) * (1 - c);
            double ux = cx + vx * c + (ay * vz - az * vy) * s + ax * dot;
            double uy = cy + vy * c + (az * vx - ax * vz) * s + ay * dot;
            double uz = cz + vz * c + (ax * vy - ay * vx) * s + az * dot;
            double gx = pt.lowerM[3 * e], gy = pt.lowerM[3 * e + 1], gz = pt.lowerM[3 * e + 2];
            double dx = ux - (lo.a11 * gx + lo.a12 * gy + lo.a13 * gz);
            double dy = uy - (lo.a21 * gx + lo.a22 * gy + lo.a23 * gz);
            double dz = uz - (lo.a31 * gx + lo.a32 * gy + lo.a33 * gz);
            double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double rest = pt.elementRestM[e];
            double t = LumbarLigament.tensionN(pt.elementStiffnessN[e], pt.elementTransitionStrain[e],
                    (len - rest) / rest) / len;
            double px = -t * dx, py = -t * dy, pz = -t * dz;
            moment += ax * (uy * pz - uz * py) + ay * (uz * px - ux * pz) + az * (ux * py - uy * px);
            compression -= px * nx + py * ny + pz * nz;
        }
        return new double[] {moment, compression};
    }
}
