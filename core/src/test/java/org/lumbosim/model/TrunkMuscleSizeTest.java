package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;

/**
 * {@link TrunkMuscleSize}: the default subject keeps its PCSA exactly; other subjects differ by the
 * Framingham 2023 average effects (+0.8 %/kg, -0.05 %/cm, -0.8 %/year within 40-90 years) and, for
 * women, by the ratio of Lee et al. (2000) skeletal muscle to a man's of the same size and age; the
 * PCSA the recruitment uses is the one the model reports in its muscle lines; and a small woman's
 * trunk muscles compare with L3 CT muscle areas of women and men.
 */
class TrunkMuscleSizeTest {

    @Test
    void followsTheAverageEffectsFromTheDefaultSubject() {
        Subject d = Subject.defaultSubject();
        assertThat(TrunkMuscleSize.pcsaFactor(d)).isEqualTo(1.0);
        assertThat(TrunkMuscleSize.pcsaFactor(d.withBodyMassKg(d.bodyMassKg() + 10))).isCloseTo(1.08, within(1e-12));
        assertThat(TrunkMuscleSize.pcsaFactor(d.withStatureM(d.statureM() + 0.10))).isCloseTo(0.995, within(1e-12));
        assertThat(TrunkMuscleSize.pcsaFactor(d.withAgeYears(d.ageYears() + 10))).isCloseTo(0.92, within(1e-12));
        // outside the study's 40-90 years the nearer end's value
        assertThat(TrunkMuscleSize.pcsaFactor(d.withAgeYears(20))).isEqualTo(TrunkMuscleSize.pcsaFactor(d.withAgeYears(40)));
        assertThat(TrunkMuscleSize.pcsaFactor(d.withAgeYears(100))).isEqualTo(TrunkMuscleSize.pcsaFactor(d.withAgeYears(90)));
        // a woman of the default size: Lee et al. 2000, SM = 0.244 BW + 7.80 Ht + 6.6 male - 0.098 age - 3.3
        double womanSm = 0.244 * 70 + 7.80 * 1.75 - 0.098 * 45 - 3.3;
        assertThat(TrunkMuscleSize.pcsaFactor(d.withSex(Sex.FEMALE))).isCloseTo(womanSm / (womanSm + 6.6), within(1e-12));
        assertThat(TrunkMuscleSize.sexFactor(d)).isEqualTo(1.0);
        // the smallest factors within Subject's ranges stay positive
        Subject weakestMan = new Subject(Sex.MALE, Subject.MAX_STATURE_M, Subject.MIN_BODY_MASS_KG, Subject.MAX_AGE_YEARS);
        assertThat(TrunkMuscleSize.pcsaFactor(weakestMan)).isCloseTo(0.3375, within(1e-12));
        Subject weakestWoman = new Subject(Sex.FEMALE, Subject.MIN_STATURE_M, Subject.MIN_BODY_MASS_KG, Subject.MAX_AGE_YEARS);
        double sm = 0.244 * 35 + 7.80 * 1.3 - 0.098 * 100 - 3.3;
        assertThat(TrunkMuscleSize.pcsaFactor(weakestWoman)).isCloseTo((1 - 0.008 * 35 + 0.05 * 0.45 - 0.008 * 45) * sm / (sm + 6.6), within(1e-12))
                .isGreaterThan(0.17);
    }

    /**
     * The default man (1.75 m, 70 kg, 45 y) and a woman of 1.60 m, 60 kg, 45 y: her total PCSA over
     * his is the Framingham size factor (0.9275) times Lee's sex ratio (19.41 kg / 26.01 kg), about
     * 0.69. Cross-check (printed and bounded): the L3 CT muscle area of women over men of their own
     * average sizes, 109.4 / 168.0 cm² = 0.651 in 592 Korean kidney donors (Korean J Transplant
     * 2020;34(Suppl 1):S29, abstract; SMI 43.1 / 57.0 cm²/m² = 0.756 at equal stature).
     */
    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void aSmallWomansPcsaAgainstTheSources(MuscleModelKind kind) {
        Subject man = Subject.defaultSubject();
        Subject woman = new Subject(Sex.FEMALE, 1.60, 60, 45);
        double manPcsaCm2 = totalPcsaCm2(LumbarModel.of(man).withMuscleModel(kind));
        double womanPcsaCm2 = totalPcsaCm2(LumbarModel.of(woman).withMuscleModel(kind));
        double expected = (1 - 0.008 * 10 + 0.05 * 0.15) * 19.41 / 26.01;
        double ctRatio = 109.4 / 168.0;
        System.out.printf("%s: total PCSA man %.1f cm2, woman %.1f cm2, ratio %.3f (Framingham x Lee %.3f; L3 CT area ratio %.3f, SMI ratio %.3f)%n",
                kind, manPcsaCm2, womanPcsaCm2, womanPcsaCm2 / manPcsaCm2, expected, ctRatio, 43.1 / 57.0);
        assertThat(womanPcsaCm2 / manPcsaCm2).isCloseTo(expected, within(1e-12)).isCloseTo(ctRatio, within(0.1 * ctRatio));
    }

    private static double totalPcsaCm2(LumbarModel model) {
        double sum = 0;
        for (Fascicle f : model.fascicles()) {
            sum += f.pcsaM2() * 1e4;
        }
        return sum;
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void theReportedLinesCarryTheRecruitmentsPcsa(MuscleModelKind kind) {
        Subject s = new Subject(Sex.FEMALE, 1.62, 85, 60);
        LumbarModel model = LumbarModel.of(s).withMuscleModel(kind);
        LumbarModel reference = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        List<Fascicle> lines = model.fascicles();
        List<Fascicle> refLines = reference.fascicles();
        double factor = TrunkMuscleSize.pcsaFactor(s);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).pcsaM2()).as("line %s", i).isEqualTo(model.geometry.pcsaM2[i]);
            assertThat(lines.get(i).pcsaM2()).as("line %s against the default subject's", i)
                    .isCloseTo(refLines.get(i).pcsaM2() * factor, within(1e-15));
        }
    }
}
