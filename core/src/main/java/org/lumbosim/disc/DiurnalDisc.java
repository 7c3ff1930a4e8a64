package org.lumbosim.disc;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.lumbosim.ActivityFailedException;
import org.lumbosim.ActivityInputException;
import org.lumbosim.DiscStrainOutOfRangeException;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.internal.Units;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * Disc height and intradiscal pressure through a day: the static model gives each activity's disc
 * compression, and an ordinary differential equation per disc (integrated with Commons Math's
 * Dormand-Prince 5(4) method) lets the disc lose fluid under load and regain it when lying. The
 * equations and constants are in {@link DiurnalDiscConstants}. Immutable and thread-safe.
 *
 * <p>The schedule is repeated, starting from fully hydrated discs at the first waking, until the
 * state at waking repeats to a strain of 1e-9 (a periodic day); the result is that last day.
 */
public final class DiurnalDisc {
    private static final int LEVELS = SpinalLevel.values().length;
    /**
     * Longest time simulated while waiting for a periodic day (h): 200 days of 24 h, however short
     * one repetition of the schedule is.
     */
    private static final double MAX_SIMULATED_H = 200 * 24;
    /** Change of the state at waking, per 24 h of schedule, below which the day is periodic (strain). */
    private static final double PERIODIC_TOLERANCE_PER_DAY = 1e-9;
    /** Length of a day that {@link #PERIODIC_TOLERANCE_PER_DAY} refers to (h). */
    private static final double HOURS_PER_DAY = 24;
    /**
     * Shortest interval integrated (h, 3.6 us): a sample time closer than this to the previous one
     * or to the end of the activity is merged with it, because the integrator rejects intervals near
     * the round-off of the time (Commons Math: 1,000 ulps).
     */
    private static final double TIME_RESOLUTION_H = 1e-9;

    /**
     * Largest creep compliance (1/MPa): the one whose bound on the equilibrium loss, {@code c n pi0},
     * equals the nucleus's water share {@link DiurnalDiscConstants#NUCLEUS_WATER_FRACTION_LOW} (2.69).
     */
    public static final double MAX_CREEP_COMPLIANCE_PER_MPA = DiurnalDiscConstants.NUCLEUS_WATER_FRACTION_LOW
            / (DiurnalDiscConstants.SWELLING_PRESSURE_STRETCH_EXPONENT * DiurnalDiscConstants.SWELLING_PRESSURE_MPA);

    private final LumbarModel model;
    private final double compliancePerMPa;

    private DiurnalDisc(LumbarModel model, double compliancePerMPa) {
        this.model = model;
        this.compliancePerMPa = compliancePerMPa;
    }

    /**
     * @param model the static model that gives each activity's compression (its subject sets the
     *     disc sizes)
     * @return the diurnal model with the published constants
     */
    public static DiurnalDisc of(LumbarModel model) {
        if (model == null) {
            throw new IllegalArgumentException("a lumbar model is needed");
        }
        return new DiurnalDisc(model, DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA);
    }

    /**
     * @param c equilibrium height strain per MPa just above the swelling pressure (1/MPa), in (0,
     *     {@link #MAX_CREEP_COMPLIANCE_PER_MPA}]
     * @return a copy with another creep compliance (for sensitivity studies and its calibration)
     */
    public DiurnalDisc withCreepCompliancePerMPa(double c) {
        Checks.inRange("creepCompliancePerMPa", c, 1e-9, MAX_CREEP_COMPLIANCE_PER_MPA, "1/MPa");
        return new DiurnalDisc(model, c);
    }

    /** @return the creep compliance in use (1/MPa) */
    public double creepCompliancePerMPa() {
        return compliancePerMPa;
    }

    /**
     * Height of a disc at full hydration (m): the MRI middle height, scaled with stature.
     *
     * @param subject the person
     * @param level the disc
     * @return the height (m)
     */
    public static double fullHeightM(Subject subject, SpinalLevel level) {
        Checks.given(subject, "subject", "a subject is needed");
        Checks.given(level, "level", "a level is needed");
        double h = level == SpinalLevel.L5_S1 ? DiurnalDiscConstants.DISC_HEIGHT_L5_S1_M
                : DiurnalDiscConstants.DISC_HEIGHT_L4_L5_M;
        return h * subject.statureM() / TissueConstants.DISC_COHORT_STATURE_M;
    }

    /**
     * Simulates the schedule.
     *
     * @param schedule the day
     * @param sampleStepH time between samples (h), in [1/3600, 1]; samples are also taken at every
     *     activity's start and end
     * @return pressure and height through the periodic day
     * @throws ActivityFailedException if an activity cannot be solved by the static model: it names the
     *     activity and keeps the model's typed failure ({@link ActivityFailedException#failure(Class)}), such
     *     as an {@link org.lumbosim.InfeasibleRecruitmentException}
     * @throws ActivityInputException (an {@link IllegalArgumentException}) if the static model refuses an
     *     activity's posture and loads as bad input, such as a {@link org.lumbosim.LoadInRestingHandException}:
     *     it names the activity (number, label, start time) and keeps the refusal as its cause
     * @throws ActivityFailedException wrapping a {@link DiscStrainOutOfRangeException} if a disc's height strain
     *     passes {@code pi0 / s}, where the unloaded pressure {@code pi0 - s e} ({@link DiurnalDiscConstants})
     *     would fall below zero (such as 180 kg held standing for 16 h): the day is refused, not clamped. Within
     *     an activity each disc's strain moves monotonically (one autonomous equation per disc), and from fully
     *     hydrated discs each repetition of the schedule only raises the strains, so checking at every sample
     *     of every repetition finds exactly the days whose periodic day passes the bound
     * @throws LumbosimException if relaxed standing does not load the discs above their swelling pressure
     */
    public DayResult simulate(DaySchedule schedule, double sampleStepH) {
        Checks.given(schedule, "schedule", "a day schedule is needed (e.g. DaySchedule.builtIn())");
        Checks.inRange("sampleStepH", sampleStepH, 1.0 / 3600, 1, "h");
        List<Activity> acts = schedule.activities();
        double[][] loadMPa = new double[acts.size()][LEVELS];
        double[][] compressionN = new double[acts.size()][LEVELS];
        double startH = 0;
        for (int i = 0; i < acts.size(); i++) {
            Activity a = acts.get(i);
            AnalysisResult r;
            try {
                r = Lumbosim.analyze(model, a.posture(), a.loads());
            } catch (LumbosimException e) {
                throw new ActivityFailedException(i, a.label(), startH, e);
            } catch (IllegalArgumentException e) {
                throw new ActivityInputException(i, a.label(), startH, e);
            }
            startH += a.durationH();
            for (SpinalLevel level : SpinalLevel.values()) {
                double f = r.level(level).compressionN();
                compressionN[i][level.ordinal()] = f;
                loadMPa[i][level.ordinal()] = model.mechanicalDiscPressureMPa(level, f);
            }
        }
        double[] slope = restraintSlopes();
        double[] maxStrain = new double[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            maxStrain[k] = DiurnalDiscConstants.SWELLING_PRESSURE_MPA / slope[k];
        }
        Disc ode = new Disc(slope);
        FirstOrderIntegrator integrator = new DormandPrince54Integrator(1e-9, 1, 1e-14, 1e-10);
        double[] y = new double[LEVELS];
        List<DaySample> samples = new ArrayList<>();
        int days = 0;
        double totalH = schedule.totalH();
        // short schedules repeat more often, so each repetition must change the state less
        double tolerance = PERIODIC_TOLERANCE_PER_DAY * Math.min(1, totalH / HOURS_PER_DAY);
        int maxDays = (int) Math.ceil(MAX_SIMULATED_H / totalH);
        while (true) {
            days++;
            double[] atWaking = y.clone();
            samples.clear();
            double t = 0;
            for (int i = 0; i < acts.size(); i++) {
                ode.load = loadMPa[i];
                double end = t + acts.get(i).durationH();
                samples.add(sample(t, i, acts.get(i).label(), y, slope, loadMPa[i], compressionN[i]));
                double next = t;
                while (end - next > TIME_RESOLUTION_H) {
                    double target = Math.min(end, (Math.floor(next / sampleStepH + 1e-9) + 1) * sampleStepH);
                    if (target - next <= TIME_RESOLUTION_H) {
                        target = Math.min(end, target + sampleStepH);
                    }
                    if (end - target <= TIME_RESOLUTION_H) {
                        target = end;
                    }
                    integrator.integrate(ode, next, y, target, y);
                    next = target;
                    checkStrains(y, maxStrain, next, i, acts.get(i).label(), t);
                    samples.add(sample(next, i, acts.get(i).label(), y, slope, loadMPa[i], compressionN[i]));
                }
                t = end;
            }
            double change = 0;
            for (int k = 0; k < LEVELS; k++) {
                change = Math.max(change, Math.abs(y[k] - atWaking[k]));
            }
            if (change <= tolerance) {
                break;
            }
            if (days >= maxDays) {
                throw new LumbosimException("activities: the disc state did not become periodic within " + days
                        + " repetitions of the " + totalH + " h schedule (" + MAX_SIMULATED_H + " h simulated; change at waking "
                        + change + ", allowed " + tolerance + ")");
            }
        }
        return new DayResult(schedule, samples, summarise(schedule, samples), days);
    }

    /**
     * Refuses a state in which a disc's strain has passed the unloaded-pressure law's range; allocates
     * nothing unless it throws.
     */
    private static void checkStrains(double[] strain, double[] maxStrain, double timeH, int activity, String label,
                                     double startH) {
        for (int k = 0; k < LEVELS; k++) {
            if (!(strain[k] <= maxStrain[k])) {
                throw new ActivityFailedException(activity, label, startH,
                        new DiscStrainOutOfRangeException(SpinalLevel.values()[k], strain[k], maxStrain[k], timeH));
            }
        }
    }

    private List<LevelDay> summarise(DaySchedule schedule, List<DaySample> samples) {
        int first = schedule.nightStartIndex();
        int end = schedule.nightEndIndex();
        DaySample waking = samples.get(0);
        DaySample nightStart = null;
        DaySample nightEnd = null;
        for (DaySample s : samples) {
            if (s.activityIndex() >= first && s.activityIndex() < end) {
                if (nightStart == null) {
                    nightStart = s;
                }
                nightEnd = s;
            }
        }
        List<LevelDay> out = new ArrayList<>();
        for (SpinalLevel level : SpinalLevel.values()) {
            double hw = waking.level(level).heightMm();
            double hn = nightStart.level(level).heightMm();
            out.add(new LevelDay(level, nightStart.level(level).idpMPa(), nightEnd.level(level).idpMPa(), hw, hn, hw - hn));
        }
        return out;
    }

    private DaySample sample(double t, int index, String label, double[] strain, double[] slope,
                             double[] load, double[] compression) {
        List<DiscState> levels = new ArrayList<>(LEVELS);
        for (SpinalLevel level : SpinalLevel.values()) {
            int k = level.ordinal();
            double h0 = fullHeightM(model.subject(), level) * Units.MM_PER_M;
            levels.add(new DiscState(level, pressureMPa(strain[k], slope[k], load[k]), h0 * (1 - strain[k]),
                    h0 * strain[k], compression[k]));
        }
        return new DaySample(t, index, label, levels);
    }

    /**
     * Slope of the unloaded pressure against strain (MPa per unit strain) for each disc: from the
     * swelling pressure at zero strain down to the daytime unloaded pressure at the equilibrium
     * strain of relaxed standing.
     */
    private double[] restraintSlopes() {
        AnalysisResult standing = Lumbosim.analyze(model, PosturePreset.STANDING_RELAXED.posture(), List.of());
        double[] slope = new double[LEVELS];
        double pi0 = DiurnalDiscConstants.SWELLING_PRESSURE_MPA;
        for (SpinalLevel level : SpinalLevel.values()) {
            double p = standing.level(level).idpMPa();
            if (!(p > pi0)) {
                throw new LumbosimException(String.format(java.util.Locale.ROOT,
                        "relaxed standing loads the %s disc to %.3f MPa, not above the swelling pressure %.3f MPa: "
                                + "the diurnal model's unloaded pressure cannot be anchored for this subject",
                        level.label(), p, pi0));
            }
            double strainStanding = equilibriumStrain(p, compliancePerMPa);
            slope[level.ordinal()] = (pi0 - model.tissueParameters().unloadedDiscPressureMPa()) / strainStanding;
        }
        return slope;
    }

    /**
     * Height strain at which the nucleus's swelling pressure, rising as fluid leaves, equals the
     * pressure (the fluid-loss equilibrium; {@link DiurnalDiscConstants}): zero at or below the
     * swelling pressure at full hydration, rising with the pressure and bounded by
     * {@code c n pi0}, which it approaches only as the pressure grows without bound.
     *
     * @param pressureMPa the nucleus pressure (MPa)
     * @param compliancePerMPa strain per MPa just above the swelling pressure (1/MPa)
     * @return the equilibrium height strain
     */
    static double equilibriumStrain(double pressureMPa, double compliancePerMPa) {
        double pi0 = DiurnalDiscConstants.SWELLING_PRESSURE_MPA;
        if (!(pressureMPa > pi0)) {
            return 0;
        }
        double n = DiurnalDiscConstants.SWELLING_PRESSURE_STRETCH_EXPONENT;
        return largestStrain(compliancePerMPa) * (1 - Math.pow(pi0 / pressureMPa, 1 / n));
    }

    /**
     * The bound of {@link #equilibriumStrain}: the height strain at which the swelling pressure
     * would grow without bound, {@code c n pi0}.
     *
     * @param compliancePerMPa strain per MPa just above the swelling pressure (1/MPa)
     * @return the bound (strain)
     */
    static double largestStrain(double compliancePerMPa) {
        return compliancePerMPa * DiurnalDiscConstants.SWELLING_PRESSURE_STRETCH_EXPONENT
                * DiurnalDiscConstants.SWELLING_PRESSURE_MPA;
    }

    /**
     * Pressure of a disc at a strain, under a mechanical pressure {@code 1.5 F / A} (MPa): the unloaded part
     * {@code pi0 - s e} is not held at zero; {@link #simulate} refuses a day whose strain passes {@code pi0 / s}.
     */
    private static double pressureMPa(double strain, double slope, double mechanicalMPa) {
        return DiurnalDiscConstants.SWELLING_PRESSURE_MPA - slope * strain + mechanicalMPa;
    }

    /** The disc equations; the activity's mechanical pressures are set before each integration. */
    private final class Disc implements FirstOrderDifferentialEquations {
        private final double[] slope;
        private double[] load;

        Disc(double[] slope) {
            this.slope = slope;
        }

        @Override
        public int getDimension() {
            return LEVELS;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            for (int k = 0; k < LEVELS; k++) {
                double p = pressureMPa(y[k], slope[k], load[k]);
                double equilibrium = equilibriumStrain(p, compliancePerMPa);
                double tau = equilibrium > y[k] ? DiurnalDiscConstants.OUTFLOW_TIME_CONSTANT_H
                        : DiurnalDiscConstants.INFLOW_TIME_CONSTANT_H;
                yDot[k] = (equilibrium - y[k]) / tau;
            }
        }
    }
}
