package org.lumbosim.disc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.ActivityFailedException;
import org.lumbosim.DiscStrainOutOfRangeException;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * The day model's unloaded pressure {@code pi0 - s e} falls linearly with the height strain and passes zero at
 * {@code pi0 / s}; it was held at zero there ({@code max(0, ...)}, found by the eleventh session's robustness
 * pass). That zero lies inside the saturating creep law's bound {@code c n pi0} for every compliance, so an
 * extreme day reaches it; such a day is now refused with a typed failure naming the activity, the level, the
 * strain and the range, and a day inside the range is computed exactly as before.
 */
class DiscStrainRangeTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final double PI0 = DiurnalDiscConstants.SWELLING_PRESSURE_MPA;
    private static final double STEP_H = 1.0 / 6;
    private static final long SEED = 20261207L;
    private static final Activity NIGHT = Activity.of("night", PosturePreset.LYING_SUPINE.posture(), 8);

    /**
     * The strain at which the unloaded pressure reaches zero, {@code pi0 / s}, from its definition: {@code s}
     * takes the unloaded pressure from {@code pi0} to the static model's at the equilibrium strain of relaxed
     * standing.
     */
    private static double zeroStrain(LumbarModel model, SpinalLevel level, double c) {
        AnalysisResult standing = Lumbosim.analyze(model, PosturePreset.STANDING_RELAXED.posture(), List.of());
        double standingStrain = DiurnalDisc.equilibriumStrain(standing.level(level).idpMPa(), c);
        return PI0 * standingStrain / (PI0 - model.tissueParameters().unloadedDiscPressureMPa());
    }

    /** A day that starts with half an hour of standing, then holds a mass standing, then lies for the night. */
    private static DaySchedule holding(double massKg, double hours) {
        return new DaySchedule(List.of(Activity.of("up", PosturePreset.STANDING_RELAXED.posture(), 0.5),
                new Activity("hold " + massKg + " kg", PosturePreset.STANDING_RELAXED.posture(),
                        List.of(HandLoad.ofMassKg(massKg)), hours), NIGHT));
    }

    @Test
    void theZeroOfTheUnloadedPressureLiesInsideTheCreepBoundForEveryCompliance() {
        // both strains scale with c: their ratio is the same for every allowed compliance, so the zero can
        // be reached and the check is not dead code
        for (double c : new double[] {DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA,
                DiurnalDisc.MAX_CREEP_COMPLIANCE_PER_MPA, 1e-3}) {
            for (SpinalLevel level : SpinalLevel.values()) {
                double ratio = zeroStrain(MODEL, level, c) / DiurnalDisc.largestStrain(c);
                if (c == DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA) {
                    System.out.printf("DiscStrainRangeTest: %s zero of the unloaded pressure at %.4f of the height, "
                            + "%.3f of the creep bound %.4f%n", level.label(), zeroStrain(MODEL, level, c), ratio,
                            DiurnalDisc.largestStrain(c));
                }
                assertThat(ratio).as("%s, c = %s", level, c).isPositive().isLessThan(1);
            }
        }
    }

    @Test
    void aDayPastTheRangeIsRefusedNamingTheActivityTheLevelTheStrainAndTheRange() {
        DaySchedule day = holding(180, 15.5);
        assertThatThrownBy(() -> DiurnalDisc.of(MODEL).simulate(day, STEP_H))
                .isInstanceOfSatisfying(ActivityFailedException.class, e -> {
                    assertThat(e.activityIndex()).isEqualTo(1);
                    assertThat(e.label()).isEqualTo("hold 180.0 kg");
                    assertThat(e.startH()).isEqualTo(0.5);
                    DiscStrainOutOfRangeException f = e.failure(DiscStrainOutOfRangeException.class).orElseThrow();
                    assertThat(f).isSameAs(e.getCause());
                    double zero = zeroStrain(MODEL, f.level(), DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA);
                    assertThat(f.maxStrain()).isCloseTo(zero, within(1e-12));
                    assertThat(f.strain()).isGreaterThan(f.maxStrain());
                    // found at the first sample past the bound: within one step at the fastest loss, e_max / tau_out
                    double fastest = DiurnalDisc.largestStrain(DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA)
                            / DiurnalDiscConstants.OUTFLOW_TIME_CONSTANT_H;
                    assertThat(f.strain() - f.maxStrain()).isLessThan(fastest * STEP_H);
                    assertThat(f.timeH()).isBetween(0.5, 16.0);
                    assertThat(e.getMessage()).startsWith("activity 2 (\"hold 180.0 kg\", from 0.50 h): "
                            + f.level().label() + " disc height strain = " + f.strain() + " (by ")
                            .contains("is outside the diurnal model's valid range [0.0, ");
                });
    }

    @Test
    void aDayInsideTheRangeIsComputedAsBeforeTheRefusal() {
        DayResult day = DiurnalDisc.of(MODEL).simulate(holding(140, 15.5), STEP_H);
        // every sample's unloaded part (pressure less the mechanical 1.5 F / A) stayed above zero, so the former
        // max(0, ...) never acted and the numbers are those it gave
        for (DaySample s : day.samples()) {
            for (DiscState d : s.levels()) {
                assertThat(d.idpMPa() - MODEL.mechanicalDiscPressureMPa(d.level(), d.compressionN()))
                        .as("unloaded pressure, %s at %s h", d.level(), s.timeH()).isPositive();
            }
        }
        // measured with the max(0, ...) on main 346ca35 (the day held 140 kg for 16 h from waking: 0.03277975776248774);
        // re-measured after the twelfth session's model change (h12/passline: the erectors' passive tension along each
        // fascicle's path in the single-equivalent model, the unloaded pressure 0.0627 and the compliance 0.6837 re-derived)
        DayResult fromWaking = DiurnalDisc.of(MODEL).simulate(new DaySchedule(List.of(new Activity("hold",
                PosturePreset.STANDING_RELAXED.posture(), List.of(HandLoad.ofMassKg(140)), 16), NIGHT)), STEP_H);
        assertThat(fromWaking.level(SpinalLevel.L4_L5).idpStartOfNightMPa()).isEqualTo(0.033000216561397136);
    }

    @Test
    void seededRandomDaysAreEitherComputedWithAPositiveUnloadedPressureOrRefusedPastTheBound() {
        SplittableRandom r = new SplittableRandom(SEED);
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            double massKg = Math.rint(r.nextDouble(100, 200));
            double hours = Math.rint(r.nextDouble(4, 15.5) * 4) / 4;
            try {
                DayResult day = DiurnalDisc.of(MODEL).simulate(holding(massKg, hours), STEP_H);
                for (DaySample s : day.samples()) {
                    for (DiscState d : s.levels()) {
                        assertThat(d.idpMPa() - MODEL.mechanicalDiscPressureMPa(d.level(), d.compressionN()))
                                .as("%s kg for %s h: unloaded pressure at %s, %s h", massKg, hours, d.level(), s.timeH())
                                .isPositive();
                    }
                }
            } catch (ActivityFailedException e) {
                DiscStrainOutOfRangeException f = e.failure(DiscStrainOutOfRangeException.class).orElseThrow();
                assertThat(f.strain()).as("%s kg for %s h", massKg, hours).isGreaterThan(f.maxStrain());
                assertThat(e.activityIndex()).isEqualTo(1);
                refused++;
            }
        }
        assertThat(refused).as("refused days among 8").isBetween(1, 7);
    }
}
