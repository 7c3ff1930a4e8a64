package org.lumbosim.population;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.ArrayList;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.lumbosim.LumbosimException;
import org.lumbosim.RangeText;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.reference.DortmundRecommendations2001;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * Monte Carlo over a population: one task solved for {@code n} simulated people.
 *
 * <p>Person {@code i} is drawn from a random generator seeded by the study's seed and the index of
 * the block of {@value #BLOCK} people that contains {@code i}, so the result depends on the seed
 * and {@code n} only, never on the number of threads. Sex is drawn with the population's share of
 * men; stature and ln(body mass) from a correlated normal pair; age uniformly. Draws outside the
 * model's accepted subject ranges are redrawn (the distribution is truncated to those ranges,
 * which removes well under 0.1 % of draws for adult populations). Tissue constants named by the
 * study's {@link ConstantVariation} are drawn for each person from a second stream of the block, so
 * the same seed gives the same people with or without variation (paired comparisons). Each block's
 * recruitment starts cold, so results are bitwise the same whatever the number of threads.
 *
 * @param population who is simulated
 * @param muscles the muscle model
 * @param seed the seed
 * @param threads worker threads, in [1, 256]
 * @param variation which tissue constants vary between people ({@link ConstantVariation#none()} for none)
 * @param overload what a person beyond their muscle strength gives: no loads ({@link OverloadPolicy#FAIL},
 *     counted infeasible) or loads at the strength the task requires ({@link OverloadPolicy#REPORT},
 *     counted {@linkplain PopulationResult#overloaded() overloaded} and included in the percentiles)
 * @param solver every person's recruitment settings ({@link LumbarModel#withSolver}; criterion, tolerance
 *     and iteration limit), {@link RecruitmentSolver#defaults()} unless given
 */
public record PopulationStudy(PopulationDistribution population, MuscleModelKind muscles, long seed, int threads,
                              ConstantVariation variation, OverloadPolicy overload, RecruitmentSolver solver) {
    /** People per random-number block. */
    public static final int BLOCK = 1024;

    /**
     * Most people drawn in a row outside the model's subject ranges before the population is refused: an
     * engineering bound, far above what a distribution with a usable share of people inside the ranges needs
     * (NHANES: well under 0.1 % redrawn), reached in about a second.
     */
    public static final int MAX_REDRAWS = 1_000_000;

    /** The logarithm of the least body mass a subject may have ({@link Subject#MIN_BODY_MASS_KG}). */
    private static final double LOG_MIN_BODY_MASS = Math.log(Subject.MIN_BODY_MASS_KG);
    /** The logarithm of the largest body mass a subject may have ({@link Subject#MAX_BODY_MASS_KG}). */
    private static final double LOG_MAX_BODY_MASS = Math.log(Subject.MAX_BODY_MASS_KG);

    /** Checks every field. */
    public PopulationStudy {
        Checks.given(population, "population", "a population is needed (e.g. Populations.nhanes2017To2020())");
        Checks.given(muscles, "muscles", "a muscle model is needed (MuscleModelKind.SINGLE_EQUIVALENT)");
        Checks.given(variation, "variation", "give ConstantVariation.none() for no variation");
        Checks.given(overload, "overload", "give OverloadPolicy.FAIL or OverloadPolicy.REPORT");
        Checks.given(solver, "solver", "give RecruitmentSolver.defaults()");
        Checks.wholeInRange("threads", threads, 1, 256, "");
    }

    /**
     * A study with the default recruitment settings ({@link RecruitmentSolver#defaults()}: squared stress).
     *
     * @param population who is simulated
     * @param muscles the muscle model
     * @param seed the seed
     * @param threads worker threads, in [1, 256]
     * @param variation which tissue constants vary between people
     * @param overload what a person beyond their muscle strength gives
     */
    public PopulationStudy(PopulationDistribution population, MuscleModelKind muscles, long seed, int threads,
                           ConstantVariation variation, OverloadPolicy overload) {
        this(population, muscles, seed, threads, variation, overload, RecruitmentSolver.defaults());
    }

    /**
     * A study without variation of the tissue constants.
     *
     * @param population who is simulated
     * @param muscles the muscle model
     * @param seed the seed
     * @param threads worker threads, in [1, 256]
     */
    public PopulationStudy(PopulationDistribution population, MuscleModelKind muscles, long seed, int threads) {
        this(population, muscles, seed, threads, ConstantVariation.none());
    }

    /**
     * A study in which a person beyond their muscle strength has no loads ({@link OverloadPolicy#FAIL}).
     *
     * @param population who is simulated
     * @param muscles the muscle model
     * @param seed the seed
     * @param threads worker threads, in [1, 256]
     * @param variation which tissue constants vary between people
     */
    public PopulationStudy(PopulationDistribution population, MuscleModelKind muscles, long seed, int threads,
                           ConstantVariation variation) {
        this(population, muscles, seed, threads, variation, OverloadPolicy.FAIL);
    }

    /**
     * @param v the variation of tissue constants
     * @return a copy of this study with that variation
     */
    public PopulationStudy withVariation(ConstantVariation v) {
        Checks.given(v, "v", "ConstantVariation.none() for no variation");
        return new PopulationStudy(population, muscles, seed, threads, v, overload, solver);
    }

    /**
     * @param policy what a person beyond their muscle strength gives
     * @return a copy of this study with that policy
     */
    public PopulationStudy withOverloadPolicy(OverloadPolicy policy) {
        Checks.given(policy, "policy", "OverloadPolicy.FAIL or OverloadPolicy.REPORT");
        return new PopulationStudy(population, muscles, seed, threads, variation, policy, solver);
    }

    /**
     * @param settings every person's recruitment settings (criterion, tolerance, iteration limit)
     * @return a copy of this study with those settings
     */
    public PopulationStudy withSolver(RecruitmentSolver settings) {
        Checks.given(settings, "settings", "RecruitmentSolver.defaults()");
        return new PopulationStudy(population, muscles, seed, threads, variation, overload, settings);
    }

    /**
     * @param population who is simulated
     * @param seed the seed
     * @return a study with the single-equivalent muscles on all available processors
     */
    public static PopulationStudy of(PopulationDistribution population, long seed) {
        return new PopulationStudy(population, MuscleModelKind.SINGLE_EQUIVALENT, seed,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * Draws person {@code index}.
     *
     * @param index the person's index, at least 0
     * @return the person
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code index} is negative (it returned null)
     */
    public Subject person(long index) {
        Checks.wholeInRange("index", index, 0, Long.MAX_VALUE, "");
        SplittableRandom r = blockRandom(index / BLOCK);
        Subject s = null;
        for (long k = index % BLOCK; k >= 0; k--) {
            s = draw(r);
        }
        return s;
    }

    private SplittableRandom blockRandom(long block) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (block + 1)));
    }

    /** The stream of a block's tissue constants, separate from its people's. */
    private SplittableRandom constantRandom(long block) {
        return new SplittableRandom(~seed ^ (0xC2B2AE3D27D4EB4FL * (block + 1)));
    }

    /**
     * Draws one person, redrawing those outside the model's subject ranges. The body mass is judged on its
     * logarithm, the distribution's own variable, against the logarithms of the range's ends (the bounds
     * {@link SexDistribution} accepts for its mean), and rounded into the range: {@code exp(ln 35)} is
     * 34.99999999999999, so a population whose log-mass mean is {@code ln 35} without spread was redrawn forever
     * (physics hunt, fourteenth session).
     *
     * @throws IllegalArgumentException naming the population if {@value #MAX_REDRAWS} draws in a row fall outside
     *     the ranges: the distribution puts (almost) nobody inside them (such as a stature mean at its lower end
     *     and a log-mass mean at its lower end, correlated -1: no draw but one of measure zero is inside both)
     */
    private Subject draw(SplittableRandom r) {
        for (int k = 0; k < MAX_REDRAWS; k++) {
            boolean male = r.nextDouble() < population.maleFraction();
            SexDistribution d = male ? population.male() : population.female();
            double z1 = r.nextGaussian();
            double z2 = r.nextGaussian();
            double stature = d.statureMeanM() + d.statureSdM() * z1;
            double rho = d.correlation();
            double logMass = d.logMassMean() + d.logMassSd() * (rho * z1 + Math.sqrt(1 - rho * rho) * z2);
            double age = population.ageMinYears() + r.nextDouble() * (population.ageMaxYears() - population.ageMinYears());
            if (stature >= Subject.MIN_STATURE_M && stature <= Subject.MAX_STATURE_M
                    && logMass >= LOG_MIN_BODY_MASS && logMass <= LOG_MAX_BODY_MASS) {
                double mass = Math.max(Subject.MIN_BODY_MASS_KG, Math.min(Subject.MAX_BODY_MASS_KG, Math.exp(logMass)));
                return new Subject(male ? Sex.MALE : Sex.FEMALE, stature, mass, age);
            }
        }
        throw new IllegalArgumentException("population: " + MAX_REDRAWS + " people drawn in a row fell outside the model's"
                + " subject ranges (stature " + RangeText.withUnit(Subject.MIN_STATURE_M, Subject.MAX_STATURE_M, "m")
                + ", body mass " + RangeText.withUnit(Subject.MIN_BODY_MASS_KG, Subject.MAX_BODY_MASS_KG, "kg")
                + "): the distribution puts (almost) nobody inside them: " + population);
    }

    /**
     * Solves the task for {@code n} people.
     *
     * @param posture the task's posture (not modified)
     * @param loads the task's hand loads (not modified)
     * @param n number of people, in [1, 100000000]
     * @return percentiles and shares
     */
    public PopulationResult run(Posture posture, List<? extends ExternalLoad> loads, int n) {
        return run(posture, loads, n, done -> { });
    }

    /**
     * Solves the task for {@code n} people and reports the progress; the result is the same as
     * {@link #run(Posture, List, int)}'s.
     *
     * @param posture the task's posture (not modified)
     * @param loads the task's hand loads (not modified)
     * @param n number of people, in [1, 100000000]
     * @param peopleDone called after every block of {@value #BLOCK} people with the number of
     *     people solved so far, from the worker threads (possibly at the same time, and not
     *     necessarily in increasing order: it must be thread-safe)
     * @return percentiles and shares
     */
    public PopulationResult run(Posture posture, List<? extends ExternalLoad> loads, int n, LongConsumer peopleDone) {
        Checks.given(posture, "posture", "a posture is needed (e.g. Posture.uprightStanding())");
        Checks.given(peopleDone, "peopleDone", "give done -> { } for no progress");
        Checks.wholeInRange("n", n, 1, 100_000_000, "people");
        AtomicLong done = new AtomicLong();
        int levels = SpinalLevel.values().length;
        int quantities = OutputPercentiles.QUANTITIES.size();
        List<String> contacts = contactQuantities(posture);
        boolean trunkOnThighs = posture.has(Support.TRUNK_ON_THIGHS);
        boolean handsOnThighs = posture.has(Support.HANDS_ON_THIGHS);
        // the outputs at every level, then the thighs' pushes where the posture rests the trunk or the hands on them
        double[][] out = new double[levels * quantities + contacts.size()][n];
        double[] compression = out[0];
        double[] shear = out[1];
        boolean[] ok = new boolean[n];
        boolean[] over = new boolean[n];
        boolean[] aboveDortmund = new boolean[n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "lumbosim-population");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            int perThread = (blocks + threads - 1) / threads;
            for (int w = 0; w < threads; w++) {
                int first = w * perThread;
                int last = Math.min(blocks, first + perThread);
                futures.add(pool.submit(() -> {
                    Workspace ws = null;
                    for (int b = first; b < last; b++) {
                        SplittableRandom r = blockRandom(b);
                        SplittableRandom rc = constantRandom(b);
                        if (ws != null) {
                            // each block starts cold: the results are then bitwise independent of
                            // which thread solved the block before
                            ws.resetWarmStart();
                        }
                        for (int i = b * BLOCK; i < Math.min(n, (b + 1) * BLOCK); i++) {
                            Subject s = draw(r);
                            TissueParameters tissue = variation.isEmpty() ? TissueParameters.published() : variation.draw(rc);
                            LumbarModel model = LumbarModel.of(s, muscles, tissue).withSolver(solver).withOverloadPolicy(overload);
                            ws = model.workspaceFrom(ws);
                            model.solve(posture, loads, ws);
                            over[i] = ws.overloaded();
                            ok[i] = ws.solved() || over[i];
                            for (SpinalLevel level : SpinalLevel.values()) {
                                int o = level.ordinal() * quantities;
                                out[o][i] = ws.compressionN(level);
                                out[o + 1][i] = ws.apShearN(level);
                                out[o + 2][i] = ws.lateralShearN(level);
                                out[o + 3][i] = ws.idpMPa(level);
                            }
                            int c = levels * quantities;
                            if (trunkOnThighs) {
                                out[c++][i] = magnitude(ws.trunkOnThighsForceN(0), ws.trunkOnThighsForceN(1),
                                        ws.trunkOnThighsForceN(2));
                            }
                            for (int side = 0; handsOnThighs && side < 2; side++) {
                                out[c++][i] = magnitude(ws.handOnThighForceN(side, 0), ws.handOnThighForceN(side, 1),
                                        ws.handOnThighForceN(side, 2));
                            }
                            aboveDortmund[i] = compression[i] > DortmundRecommendations2001.compressionLimitN(s.sex(), s.ageYears());
                        }
                        peopleDone.accept(done.addAndGet(Math.min(n, (b + 1) * BLOCK) - b * BLOCK));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return summarise(n, out, ok, over, aboveDortmund, percentiles(n, out, ok, pool), contacts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LumbosimException("population study interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new LumbosimException("population study failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The percentiles and mean of every output over the solved people, the outputs shared between the
     * study's threads (output {@code o} on worker {@code o % threads}, each with its own work array):
     * every output's numbers are computed as by one thread, in the people's order.
     *
     * @return one per output, in the order of {@code out}: its 5th, 50th and 95th percentiles and mean;
     *     entries are null when nobody was solved
     */
    private double[][] percentiles(int n, double[][] out, boolean[] ok, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        int solved = 0;
        for (int i = 0; i < n; i++) {
            solved += ok[i] ? 1 : 0;
        }
        double[][] result = new double[out.length][];
        if (solved == 0) {
            return result;
        }
        int count = solved;
        int workers = Math.min(threads, out.length);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int first = w;
            futures.add(pool.submit(() -> {
                double[] values = new double[count];
                Percentile pc = new Percentile();
                for (int o = first; o < out.length; o += workers) {
                    double sum = 0;
                    for (int i = 0, j = 0; i < n; i++) {
                        if (ok[i]) {
                            values[j++] = out[o][i];
                            sum += out[o][i];
                        }
                    }
                    pc.setData(values);
                    result[o] = new double[] {pc.evaluate(5), pc.evaluate(50), pc.evaluate(95), sum / count};
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        return result;
    }

    private static PopulationResult summarise(int n, double[][] out, boolean[] ok, boolean[] over, boolean[] aboveDortmund,
                                              double[][] percentiles, List<String> contacts) {
        double[] compression = out[0];
        double[] shear = out[1];
        int solved = 0;
        int overloaded = 0;
        int al = 0, mpl = 0, so = 0, sf = 0, dm = 0;
        for (int i = 0; i < n; i++) {
            if (!ok[i]) {
                continue;
            }
            solved++;
            overloaded += over[i] ? 1 : 0;
            al += compression[i] > OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N ? 1 : 0;
            mpl += compression[i] > OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N ? 1 : 0;
            so += Math.abs(shear[i]) > OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N ? 1 : 0;
            sf += Math.abs(shear[i]) > OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_FREQUENT_N ? 1 : 0;
            dm += aboveDortmund[i] ? 1 : 0;
        }
        if (solved == 0) {
            return new PopulationResult(n, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, 0, 0, 0, 0, 0, 1, List.of(), 0, List.of());
        }
        int quantities = OutputPercentiles.QUANTITIES.size();
        int levelOutputs = SpinalLevel.values().length * quantities;
        List<OutputPercentiles> outputs = new ArrayList<>();
        for (int o = 0; o < levelOutputs; o++) {
            double[] p = percentiles[o];
            outputs.add(new OutputPercentiles(SpinalLevel.values()[o / quantities],
                    OutputPercentiles.QUANTITIES.get(o % quantities), p[0], p[1], p[2], p[3]));
        }
        List<ContactPercentiles> pushes = new ArrayList<>();
        for (int c = 0; c < contacts.size(); c++) {
            double[] p = percentiles[levelOutputs + c];
            pushes.add(new ContactPercentiles(contacts.get(c), p[0], p[1], p[2], p[3]));
        }
        OutputPercentiles c = outputs.get(0);
        OutputPercentiles s = outputs.get(1);
        double k = solved;
        return new PopulationResult(n, solved, c.p5(), c.p50(), c.p95(), s.p5(), s.p50(), s.p95(), outputs.get(3).p50(),
                al / k, mpl / k, so / k, sf / k, dm / k, (n - solved) / (double) n, outputs, overloaded, pushes);
    }

    /**
     * @param posture the task's posture
     * @return the pushes a study of it summarises, in the order of {@link PopulationResult#contacts()}: the
     *     thighs' push on the trunk ({@link Support#TRUNK_ON_THIGHS}), then on each hand, left then right
     *     ({@link Support#HANDS_ON_THIGHS}); none without those supports
     */
    static List<String> contactQuantities(Posture posture) {
        List<String> q = new ArrayList<>();
        if (posture.has(Support.TRUNK_ON_THIGHS)) {
            q.add(ContactPercentiles.TRUNK_ON_THIGHS_FORCE_N);
        }
        if (posture.has(Support.HANDS_ON_THIGHS)) {
            q.addAll(ContactPercentiles.HANDS_ON_THIGHS);
        }
        return List.copyOf(q);
    }

    /** @return the magnitude of a force given by its components (N), as the push records compute it */
    private static double magnitude(double x, double y, double z) {
        return Math.sqrt(x * x + y * y + z * z);
    }
}
