package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Units;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.result.AnalysisResult;
import org.junit.jupiter.api.Test;

/**
 * The unloaded disc pressure {@code p0} is the disc's own pressure, derived once from Sato et al.'s
 * (1999) lying-prone pressure by taking off what the model's lying compression adds
 * ({@link TissueConstants#UNLOADED_DISC_PRESSURE_MPA}); the ligaments' pre-tension is in the
 * compression {@code F} and not also in {@code p0}.
 */
class UnloadedDiscPressureTest {
    private static final LumbarModel DERIVATION_MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final long SEED = 20261207L;

    /** The Nachemson part of the pressure, {@code factor F / A} (MPa), as the model writes it. */
    private static double mechanicalMPa(double factor, double compressionN, double areaM2) {
        return factor * compressionN / areaM2 * Units.MPA_PER_PA;
    }

    private static double derivedUnloadedMPa(LumbarModel model) {
        AnalysisResult prone = Lumbosim.analyze(model, PosturePreset.LYING_PRONE.posture(), List.of());
        double f = prone.level(SpinalLevel.L4_L5).compressionN();
        return TissueConstants.LYING_PRONE_PRESSURE_MPA - mechanicalMPa(
                TissueConstants.NACHEMSON_PRESSURE_FACTOR, f, model.discAreaM2(SpinalLevel.L4_L5));
    }

    /**
     * The constant is the derivation, rounded to 4 decimals: Sato's lying-prone pressure minus
     * {@code 1.5 F / A} of the default subject lying prone at L4-L5. Fails if the constant is the
     * measured lying pressure itself (0.09: the double count) or if the model's lying compression
     * drifts (then re-derive; the printed value is the new constant).
     */
    @Test
    void isSatosLyingPressureMinusTheModelsLyingCompression() {
        AnalysisResult prone = Lumbosim.analyze(DERIVATION_MODEL, PosturePreset.LYING_PRONE.posture(), List.of());
        double derived = derivedUnloadedMPa(DERIVATION_MODEL);
        double wilkeSized = derivedUnloadedMPa(Wilke1999.subjectModel());
        double multiFascicle = derivedUnloadedMPa(DERIVATION_MODEL.withMuscleModel(MuscleModelKind.MULTI_FASCICLE));
        System.out.printf("UnloadedDiscPressureTest: lying prone L4-L5 F = %.2f N, A = %.0f mm2: p0 = %.5f MPa "
                        + "(constant %.4f); with Wilke's subject %.5f, with the multi-fascicle lines %.5f%n",
                prone.level(SpinalLevel.L4_L5).compressionN(), DERIVATION_MODEL.discAreaM2(SpinalLevel.L4_L5) * 1e6,
                derived, TissueConstants.UNLOADED_DISC_PRESSURE_MPA, wilkeSized, multiFascicle);
        assertThat(TissueConstants.UNLOADED_DISC_PRESSURE_MPA).isCloseTo(derived, within(5e-5));
        assertThat(TissueParameters.published().unloadedDiscPressureMPa())
                .isEqualTo(TissueConstants.UNLOADED_DISC_PRESSURE_MPA);
    }

    /** By construction: the derivation's subject lying prone has Sato's pressure at L4-L5 (0.12 MPa before). */
    @Test
    void lyingProneReproducesTheMeasuredLyingPressure() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            double idp = Lumbosim.analyze(DERIVATION_MODEL.withMuscleModel(kind), PosturePreset.LYING_PRONE.posture(),
                    List.of()).level(SpinalLevel.L4_L5).idpMPa();
            assertThat(idp).as(kind.id()).isCloseTo(TissueConstants.LYING_PRONE_PRESSURE_MPA, within(2e-3));
        }
    }

    /**
     * Statics: the ligaments' pre-tension presses on the disc through {@code F} (lying, with neutral
     * angles, it is all of {@code F} but the erectors' passive tension), so the pressure measured
     * lying is {@code p0} plus its share, and {@code p0} lies below the measured lying pressure by at
     * least the pre-tension's share. Removing the ligaments (passive scale 0) lowers the pressure by
     * exactly {@code 1.5 ΔF / A} and leaves {@code p0} alone: over random subjects and both muscle models.
     */
    @Test
    void preTensionIsInTheCompressionNotInTheUnloadedPressure() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        double p0 = TissueConstants.UNLOADED_DISC_PRESSURE_MPA;
        double factor = TissueConstants.NACHEMSON_PRESSURE_FACTOR;
        for (int i = 0; i < 40; i++) {
            Subject s = TestArbitraries.subject(rnd);
            MuscleModelKind kind = MuscleModelKind.values()[i % MuscleModelKind.values().length];
            LumbarModel with = LumbarModel.of(s).withMuscleModel(kind);
            LumbarModel without = with.withTissueParameters(
                    with.tissueParameters().with(TissueParameter.PASSIVE_MOMENT_SCALE, 0));
            PosturePreset preset = i % 2 == 0 ? PosturePreset.LYING_PRONE : PosturePreset.LYING_SUPINE;
            AnalysisResult a = Lumbosim.analyze(with, preset.posture(), List.of());
            AnalysisResult b = Lumbosim.analyze(without, preset.posture(), List.of());
            for (SpinalLevel level : SpinalLevel.values()) {
                double area = with.discAreaM2(level);
                double preTensionN = a.level(level).compressionN() - b.level(level).compressionN();
                String what = String.format("%s %s %s at %s", s, kind.id(), preset.id(), level.label());
                assertThat(preTensionN).as(what).isGreaterThan(1.0);
                assertThat(a.level(level).idpMPa() - b.level(level).idpMPa()).as(what)
                        .isCloseTo(mechanicalMPa(factor, preTensionN, area), within(1e-12));
                assertThat(a.level(level).idpMPa() - p0).as(what)
                        .isCloseTo(mechanicalMPa(factor, a.level(level).compressionN(), area),
                                within(1e-12));
                assertThat(b.level(level).idpMPa()).as(what).isGreaterThanOrEqualTo(p0);
            }
        }
        // at the derivation's disc, the measured lying pressure holds p0 and at least the pre-tension's share
        AnalysisResult a = Lumbosim.analyze(DERIVATION_MODEL, PosturePreset.LYING_PRONE.posture(), List.of());
        AnalysisResult b = Lumbosim.analyze(DERIVATION_MODEL.withTissueParameters(
                TissueParameters.published().with(TissueParameter.PASSIVE_MOMENT_SCALE, 0)),
                PosturePreset.LYING_PRONE.posture(), List.of());
        double preTensionN = a.level(SpinalLevel.L4_L5).compressionN() - b.level(SpinalLevel.L4_L5).compressionN();
        assertThat(TissueConstants.LYING_PRONE_PRESSURE_MPA - p0).isGreaterThanOrEqualTo(
                mechanicalMPa(factor, preTensionN, DERIVATION_MODEL.discAreaM2(SpinalLevel.L4_L5)) - 5e-5);
    }
}
