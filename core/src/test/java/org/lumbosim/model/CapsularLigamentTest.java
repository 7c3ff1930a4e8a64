package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The facet capsule fibres derived from Remus et al. 2021's model files ({@link CapsularLigament},
 * resource {@code remus2021_capsules.csv}): where they lie in the neutral disc frame, that the two
 * sides mirror each other (in the model, a symmetric posture must give no lateral shear). Their
 * moments at Yamamoto et al.'s ranges: {@code SegmentMomentRotationTest}.
 */
class CapsularLigamentTest {
    private static final int N = CapsularLigament.FIBRES_PER_LEVEL;

    private static double lengthMm(int level, int f) {
        double s = 0;
        for (int axis = 0; axis < 3; axis++) {
            double d = CapsularLigament.pointMm(level, f, true, axis) - CapsularLigament.pointMm(level, f, false, axis);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    @Test
    void fibresAreShortAndLieBehindTheDiscBesideTheMidline() {
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double mean = 0;
            for (int f = 0; f < N; f++) {
                double len = lengthMm(k, f);
                mean += len / N;
                assertThat(len).as("level %d fibre %d length", k, f).isBetween(0.5, 5.0);
                for (boolean upper : new boolean[] {true, false}) {
                    // behind the posterior longitudinal ligament (AMMR: 8-19 mm), off the midline
                    assertThat(CapsularLigament.pointMm(k, f, upper, 0)).isBetween(-50.0, -20.0);
                    assertThat(Math.abs(CapsularLigament.pointMm(k, f, upper, 2))).isBetween(5.0, 35.0);
                }
            }
            // Remus's capsule fibres are about 2 mm long (docs/research/segment-stiffness.md)
            assertThat(mean).as("level %d mean fibre length", k).isBetween(1.5, 3.0);
        }
    }

    @Test
    void leftFibresMirrorTheRightOnes() {
        int half = N / 2;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            for (int f = 0; f < half; f++) {
                for (boolean upper : new boolean[] {true, false}) {
                    assertThat(CapsularLigament.pointMm(k, f, upper, 2)).isPositive();
                    for (int axis = 0; axis < 3; axis++) {
                        double sign = axis == 2 ? -1 : 1;
                        assertThat(CapsularLigament.pointMm(k, half + f, upper, axis))
                                .isCloseTo(sign * CapsularLigament.pointMm(k, f, upper, axis), within(1e-9));
                    }
                }
            }
        }
    }
}
