package org.lumbosim.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.model.UprightCoactivationConstants;
import org.lumbosim.model.Workspace;

/**
 * One-at-a-time sensitivity of the Wilke et al. (1999) comparison ({@link WilkeValidation}) to the
 * model's uncertain tissue constants: each constant is moved to either end of its published range
 * ({@link #publishedRanges()}), the others kept at the model's values, and the whole comparison is run
 * again (every row, the relaxed-standing denominator of the ratios and the night rows with it). An
 * analysis of the model's own uncertainty, not a fit: nothing is chosen from the results.
 *
 * <p>Constants without a published range are left out and say why ({@link #leftOut()}).
 */
public final class WilkeSensitivity {
    private WilkeSensitivity() {
    }

    /**
     * A constant and the range it is moved over.
     *
     * @param parameter which constant
     * @param low the range's lower end, in the parameter's unit ({@link TissueParameter#unit()})
     * @param high its upper end, at least {@code low}
     * @param source where the range comes from and how it was read
     */
    public record Range(TissueParameter parameter, double low, double high, String source) {
        /**
         * Checks the range.
         *
         * @throws IllegalArgumentException if an end lies outside the constant's allowed range (naming
         *     it) or {@code high < low}
         */
        public Range {
            Checks.given(parameter, "parameter", "a tissue parameter is needed");
            Checks.given(source, "source", "a range needs its source");
            TissueParameters.published().with(parameter, low);
            TissueParameters.published().with(parameter, high);
            if (!(high >= low)) {
                throw new IllegalArgumentException(parameter.id() + ": the range's upper end " + high
                        + " is below its lower end " + low);
            }
        }
    }

    /**
     * A constant left out of the sensitivity.
     *
     * @param parameter which constant
     * @param reason why: no published range was found
     */
    public record LeftOut(TissueParameter parameter, String reason) {
        /** Checks that both are given. */
        public LeftOut {
            Checks.given(parameter, "parameter");
            Checks.given(reason, "reason");
        }
    }

    private static final List<Range> PUBLISHED = List.of(
            new Range(TissueParameter.MAX_MUSCLE_STRESS, TissueConstantRanges.MAX_MUSCLE_STRESS_MIN_MPA,
                    TissueConstantRanges.MAX_MUSCLE_STRESS_MAX_MPA,
                    "Burkhart et al. 2018, J Orthop Res 36:498, range of 49 adults over 65 (abstract)"),
            new Range(TissueParameter.NACHEMSON_FACTOR, IdpConversionRange.NACHEMSON_FACTOR_MIN,
                    IdpConversionRange.NACHEMSON_FACTOR_MAX,
                    "Nachemson 1959 Table 5, normal discs (secondary quotes)"),
            new Range(TissueParameter.DISC_AREA_SCALE, IdpConversionRange.DISC_AREA_RATIO_MIN,
                    IdpConversionRange.DISC_AREA_RATIO_MAX,
                    "Clouthier et al. 2023, smallest and largest over mean endplate area of 87 adults (model file;"
                            + " a population spread, wide for an area measured on the subject)"),
            new Range(TissueParameter.ABDOMINAL_COACTIVATION,
                    UprightCoactivationConstants.ABDOMINAL_ACTIVATION - TissueConstantRanges.ABDOMINAL_COACTIVATION_SD,
                    UprightCoactivationConstants.ABDOMINAL_ACTIVATION + TissueConstantRanges.ABDOMINAL_COACTIVATION_SD,
                    "Cholewicki et al. 1997, Spine 22:2207, mean +/- 1 SD of 10 subjects, 1.7 +/- 0.8 %MVC (abstract)"));

    private static final List<LeftOut> LEFT_OUT = List.of(
            new LeftOut(TissueParameter.UNLOADED_DISC_PRESSURE, "derived from the mean lying-prone pressure of Sato et"
                    + " al. 1999 (secondary); no spread of it was read"),
            new LeftOut(TissueParameter.PASSIVE_MOMENT_SCALE, "a factor on the segments' stiffness (Schmidt et al. 1998"
                    + " as encoded in AnyBody AMMR, one value; Yamamoto et al. 1989 ranges, means without SD); no"
                    + " published spread"),
            new LeftOut(TissueParameter.IAP_SCALE, "a factor on Mairiaux et al. 1984's regression, of which only r = 0.75"
                    + " was read (abstract), no residual spread; the in vivo sets disagree by their conventions,"
                    + " not by a range (docs/research/intra-abdominal-pressure.md)"),
            new LeftOut(TissueParameter.MINIMUM_ACTIVATION, "0 for want of a source (TissueConstants);"
                    + " no relaxed-posture %MVC was read"));

    /**
     * @return the constants with a published range, each with its source: the largest muscle stress,
     *     the Nachemson factor, the disc area (as a factor on the model's) and the abdominal
     *     co-activation
     */
    public static List<Range> publishedRanges() {
        return PUBLISHED;
    }

    /** @return the other constants of {@link TissueParameters}, each with why it has no range here */
    public static List<LeftOut> leftOut() {
        return LEFT_OUT;
    }

    /**
     * The comparison with one constant at either end of its range.
     *
     * @param range the constant and its range
     * @param atLow the comparison with the constant at {@link Range#low()}
     * @param atHigh the comparison with it at {@link Range#high()}
     */
    public record Swing(Range range, WilkeValidation.Report atLow, WilkeValidation.Report atHigh) {
        /** Checks that every part is given. */
        public Swing {
            Checks.given(range, "range");
            Checks.given(atLow, "atLow");
            Checks.given(atHigh, "atHigh");
        }
    }

    /**
     * The sensitivity of every row.
     *
     * @param baseline the comparison with the model's own constants
     * @param swings one per constant moved, in the order given
     */
    public record Result(WilkeValidation.Report baseline, List<Swing> swings) {
        /** Copies the list. */
        public Result {
            Checks.given(baseline, "baseline");
            Checks.givenEach(swings, "swings");
            swings = List.copyOf(swings);
        }

        /**
         * @param row index of the row in {@link WilkeValidation.Report#rows()}
         * @return {lowest, highest} pressure (MPa) of that row over the baseline and every end that
         *     solved: the union of the one-at-a-time ranges; NaN for both if none solved
         * @throws org.lumbosim.ParameterOutOfRangeException if {@code row} is not a row index
         */
        public double[] idpUnionMPa(int row) {
            return union(row, false);
        }

        /**
         * @param row index of the row
         * @return {lowest, highest} predicted ratio to relaxed standing over the baseline and every
         *     end that solved (each over its own predicted standing pressure); NaN if none solved
         * @throws org.lumbosim.ParameterOutOfRangeException if {@code row} is not a row index
         */
        public double[] ratioUnion(int row) {
            return union(row, true);
        }

        /**
         * @param row index of the row
         * @return whether the measured pressure lies in {@link #idpUnionMPa(int)}
         * @throws org.lumbosim.ParameterOutOfRangeException if {@code row} is not a row index
         */
        public boolean measuredInIdpUnion(int row) {
            double[] u = idpUnionMPa(row);
            double m = baseline.rows().get(row).measurement().idpMPa();
            return m >= u[0] && m <= u[1];
        }

        /**
         * @param row index of the row
         * @return whether the measured ratio lies in {@link #ratioUnion(int)}
         * @throws org.lumbosim.ParameterOutOfRangeException if {@code row} is not a row index
         */
        public boolean measuredInRatioUnion(int row) {
            double[] u = ratioUnion(row);
            double m = baseline.rows().get(row).measuredRatio();
            return m >= u[0] && m <= u[1];
        }

        /**
         * @param row index of the row
         * @param ratio true for the ratio to standing, false for the pressure
         * @return the swing whose two ends differ most for that row (the constant the row hinges on);
         *     empty if no swing solved at both ends with ends that differ (relaxed standing's ratio is
         *     1 at every end)
         * @throws org.lumbosim.ParameterOutOfRangeException if {@code row} is not a row index
         */
        public Optional<Swing> widest(int row, boolean ratio) {
            checkedRow(row);
            Swing best = null;
            double widest = 0;
            for (Swing s : swings) {
                double w = Math.abs(value(s.atHigh(), row, ratio) - value(s.atLow(), row, ratio));
                if (w > widest) {
                    widest = w;
                    best = s;
                }
            }
            return Optional.ofNullable(best);
        }

        /** Refuses a row index outside the baseline's rows by name (it was an IndexOutOfBoundsException). */
        private void checkedRow(int row) {
            Checks.wholeInRange("row", row, 0, baseline.rows().size() - 1L, "");
        }

        private double[] union(int row, boolean ratio) {
            checkedRow(row);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            List<WilkeValidation.Report> all = new ArrayList<>();
            all.add(baseline);
            for (Swing s : swings) {
                all.add(s.atLow());
                all.add(s.atHigh());
            }
            for (WilkeValidation.Report r : all) {
                double v = value(r, row, ratio);
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            return lo <= hi ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
        }
    }

    /**
     * @param report a comparison
     * @param row index of the row
     * @param ratio true for the predicted ratio to standing, false for the pressure
     * @return that prediction; NaN unless the row solved
     */
    static double value(WilkeValidation.Report report, int row, boolean ratio) {
        WilkeValidation.Row r = report.rows().get(row);
        if (r.status() != WilkeValidation.Status.OK) {
            return Double.NaN;
        }
        return ratio ? r.predictedRatio() : r.predictedIdpMPa();
    }

    /**
     * Runs the comparison with the model's constants and with each constant at either end of its range.
     *
     * @param model the model (not modified): its subject, muscle model and other constants are kept
     * @param ranges the constants to move and their ranges, e.g. {@link #publishedRanges()}
     * @return the baseline and one swing per range, in order
     * @throws org.lumbosim.LumbosimException if relaxed standing cannot be solved at some end (no
     *     ratio is defined then)
     */
    public static Result run(LumbarModel model, List<Range> ranges) {
        Checks.given(model, "model");
        Checks.givenEach(ranges, "ranges");
        Workspace ws = model.newWorkspace();
        return run(model, WilkeValidation.run(model, ws), ranges, ws);
    }

    /**
     * As {@link #run(LumbarModel, List)}, with the comparison at the model's own constants already run, so
     * that a caller who also needs it elsewhere (the joint bands, {@link WilkeJointSensitivity}) runs it once.
     *
     * @param model the model (not modified)
     * @param baseline {@link WilkeValidation#run(LumbarModel) WilkeValidation.run(model)}: the caller's, not
     *     recomputed (a report of another model would be taken as this one's)
     * @param ranges the constants to move and their ranges
     * @return the baseline and one swing per range, in order; equal to {@link #run(LumbarModel, List)}'s
     * @throws org.lumbosim.LumbosimException if relaxed standing cannot be solved at some end
     */
    public static Result run(LumbarModel model, WilkeValidation.Report baseline, List<Range> ranges) {
        Checks.given(model, "model");
        return run(model, baseline, ranges, model.newWorkspace());
    }

    /** The swings, every comparison solved in {@code ws} (each solve started cold: the same bits as a new workspace). */
    private static Result run(LumbarModel model, WilkeValidation.Report baseline, List<Range> ranges, Workspace ws) {
        Checks.given(baseline, "baseline");
        Checks.givenEach(ranges, "ranges");
        List<Swing> swings = new ArrayList<>();
        TissueParameters t = model.tissueParameters();
        for (Range r : ranges) {
            swings.add(new Swing(r, WilkeValidation.run(model.withTissueParameters(t.with(r.parameter(), r.low())), ws),
                    WilkeValidation.run(model.withTissueParameters(t.with(r.parameter(), r.high())), ws)));
        }
        return new Result(baseline, swings);
    }
}
