package org.lumbosim.disc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lumbosim.Lumbosim;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The diurnal disc: calibration, validation against the night rows of Wilke et al. (1999), physics. */
class DiurnalDiscTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final double STEP_H = 1.0 / 6;
    private static final long SEED = 20261124L;

    /** Daytime presets that the default subject's static model solves. */
    private static final List<PosturePreset> DAY_PRESETS = List.of(PosturePreset.STANDING_RELAXED,
            PosturePreset.SITTING_UPRIGHT, PosturePreset.SITTING_UNSUPPORTED, PosturePreset.SITTING_SLOUCHED,
            PosturePreset.STANDING_FLEXED, PosturePreset.HOLD_CLOSE);

    @Test
    void creepComplianceIsTheCalibrationToMartin2022() {
        // recompute the calibration: the strain scales with c, the height at waking as 1 - c u_w
        LevelDay unit = DiurnalDisc.of(MODEL).withCreepCompliancePerMPa(1).simulate(DaySchedule.builtIn(), STEP_H)
                .level(SpinalLevel.L4_L5);
        double h0 = DiurnalDisc.fullHeightM(MODEL.subject(), SpinalLevel.L4_L5) * 1000;
        double du = unit.dailyHeightLossMm() / h0;
        double uw = (h0 - unit.heightAtWakingMm()) / h0;
        double target = DiurnalDiscConstants.DAILY_HEIGHT_LOSS_FRACTION;
        double calibrated = target / (du + target * uw);
        System.out.printf("DiurnalDiscTest: calibrated creep compliance %.5f 1/MPa, constant %.4f%n",
                calibrated, DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA);
        assertThat(DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA).isCloseTo(calibrated, within(5e-4));
        LevelDay day = DiurnalDisc.of(MODEL).simulate(DaySchedule.builtIn(), STEP_H).level(SpinalLevel.L4_L5);
        assertThat(day.dailyHeightLossMm() / day.heightAtWakingMm()).isCloseTo(target, within(5e-4));
    }

    @Test
    void timeConstantsFollowTyrrell1985AndTheRatioAgreesWithOConnell2011() {
        assertThat(DiurnalDiscConstants.OUTFLOW_TIME_CONSTANT_H).isCloseTo(1.288, within(1e-3));
        assertThat(DiurnalDiscConstants.INFLOW_TIME_CONSTANT_H).isCloseTo(4.721, within(1e-3));
        double ratio = DiurnalDiscConstants.INFLOW_TIME_CONSTANT_H / DiurnalDiscConstants.OUTFLOW_TIME_CONSTANT_H;
        System.out.printf("DiurnalDiscTest: recovery/loading time constant ratio %.2f (O'Connell 2011: 3-4)%n", ratio);
        assertThat(ratio).isBetween(3.0, 4.0);
    }

    /**
     * Validation against Wilke et al. (1999), L4-L5, night rows (0.10 MPa at the start of the night,
     * 0.24 MPa after about 7 h): predicted with the built-in day, constants not derived from these
     * rows. Tolerance 0.15 MPa per row, the IDP accuracy asked of the static model; the errors are
     * printed. The overnight rise itself must have the measured sign.
     */
    @Test
    void predictsTheOvernightRiseOfWilke1999WithinTolerance() {
        DayResult day = DiurnalDisc.of(MODEL).simulate(DaySchedule.builtIn(), STEP_H);
        double start = day.level(SpinalLevel.L4_L5).idpStartOfNightMPa();
        double after7h = day.nightIdpMPa(SpinalLevel.L4_L5, 7);
        double measuredStart = measured("night_start");
        double measuredEnd = measured("night_end");
        System.out.printf("DiurnalDiscTest: night start predicted %.3f MPa, measured %.2f (error %+.3f); after 7 h "
                        + "predicted %.3f, measured %.2f (error %+.3f); rise predicted %.3f, measured %.2f%n",
                start, measuredStart, start - measuredStart, after7h, measuredEnd, after7h - measuredEnd,
                after7h - start, measuredEnd - measuredStart);
        assertThat(start).isCloseTo(measuredStart, within(0.15));
        assertThat(after7h).isCloseTo(measuredEnd, within(0.15));
        assertThat(after7h).isGreaterThan(start);
    }

    /**
     * Out-of-sample comparison with Botsford DJ, Esses SI, Ogilvie-Harris DJ (1994), Spine
     * 19(8):935-940 (MRI, 8 men): disc volume lost after 4 h standing and 3 h sitting that followed
     * 6 h supine, L3-L4 21.1 %, L4-L5 18.7 %, L5-S1 21.6 % (abstract; they found the height loss
     * mostly due to the volume loss). The model's creep compliance comes from Martin et al. (2022),
     * whose MRI height losses (6-8 %) are about a third of these, so the model under-predicts them;
     * the test prints the errors and holds the model to within a factor of 6 (a regression guard,
     * not an accuracy claim; a factor of 4 until the ligaments became forces, 2026-12-06: the higher
     * daytime pressures lowered the calibrated compliance: L5-S1 4.4, L4-L5 4.0, L3-L4 5.2 times under
     * then; 3.0, 3.1 and 3.6 times under since the abdominals' co-activation and the armrests; 3.3,
     * 2.9 and 3.5 since the fluid-loss equilibrium saturates).
     */
    @Test
    void botsford1994ProtocolIsUnderPredictedAsExpectedFromItsCalibration() {
        DaySchedule protocol = new DaySchedule(List.of(
                Activity.of("standing", PosturePreset.STANDING_RELAXED.posture(), 4),
                Activity.of("sitting", PosturePreset.SITTING_UNSUPPORTED.posture(), 3),
                Activity.of("rest of the day", PosturePreset.SITTING_UPRIGHT.posture(), 11),
                Activity.of("supine", PosturePreset.LYING_SUPINE.posture(), 6)));
        DayResult day = DiurnalDisc.of(MODEL).simulate(protocol, 0.25);
        DaySample after = day.samples().stream().filter(x -> x.activityIndex() == 1).reduce((x, y) -> y).orElseThrow();
        Map<SpinalLevel, Double> measured = Map.of(SpinalLevel.L3_L4, 21.1, SpinalLevel.L4_L5, 18.7, SpinalLevel.L5_S1, 21.6);
        measured.forEach((level, pct) -> {
            double h0 = day.samples().get(0).level(level).heightMm();
            double predicted = 100 * (h0 - after.level(level).heightMm()) / h0;
            System.out.printf("DiurnalDiscTest: Botsford 1994 protocol %s loss predicted %.1f %%, measured (volume) %.1f %%%n",
                    level.label(), predicted, pct);
            assertThat(predicted).isBetween(pct / 6, pct * 6);
        });
    }

    private static double measured(String id) {
        return Wilke1999.measurements().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().idpMPa();
    }

    @Test
    void pressureDoesNotDependOnTheCalibratedCompliance() {
        DayResult a = DiurnalDisc.of(MODEL).simulate(DaySchedule.builtIn(), STEP_H);
        DayResult b = DiurnalDisc.of(MODEL).withCreepCompliancePerMPa(0.05).simulate(DaySchedule.builtIn(), STEP_H);
        assertThat(a.samples()).hasSameSizeAs(b.samples());
        for (int i = 0; i < a.samples().size(); i++) {
            for (SpinalLevel level : SpinalLevel.values()) {
                assertThat(a.samples().get(i).level(level).idpMPa())
                        .isCloseTo(b.samples().get(i).level(level).idpMPa(), within(1e-6));
            }
        }
    }

    /** {@code n} activities of {@code hours} each: standing, then lying for the second half. */
    private static DaySchedule evenSchedule(int n, double hours) {
        List<Activity> acts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PosturePreset p = i < n / 2 ? PosturePreset.STANDING_RELAXED : PosturePreset.LYING_SUPINE;
            acts.add(Activity.of("a" + i, p.posture(), hours));
        }
        return new DaySchedule(acts);
    }

    @Test
    void issue15_aScheduleOfExactly48HoursInFloatStepsIsAccepted() {
        assertThat(evenSchedule(480, 0.1).totalH()).isCloseTo(DaySchedule.MAX_TOTAL_H, within(1e-9));
        assertThat(evenSchedule(1000, 0.048).totalH()).isCloseTo(DaySchedule.MAX_TOTAL_H, within(1e-9));
        assertThatThrownBy(() -> evenSchedule(481, 0.1)).isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageStartingWith("total duration = 48.1 h");
        assertThatThrownBy(() -> evenSchedule(4, 12.0000005)).isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageStartingWith("total duration = 48.000002 h");
    }

    @Test
    void longStandingReachesTheStaticModelsPressure() {
        DaySchedule s = new DaySchedule(List.of(Activity.of("stand", PosturePreset.STANDING_RELAXED.posture(), 20),
                Activity.of("lie", PosturePreset.LYING_SUPINE.posture(), 4)));
        DayResult day = DiurnalDisc.of(MODEL).simulate(s, STEP_H);
        DaySample endOfStanding = day.samples().stream().filter(x -> x.activityIndex() == 0).reduce((x, y) -> y).orElseThrow();
        for (SpinalLevel level : SpinalLevel.values()) {
            double stat = org.lumbosim.Lumbosim.analyze(MODEL, PosturePreset.STANDING_RELAXED.posture(), List.of())
                    .level(level).idpMPa();
            assertThat(endOfStanding.level(level).idpMPa()).as(level.label()).isCloseTo(stat, within(2e-3));
        }
    }

    @Test
    void theNightPressureRisesAndTheHeightRecoversThroughoutTheNight() {
        DayResult day = DiurnalDisc.of(MODEL).simulate(DaySchedule.builtIn(), STEP_H);
        int night = day.schedule().nightStartIndex();
        double lastIdp = -1;
        double lastHeight = -1;
        for (DaySample s : day.samples()) {
            if (s.activityIndex() < night) {
                continue;
            }
            assertThat(s.level(SpinalLevel.L4_L5).idpMPa()).isGreaterThanOrEqualTo(lastIdp);
            assertThat(s.level(SpinalLevel.L4_L5).heightMm()).isGreaterThanOrEqualTo(lastHeight);
            lastIdp = s.level(SpinalLevel.L4_L5).idpMPa();
            lastHeight = s.level(SpinalLevel.L4_L5).heightMm();
        }
    }

    static Stream<Long> randomDays() {
        SplittableRandom r = new SplittableRandom(SEED);
        return IntStream.range(0, 40).mapToObj(i -> r.nextLong());
    }

    /** A random day: 1-6 daytime activities of 0.25-6 h, then 4-10 h lying. */
    private static DaySchedule randomDay(SplittableRandom r, double extraKg) {
        List<Activity> acts = new ArrayList<>();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            PosturePreset p = DAY_PRESETS.get(r.nextInt(DAY_PRESETS.size()));
            double kg = r.nextDouble() * 5;
            acts.add(new Activity("a" + i, p.posture(), List.of(HandLoad.ofMassKg(kg + extraKg)), 0.25 + r.nextDouble() * 5.75));
        }
        acts.add(Activity.of("night", PosturePreset.LYING_SUPINE.posture(), 4 + r.nextDouble() * 6));
        return new DaySchedule(acts);
    }

    /**
     * Physics over random days: pressures non-negative and finite, heights between zero and full,
     * the day periodic, and a day whose every activity compresses a disc at least as much never
     * leaves that disc taller at night (the equations are monotone in the pressure). More load in
     * the hands is not always more compression: where the posture's ligaments and disc resist more
     * than gravity's moment (flexed sitting), a load in front relieves the flexors that hold the
     * prescribed posture (docs/passive-tissues.md), so the comparison is made where the premise holds.
     */
    @ParameterizedTest
    @MethodSource("randomDays")
    void randomDaysObeyThePhysics(long seed) {
        DaySchedule light = randomDay(new SplittableRandom(seed), 0);
        DaySchedule heavy = randomDay(new SplittableRandom(seed), 5);
        DayResult a = DiurnalDisc.of(MODEL).simulate(light, STEP_H);
        DayResult b = DiurnalDisc.of(MODEL).simulate(heavy, STEP_H);
        for (SpinalLevel level : SpinalLevel.values()) {
            double full = DiurnalDisc.fullHeightM(MODEL.subject(), level) * 1000;
            for (DaySample s : a.samples()) {
                DiscState d = s.level(level);
                assertThat(d.idpMPa()).isFinite().isGreaterThanOrEqualTo(0);
                assertThat(d.heightMm()).isGreaterThan(0).isLessThanOrEqualTo(full + 1e-12);
            }
            if (compressesAtLeastAsMuch(heavy, light, level)) {
                assertThat(b.level(level).heightAtNightStartMm())
                        .as("%s night height, heavier day (seed %s)", level.label(), seed)
                        .isLessThanOrEqualTo(a.level(level).heightAtNightStartMm() + 1e-9);
            }
        }
        // periodic: the state at the end of the day is the state at waking
        List<DaySample> s = a.samples();
        for (SpinalLevel level : SpinalLevel.values()) {
            assertThat(s.get(s.size() - 1).level(level).heightMm()).isCloseTo(s.get(0).level(level).heightMm(), within(1e-6));
        }
    }

    /** Whether every daytime activity of {@code heavy} compresses the disc at least as much as in {@code light}. */
    private static boolean compressesAtLeastAsMuch(DaySchedule heavy, DaySchedule light, SpinalLevel level) {
        for (int i = 0; i < heavy.nightStartIndex(); i++) {
            Activity h = heavy.activities().get(i);
            Activity l = light.activities().get(i);
            if (Lumbosim.analyze(MODEL, h.posture(), h.loads()).level(level).compressionN()
                    < Lumbosim.analyze(MODEL, l.posture(), l.loads()).level(level).compressionN()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void badSchedulesAreRejectedWithTheReason() {
        var lie = Activity.of("lie", PosturePreset.LYING_SUPINE.posture(), 8);
        var stand = Activity.of("stand", PosturePreset.STANDING_RELAXED.posture(), 16);
        assertThatThrownBy(() -> new DaySchedule(List.of(lie, stand))).hasMessageContaining("start at waking");
        assertThatThrownBy(() -> new DaySchedule(List.of(stand))).hasMessageContaining("no night");
        assertThatThrownBy(() -> new DaySchedule(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Activity.of("x", PosturePreset.STANDING_RELAXED.posture(), 0))
                .isInstanceOf(ParameterOutOfRangeException.class).hasMessageContaining("durationH");
        assertThatThrownBy(() -> new DaySchedule(List.of(stand, Activity.of("l", PosturePreset.LYING_SUPINE.posture(), 24),
                Activity.of("m", PosturePreset.LYING_SUPINE.posture(), 24))))
                .isInstanceOf(ParameterOutOfRangeException.class).hasMessageContaining("total duration");
        assertThatThrownBy(() -> DiurnalDisc.of(MODEL).simulate(DaySchedule.builtIn(), 0))
                .isInstanceOf(ParameterOutOfRangeException.class).hasMessageContaining("sampleStepH");
    }

    /**
     * Issue 15, item 2: ordinary schedules whose activity ends fall between sample times (ten 0.7 h
     * activities; 20 or 50 one-minute ones; 30 x 0.1 h) crashed inside the integrator, and two
     * activities of the documented minimum duration never became periodic. Each must simulate, be
     * periodic, and give finite pressures.
     */
    @ParameterizedTest
    @MethodSource("awkwardSchedules")
    void issue15_awkwardSchedulesSimulate(String name, DaySchedule schedule) {
        DayResult r = DiurnalDisc.of(MODEL).simulate(schedule, STEP_H);
        List<DaySample> s = r.samples();
        for (SpinalLevel level : SpinalLevel.values()) {
            for (DaySample x : s) {
                assertThat(x.level(level).idpMPa()).as(name).isFinite().isGreaterThanOrEqualTo(0);
            }
            assertThat(s.get(s.size() - 1).level(level).heightMm()).as(name)
                    .isCloseTo(s.get(0).level(level).heightMm(), within(1e-6));
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> awkwardSchedules() {
        var sit = PosturePreset.SITTING_UPRIGHT.posture();
        var stand = PosturePreset.STANDING_RELAXED.posture();
        var lie = PosturePreset.LYING_SUPINE.posture();
        List<Activity> tenAlternating = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tenAlternating.add(Activity.of("a" + i, i % 2 == 0 ? sit : stand, 0.7));
        }
        tenAlternating.add(Activity.of("night", lie, 8));
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("ten 0.7 h then 8 h lying", new DaySchedule(tenAlternating)),
                org.junit.jupiter.params.provider.Arguments.of("20 one-minute activities", minutes(20, 1.0 / 60)),
                org.junit.jupiter.params.provider.Arguments.of("50 one-minute activities", minutes(50, 1.0 / 60)),
                org.junit.jupiter.params.provider.Arguments.of("30 x 0.1 h", minutes(30, 0.1)),
                org.junit.jupiter.params.provider.Arguments.of("two of the minimum duration", new DaySchedule(List.of(
                        Activity.of("stand", stand, Activity.MIN_DURATION_H), Activity.of("lie", lie, Activity.MIN_DURATION_H)))));
    }

    /** {@code n} activities of {@code h} hours alternating standing and sitting, the last lying. */
    private static DaySchedule minutes(int n, double h) {
        List<Activity> a = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            a.add(Activity.of("a" + i, (i % 2 == 0 ? PosturePreset.STANDING_RELAXED : PosturePreset.SITTING_UPRIGHT).posture(), h));
        }
        a.add(Activity.of("night", PosturePreset.LYING_SUPINE.posture(), h));
        return new DaySchedule(a);
    }
}
