package org.lumbosim.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.lumbosim.LumbosimException;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.model.Workspace;
import org.lumbosim.population.ConstantVariation;

/**
 * Joint uncertainty of the Wilke et al. (1999) comparison ({@link WilkeValidation}): a seeded Monte
 * Carlo in which every constant with a published range ({@link WilkeSensitivity#publishedRanges()}) is
 * drawn at once, each from the distribution its source states ({@link #spreadOf}), and the whole
 * comparison is run per draw (every row, the relaxed-standing denominator of the ratios and the night
 * with it). Per row it gives the 2.5th, 50th and 97.5th percentiles of the pressure and of the ratio to
 * standing over the draws in which the row was solved, and how many draws could not be solved (counted,
 * never dropped silently). The one-at-a-time ranges of {@link WilkeSensitivity} move one constant with
 * the others at the model's values; these bands move them together. An analysis, not a fit.
 *
 * <p>Reproducible: each draw has its own stream split from the seed, and each constant its own stream
 * split from the draw's, in the order of the ranges; so holding one constant at a value
 * ({@link #holding}) leaves every other constant's draws unchanged. The draws are solved in parallel
 * (contiguous chunks of draws, each in a workspace of its own, every solve started cold), and the results
 * do not depend on the order they are solved in or on the number of threads.
 */
public final class WilkeJointSensitivity {
    private WilkeJointSensitivity() {
    }

    /** Lower percentile of the bands (%): with {@link #UPPER_PERCENTILE}, a central 95 % band. */
    public static final double LOWER_PERCENTILE = 2.5;
    /** The median (%). */
    public static final double MEDIAN_PERCENTILE = 50;
    /** Upper percentile of the bands (%). */
    public static final double UPPER_PERCENTILE = 97.5;
    /** Largest number of draws a run accepts (a bound on time and memory, not a statistical limit). */
    public static final int MAX_DRAWS = 100_000;
    /** Chunks of draws per thread of the common pool (load balance only: the results do not depend on it). */
    private static final int CHUNKS_PER_THREAD = 4;

    /**
     * The one place that says how each constant is drawn, from how its source states its range.
     * <ul>
     * <li>The abdominal co-activation's range is Cholewicki et al. (1997)'s mean ± one standard
     * deviation: normal with that mean (the middle of the range) and SD (half its width), truncated to
     * the constant's allowed range {@link TissueParameter#min()}-{@link TissueParameter#max()} (0-0.5; a
     * draw outside it is redrawn, {@link ConstantVariation.Normal}).</li>
     * <li>Every other published range is one over subjects or discs, without a stated distribution:
     * uniform over it ({@link ConstantVariation.Uniform}). The largest muscle stress (Burkhart et al.
     * 2018: lowest and highest of 49 adults), the disc area factor (Clouthier et al. 2023: smallest and
     * largest of 87 adults) and the Nachemson factor (Nachemson 1959 Table 5: lowest and highest of the
     * normal discs).</li>
     * </ul>
     *
     * @param range a constant and its range
     * @return its distribution; a range of zero width gives its one value
     */
    public static ConstantVariation.Spread spreadOf(WilkeSensitivity.Range range) {
        Checks.given(range, "range");
        if (range.parameter() == TissueParameter.ABDOMINAL_COACTIVATION) {
            return new ConstantVariation.Normal((range.low() + range.high()) / 2, (range.high() - range.low()) / 2);
        }
        return new ConstantVariation.Uniform(range.low(), range.high());
    }

    /**
     * The ranges with one constant held at a value: its range collapsed to that value, in the same
     * place, so the other constants keep their draws (common random numbers).
     *
     * @param ranges the ranges
     * @param parameter the constant to hold (if not among the ranges, the ranges are returned as they are)
     * @param value its value, within its allowed range
     * @param why why it is held, for the range's source
     * @return the ranges, that one collapsed
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code value} is outside the constant's allowed range
     */
    public static List<WilkeSensitivity.Range> holding(List<WilkeSensitivity.Range> ranges, TissueParameter parameter,
                                                       double value, String why) {
        Checks.givenEach(ranges, "ranges");
        Checks.given(parameter, "parameter");
        Checks.given(why, "why", "the reason the constant is held is needed");
        Checks.inRange("value", value, parameter.min(), parameter.max(), parameter.unit());
        List<WilkeSensitivity.Range> out = new ArrayList<>();
        for (WilkeSensitivity.Range r : ranges) {
            out.add(r.parameter() == parameter ? new WilkeSensitivity.Range(parameter, value, value, why) : r);
        }
        return List.copyOf(out);
    }

    /**
     * Percentiles of one prediction over the draws in which it was solved, by commons-math's default
     * estimate ({@link Percentile}, as the population studies use).
     *
     * @param low the {@link #LOWER_PERCENTILE}th percentile; NaN if no draw solved
     * @param median the median; NaN if no draw solved
     * @param high the {@link #UPPER_PERCENTILE}th percentile; NaN if no draw solved
     */
    public record Band(double low, double median, double high) {
        /** @return whether the band exists (some draw solved) */
        public boolean solved() {
            return !Double.isNaN(low);
        }

        /**
         * @param value a value, e.g. the measurement
         * @return whether it lies in {@code [low, high]} (false without a band)
         */
        public boolean contains(double value) {
            return value >= low && value <= high;
        }
    }

    /**
     * The joint band of one row.
     *
     * @param plain the row of the comparison with the model's own constants
     * @param idpMPa band of the predicted pressure at L4-L5 (MPa)
     * @param ratio band of the predicted ratio to relaxed standing (each draw over its own standing)
     * @param unsolved number of draws in which the row could not be solved (including those in which
     *     relaxed standing could not, which have no ratio)
     */
    public record RowBand(WilkeValidation.Row plain, Band idpMPa, Band ratio, int unsolved) {
        /** Checks that every part is given. */
        public RowBand {
            Checks.given(plain, "plain");
            Checks.given(idpMPa, "idpMPa");
            Checks.given(ratio, "ratio");
        }

        /** @return whether the measured pressure lies in the 95 % band */
        public boolean measuredInIdpBand() {
            return idpMPa.contains(plain.measurement().idpMPa());
        }

        /** @return whether the measured ratio to standing lies in the 95 % band */
        public boolean measuredInRatioBand() {
            return ratio.contains(plain.measuredRatio());
        }
    }

    /**
     * The joint bands of every row.
     *
     * @param plain the comparison with the model's own constants
     * @param ranges the ranges drawn from, in order
     * @param draws number of draws
     * @param seed the seed
     * @param standingUnsolved number of draws in which relaxed standing could not be solved (every row
     *     of such a draw counts as unsolved)
     * @param rows one per row of {@link WilkeValidation.Report#rows()}, in order
     */
    public record Result(WilkeValidation.Report plain, List<WilkeSensitivity.Range> ranges, int draws, long seed,
                         int standingUnsolved, List<RowBand> rows) {
        /** Copies the lists. */
        public Result {
            Checks.given(plain, "plain");
            Checks.givenEach(ranges, "ranges");
            Checks.givenEach(rows, "rows");
            ranges = List.copyOf(ranges);
            rows = List.copyOf(rows);
        }
    }

    /**
     * Draws the constants and runs the comparison per draw.
     *
     * @param model the model (not modified): its subject, muscle model and other constants are kept
     * @param ranges the constants to draw and their ranges, e.g. {@link WilkeSensitivity#publishedRanges()}
     * @param draws number of draws, 1 to {@link #MAX_DRAWS}
     * @param seed the seed (any long)
     * @return the bands
     * @throws IllegalArgumentException naming {@code draws} and its allowed range, or a missing argument
     * @throws LumbosimException if relaxed standing cannot be solved with the model's own constants
     */
    public static Result run(LumbarModel model, List<WilkeSensitivity.Range> ranges, int draws, long seed) {
        Checks.given(model, "model");
        Checks.givenEach(ranges, "ranges");
        Checks.wholeInRange("draws", draws, 1, MAX_DRAWS, "");
        return run(model, WilkeValidation.run(model), ranges, draws, seed);
    }

    /**
     * As {@link #run(LumbarModel, List, int, long)}, with the comparison at the model's own constants already
     * run, so that a caller who needs it for several runs (the example's bands with and without the disc
     * area, the one-at-a-time sensitivity) runs it once.
     *
     * @param model the model (not modified)
     * @param plain {@link WilkeValidation#run(LumbarModel) WilkeValidation.run(model)}: the caller's, not
     *     recomputed (a report of another model would be taken as this one's)
     * @param ranges the constants to draw and their ranges
     * @param draws number of draws, 1 to {@link #MAX_DRAWS}
     * @param seed the seed (any long)
     * @return the bands; equal to {@link #run(LumbarModel, List, int, long)}'s
     * @throws IllegalArgumentException naming {@code draws} and its allowed range, or a missing argument
     */
    public static Result run(LumbarModel model, WilkeValidation.Report plain, List<WilkeSensitivity.Range> ranges,
                             int draws, long seed) {
        Checks.given(model, "model");
        Checks.given(plain, "plain");
        Checks.givenEach(ranges, "ranges");
        Checks.wholeInRange("draws", draws, 1, MAX_DRAWS, "");
        // several chunks per thread, so that a slow chunk does not leave a core idle
        return run(model, plain, ranges, draws, seed,
                Math.min(draws, CHUNKS_PER_THREAD * ForkJoinPool.getCommonPoolParallelism()));
    }

    /**
     * The draws solved in {@code chunks} contiguous chunks, in parallel, one workspace per chunk: every solve
     * starts cold, so the result does not depend on {@code chunks} (tested: one chunk, and one per draw as
     * before the chunks, give the same bits).
     */
    static Result run(LumbarModel model, WilkeValidation.Report plain, List<WilkeSensitivity.Range> ranges, int draws,
                      long seed, int chunks) {
        TissueParameters[] drawn = drawConstants(model.tissueParameters(), ranges, draws, seed);
        WilkeValidation.Report[] reports = new WilkeValidation.Report[draws];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Workspace ws = model.newWorkspace();
            for (int i = (int) ((long) draws * c / chunks); i < (int) ((long) draws * (c + 1) / chunks); i++) {
                try {
                    reports[i] = WilkeValidation.run(model.withTissueParameters(drawn[i]), ws);
                } catch (LumbosimException e) {
                    // relaxed standing could not be solved: the draw's report stays null, every row of it unsolved
                }
            }
        });
        int standingUnsolved = (int) Arrays.stream(reports).filter(r -> r == null).count();
        List<RowBand> rows = new ArrayList<>();
        for (int row = 0; row < plain.rows().size(); row++) {
            double[] idp = new double[draws];
            double[] ratio = new double[draws];
            int solved = 0;
            for (WilkeValidation.Report r : reports) {
                double v = r == null ? Double.NaN : WilkeSensitivity.value(r, row, false);
                if (!Double.isNaN(v)) {
                    idp[solved] = v;
                    ratio[solved] = WilkeSensitivity.value(r, row, true);
                    solved++;
                }
            }
            rows.add(new RowBand(plain.rows().get(row), band(idp, solved), band(ratio, solved), draws - solved));
        }
        return new Result(plain, ranges, draws, seed, standingUnsolved, rows);
    }

    /** Each draw's constants, drawn in sequence: a stream per draw, and per constant within it. */
    private static TissueParameters[] drawConstants(TissueParameters base, List<WilkeSensitivity.Range> ranges,
                                                    int draws, long seed) {
        List<ConstantVariation.Spread> spreads = ranges.stream().map(WilkeJointSensitivity::spreadOf).toList();
        SplittableRandom root = new SplittableRandom(seed);
        TissueParameters[] drawn = new TissueParameters[draws];
        for (int i = 0; i < draws; i++) {
            SplittableRandom draw = root.split();
            TissueParameters t = base;
            for (int j = 0; j < ranges.size(); j++) {
                TissueParameter p = ranges.get(j).parameter();
                t = t.with(p, spreads.get(j).draw(p, draw.split()));
            }
            drawn[i] = t;
        }
        return drawn;
    }

    private static Band band(double[] values, int n) {
        if (n == 0) {
            return new Band(Double.NaN, Double.NaN, Double.NaN);
        }
        Percentile p = new Percentile();
        p.setData(values, 0, n);
        return new Band(p.evaluate(LOWER_PERCENTILE), p.evaluate(MEDIAN_PERCENTILE), p.evaluate(UPPER_PERCENTILE));
    }
}
