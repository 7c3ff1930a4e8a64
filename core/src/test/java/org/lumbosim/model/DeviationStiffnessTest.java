package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.internal.Units;

/**
 * The disc's part of a level's deviation stiffness ({@link PassiveTissueGeometry#discDeviationStiffnessNmPerRad};
 * docs/recruitment.md "Level deviations"): the slope of the disc's bilinear couple between half a neutral
 * zone either side of the prescribed rotation, recomputed here from the published numbers, so continuous
 * through neutral, where the couple's own tangent jumps from the extension to the flexion stiffness.
 */
class DeviationStiffnessTest {
    /** Yamamoto et al. 1989 abstract, flexion-extension neutral zone per level L5-S1 .. L1-L2 (deg). */
    private static final double[] YAMAMOTO_NEUTRAL_ZONE_DEG = {3.0, 1.8, 1.4, 1.0, 1.6};

    private static PassiveTissueGeometry geometry(double stiffnessScale) {
        double[] sin = new double[LumbarModel.LEVELS];
        double[] cos = new double[LumbarModel.LEVELS];
        Arrays.fill(cos, 1);
        return new PassiveTissueGeometry(1, sin, cos, stiffnessScale);
    }

    /** The disc's couple as {@code TissueLoads} applies it (N·m, without the neutral ligaments' constant). */
    private static double couple(double scale, double rad) {
        double perRad = scale * TissueConstants.DISC_SHARE_OF_SEGMENT_STIFFNESS / Units.toRad(1);
        return rad >= 0 ? perRad * TissueConstants.SEGMENT_FLEXION_STIFFNESS_NM_PER_DEG * rad
                : perRad * TissueConstants.SEGMENT_EXTENSION_STIFFNESS_NM_PER_DEG * rad;
    }

    @Test
    void isTheCoupleSlopeAcrossHalfANeutralZoneEitherSide() {
        SplittableRandom rnd = new SplittableRandom(20261307L);
        for (int i = 0; i < 5000; i++) {
            double scale = i % 5 == 0 ? 1 : 0.05 + 3 * rnd.nextDouble();
            PassiveTissueGeometry pt = geometry(scale);
            int k = rnd.nextInt(LumbarModel.LEVELS);
            double h = Units.toRad(YAMAMOTO_NEUTRAL_ZONE_DEG[k]) / 2;
            double theta = i % 7 == 0 ? 0 : Units.toRad(-6 + 12 * rnd.nextDouble());
            double expected = (couple(scale, theta + h) - couple(scale, theta - h)) / (2 * h);
            assertThat(pt.discDeviationStiffnessNmPerRad(k, theta)).as("level %d at %s rad, scale %s", k, theta, scale)
                    .isCloseTo(expected, within(1e-9 * expected));
        }
    }

    @Test
    void isContinuousThroughNeutralAndAtTheZonesEdges() {
        PassiveTissueGeometry pt = geometry(1);
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double h = Units.toRad(YAMAMOTO_NEUTRAL_ZONE_DEG[k]) / 2;
            // slope of the blend: (K_e - K_f) / 2h, about 7e2 N·m/rad per rad; a step of 1e-12 rad moves it by 1e-9
            for (double at : new double[] {0, h, -h}) {
                double left = pt.discDeviationStiffnessNmPerRad(k, at - 1e-12);
                double right = pt.discDeviationStiffnessNmPerRad(k, at + 1e-12);
                assertThat(right - left).as("level %d at %s rad", k, at).isCloseTo(0, within(1e-8));
            }
            assertThat(pt.discDeviationStiffnessNmPerRad(k, 0)).isCloseTo(
                    (pt.discFlexionNmPerRad + pt.discExtensionNmPerRad) / 2, within(1e-12));
            assertThat(pt.discDeviationStiffnessNmPerRad(k, h)).isEqualTo(pt.discFlexionNmPerRad);
            assertThat(pt.discDeviationStiffnessNmPerRad(k, -h)).isEqualTo(pt.discExtensionNmPerRad);
        }
    }
}
