package org.lumbosim.disc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lumbosim.Lumbosim;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fluid-loss equilibrium saturates: the nucleus's swelling pressure rises as it loses fluid
 * (Heneghan &amp; Riches 2008's power law, {@link DiurnalDiscConstants}), so a disc under a high
 * pressure for long loses a bounded share of its height, not one growing without limit with the
 * pressure. The law itself, the README's schedule example (a woman bent forward with 5 kg for an
 * 8-h shift) against the MRI daily loss, and seeded random subjects and schedules.
 */
class DiscCreepSaturationTest {
    private static final double C = DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA;
    private static final double PI0 = DiurnalDiscConstants.SWELLING_PRESSURE_MPA;
    private static final double STEP_H = 1.0 / 6;
    private static final long SEED = 20261207L;

    @Test
    void theEquilibriumLossHasTheLinearSlopeAtTheSwellingPressureAndSaturatesBelowTheNucleusWaterShare() {
        double bound = DiurnalDisc.largestStrain(C);
        System.out.printf("DiscCreepSaturationTest: bound of the equilibrium loss c n pi0 = %.4f (nucleus water share "
                        + "at least %.2f); equilibrium loss at 0.5 / 1.0 / 1.5 / 5 MPa: %.4f / %.4f / %.4f / %.4f "
                        + "(its tangent at the swelling pressure, c (p - pi0): %.4f / %.4f / %.4f / %.4f)%n",
                bound, DiurnalDiscConstants.NUCLEUS_WATER_FRACTION_LOW,
                DiurnalDisc.equilibriumStrain(0.5, C), DiurnalDisc.equilibriumStrain(1.0, C),
                DiurnalDisc.equilibriumStrain(1.5, C), DiurnalDisc.equilibriumStrain(5, C),
                C * (0.5 - PI0), C * (1.0 - PI0), C * (1.5 - PI0), C * (5 - PI0));
        assertThat(bound).isLessThan(DiurnalDiscConstants.NUCLEUS_WATER_FRACTION_LOW);
        assertThat(DiurnalDisc.equilibriumStrain(PI0, C)).isZero();
        assertThat(DiurnalDisc.equilibriumStrain(0, C)).isZero();
        double dp = 1e-7;
        assertThat(DiurnalDisc.equilibriumStrain(PI0 + dp, C) / dp).isCloseTo(C, within(1e-5));
        // the swelling pressure at the equilibrium strain is the pressure: pi0 (1 - e / e_max)^-n = p
        for (double p : new double[] {0.2, 0.5, 1, 2.5, 10}) {
            double e = DiurnalDisc.equilibriumStrain(p, C);
            double swelling = PI0 * Math.pow(1 - e / bound, -DiurnalDiscConstants.SWELLING_PRESSURE_STRETCH_EXPONENT);
            assertThat(swelling).as("swelling pressure at the equilibrium of %s MPa", p).isCloseTo(p, within(1e-12 * p));
        }
        SplittableRandom r = new SplittableRandom(SEED);
        for (int i = 0; i < 1000; i++) {
            double p = PI0 + r.nextDouble() * 20;
            double q = p + r.nextDouble() * 5 + 1e-6;
            double ep = DiurnalDisc.equilibriumStrain(p, C);
            assertThat(ep).isPositive().isLessThan(bound).isLessThanOrEqualTo(C * (p - PI0) + 1e-15);
            assertThat(DiurnalDisc.equilibriumStrain(q, C)).as("%s < %s MPa", p, q).isGreaterThan(ep);
        }
    }

    @Test
    void aCreepComplianceWhoseBoundExceedsTheNucleusWaterShareIsRefused() {
        DiurnalDisc disc = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject()));
        assertThat(DiurnalDisc.largestStrain(DiurnalDisc.MAX_CREEP_COMPLIANCE_PER_MPA))
                .isCloseTo(DiurnalDiscConstants.NUCLEUS_WATER_FRACTION_LOW, within(1e-12));
        assertThat(disc.withCreepCompliancePerMPa(DiurnalDisc.MAX_CREEP_COMPLIANCE_PER_MPA).creepCompliancePerMPa())
                .isEqualTo(DiurnalDisc.MAX_CREEP_COMPLIANCE_PER_MPA);
        assertThatThrownBy(() -> disc.withCreepCompliancePerMPa(2.7)).isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageContaining("creepCompliancePerMPa");
    }

    /**
     * The README's schedule example: a 1.65 m, 60 kg woman bent forward (`standing_flexed`) with 5 kg
     * in her hands for 8 h, then 8 h sitting and 8 h lying on her side. The L4-L5 height lost during
     * the shift, as a share of the height at waking, is printed against the largest daily loss
     * measured by MRI (8.0 %, Martin et al. 2022, young adults on ordinary days). The linear
     * equilibrium it replaces lost 18.5 % in this shift (docs/validation-log.md). Not an accuracy
     * claim: no study measured this shift. Checked: the loss stays below the law's bound, and the
     * shift loses more than the built-in office day does by the night.
     */
    @Test
    void theWomansEightHourShiftLosesABoundedShareOfHeight() {
        Subject woman = new Subject(Sex.FEMALE, 1.65, 60, Subject.defaultSubject().ageYears());
        DaySchedule shift = new DaySchedule(List.of(
                new Activity("warehouse shift", PosturePreset.STANDING_FLEXED.posture(), List.of(HandLoad.ofMassKg(5)), 8),
                Activity.of("evening", PosturePreset.SITTING_UPRIGHT.posture(), 8),
                Activity.of("night", PosturePreset.LYING_SIDE.posture(), 8)));
        DayResult day = DiurnalDisc.of(LumbarModel.of(woman)).simulate(shift, STEP_H);
        List<DaySample> s = day.samples();
        double waking = s.get(0).level(SpinalLevel.L4_L5).heightMm();
        double endOfShift = s.stream().filter(x -> x.activityIndex() == 0).reduce((x, y) -> y).orElseThrow()
                .level(SpinalLevel.L4_L5).heightMm();
        double full = DiurnalDisc.fullHeightM(woman, SpinalLevel.L4_L5) * 1000;
        double shiftLoss = (waking - endOfShift) / waking;
        LevelDay office = DiurnalDisc.of(LumbarModel.of(woman)).simulate(DaySchedule.builtIn(), STEP_H).level(SpinalLevel.L4_L5);
        double officeLoss = office.dailyHeightLossMm() / office.heightAtWakingMm();
        System.out.printf("DiscCreepSaturationTest: woman 1.65 m, 8 h bent forward with 5 kg: L4-L5 %.2f -> %.2f mm, "
                        + "loses %.1f %% of its waking height in the shift (linear law before: 18.5 %%); MRI daily loss "
                        + "6.1-8.0 %% (Martin et al. 2022); her built-in office day loses %.1f %% by the night; "
                        + "strain at the end of the shift %.3f, bound %.3f%n",
                waking, endOfShift, 100 * shiftLoss, 100 * officeLoss, 1 - endOfShift / full, DiurnalDisc.largestStrain(C));
        assertThat(1 - endOfShift / full).isLessThan(DiurnalDisc.largestStrain(C));
        assertThat(shiftLoss).isGreaterThan(officeLoss);
    }

    static Stream<Long> seeds() {
        SplittableRandom r = new SplittableRandom(SEED);
        return IntStream.range(0, 24).mapToObj(i -> r.nextLong());
    }

    /** Daytime presets with a load in the hands that random subjects' static models solve. */
    private static final List<PosturePreset> LOADED = List.of(PosturePreset.STANDING_RELAXED,
            PosturePreset.STANDING_FLEXED, PosturePreset.HOLD_CLOSE, PosturePreset.SITTING_UPRIGHT);

    /**
     * Random subjects (sex, stature 1.55-1.95 m, body mass 50-100 kg, age 20-60) and schedules (one
     * loaded activity of 1-16 h with 0-10 kg, then 8 h lying): every disc's height loss stays below
     * the law's bound (itself below the nucleus's water share) at every sample, and 5 kg more in the
     * hands, where it compresses the disc more, never leaves it taller at the end of the activity. Every
     * day is computed: one seed (a 1.88 m woman sitting 13.6 h with 13.9 kg) takes L2-L3's unloaded
     * pressure to zero, which the eleventh session refused and the tension-only law computes (twelfth
     * session).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void heightLossIsBoundedAndRisesWithLoadForRandomSubjectsAndSchedules(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Subject subject = new Subject(r.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.55 + 0.4 * r.nextDouble(),
                50 + 50 * r.nextDouble(), 20 + 40 * r.nextDouble());
        PosturePreset preset = LOADED.get(r.nextInt(LOADED.size()));
        double kg = 10 * r.nextDouble();
        double hours = 1 + 15 * r.nextDouble();
        LumbarModel model = LumbarModel.of(subject);
        DiurnalDisc disc = DiurnalDisc.of(model);
        DayResult light = disc.simulate(schedule(preset, kg, hours), STEP_H);
        DayResult heavy = disc.simulate(schedule(preset, kg + 5, hours), STEP_H);
        double bound = DiurnalDisc.largestStrain(C);
        for (SpinalLevel level : SpinalLevel.values()) {
            double full = DiurnalDisc.fullHeightM(subject, level) * 1000;
            for (DayResult d : List.of(light, heavy)) {
                for (DaySample s : d.samples()) {
                    assertThat(1 - s.level(level).heightMm() / full).as("%s strain (seed %s)", level.label(), seed)
                            .isGreaterThanOrEqualTo(-1e-12).isLessThan(bound);
                }
            }
            double fLight = Lumbosim.analyze(model, preset.posture(), List.of(HandLoad.ofMassKg(kg))).level(level).compressionN();
            double fHeavy = Lumbosim.analyze(model, preset.posture(), List.of(HandLoad.ofMassKg(kg + 5))).level(level).compressionN();
            if (fHeavy >= fLight) {
                assertThat(endOfActivityHeightMm(heavy, level)).as("%s, %s with 5 kg more (seed %s)", level.label(),
                        preset, seed).isLessThanOrEqualTo(endOfActivityHeightMm(light, level) + 1e-9);
            }
        }
    }

    private static DaySchedule schedule(PosturePreset preset, double kg, double hours) {
        return new DaySchedule(List.of(new Activity("work", preset.posture(), List.of(HandLoad.ofMassKg(kg)), hours),
                Activity.of("night", PosturePreset.LYING_SUPINE.posture(), 8)));
    }

    private static double endOfActivityHeightMm(DayResult d, SpinalLevel level) {
        return d.samples().stream().filter(x -> x.activityIndex() == 0).reduce((x, y) -> y).orElseThrow().level(level).heightMm();
    }
}
