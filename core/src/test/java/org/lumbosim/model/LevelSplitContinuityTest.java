package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;

/**
 * The split of lumbar flexion over the five levels ({@link LumbarMotion#levelFlexionDeg}, used by
 * {@link Kinematics}) is smooth through neutral (issue 13): the levels' angles and their first and
 * second derivatives are continuous at 0, every level reaches its Pearcy range at both ends, the
 * levels add up to the total, and a motion through neutral at constant speed gives no acceleration
 * spike at 0 (a split that switches shares at 0 gave a two-frame notch in a real deadlift).
 */
class LevelSplitContinuityTest {
    private static final double[] FLEXION_RANGE_DEG = {9, 13, 12, 10, 8};
    private static final double[] EXTENSION_RANGE_DEG = {5, 2, 1, 3, 5};

    @Test
    void levelsReachTheirRangesTogetherAndAddUpToTheTotal() {
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            assertThat(LumbarMotion.levelFlexionDeg(k, LumbarMotion.TOTAL_FLEXION_DEG))
                    .isCloseTo(FLEXION_RANGE_DEG[k], within(1e-12));
            assertThat(LumbarMotion.levelFlexionDeg(k, -LumbarMotion.TOTAL_EXTENSION_DEG))
                    .isCloseTo(-EXTENSION_RANGE_DEG[k], within(1e-12));
            assertThat(LumbarMotion.levelFlexionDeg(k, 0)).isZero();
        }
        for (double total = -LumbarMotion.TOTAL_EXTENSION_DEG; total <= LumbarMotion.TOTAL_FLEXION_DEG; total += 0.25) {
            double sum = 0;
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                double level = LumbarMotion.levelFlexionDeg(k, total);
                assertThat(Math.signum(level)).as("level %d at %s deg", k, total).isEqualTo(Math.signum(total));
                sum += level;
            }
            assertThat(sum).isCloseTo(total, within(1e-12));
        }
    }

    @Test
    void levelAnglesAndTheirFirstAndSecondDerivativesAreContinuousThroughZero() {
        double h = 1e-3;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double minus2 = LumbarMotion.levelFlexionDeg(k, -2 * h);
            double minus = LumbarMotion.levelFlexionDeg(k, -h);
            double zero = LumbarMotion.levelFlexionDeg(k, 0);
            double plus = LumbarMotion.levelFlexionDeg(k, h);
            double plus2 = LumbarMotion.levelFlexionDeg(k, 2 * h);
            double slopeBelow = (zero - minus) / h;
            double slopeAbove = (plus - zero) / h;
            // one-sided slopes of a C1 function differ by O(h); the old split's differed by up to 0.17
            assertThat(slopeAbove - slopeBelow).as("slope jump at level %d", k).isCloseTo(0, within(1e-4));
            double curvatureBelow = (zero - 2 * minus + minus2) / (h * h);
            double curvatureAbove = (plus2 - 2 * plus + zero) / (h * h);
            assertThat(curvatureAbove - curvatureBelow).as("curvature jump at level %d", k).isCloseTo(0, within(1e-4));
            assertThat(slopeAbove).as("level %d moves with the total", k).isPositive();
        }
    }

    @Test
    void kinematicsHaveContinuousVelocitiesThroughNeutral() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        Kinematics pose = new Kinematics();
        double h = 1e-3;
        double[] below = positions(model, pose, -h);
        double[] zero = positions(model, pose, 0);
        double[] above = positions(model, pose, h);
        double largestSlope = 0;
        for (int i = 0; i < zero.length; i++) {
            largestSlope = Math.max(largestSlope, Math.abs(above[i] - zero[i]) / h);
        }
        for (int i = 0; i < zero.length; i++) {
            double jump = (above[i] - zero[i]) / h - (zero[i] - below[i]) / h;
            assertThat(Math.abs(jump)).as("velocity jump of coordinate %d", i).isLessThan(1e-3 * largestSlope);
        }
    }

    @Test
    void motionThroughNeutralAt100DegPerSecondAddsUnderATenthOfAMetrePerSecondSquared() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        Kinematics pose = new Kinematics();
        double dt = 1e-3;
        double speedDegPerS = 100;
        int frames = 301;
        double[][] x = new double[frames][];
        for (int i = 0; i < frames; i++) {
            x[i] = positions(model, pose, -15 + speedDegPerS * dt * i);
        }
        double inBlend = 0;
        double outside = 0;
        for (int i = 1; i < frames - 1; i++) {
            double lumbar = -15 + speedDegPerS * dt * i;
            double largest = 0;
            for (int c = 0; c < x[i].length; c += 3) {
                double ax = (x[i + 1][c] - 2 * x[i][c] + x[i - 1][c]) / (dt * dt);
                double ay = (x[i + 1][c + 1] - 2 * x[i][c + 1] + x[i - 1][c + 1]) / (dt * dt);
                largest = Math.max(largest, Math.hypot(ax, ay));
            }
            if (Math.abs(lumbar) <= LumbarMotion.NEUTRAL_BLEND_HALF_WIDTH_DEG + 1) {
                inBlend = Math.max(inBlend, largest);
            } else {
                outside = Math.max(outside, largest);
            }
        }
        System.out.printf("largest acceleration of a mass or landmark at 100 deg/s: %.4f m/s^2 through neutral, %.4f m/s^2 away from it%n",
                inBlend, outside);
        assertThat(inBlend).isLessThan(outside + 0.1);
    }

    /** Thorax, head, lumbar slices and landmarks for a posture flexed only in the lumbar spine. */
    private static double[] positions(LumbarModel model, Kinematics pose, double lumbarDeg) {
        pose.compute(model.geometry, Posture.uprightStanding().withLumbarFlexionDeg(lumbarDeg).withTrunkFlexionDeg(lumbarDeg));
        double[] out = new double[pose.massWorld.length + pose.segWorld.length + pose.jointWorld.length];
        System.arraycopy(pose.massWorld, 0, out, 0, pose.massWorld.length);
        System.arraycopy(pose.segWorld, 0, out, pose.massWorld.length, pose.segWorld.length);
        System.arraycopy(pose.jointWorld, 0, out, pose.massWorld.length + pose.segWorld.length, pose.jointWorld.length);
        return out;
    }
}
