package org.lumbosim.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.population.ConstantVariation;

/**
 * {@link WilkeJointSensitivity}: the distribution of each constant follows how its source states it;
 * the same seed gives the same bands and another seed others; every range collapsed to the model's value
 * gives zero-width bands equal to the plain comparison; the percentiles are ordered; a muscle stress at
 * which the round-back lift cannot be balanced (multi-fascicle, 0.40 MPa, the one-at-a-time run's
 * finding) counts every draw of that row as unsolved and no other; a bad number of draws is refused by name.
 */
class WilkeJointSensitivityTest {
    private static final LumbarModel MODEL = Wilke1999.subjectModel();
    /** Few draws: each is a whole comparison. */
    private static final int DRAWS = 8;
    /** Round-off between a constant read back and written again (MPa to Pa and back): relative. */
    private static final double ROUND_OFF = 1e-9;

    @Test
    void theCoactivationIsNormalWithTheSourcesMeanAndSdAndTheRangesOverSubjectsAreUniform() {
        for (WilkeSensitivity.Range r : WilkeSensitivity.publishedRanges()) {
            ConstantVariation.Spread s = WilkeJointSensitivity.spreadOf(r);
            if (r.parameter() == TissueParameter.ABDOMINAL_COACTIVATION) {
                // Cholewicki et al. 1997: 1.7 +/- 0.8 %MVC
                assertThat(s).isInstanceOf(ConstantVariation.Normal.class);
                assertThat(((ConstantVariation.Normal) s).mean()).isCloseTo(0.017, within(1e-15));
                assertThat(((ConstantVariation.Normal) s).sd()).isCloseTo(0.008, within(1e-15));
            } else {
                assertThat(s).as(r.parameter().id()).isEqualTo(new ConstantVariation.Uniform(r.low(), r.high()));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameBandsAndAnotherSeedOthers() {
        List<WilkeSensitivity.Range> ranges = WilkeSensitivity.publishedRanges();
        WilkeJointSensitivity.Result a = WilkeJointSensitivity.run(MODEL, ranges, DRAWS, 7);
        WilkeJointSensitivity.Result b = WilkeJointSensitivity.run(MODEL, ranges, DRAWS, 7);
        WilkeJointSensitivity.Result c = WilkeJointSensitivity.run(MODEL, ranges, DRAWS, 8);
        assertThat(b.rows()).isEqualTo(a.rows());
        assertThat(c.rows()).isNotEqualTo(a.rows());
    }

    @Test
    void everyRangeCollapsedToTheModelsValueGivesZeroWidthBandsEqualToThePlainComparison() {
        List<WilkeSensitivity.Range> ranges = WilkeSensitivity.publishedRanges();
        for (WilkeSensitivity.Range r : WilkeSensitivity.publishedRanges()) {
            ranges = WilkeJointSensitivity.holding(ranges, r.parameter(), MODEL.tissueParameters().get(r.parameter()),
                    "test");
        }
        WilkeJointSensitivity.Result joint = WilkeJointSensitivity.run(MODEL, ranges, DRAWS, 3);
        WilkeValidation.Report plain = WilkeValidation.run(MODEL);
        assertThat(joint.standingUnsolved()).isZero();
        for (int i = 0; i < plain.rows().size(); i++) {
            WilkeJointSensitivity.RowBand row = joint.rows().get(i);
            WilkeValidation.Row p = plain.rows().get(i);
            String id = p.measurement().id();
            assertThat(row.unsolved()).as(id).isZero();
            for (WilkeJointSensitivity.Band band : List.of(row.idpMPa(), row.ratio())) {
                double expected = band == row.idpMPa() ? p.predictedIdpMPa() : p.predictedRatio();
                assertThat(band.high() - band.low()).as(id).isZero();
                assertThat(band.median()).as(id).isEqualTo(band.low());
                assertThat(band.median()).as(id).isCloseTo(expected, within(expected * ROUND_OFF));
            }
        }
    }

    @Test
    void thePercentilesAreOrderedAndTheBandsAreWiderThanAPoint() {
        WilkeJointSensitivity.Result joint = WilkeJointSensitivity.run(MODEL, WilkeSensitivity.publishedRanges(),
                DRAWS, 11);
        for (WilkeJointSensitivity.RowBand row : joint.rows()) {
            String id = row.plain().measurement().id();
            for (WilkeJointSensitivity.Band band : List.of(row.idpMPa(), row.ratio())) {
                assertThat(band.low()).as(id).isLessThanOrEqualTo(band.median());
                assertThat(band.median()).as(id).isLessThanOrEqualTo(band.high());
            }
            // every constant moves every pressure (the area and the factor at least)
            assertThat(row.idpMPa().high()).as(id).isGreaterThan(row.idpMPa().low());
        }
    }

    @Test
    void aMuscleStressThatCannotBalanceTheRoundBackLiftCountsEveryDrawOfThatRowAndNoOther() {
        LumbarModel multi = MODEL.withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        List<WilkeSensitivity.Range> ranges = new ArrayList<>();
        for (WilkeSensitivity.Range r : WilkeSensitivity.publishedRanges()) {
            // the others drawn over their ranges; the muscle stress at Burkhart et al.'s lowest subject
            ranges.add(r.parameter() != TissueParameter.MAX_MUSCLE_STRESS ? r : new WilkeSensitivity.Range(
                    r.parameter(), TissueConstantRanges.MAX_MUSCLE_STRESS_MIN_MPA,
                    TissueConstantRanges.MAX_MUSCLE_STRESS_MIN_MPA, "test"));
        }
        WilkeJointSensitivity.Result joint = WilkeJointSensitivity.run(multi, ranges, DRAWS, 5);
        assertThat(joint.standingUnsolved()).isZero();
        for (WilkeJointSensitivity.RowBand row : joint.rows()) {
            String id = row.plain().measurement().id();
            if (id.equals("lift_round_back_20kg")) {
                assertThat(row.unsolved()).isEqualTo(DRAWS);
                assertThat(row.idpMPa().solved()).isFalse();
                assertThat(row.measuredInIdpBand()).isFalse();
            } else {
                assertThat(row.unsolved()).as(id).isZero();
                assertThat(row.idpMPa().solved()).as(id).isTrue();
            }
        }
    }

    @Test
    void aBadNumberOfDrawsIsRefusedByName() {
        assertThatThrownBy(() -> WilkeJointSensitivity.run(MODEL, WilkeSensitivity.publishedRanges(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("draws").hasMessageContaining("0")
                .hasMessageContaining(Integer.toString(WilkeJointSensitivity.MAX_DRAWS).substring(0, 3));
    }
}
