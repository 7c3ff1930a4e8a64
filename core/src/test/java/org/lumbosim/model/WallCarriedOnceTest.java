package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;

/**
 * {@link AbdominalPressure#carryWall} sums each level's abdominal lines once: the stress at which they carry
 * the wall's tension and the passive remainder they leave come from the same sum, so where the lines carry
 * the wall within their strength no remainder is left at any level, not even round-off (summing the lines
 * twice, once for their capacity and once for what they carry, left up to a few ulps of the wall's tension
 * passive at the binding level); where they cannot, the binding level's remainder is the wall's tension
 * times the share of the required stress the strength lacks.
 */
class WallCarriedOnceTest {
    /**
     * Over 200 seeded random subjects, postures (bent, side-bent, twisted) and loads, both muscle models, at
     * the published strength and at the weakest strength allowed with the pressure raised tenfold.
     */
    @Test
    void theRemainderIsExactlyZeroWithinTheStrengthAndTheShortfallBeyondIt() {
        Random rnd = new Random(20261207L);
        int uncapped = 0;
        int capped = 0;
        for (int i = 0; i < 200; i++) {
            Subject s = new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                    45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
            Posture p = PosturePreset.STANDING_RELAXED.posture()
                    .withTrunkFlexionDeg(-20 + 120 * rnd.nextDouble())
                    .withLumbarFlexionDeg(-10 + 55 * rnd.nextDouble())
                    .withHipFlexionDeg(-10 + 110 * rnd.nextDouble())
                    .withKneeFlexionDeg(120 * rnd.nextDouble())
                    .withLateralBendDeg(-20 + 40 * rnd.nextDouble())
                    .withAxialRotationDeg(-20 + 40 * rnd.nextDouble());
            LumbarModel model = LumbarModel.of(s).withMuscleModel(i % 2 == 0 ? MuscleModelKind.MULTI_FASCICLE
                    : MuscleModelKind.SINGLE_EQUIVALENT);
            boolean weak = i % 4 == 1;
            if (weak) {
                model = model.withTissueParameters(model.tissueParameters()
                        .with(TissueParameters.TissueParameter.MAX_MUSCLE_STRESS, 0.1)
                        .with(TissueParameters.TissueParameter.IAP_SCALE, 10));
            }
            Workspace ws = model.newWorkspace();
            double kg = 30 * rnd.nextDouble();
            model.solve(weak ? PosturePreset.STANDING_FLEXED.posture()
                    : p, weak ? List.of() : List.of(HandLoad.ofMassKg(kg)), ws);
            AbdominalPressure a = ws.pipeline.abdomen;
            if (a.wallForceN == 0) {
                continue;
            }
            double requiredPa = a.wallActivation * TissueConstants.MAX_MUSCLE_STRESS_PA;
            if (!a.wallCapped) {
                uncapped++;
                for (int k = 0; k < LumbarModel.LEVELS; k++) {
                    assertThat(a.passiveWallForceN[k]).as("case %d level %d", i, k).isEqualTo(0.0);
                }
            } else {
                capped++;
                double largest = 0;
                for (int k = 0; k < LumbarModel.LEVELS; k++) {
                    largest = Math.max(largest, a.passiveWallForceN[k]);
                }
                double shortfall = a.wallForceN * (1 - a.wallStressPa / requiredPa);
                assertThat(largest).as("case %d", i).isCloseTo(shortfall, within(1e-12 * a.wallForceN));
            }
        }
        assertThat(uncapped).isGreaterThan(100);
        assertThat(capped).isPositive();
    }
}
