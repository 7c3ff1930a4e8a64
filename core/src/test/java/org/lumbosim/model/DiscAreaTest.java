package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbosim.Lumbosim;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;

/**
 * Disc cross-sectional areas ({@link DiscAreaConstants}): the default per level and subject, the
 * subject's own area given through {@link LumbarModel#withDiscAreaMm2}, and a printed cross-check
 * against the endplate areas of Clouthier et al. (2023).
 */
class DiscAreaTest {
    private static final double MM2_PER_M2 = 1e6;
    private static final double REL = 1e-12;
    private static final Subject WILKE = new Subject(Sex.MALE, DiscAreaConstants.WILKE_SUBJECT_STATURE_M, 70, 45);

    private static double areaMm2(LumbarModel m, SpinalLevel level) {
        return m.discAreaM2(level) * MM2_PER_M2;
    }

    @Test
    void atWilkesStatureL4L5IsHisAreaAndTheOtherLevelsFollowTheirDepth() {
        LumbarModel m = LumbarModel.of(WILKE);
        assertThat(areaMm2(m, SpinalLevel.L4_L5)).isCloseTo(1800, within(1e-9));
        double shape = Math.pow(31.33 / 33.08, 2);
        assertThat(areaMm2(m, SpinalLevel.L5_S1)).isCloseTo(1800 * shape, within(1e-9));
        for (SpinalLevel upper : List.of(SpinalLevel.L3_L4, SpinalLevel.L2_L3, SpinalLevel.L1_L2)) {
            assertThat(areaMm2(m, upper)).as(upper.label()).isCloseTo(1800, within(1e-9));
        }
    }

    @Test
    void areasScaleWithStatureSquaredAndNotWithSexOrMass() {
        Subject small = new Subject(Sex.FEMALE, 1.55, 50, 30);
        Subject tall = small.withStatureM(1.95);
        for (SpinalLevel level : SpinalLevel.values()) {
            double ratio = areaMm2(LumbarModel.of(tall), level) / areaMm2(LumbarModel.of(small), level);
            assertThat(ratio).as(level.label()).isCloseTo(Math.pow(1.95 / 1.55, 2), within(REL));
            assertThat(areaMm2(LumbarModel.of(small.withSex(Sex.MALE).withBodyMassKg(110)), level))
                    .isEqualTo(areaMm2(LumbarModel.of(small), level));
        }
        assertThat(areaMm2(LumbarModel.of(Subject.defaultSubject()), SpinalLevel.L4_L5))
                .isCloseTo(1800 * Math.pow(1.75 / 1.68, 2), within(1e-9));
    }

    /** A given area replaces the default at its level only; compression is unchanged, so IDP - p0 scales by the inverse area ratio. */
    @Test
    void aGivenAreaChangesThePressureExactlyByTheAreaRatio() {
        LumbarModel base = LumbarModel.of(Subject.defaultSubject());
        LumbarModel given = base.withDiscAreaMm2(SpinalLevel.L4_L5, 1500);
        assertThat(given.givenDiscAreaMm2(SpinalLevel.L4_L5)).hasValue(1500);
        assertThat(given.givenDiscAreaMm2(SpinalLevel.L5_S1)).isEmpty();
        assertThat(base.givenDiscAreaMm2(SpinalLevel.L4_L5)).isEmpty();
        assertThat(areaMm2(given, SpinalLevel.L4_L5)).isCloseTo(1500, within(1e-9));
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(10));
        AnalysisResult a = Lumbosim.analyze(base, PosturePreset.HOLD_CLOSE.posture(), loads);
        AnalysisResult b = Lumbosim.analyze(given, PosturePreset.HOLD_CLOSE.posture(), loads);
        double p0 = base.tissueParameters().unloadedDiscPressureMPa();
        for (SpinalLevel level : SpinalLevel.values()) {
            LevelLoad la = a.level(level);
            LevelLoad lb = b.level(level);
            assertThat(lb.compressionN()).isEqualTo(la.compressionN());
            double expected = level == SpinalLevel.L4_L5 ? areaMm2(base, level) / 1500 : 1;
            assertThat((lb.idpMPa() - p0) / (la.idpMPa() - p0)).as(level.label()).isCloseTo(expected, within(REL));
        }
        // the given area survives the other with-methods, and the tissue factor multiplies it
        LumbarModel scaled = given.withMuscleModel(MuscleModelKind.MULTI_FASCICLE)
                .withTissueParameters(TissueParameters.published().with(TissueParameter.DISC_AREA_SCALE, 2));
        assertThat(areaMm2(scaled, SpinalLevel.L4_L5)).isCloseTo(3000, within(1e-9));
        assertThat(scaled.givenDiscAreaMm2(SpinalLevel.L4_L5)).hasValue(1500);
    }

    @ParameterizedTest
    @ValueSource(doubles = {499.9, 4000.1, 0, -1800, Double.NaN, Double.POSITIVE_INFINITY})
    void anAreaOutsideTheRangeIsRejectedWithItsRange(double area) {
        LumbarModel base = LumbarModel.of(Subject.defaultSubject());
        assertThatThrownBy(() -> base.withDiscAreaMm2(SpinalLevel.L5_S1, area))
                .isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageContaining("discAreaMm2.L5-S1").hasMessageContaining("[500.0, 4000.0] mm2");
        assertThatThrownBy(() -> base.withDiscAreaMm2(null, 1800)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("L4-L5");
    }

    /**
     * Printed: our mean L2-L3..L4-L5 disc area for a few subjects against the mean (and range) of the
     * L2-L5 vertebral endplate areas of the 87 adults of Clouthier et al. (2023) (bone, not disc; a
     * mixed-sex cohort of unknown stature, mean age 61.5). Asserted only as a sanity range: ours within
     * the cohort's smallest and largest endplate.
     */
    @Test
    void crossCheckAgainstClouthier2023EndplateAreas() {
        System.out.printf(Locale.ROOT, "Clouthier 2023 (L2-L5 endplates, n=87): superior mean %.0f [%.0f, %.0f] mm2,"
                        + " inferior mean %.0f [%.0f, %.0f] mm2%n",
                DiscAreaConstants.CLOUTHIER_ENDPLATE_SUPERIOR_MEAN_MM2, DiscAreaConstants.CLOUTHIER_ENDPLATE_SUPERIOR_MIN_MM2,
                DiscAreaConstants.CLOUTHIER_ENDPLATE_SUPERIOR_MAX_MM2, DiscAreaConstants.CLOUTHIER_ENDPLATE_INFERIOR_MEAN_MM2,
                DiscAreaConstants.CLOUTHIER_ENDPLATE_INFERIOR_MIN_MM2, DiscAreaConstants.CLOUTHIER_ENDPLATE_INFERIOR_MAX_MM2);
        double mean = (DiscAreaConstants.CLOUTHIER_ENDPLATE_SUPERIOR_MEAN_MM2
                + DiscAreaConstants.CLOUTHIER_ENDPLATE_INFERIOR_MEAN_MM2) / 2;
        for (Subject s : List.of(new Subject(Sex.FEMALE, 1.62, 60, 60), WILKE, Subject.defaultSubject(),
                new Subject(Sex.MALE, 1.85, 85, 45))) {
            LumbarModel m = LumbarModel.of(s);
            double ours = (areaMm2(m, SpinalLevel.L2_L3) + areaMm2(m, SpinalLevel.L3_L4) + areaMm2(m, SpinalLevel.L4_L5)) / 3;
            System.out.printf(Locale.ROOT, "ours %s %.2f m: L2-L5 mean disc area %.0f mm2 = %.2f x Clouthier's mean endplate"
                    + " %.0f mm2; L5-S1 %.0f mm2%n", s.sex(), s.statureM(), ours, ours / mean, mean,
                    areaMm2(m, SpinalLevel.L5_S1));
            assertThat(ours).isBetween(DiscAreaConstants.CLOUTHIER_ENDPLATE_INFERIOR_MIN_MM2,
                    DiscAreaConstants.CLOUTHIER_ENDPLATE_SUPERIOR_MAX_MM2);
        }
    }
}
