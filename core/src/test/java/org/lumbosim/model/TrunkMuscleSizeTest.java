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
 * Framingham 2023 average effects (+0.8 %/kg, -0.05 %/cm, -0.8 %/year within 40-90 years); and the
 * PCSA the recruitment uses is the one the model reports in its muscle lines.
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
        // no sex effect was obtained: same size, same muscles
        assertThat(TrunkMuscleSize.pcsaFactor(d.withSex(Sex.FEMALE))).isEqualTo(1.0);
        // the smallest factor within Subject's ranges stays positive
        Subject weakest = new Subject(Sex.FEMALE, Subject.MAX_STATURE_M, Subject.MIN_BODY_MASS_KG, Subject.MAX_AGE_YEARS);
        assertThat(TrunkMuscleSize.pcsaFactor(weakest)).isCloseTo(0.3375, within(1e-12));
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
