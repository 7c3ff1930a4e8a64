package org.lumbosim.disc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.lumbosim.ActivityFailedException;
import org.lumbosim.ActivityInputException;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.internal.Units;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
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
        Checks.given(model, "model", "a lumbar model is needed");
        return new DiurnalDisc(model, DiurnalDiscConstants.CREEP_COMPLIANCE_PER_MPA);
    }

    /**
     * @param creepCompliancePerMPa equilibrium height strain per MPa just above the swelling pressure (1/MPa), in
     *     [1e-9, {@link #MAX_CREEP_COMPLIANCE_PER_MPA}]
     * @return a copy with another creep compliance (for sensitivity studies and its calibration)
     */
    public DiurnalDisc withCreepCompliancePerMPa(double creepCompliancePerMPa) {
        Checks.inRange("creepCompliancePerMPa", creepCompliancePerMPa, 1e-9, MAX_CREEP_COMPLIANCE_PER_MPA, "1/MPa");
        return new DiurnalDisc(model, creepCompliancePerMPa);
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
     * @return pressure and height through the periodic day; a day in which a disc's unloaded pressure
     *     reaches zero ({@link #unloadedPressureMPa}, the tension-only law: the annulus goes slack) is
     *     computed and reported as extrapolated ({@link DayResult#extrapolated()}, {@link LevelDay#slackAnnulus()}),
     *     not refused
     * @throws ActivityFailedException if an activity cannot be solved by the static model: it names the
     *     activity and keeps the model's typed failure ({@link ActivityFailedException#failure(Class)}), such
     *     as an {@link org.lumbosim.InfeasibleRecruitmentException}
     * @throws ActivityInputException (an {@link IllegalArgumentException}) if the static model refuses an
     *     activity's posture and loads as bad input, such as a {@link org.lumbosim.LoadInRestingHandException}:
     *     it names the activity (number, label, start time) and keeps the refusal as its cause
     * @throws LumbosimException if relaxed standing does not load the discs above their swelling pressure
     */
    public DayResult simulate(DaySchedule schedule, double sampleStepH) {
        return simulate(schedule, sampleStepH, null);
    }

    /**
     * As {@link #simulate(DaySchedule, double)}, solving the activities in a given workspace (reused
     * when it fits the model, {@link LumbarModel#workspaceFrom}): the same result bit for bit, for
     * callers that simulate many days on one thread (the validation's Monte Carlo).
     *
     * @param schedule the day
     * @param sampleStepH time between samples (h), as in {@link #simulate(DaySchedule, double)}
     * @param ws a workspace, or {@code null} for a new one (modified: it holds the last solve afterwards)
     * @return pressure and height through the periodic day
     * @throws ActivityFailedException if an activity cannot be solved by the static model
     * @throws ActivityInputException if the static model refuses an activity's posture and loads as bad input
     * @throws LumbosimException if relaxed standing does not load the discs above their swelling pressure
     */
    public DayResult simulate(DaySchedule schedule, double sampleStepH, Workspace ws) {
        Checks.given(schedule, "schedule", "a day schedule is needed (e.g. DaySchedule.builtIn())");
        Checks.inRange("sampleStepH", sampleStepH, 1.0 / 3600, 1, "h");
        Statics statics = new Statics(model.workspaceFrom(ws));
        List<Activity> acts = schedule.activities();
        double[][] loadMPa = new double[acts.size()][LEVELS];
        double[][] compressionN = new double[acts.size()][LEVELS];
        double startH = 0;
        for (int i = 0; i < acts.size(); i++) {
            Activity a = acts.get(i);
            AnalysisResult r;
            try {
                r = statics.solve(a.posture(), a.loads());
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
        double[] standingStrain = standingEquilibriumStrains(statics);
        double[] slope = restraintSlopes(standingStrain);
        SlackWatch[] slack = new SlackWatch[LEVELS];
        Disc ode = new Disc(slope);
        FirstOrderIntegrator integrator = new DormandPrince54Integrator(1e-9, 1, 1e-14, 1e-10);
        for (int k = 0; k < LEVELS; k++) {
            slack[k] = new SlackWatch(k, DiurnalDiscConstants.SWELLING_PRESSURE_MPA / slope[k]);
            integrator.addEventHandler(slack[k], sampleStepH, TIME_RESOLUTION_H, SLACK_EVENT_MAX_ITERATIONS);
        }
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
            for (SlackWatch w : slack) {
                w.startDay(y);
            }
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
                    samples.add(sample(next, i, acts.get(i).label(), y, slope, loadMPa[i], compressionN[i]));
                }
                t = end;
            }
            for (SlackWatch w : slack) {
                w.endDay(t);
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
                        + org.lumbosim.RangeText.number(change) + ", allowed " + tolerance + ")");
            }
        }
        return new DayResult(schedule, samples, summarise(schedule, samples, standingStrain, slack), days);
    }

    private List<LevelDay> summarise(DaySchedule schedule, List<DaySample> samples, double[] standingStrain,
                                     SlackWatch[] slack) {
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
            int k = level.ordinal();
            double hw = waking.level(level).heightMm();
            double hn = nightStart.level(level).heightMm();
            // within an activity each disc's strain moves monotonically (one autonomous equation per disc),
            // so the day's largest strain is at a sample: every activity's start and end is one
            double largest = 0;
            for (DaySample s : samples) {
                largest = Math.max(largest, s.level(level).heightStrain());
            }
            SlackWatch w = slack[k];
            out.add(new LevelDay(level, nightStart.level(level).idpMPa(), nightEnd.level(level).idpMPa(), hw, hn, hw - hn,
                    largest, standingStrain[k], w.slackStrain,
                    w.reached ? Optional.of(new SlackAnnulus(w.firstH, w.hours)) : Optional.empty()));
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
                    h0 * strain[k], compression[k], strain[k], unloadedPressureMPa(strain[k], slope[k])));
        }
        return new DaySample(t, index, label, levels);
    }

    /**
     * Equilibrium height strain of each disc in relaxed standing: the unloaded-pressure law's second
     * calibration anchor, and so the end of its calibrated range (the first is full hydration, strain 0).
     */
    private double[] standingEquilibriumStrains(Statics statics) {
        AnalysisResult standing = statics.solve(PosturePreset.STANDING_RELAXED.posture(), List.of());
        double[] strain = new double[LEVELS];
        double pi0 = DiurnalDiscConstants.SWELLING_PRESSURE_MPA;
        for (SpinalLevel level : SpinalLevel.values()) {
            double p = standing.level(level).idpMPa();
            if (!(p > pi0)) {
                throw new LumbosimException(String.format(java.util.Locale.ROOT,
                        "relaxed standing loads the %s disc to %.3f MPa, not above the swelling pressure %.3f MPa: "
                                + "the diurnal model's unloaded pressure cannot be anchored for this subject",
                        level.label(), p, pi0));
            }
            strain[level.ordinal()] = equilibriumStrain(p, compliancePerMPa);
        }
        return strain;
    }

    /**
     * Slope of the unloaded pressure against strain (MPa per unit strain) for each disc: from the
     * swelling pressure at zero strain down to the daytime unloaded pressure at the equilibrium
     * strain of relaxed standing.
     */
    private double[] restraintSlopes(double[] standingStrain) {
        double[] slope = new double[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            slope[k] = (DiurnalDiscConstants.SWELLING_PRESSURE_MPA - model.tissueParameters().unloadedDiscPressureMPa())
                    / standingStrain[k];
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
     * ({@link #unloadedPressureMPa}) plus the mechanical part.
     */
    private static double pressureMPa(double strain, double slope, double mechanicalMPa) {
        return unloadedPressureMPa(strain, slope) + mechanicalMPa;
    }

    /**
     * The unloaded part of a disc's pressure at a height strain {@code e} (MPa): the law of a
     * <b>tension-only</b> annulus, {@code max(0, pi0 - s e)}.
     *
     * <p><b>Physics.</b> With no force on the disc, the nucleus's pressure is what the annulus fibres (and
     * endplates) exert on it at its current volume: the swollen nucleus stretches the annulus, whose
     * tension confines it. The confinement is elastic, so near the anchors it falls linearly as the
     * nucleus loses fluid and stretches the annulus less. Collagen fibres carry tension only: where the
     * shrunken nucleus no longer stretches them they go slack, and the confinement is zero, never a pull.
     * The swelling-disc models say the same: FEBio's Donnan osmotic material (febiosoftware/FEBio,
     * {@code FEDonnanEquilibrium.cpp}, MIT licence; read as code) is unstable alone and must be combined
     * with a solid that resists tension, and Schroeder Y, Wilson W, Huyghe JM, Baaijens FPT (2006),
     * "Osmoviscoelastic finite element model of the intervertebral disc", Eur Spine J 15(Suppl 3):S361-S371
     * (abstract), find the osmotic forces held by tensile hoop stresses in the annulus; the unloaded model
     * disc equilibrates at about 0.2 MPa.
     *
     * <p><b>Calibration anchors</b> (the slope {@code s}, per disc): the swelling pressure at full
     * hydration, {@code pi0} = {@link DiurnalDiscConstants#SWELLING_PRESSURE_MPA} at {@code e = 0} (Urban &amp;
     * McMullin 1988), and the static model's unloaded pressure
     * {@link org.lumbosim.model.TissueConstants#UNLOADED_DISC_PRESSURE_MPA} at the equilibrium strain of
     * relaxed standing ({@link LevelDay#calibratedMaxStrain()}). Between them the law is calibrated.
     *
     * <p><b>Extrapolated:</b> beyond relaxed standing's strain the straight line continues, and its zero,
     * {@code pi0 / s} ({@link LevelDay#slackStrain()}, 1.6 times relaxed standing's strain), is where
     * this law puts the annulus's slack; no source measures the unloaded pressure beyond relaxed standing's
     * strain (docs/research/unloaded-pressure-law.md), so the zero's position is as much an extrapolation
     * as the line before it. A day that reaches it is computed and reported
     * ({@link LevelDay#slackAnnulus()}, {@link DayResult#extrapolated()}), not refused.
     *
     * @param strain the height strain
     * @param slope the disc's slope {@code s} (MPa per unit strain)
     * @return the unloaded part (MPa), at least 0
     */
    static double unloadedPressureMPa(double strain, double slope) {
        return Math.max(0, DiurnalDiscConstants.SWELLING_PRESSURE_MPA - slope * strain);
    }

    /**
     * The static solves of one simulation, in one workspace: each posture and list of loads is solved once
     * ({@link Lumbosim#analyze(LumbarModel, Posture, List, Workspace)}, started cold, so bit for bit a solve in
     * a new workspace) and its result reused by every activity that repeats it (the built-in day has six
     * distinct tasks among its twelve activities and relaxed standing) and by relaxed standing's anchor.
     */
    private final class Statics {
        private final Workspace ws;
        private final Map<List<Object>, AnalysisResult> solved = new HashMap<>();

        Statics(Workspace ws) {
            this.ws = ws;
        }

        AnalysisResult solve(Posture posture, List<? extends ExternalLoad> loads) {
            // records and lists compare by value: an equal key is the same task, solved to the same bits
            List<Object> key = List.of(posture, loads);
            AnalysisResult r = solved.get(key);
            if (r == null) {
                r = Lumbosim.analyze(model, posture, loads, ws);
                solved.put(key, r);
            }
            return r;
        }
    }

    /** Iterations allowed to locate the time at which a disc's annulus goes slack or taut again. */
    private static final int SLACK_EVENT_MAX_ITERATIONS = 100;

    /**
     * Finds, through the integrator's event location, when one disc's strain crosses its slack strain
     * {@code pi0 / s} (where the unloaded part reaches zero), and adds up the hours spent at or beyond it in
     * the current repetition of the schedule. Within one integration each disc's strain is monotone, so a
     * crossing is never missed.
     */
    private static final class SlackWatch implements EventHandler {
        private final int level;
        private final double slackStrain;
        private boolean slack;
        private boolean reached;
        private double sinceH;
        private double firstH;
        private double hours;

        SlackWatch(int level, double slackStrain) {
            this.level = level;
            this.slackStrain = slackStrain;
        }

        /** Starts a repetition at waking, with the discs' strains {@code y}. */
        void startDay(double[] y) {
            slack = y[level] >= slackStrain;
            reached = slack;
            sinceH = 0;
            firstH = 0;
            hours = 0;
        }

        /** Ends a repetition at {@code endH}. */
        void endDay(double endH) {
            if (slack) {
                hours += endH - sinceH;
                sinceH = endH;
            }
        }

        @Override
        public void init(double t0, double[] y0, double t) {
        }

        @Override
        public double g(double t, double[] y) {
            return y[level] - slackStrain;
        }

        @Override
        public Action eventOccurred(double t, double[] y, boolean increasing) {
            if (increasing && !slack) {
                slack = true;
                sinceH = t;
                if (!reached) {
                    reached = true;
                    firstH = t;
                }
            } else if (!increasing && slack) {
                slack = false;
                hours += t - sinceH;
            }
            return Action.CONTINUE;
        }

        @Override
        public void resetState(double t, double[] y) {
        }
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
