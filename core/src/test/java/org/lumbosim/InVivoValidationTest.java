package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.reference.IdpConversionRange;
import org.lumbosim.reference.InVivoRatios;
import org.lumbosim.reference.InVivoValidation;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.reference.WilkeValidation.Status;

/**
 * The model against the in vivo data sets of {@link InVivoRatios} (resource
 * {@code in_vivo_ratios.csv}): Nachemson AL (1981), Spine 6(1):93-97, abstract; Nachemson's
 * relative-load figure (attributed to Nachemson 1976, secondary and unverified); telemeterised
 * vertebral body replacements (Dreischarf et al. 2015, 2016; Rohlmann et al. 2014, abstracts); Wilke
 * et al. (2001), secondary. Each row is a ratio between postures (percent); its error is the distance
 * from the prediction to the published value or range, and it agrees within
 * {@link InVivoValidation#AGREEMENT_TOLERANCE_PCT} percentage points (the ratio target).
 *
 * <p>The model misses several rows by far (e.g. standing leaning forward with 20 kg, Nachemson's
 * figure), so this test does NOT assert agreement: it prints every row and each set's mean error, and
 * asserts only what must hold whatever the accuracy: every row of the resource is read with its
 * provenance and posture source, every solved row gives finite numbers, and the counts add up. For
 * the multi-fascicle model, and for the single-equivalent model's 20 kg at arm's length (Wilke 2001;
 * 0.68 MPa muscle stress needed, 0.6 allowed), infeasible rows are printed, not failed.
 */
class InVivoValidationTest {

    @Test
    void everyRowIsReadWithItsProvenance() {
        List<InVivoRatios.Comparison> rows = InVivoRatios.comparisons();
        assertThat(InVivoRatios.setIds()).as("data sets").containsExactly("nachemson1981", "nachemson1976fig", "vbr",
                "wilke2001", "rohlmann2011");
        for (InVivoRatios.Comparison c : rows) {
            assertThat(c.provenance()).as(c.id()).matches("^(ABSTRACT|SECONDARY).*");
            assertThat(c.postureSource()).as(c.id()).matches("^(posture ours|posture from source|not modelled).*");
            assertThat(c.publishedMaxPct()).as(c.id()).isGreaterThanOrEqualTo(c.publishedMinPct());
            assertThat(c.caseOf().isPresent()).as(c.id() + ": a case needs a reference").isEqualTo(c.reference().isPresent());
            assertThat(c.base().isPresent()).as(c.id() + ": a base exactly for increase ratios")
                    .isEqualTo(c.measure() == InVivoRatios.Measure.INCREASE_RATIO);
            assertThat(InVivoRatios.title(c.setId())).isNotBlank();
        }
        assertThat(rows.stream().filter(c -> c.setId().equals("nachemson1976fig")))
                .allMatch(c -> c.provenance().startsWith("SECONDARY UNVERIFIED"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MuscleModelKind.class)
    void printPredictionAgainstInVivoSets(MuscleModelKind kind) {
        LumbarModel model = Wilke1999.subjectModel().withMuscleModel(kind);
        StringBuilder out = new StringBuilder(String.format("%nIn vivo data sets, Wilke's volunteer as published, %s muscles; agree = within %.0f pp%n",
                kind.id(), InVivoValidation.AGREEMENT_TOLERANCE_PCT));
        for (InVivoValidation.SetReport set : InVivoValidation.run(model)) {
            out.append(String.format("[%s] %s%n", set.setId(), InVivoRatios.title(set.setId())));
            int notModelled = 0;
            for (InVivoValidation.Row r : set.rows()) {
                InVivoRatios.Comparison c = r.comparison();
                if (r.status() == Status.OK) {
                    assertThat(Double.isFinite(r.predictedPct()) && Double.isFinite(r.errorPct()))
                            .as("%s %s: finite prediction", kind.id(), c.id()).isTrue();
                    assertThat(Double.isNaN(c.publishedMPa()) || Double.isFinite(r.predictedMPa()))
                            .as("%s %s: a pressure where one is published", kind.id(), c.id()).isTrue();
                    out.append(String.format("  %-30s published %-6s predicted %7.1f error %+7.1f pp%s  (%s)%n", c.id(),
                            c.publishedText(), r.predictedPct(), r.errorPct(), r.agrees() ? "  agrees" : "",
                            c.provenance().split(":", 2)[0]));
                } else {
                    notModelled += r.status() == Status.NOT_MODELLED ? 1 : 0;
                    assertThat(r.failure()).as("%s %s: a reason", kind.id(), c.id()).isNotBlank();
                    out.append(String.format("  %-30s published %-6s %s: %s%n", c.id(), c.publishedText(), r.status(),
                            r.failure().length() > 90 ? r.failure().substring(0, 90) + "..." : r.failure()));
                }
            }
            assertThat(set.n() + set.failed() + notModelled).as(set.setId() + ": counts").isEqualTo(set.rows().size());
            assertThat(set.n() == 0 || Double.isFinite(set.ratioMaePct())).as(set.setId() + ": mean error").isTrue();
            out.append(String.format("  mean |error| %.1f pp over %d rows, %d agree, %d failed%n", set.ratioMaePct(),
                    set.n(), set.agree(), set.failed()));
        }
        System.out.print(out);
    }

    /**
     * Rohlmann et al. (2011)'s sitting rows change one thing each, as the abstract states them: leaning
     * on a backrest adds the backrest and reclines the thorax with the thighs and the upper arms kept
     * where they were in space (the hands still resting on the thighs in both); the inclined upper body
     * moves only the thorax forward by the published 15 deg, the thighs kept on the seat; the arms
     * row differs only in the arms. Checks the data's postures, not the model's agreement.
     */
    @Test
    void rohlmannSittingRowsChangeOnlyWhatTheAbstractNames() {
        LumbarModel model = Wilke1999.subjectModel();
        java.util.Map<String, InVivoRatios.Comparison> rows = new java.util.HashMap<>();
        for (InVivoRatios.Comparison c : InVivoRatios.comparisons()) {
            if (c.setId().equals("rohlmann2011")) {
                rows.put(c.id(), c);
                assertThat(c.level()).isEqualTo(org.lumbosim.model.SpinalLevel.L1_L2);
                assertThat(c.quantity()).isEqualTo(InVivoRatios.Quantity.COMPRESSION);
                assertThat(c.provenance()).startsWith("ABSTRACT");
            }
        }
        assertThat(rows).containsKeys("backrest", "arms_on_thighs", "upper_body_inclined_15");

        org.lumbosim.posture.Posture lean = rows.get("backrest").caseOf().orElseThrow().posture();
        org.lumbosim.posture.Posture upright = rows.get("backrest").reference().orElseThrow().posture();
        assertThat(lean.has(org.lumbosim.posture.Support.BACKREST)).isTrue();
        assertThat(upright.has(org.lumbosim.posture.Support.BACKREST)).isFalse();
        assertThat(lean.trunkFlexionDeg()).as("reclined onto the backrest").isNegative();
        assertThat(thighInSpaceDeg(lean)).isCloseTo(thighInSpaceDeg(upright), within(1e-9));
        assertThat(lean.shoulderFlexionDeg() - lean.trunkFlexionDeg()).as("upper arm in space")
                .isCloseTo(upright.shoulderFlexionDeg() - upright.trunkFlexionDeg(), within(1e-9));
        assertThat(lean.elbowFlexionDeg()).isEqualTo(upright.elbowFlexionDeg());
        assertThat(lean.lumbarFlexionDeg()).isEqualTo(upright.lumbarFlexionDeg());
        for (org.lumbosim.posture.Posture p : List.of(lean, upright)) {
            var hands = org.lumbosim.Lumbosim.analyze(model, p, List.of()).handsOnThighs();
            assertThat(hands).as("both hands rest on the thighs").hasSize(2)
                    .allMatch(h -> h.forceN() > 0 && Math.abs(h.gapM()) <= org.lumbosim.posture.Support.CONTACT_TOLERANCE_M);
        }

        org.lumbosim.posture.Posture inclined = rows.get("upper_body_inclined_15").caseOf().orElseThrow().posture();
        org.lumbosim.posture.Posture sitting = rows.get("upper_body_inclined_15").reference().orElseThrow().posture();
        assertThat(inclined.trunkFlexionDeg() - sitting.trunkFlexionDeg()).as("the published inclination").isEqualTo(15);
        assertThat(thighInSpaceDeg(inclined)).isCloseTo(thighInSpaceDeg(sitting), within(1e-9));
        assertThat(inclined.supports()).isEqualTo(sitting.supports());

        org.lumbosim.posture.Posture onThighs = rows.get("arms_on_thighs").caseOf().orElseThrow().posture();
        org.lumbosim.posture.Posture hanging = rows.get("arms_on_thighs").reference().orElseThrow().posture();
        assertThat(onThighs.withShoulderFlexionDeg(0).withElbowFlexionDeg(0)).isEqualTo(hanging);
        assertThat(org.lumbosim.Lumbosim.analyze(model, hanging, List.of()).handsOnThighs())
                .as("hanging hands touch nothing").allMatch(h -> h.forceN() == 0);
    }

    /** @return the thigh's inclination in space, forward of hanging (deg): hip - (trunk - lumbar) */
    private static double thighInSpaceDeg(org.lumbosim.posture.Posture p) {
        return p.hipFlexionDeg() - (p.trunkFlexionDeg() - p.lumbarFlexionDeg());
    }

    @Test
    void wilkeBandBracketsThePredictionOfEveryStaticRow() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            WilkeValidation.Report report = WilkeValidation.run(Wilke1999.subjectModel().withMuscleModel(kind));
            double p0 = TissueParameters.published().unloadedDiscPressureMPa();
            double factor = TissueParameters.published().nachemsonPressureFactor();
            for (WilkeValidation.Row r : report.rows()) {
                if (r.status() == Status.OK && r.measurement().posture().isPresent()) {
                    assertThat(r.idpLowMPa()).as("%s %s", kind.id(), r.measurement().id())
                            .isLessThanOrEqualTo(r.predictedIdpMPa() + 1e-12);
                    assertThat(r.idpHighMPa()).as("%s %s", kind.id(), r.measurement().id())
                            .isGreaterThanOrEqualTo(r.predictedIdpMPa() - 1e-12);
                    // the factor-and-area band holds the factor band; its ends are the extreme corners
                    double mechanical = r.predictedIdpMPa() - p0;
                    assertThat(r.idpAreaLowMPa()).isCloseTo(p0 + IdpConversionRange.NACHEMSON_FACTOR_MIN / factor
                            * mechanical / IdpConversionRange.DISC_AREA_RATIO_MAX, within(1e-12));
                    assertThat(r.idpAreaHighMPa()).isCloseTo(p0 + IdpConversionRange.NACHEMSON_FACTOR_MAX / factor
                            * mechanical / IdpConversionRange.DISC_AREA_RATIO_MIN, within(1e-12));
                    assertThat(r.measuredInAreaBand()).isEqualTo(r.measurement().idpMPa() >= r.idpAreaLowMPa()
                            && r.measurement().idpMPa() <= r.idpAreaHighMPa());
                    if (r.measuredInBand()) {
                        assertThat(r.measuredInAreaBand()).isTrue();
                    }
                } else {
                    assertThat(r.idpLowMPa()).as("%s %s: no band", kind.id(), r.measurement().id()).isNaN();
                    assertThat(r.idpAreaHighMPa()).as("%s %s: no band", kind.id(), r.measurement().id()).isNaN();
                    assertThat(r.measuredInBand() || r.measuredInAreaBand()).isFalse();
                }
            }
        }
    }
}
