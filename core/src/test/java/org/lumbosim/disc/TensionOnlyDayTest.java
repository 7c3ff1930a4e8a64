package org.lumbosim.disc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * The day model's unloaded pressure follows the tension-only law {@code max(0, pi0 - s e)} (twelfth session):
 * a day whose disc strain passes the line's zero {@code pi0 / s} is computed, not refused (eleventh session:
 * {@code DiscStrainOutOfRangeException}, exit 3), and reported as extrapolated per level
 * ({@link LevelDay#slackAnnulus()}) and for the day ({@link DayResult#extrapolated()}). The three heavy days
 * the refusal stopped are checked against the independent RK4 replica of docs/research/unloaded-pressure-law.md
 * (section 4, "linear, tension-only" column), the built-in day against its numbers to the last digit.
 */
class TensionOnlyDayTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final double PI0 = DiurnalDiscConstants.SWELLING_PRESSURE_MPA;
    private static final double C = DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA;
    private static final double STEP_H = 1.0 / 6;
    private static final Activity NIGHT = Activity.of("night", PosturePreset.LYING_SUPINE.posture(), 8);
    /**
     * Agreement asked of the heavy days' pressures (MPa) and height losses (mm): half a unit of the last digit
     * printed (4 decimals, 3 for millimetres). Until h12/passline these were the replica's numbers, compared within
     * 2e-4 MPa and 2e-3 mm (it printed 4 digits, RK4 at 5 s); re-measured as this model's own anchors they were left
     * at that width, which the passive-path change itself (+0.0002 MPa) would have passed unseen.
     */
    private static final double REPLICA_MPA = 5e-5;
    private static final double REPLICA_MM = 5e-4;

    /** Relaxed standing's equilibrium strain, the law's second anchor, from its definition. */
    private static double standingStrain(LumbarModel model, SpinalLevel level, double c) {
        AnalysisResult standing = Lumbosim.analyze(model, PosturePreset.STANDING_RELAXED.posture(), List.of());
        return DiurnalDisc.equilibriumStrain(standing.level(level).idpMPa(), c);
    }

    /** The strain at which the unloaded pressure reaches zero, {@code pi0 / s}, from the two anchors. */
    private static double zeroStrain(LumbarModel model, SpinalLevel level, double c) {
        return PI0 * standingStrain(model, level, c) / (PI0 - model.tissueParameters().unloadedDiscPressureMPa());
    }

    /** The 1.65 m woman of README's schedule example, bent forward with 20 kg for 8 h (refused before). */
    static DaySchedule womansDay() {
        return new DaySchedule(List.of(
                new Activity("warehouse shift", PosturePreset.STANDING_FLEXED.posture(), List.of(HandLoad.ofMassKg(20)), 8),
                Activity.of("evening", PosturePreset.SITTING_UPRIGHT.posture(), 8),
                Activity.of("night", PosturePreset.LYING_SIDE.posture(), 8)));
    }

    static final Subject WOMAN = new Subject(Sex.FEMALE, 1.65, 60, Subject.defaultSubject().ageYears());

    /** A mass held standing for 16 h from waking, then the night. */
    static DaySchedule held(double kg) {
        return new DaySchedule(List.of(new Activity("hold", PosturePreset.STANDING_RELAXED.posture(),
                List.of(HandLoad.ofMassKg(kg)), 16), NIGHT));
    }

    /** {@code CompareWorkDays.warehouseDay(35, 0)}: the built-in day with its 7.5 h at a desk spent carrying 35 kg. */
    static DaySchedule warehouse35() {
        List<Activity> office = DaySchedule.builtIn().activities();
        List<Activity> day = new ArrayList<>(office.subList(0, 3));
        day.add(new Activity("carrying", PosturePreset.HOLD_CLOSE.posture(), List.of(HandLoad.ofMassKg(35)), 7.5));
        day.addAll(office.subList(4, 6));
        day.addAll(office.subList(7, office.size()));
        return new DaySchedule(day);
    }

    @Test
    void theLawIsTheLineBetweenItsAnchorsAndZeroBeyondItsZeroNeverNegative() {
        double p0 = MODEL.tissueParameters().unloadedDiscPressureMPa();
        double es = standingStrain(MODEL, SpinalLevel.L4_L5, C);
        double s = (PI0 - p0) / es;
        assertThat(DiurnalDisc.unloadedPressureMPa(0, s)).isEqualTo(PI0);
        assertThat(DiurnalDisc.unloadedPressureMPa(es, s)).isCloseTo(p0, within(1e-15));
        assertThat(DiurnalDisc.unloadedPressureMPa(0.5 * es, s)).isCloseTo(0.5 * (PI0 + p0), within(1e-15));
        assertThat(DiurnalDisc.unloadedPressureMPa(PI0 / s * (1 - 1e-9), s)).isPositive();
        for (double beyond : new double[] {1, 1 + 1e-9, 1.01, 1.5, 10}) {
            assertThat(DiurnalDisc.unloadedPressureMPa(PI0 / s * beyond, s)).as("%s x the zero", beyond).isZero();
        }
    }

    @Test
    void theZeroLiesInsideTheCreepBoundForEveryComplianceSoTheSlackRangeIsReachable() {
        // both strains scale with c: their ratio is the same for every allowed compliance
        for (double c : new double[] {C, DiurnalDisc.MAX_CREEP_COMPLIANCE_PER_MPA, 1e-3}) {
            for (SpinalLevel level : SpinalLevel.values()) {
                double ratio = zeroStrain(MODEL, level, c) / DiurnalDisc.largestStrain(c);
                if (c == C) {
                    System.out.printf("TensionOnlyDayTest: %s calibrated to strain %.4f, zero of the unloaded pressure "
                                    + "at %.4f (%.3f x), %.3f of the creep bound %.4f%n", level.label(),
                            standingStrain(MODEL, level, c), zeroStrain(MODEL, level, c),
                            zeroStrain(MODEL, level, c) / standingStrain(MODEL, level, c), ratio, DiurnalDisc.largestStrain(c));
                }
                assertThat(ratio).as("%s, c = %s", level, c).isPositive().isLessThan(1);
            }
        }
    }

    @Test
    void theBuiltInDayIsUnchangedToTheLastDigitAndNotExtrapolated() {
        DayResult day = DiurnalDisc.of(MODEL).simulate(DaySchedule.builtIn(), STEP_H);
        LevelDay l = day.level(SpinalLevel.L4_L5);
        // ./lumbosim day with the plain line (h12/passline's measurement, which the tension-only law leaves
        // unchanged; 0.08959328503888336, 0.17247881249425306, 0.957989280840664 on main 90d0a0a before both;
        // 0.08978086294650692, 0.17242956489396505, 0.9580106693192576 before h13/neutral's deviation stiffness
        // through neutral, which moved relaxed standing, the calibration's end)
        assertThat(l.idpStartOfNightMPa()).isEqualTo(0.08978750579379693);
        assertThat(l.idpEndOfNightMPa()).isEqualTo(0.1724305570783618);
        assertThat(l.dailyHeightLossMm()).isEqualTo(0.9580262769111059);
        assertThat(day.extrapolated()).isFalse();
        assertThat(day.extrapolationNotes()).isEmpty();
        for (SpinalLevel level : SpinalLevel.values()) {
            LevelDay d = day.level(level);
            assertThat(d.slackAnnulus()).as(level.label()).isEmpty();
            assertThat(d.calibratedMaxStrain()).isCloseTo(standingStrain(MODEL, level, C), within(1e-15));
            assertThat(d.slackStrain()).isCloseTo(zeroStrain(MODEL, level, C), within(1e-15));
            assertThat(d.largestStrain()).isLessThan(d.slackStrain());
            // the office day itself runs a little past relaxed standing's strain (on the line's extrapolation)
            System.out.printf("TensionOnlyDayTest: built-in day %s largest strain %.4f = %.3f x the calibrated end "
                    + "%.4f, %.3f x the zero%n", level.label(), d.largestStrain(), d.largestStrain() / d.calibratedMaxStrain(),
                    d.calibratedMaxStrain(), d.largestStrain() / d.slackStrain());
        }
    }

    @Test
    void aHeavyDayInsideTheLinesRangeIsComputedAsBefore() {
        // 140 kg held standing for 16 h never reaches the zero; 0.03277975776248774 measured on main 346ca35
        // (max(0, ...) then), 0.033000216561397136 since h12/passline's model change (p0 0.0625 -> 0.0627),
        // 0.03301296751903511 since h13/neutral's (relaxed standing moved)
        DayResult day = DiurnalDisc.of(MODEL).simulate(held(140), STEP_H);
        assertThat(day.level(SpinalLevel.L4_L5).idpStartOfNightMPa()).isEqualTo(0.03301296751903511);
        assertThat(day.extrapolated()).isFalse();
    }

    /** One refused day: computed, its slack levels as expected, its numbers the replica's, its report consistent. */
    private static DayResult checkHeavyDay(String name, LumbarModel model, DaySchedule schedule, Set<SpinalLevel> slack,
                                           double nightStartMPa, double nightEndMPa, double lossMm) {
        DayResult day = DiurnalDisc.of(model).simulate(schedule, STEP_H);
        LevelDay l45 = day.level(SpinalLevel.L4_L5);
        System.out.printf("TensionOnlyDayTest: %s: L4-L5 night %.4f -> %.4f MPa, loss %.3f mm; %s%n", name,
                l45.idpStartOfNightMPa(), l45.idpEndOfNightMPa(), l45.dailyHeightLossMm(), day.extrapolationNotes());
        assertThat(l45.idpStartOfNightMPa()).as(name).isCloseTo(nightStartMPa, within(REPLICA_MPA));
        assertThat(l45.idpEndOfNightMPa()).as(name).isCloseTo(nightEndMPa, within(REPLICA_MPA));
        assertThat(l45.dailyHeightLossMm()).as(name).isCloseTo(lossMm, within(REPLICA_MM));
        assertThat(day.extrapolated()).as(name).isTrue();
        Set<SpinalLevel> reported = EnumSet.noneOf(SpinalLevel.class);
        for (LevelDay d : day.levels()) {
            d.slackAnnulus().ifPresent(s -> reported.add(d.level()));
            assertThat(d.slackAnnulus().isPresent()).as("%s %s", name, d.level())
                    .isEqualTo(d.largestStrain() >= d.slackStrain());
            assertThat(d.largestStrain()).isLessThan(DiurnalDisc.largestStrain(C));
        }
        assertThat(reported).as(name).isEqualTo(slack);
        assertThat(day.extrapolationNotes()).hasSize(slack.size());
        return day;
    }

    @Test
    void theThreeDaysTheRefusalStoppedAreComputedWithTheReplicasNumbersAndReportTheirSlackAnnulus() {
        // The replica (docs/research/unloaded-pressure-law.md, section 4) gave 0.0801 / 0.1711 / 1.052 (slack L3-L4,
        // L2-L3), 0.0885 / 0.1751 / 0.889 (L2-L3 to L4-L5) and, for 150 kg held, 0.0309 / 0.1628 / 1.524 (L3-L4),
        // which this law matched to those digits on the model of main 90d0a0a. h12/passline then moved every
        // pressure by +0.0002 MPa (p0 0.0625 -> 0.0627) and the slack strains with it, so the expected values below
        // are this model's, re-measured, and 150 kg no longer reaches the zero (160 kg does): regression anchors,
        // the replica's agreement being the check made once. h13/neutral moved the woman's night start to
        // 0.08876 MPa (from within 5e-5 of 0.0887; relaxed standing moved), re-measured as 0.0888.
        DayResult warehouse = checkHeavyDay("35 kg carried 7.5 h", MODEL, warehouse35(),
                EnumSet.of(SpinalLevel.L3_L4, SpinalLevel.L2_L3), 0.0803, 0.1711, 1.052);
        checkHeavyDay("1.65 m woman, 20 kg bent forward 8 h", LumbarModel.of(WOMAN), womansDay(),
                EnumSet.of(SpinalLevel.L4_L5, SpinalLevel.L3_L4, SpinalLevel.L2_L3), 0.0888, 0.1751, 0.889);
        DayResult held = checkHeavyDay("160 kg held 16 h", MODEL, held(160), EnumSet.of(SpinalLevel.L3_L4),
                0.0295, 0.1624, 1.541);
        // one slack spell, from within the loaded activity to just after it: lying, the strain falls back below the
        // zero within minutes (it passed it by 0.1 %; recovery time constant 4.72 h)
        SlackAnnulus s = held.level(SpinalLevel.L3_L4).slackAnnulus().orElseThrow();
        assertThat(s.firstH()).isBetween(0.0, 16.0);
        assertThat(s.firstH() + s.hours()).isBetween(16.0, 16.0 + STEP_H);
        SlackAnnulus w = warehouse.level(SpinalLevel.L3_L4).slackAnnulus().orElseThrow();
        double carryStart = 0;
        for (Activity a : warehouse35().activities().subList(0, 3)) {
            carryStart += a.durationH();
        }
        assertThat(w.firstH()).isBetween(carryStart, carryStart + 7.5);
        assertThat(w.firstH() + w.hours()).isBetween(carryStart + 7.5, carryStart + 7.5 + STEP_H);
        assertThat(warehouse.extrapolationNotes().get(0)).isEqualTo(String.format(java.util.Locale.ROOT,
                "L3-L4 unloaded pressure zero (annulus slack, tension-only law) from %.2f h for %.2f h of the day: "
                        + "largest height strain %.4f, beyond the calibrated range [0, %.4f] (full hydration to relaxed "
                        + "standing's equilibrium) and the slack strain %.4f; extrapolated", w.firstH(), w.hours(),
                warehouse.level(SpinalLevel.L3_L4).largestStrain(), warehouse.level(SpinalLevel.L3_L4).calibratedMaxStrain(),
                warehouse.level(SpinalLevel.L3_L4).slackStrain()));
    }

    @Test
    void theSlackHoursAgreeWithTheSamplesAndTheUnloadedPartIsZeroExactlyThere() {
        DayResult day = DiurnalDisc.of(MODEL).simulate(held(180), 1.0 / 60);
        for (LevelDay d : day.levels()) {
            double surely = 0;
            double perhaps = 0;
            List<DaySample> samples = day.samples();
            for (int i = 1; i < samples.size(); i++) {
                DiscState a = samples.get(i - 1).level(d.level());
                DiscState b = samples.get(i).level(d.level());
                double dt = samples.get(i).timeH() - samples.get(i - 1).timeH();
                boolean slackA = a.heightStrain() >= d.slackStrain();
                boolean slackB = b.heightStrain() >= d.slackStrain();
                surely += slackA && slackB ? dt : 0;
                perhaps += slackA || slackB ? dt : 0;
            }
            for (DaySample x : samples) {
                DiscState s = x.level(d.level());
                assertThat(s.unloadedIdpMPa() == 0).as("%s at %s h", d.level(), x.timeH())
                        .isEqualTo(s.heightStrain() >= d.slackStrain() * (1 - 1e-12));
                assertThat(s.idpMPa()).isEqualTo(s.unloadedIdpMPa() + MODEL.mechanicalDiscPressureMPa(d.level(),
                        s.compressionN()));
            }
            double hours = d.slackAnnulus().map(SlackAnnulus::hours).orElse(0.0);
            System.out.printf("TensionOnlyDayTest: 180 kg, %s slack %s (samples: %.4f-%.4f h)%n", d.level().label(),
                    d.slackAnnulus(), surely, perhaps);
            assertThat(hours).as(d.level().label()).isBetween(surely, perhaps);
        }
        assertThat(day.level(SpinalLevel.L3_L4).slackAnnulus()).isPresent();
    }

    @Test
    void aLevelDayWithoutItsSlackAnnulusIsRefusedByName() {
        assertThatThrownBy(() -> new LevelDay(SpinalLevel.L4_L5, 0.1, 0.2, 13, 12, 1, 0.07, 0.08, 0.13, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("slackAnnulus is null");
        assertThat(new LevelDay(SpinalLevel.L4_L5, 0.1, 0.2, 13, 12, 1, 0.07, 0.08, 0.13, Optional.empty())
                .slackAnnulus()).isEmpty();
    }
}
