package org.lumbosim.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;

/**
 * {@link WilkeSensitivity}: every tissue constant is either moved over a published range or left out
 * with a reason; a range of one value moves no row; each end is the comparison with that one constant
 * overridden; the union holds the published prediction and every end.
 */
class WilkeSensitivityTest {
    private static final LumbarModel MODEL = Wilke1999.subjectModel();

    @Test
    void everyConstantIsMovedOrLeftOutWithAReasonAndEveryRangeHoldsItsPublishedValue() {
        Set<TissueParameter> seen = EnumSet.noneOf(TissueParameter.class);
        for (WilkeSensitivity.Range r : WilkeSensitivity.publishedRanges()) {
            assertThat(seen.add(r.parameter())).as("%s once", r.parameter()).isTrue();
            assertThat(r.source()).isNotBlank();
            double published = TissueParameters.published().get(r.parameter());
            assertThat(published).as("%s's published value in its range", r.parameter().id())
                    .isBetween(r.low(), r.high());
            assertThat(r.high()).as(r.parameter().id()).isGreaterThan(r.low());
        }
        for (WilkeSensitivity.LeftOut l : WilkeSensitivity.leftOut()) {
            assertThat(seen.add(l.parameter())).as("%s once", l.parameter()).isTrue();
            assertThat(l.reason()).isNotBlank();
        }
        assertThat(seen).isEqualTo(EnumSet.allOf(TissueParameter.class));
    }

    @Test
    void theRangesAreTheCitedOnes() {
        assertThat(WilkeSensitivity.publishedRanges()).extracting(WilkeSensitivity.Range::parameter,
                WilkeSensitivity.Range::low, WilkeSensitivity.Range::high).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TissueParameter.MAX_MUSCLE_STRESS, 0.40, 1.30),
                org.assertj.core.groups.Tuple.tuple(TissueParameter.NACHEMSON_FACTOR, 1.5, 1.7),
                org.assertj.core.groups.Tuple.tuple(TissueParameter.DISC_AREA_SCALE,
                        IdpConversionRange.DISC_AREA_RATIO_MIN, IdpConversionRange.DISC_AREA_RATIO_MAX),
                org.assertj.core.groups.Tuple.tuple(TissueParameter.ABDOMINAL_COACTIVATION, 0.017 - 0.008,
                        0.017 + 0.008));
    }

    @Test
    void aRangeOfOneValueHasZeroWidthAtEveryRow() {
        WilkeSensitivity.Range point = new WilkeSensitivity.Range(TissueParameter.NACHEMSON_FACTOR, 1.6, 1.6, "test");
        WilkeSensitivity.Result r = WilkeSensitivity.run(MODEL, List.of(point));
        WilkeSensitivity.Swing s = r.swings().get(0);
        for (int i = 0; i < r.baseline().rows().size(); i++) {
            assertThat(WilkeSensitivity.value(s.atHigh(), i, false) - WilkeSensitivity.value(s.atLow(), i, false))
                    .as(r.baseline().rows().get(i).measurement().id()).isZero();
            assertThat(WilkeSensitivity.value(s.atHigh(), i, true) - WilkeSensitivity.value(s.atLow(), i, true))
                    .isZero();
            assertThat(r.widest(i, false)).isEmpty();
        }
        assertThat(s.atHigh().rmseIdpMPa()).isEqualTo(s.atLow().rmseIdpMPa());
        assertThat(s.atHigh().ratioMaePct()).isEqualTo(s.atLow().ratioMaePct());
    }

    @Test
    void eachEndIsTheComparisonWithThatConstantOverriddenAndTheUnionHoldsEveryEnd() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel model = MODEL.withMuscleModel(kind);
            WilkeSensitivity.Result r = WilkeSensitivity.run(model, WilkeSensitivity.publishedRanges());
            assertThat(r.baseline()).isEqualTo(WilkeValidation.run(model));
            WilkeSensitivity.Swing area = r.swings().get(2);
            assertThat(area.range().parameter()).isEqualTo(TissueParameter.DISC_AREA_SCALE);
            assertThat(area.atHigh()).isEqualTo(WilkeValidation.run(model.withTissueParameters(
                    TissueParameters.published().with(TissueParameter.DISC_AREA_SCALE, area.range().high()))));
            for (int i = 0; i < r.baseline().rows().size(); i++) {
                double[] u = r.idpUnionMPa(i);
                double[] ur = r.ratioUnion(i);
                assertThat(WilkeSensitivity.value(r.baseline(), i, false)).isBetween(u[0], u[1]);
                assertThat(WilkeSensitivity.value(r.baseline(), i, true)).isBetween(ur[0], ur[1]);
                for (WilkeSensitivity.Swing s : r.swings()) {
                    for (WilkeValidation.Report end : List.of(s.atLow(), s.atHigh())) {
                        double v = WilkeSensitivity.value(end, i, false);
                        if (!Double.isNaN(v)) {
                            assertThat(v).isBetween(u[0], u[1]);
                        }
                    }
                }
                double measured = r.baseline().rows().get(i).measurement().idpMPa();
                assertThat(r.measuredInIdpUnion(i)).isEqualTo(measured >= u[0] && measured <= u[1]);
            }
        }
    }

    @Test
    void aRangeOutsideTheAllowedOrUpsideDownIsRefusedByName() {
        assertThatThrownBy(() -> new WilkeSensitivity.Range(TissueParameter.NACHEMSON_FACTOR, 1.7, 1.5, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nachemsonPressureFactor");
        assertThatThrownBy(() -> new WilkeSensitivity.Range(TissueParameter.MAX_MUSCLE_STRESS, 0.4, 5, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxMuscleStressMPa");
    }
}
