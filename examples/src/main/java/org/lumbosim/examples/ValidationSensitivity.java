package org.lumbosim.examples;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.population.ConstantVariation;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeJointSensitivity;
import org.lumbosim.reference.WilkeSensitivity;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.viz.FigureExporter;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.SensitivityTornado;

/**
 * Is each miss of the Wilke et al. (1999) comparison inside the model's own parameter uncertainty,
 * and which constant does each row hinge on? Runs {@link WilkeSensitivity}: every constant with a
 * published range ({@link WilkeSensitivity#publishedRanges()}) moved to either end of it, one at a
 * time, for Wilke's volunteer as {@code lumbosim validate} runs him. Prints, per row, the measured
 * pressure, the prediction with the published constants, the union of the one-at-a-time ranges and
 * whether the measurement lies in it, the same for the ratio to relaxed standing, and the constant
 * whose range moves the row most; then the summary RMSE and ratio error at each end, and the constants
 * left out for want of a published range. Writes {@code validation-sensitivity-<muscles>.csv} and a
 * tornado chart of the summaries ({@link SensitivityTornado}) as PNG and SVG.
 *
 * <p>CSV: one line per quantity and row. Columns {@code quantity,row,activity,measured,predicted},
 * then {@code <constant>_low,<constant>_high} per constant, then
 * {@code unionLow,unionHigh,measuredInUnion,widest}. Quantities: {@code constantValue} (the constant's
 * value at each end), {@code idpMPa} and {@code ratio} (per Wilke row: pressure at L4-L5 and ratio to
 * relaxed standing), {@code rmseIdpMPa}, {@code ratioMaePct} and {@code n} (row {@code summary}). A
 * cell is empty where the row was not solved at that end, or where the column does not apply.
 *
 * <p>Then the joint bands ({@link WilkeJointSensitivity}; {@code --joint N} draws, default 400, 0 for
 * none; {@code --seed S}, default 1): every constant drawn together, the whole comparison per draw, in
 * two variants, with the disc area's spread ({@code withAreaSpread}) and with the area held at the
 * model's value ({@code withoutAreaSpread}; Wilke's subject's area was measured), the other constants'
 * draws the same in both. Printed after the one-at-a-time table (which is unchanged) and written to
 * {@code validation-joint-<muscles>.csv}, one line per variant, quantity and row: columns
 * {@code variant,quantity,row,activity,measured,predicted,p2_5,p50,p97_5,measuredInBand,unsolvedDraws,draws,seed}
 * (percentiles over the draws that solved; empty cells and no {@code measuredInBand} where none did).
 * All files are written together, each whole, or none.
 *
 * <p>Run: {@code ./lumbosim example ValidationSensitivity --muscles multi-fascicle [--joint 400] [--seed 1]}
 */
public final class ValidationSensitivity {
    private ValidationSensitivity() {
    }

    /** Stem of the output files' names; the muscle model's id and the extension follow. */
    static final String STEM = "validation-sensitivity-";

    /** Stem of the joint bands' CSV; the muscle model's id and the extension follow. */
    static final String JOINT_STEM = "validation-joint-";

    /** Default number of draws of the joint Monte Carlo ({@code --joint}). */
    static final int DEFAULT_JOINT_DRAWS = 400;

    /** Default seed of the joint Monte Carlo ({@code --seed}). */
    static final long DEFAULT_SEED = 1;

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IllegalArgumentException naming the option if an option is bad, or naming {@code --out}
     *     and the path if a file cannot be written (then none is)
     */
    public static void main(String[] args) {
        ExampleArgs o = new ExampleArgs("ValidationSensitivity",
                "One-at-a-time sensitivity of the Wilke 1999 comparison to the constants with a published range;"
                        + " CSV and tornado chart (PNG, SVG); then their joint 95 % bands, all drawn together (CSV).")
                .option("muscles", "single-equivalent", "muscle model: single-equivalent or multi-fascicle")
                .option("joint", Integer.toString(DEFAULT_JOINT_DRAWS), "draws of the joint Monte Carlo, 0 for none"
                        + " (whole number 0-" + WilkeJointSensitivity.MAX_DRAWS + ")")
                .option("seed", Long.toString(DEFAULT_SEED), "seed of the joint Monte Carlo (any whole number)")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        MuscleModelKind kind = o.parsed("muscles", MuscleModelKind::ofId);
        int draws = (int) o.integer("joint", 0, WilkeJointSensitivity.MAX_DRAWS);
        long seed = o.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        String csvName = STEM + kind.id() + ".csv";
        String pngName = STEM + kind.id() + ".png";
        String svgName = STEM + kind.id() + ".svg";
        String jointName = JOINT_STEM + kind.id() + ".csv";
        List<String> names = draws > 0 ? List.of(csvName, pngName, svgName, jointName) : List.of(csvName, pngName, svgName);
        OutputFiles files = o.outputs(names.toArray(String[]::new));
        LumbarModel model = Wilke1999.subjectModel().withMuscleModel(kind);
        // the comparison at the published constants is the baseline of both analyses: run once
        WilkeValidation.Report plain = WilkeValidation.run(model);
        WilkeSensitivity.Result result = WilkeSensitivity.run(model, plain, WilkeSensitivity.publishedRanges());
        JFreeChart chart = SensitivityTornado.of(result, "Wilke 1999 comparison: one constant at a time ("
                + kind.id() + " muscles)", LumbosimTheme.slides());
        files.content(o.outputFile(csvName), OutputFiles.Content.text(csv(result)))
                .content(o.outputFile(pngName), s -> FigureExporter.slides().writePng(chart, s))
                .content(o.outputFile(svgName), s -> FigureExporter.slides().writeSvg(chart, s));
        List<WilkeJointSensitivity.Result> joint = draws > 0 ? joint(model, plain, draws, seed) : List.of();
        if (draws > 0) {
            files.content(o.outputFile(jointName), OutputFiles.Content.text(jointCsv(joint)));
        }
        files.writeAll();
        System.out.print(table(result, kind));
        if (draws > 0) {
            System.out.print(jointTable(joint, kind));
        }
        for (String f : names) {
            System.out.println("wrote " + OutputFiles.oneLine(o.outputFile(f).toAbsolutePath()));
        }
    }

    /**
     * The two variants of the joint Monte Carlo: every published range drawn, then the same draws with
     * the disc area held at the model's value (Wilke's subject's area was measured: the population
     * spread of {@link WilkeSensitivity#publishedRanges()} overstates it).
     *
     * @param model Wilke's subject with the muscle model
     * @param plain the comparison with the model's own constants ({@code WilkeValidation.run(model)})
     * @param draws number of draws
     * @param seed the seed
     * @return {with the area's spread, without it}
     */
    static List<WilkeJointSensitivity.Result> joint(LumbarModel model, WilkeValidation.Report plain, int draws,
                                                    long seed) {
        List<WilkeSensitivity.Range> all = WilkeSensitivity.publishedRanges();
        List<WilkeSensitivity.Range> noArea = WilkeJointSensitivity.holding(all, TissueParameter.DISC_AREA_SCALE,
                model.tissueParameters().get(TissueParameter.DISC_AREA_SCALE),
                "held at the model's value: Wilke's subject's area was measured");
        return List.of(WilkeJointSensitivity.run(model, plain, all, draws, seed),
                WilkeJointSensitivity.run(model, plain, noArea, draws, seed));
    }

    /** The variants' names in the joint CSV, in the order of {@link #joint}. */
    private static final List<String> VARIANTS = List.of("withAreaSpread", "withoutAreaSpread");

    /**
     * @param joint the variants from {@link #joint}
     * @return the joint CSV described in the class documentation
     */
    static String jointCsv(List<WilkeJointSensitivity.Result> joint) {
        StringBuilder b = new StringBuilder("variant,quantity,row,activity,measured,predicted,p2_5,p50,p97_5,"
                + "measuredInBand,unsolvedDraws,draws,seed\n");
        for (int v = 0; v < joint.size(); v++) {
            WilkeJointSensitivity.Result r = joint.get(v);
            for (boolean ratio : new boolean[] {false, true}) {
                for (WilkeJointSensitivity.RowBand row : r.rows()) {
                    WilkeValidation.Row plain = row.plain();
                    WilkeJointSensitivity.Band band = ratio ? row.ratio() : row.idpMPa();
                    boolean in = ratio ? row.measuredInRatioBand() : row.measuredInIdpBand();
                    double predicted = plain.status() != WilkeValidation.Status.OK ? Double.NaN
                            : ratio ? plain.predictedRatio() : plain.predictedIdpMPa();
                    b.append(VARIANTS.get(v)).append(',').append(ratio ? "ratio" : "idpMPa").append(',')
                            .append(plain.measurement().id()).append(",\"").append(plain.measurement().activity())
                            .append("\",").append(num(ratio ? plain.measuredRatio() : plain.measurement().idpMPa()))
                            .append(',').append(num(predicted)).append(',').append(num(band.low())).append(',')
                            .append(num(band.median())).append(',').append(num(band.high())).append(',')
                            .append(band.solved() ? in ? "yes" : "no" : "").append(',').append(row.unsolved())
                            .append(',').append(r.draws()).append(',').append(r.seed()).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** The printed joint bands: how each constant is drawn, per variant the rows, then a count line. */
    static String jointTable(List<WilkeJointSensitivity.Result> joint, MuscleModelKind kind) {
        StringBuilder b = new StringBuilder();
        WilkeJointSensitivity.Result first = joint.get(0);
        b.append(String.format(Locale.ROOT, "%nJoint bands, %s muscles: every constant above drawn together, %d draws,"
                + " seed %d; percentiles %s/%s/%s over the draws that solved%n", kind.id(), first.draws(), first.seed(),
                num(WilkeJointSensitivity.LOWER_PERCENTILE), num(WilkeJointSensitivity.MEDIAN_PERCENTILE),
                num(WilkeJointSensitivity.UPPER_PERCENTILE)));
        for (WilkeSensitivity.Range r : first.ranges()) {
            b.append(String.format(Locale.ROOT, "  %s drawn from %s%n", r.parameter().id(),
                    distribution(WilkeJointSensitivity.spreadOf(r))));
        }
        for (int v = 0; v < joint.size(); v++) {
            WilkeJointSensitivity.Result r = joint.get(v);
            b.append(String.format(Locale.ROOT, "%n%s: pressure at L4-L5 (MPa) and ratio to relaxed standing: measured,"
                    + " predicted, 2.5/50/97.5 %% of the draws, measurement inside the 95 %% band; unsolved draws%n",
                    VARIANTS.get(v)));
            b.append(String.format(Locale.ROOT, "%-22s %8s %9s %21s %6s %8s %9s %21s %6s %8s%n", "row", "measured",
                    "predicted", "2.5 / 50 / 97.5", "inside", "measured", "predicted", "2.5 / 50 / 97.5", "inside",
                    "unsolved"));
            int idpIn = 0;
            int ratioIn = 0;
            int unsolved = 0;
            for (WilkeJointSensitivity.RowBand row : r.rows()) {
                WilkeValidation.Row p = row.plain();
                b.append(String.format(Locale.ROOT, "%-22s %8.3f %9s %21s %6s %8.3f %9s %21s %6s %8d%n",
                        p.measurement().id(), p.measurement().idpMPa(),
                        cell(p.status() == WilkeValidation.Status.OK ? p.predictedIdpMPa() : Double.NaN),
                        bandCell(row.idpMPa()), inside(row.idpMPa(), row.measuredInIdpBand()), p.measuredRatio(),
                        cell(p.status() == WilkeValidation.Status.OK ? p.predictedRatio() : Double.NaN),
                        bandCell(row.ratio()), inside(row.ratio(), row.measuredInRatioBand()), row.unsolved()));
                idpIn += row.measuredInIdpBand() ? 1 : 0;
                // relaxed standing's ratio is 1 in every draw: not counted
                boolean standing = p.measurement().id().equals(Wilke1999.STANDING_ID);
                ratioIn += !standing && row.measuredInRatioBand() ? 1 : 0;
                unsolved += row.unsolved();
            }
            b.append(String.format(Locale.ROOT, "joint %s: measured pressure inside the 95 %% band in %d of %d rows,"
                            + " ratio in %d of the %d besides relaxed standing; unsolved: %d row-draws of %d (%d draws"
                            + " without relaxed standing)%n", VARIANTS.get(v), idpIn, r.rows().size(), ratioIn,
                    r.rows().size() - 1, unsolved, r.rows().size() * r.draws(), r.standingUnsolved()));
        }
        return b.toString();
    }

    private static String distribution(ConstantVariation.Spread s) {
        if (s instanceof ConstantVariation.Normal n) {
            return String.format(Locale.ROOT, "normal, mean %s, sd %s (the source's mean +/- SD), truncated to the"
                    + " allowed range", num(n.mean()), num(n.sd()));
        }
        ConstantVariation.Uniform u = (ConstantVariation.Uniform) s;
        return u.min() == u.max() ? "nothing: held at " + num(u.min())
                : "uniform " + num(u.min()) + "-" + num(u.max()) + " (the source's range over subjects or discs)";
    }

    private static String bandCell(WilkeJointSensitivity.Band band) {
        return band.solved() ? cell(band.low()) + " " + cell(band.median()) + " " + cell(band.high()) : "failed";
    }

    private static String inside(WilkeJointSensitivity.Band band, boolean in) {
        return band.solved() ? in ? "yes" : "no" : "-";
    }

    /**
     * @param result the sensitivity
     * @return the CSV text described in the class documentation
     */
    static String csv(WilkeSensitivity.Result result) {
        StringBuilder b = new StringBuilder("quantity,row,activity,measured,predicted");
        for (WilkeSensitivity.Swing s : result.swings()) {
            b.append(',').append(s.range().parameter().id()).append("_low,").append(s.range().parameter().id())
                    .append("_high");
        }
        b.append(",unionLow,unionHigh,measuredInUnion,widest\n");
        b.append("constantValue,,,,");
        for (WilkeSensitivity.Swing s : result.swings()) {
            b.append(',').append(num(s.range().low())).append(',').append(num(s.range().high()));
        }
        b.append(",,,,\n");
        List<WilkeValidation.Row> rows = result.baseline().rows();
        for (boolean ratio : new boolean[] {false, true}) {
            for (int i = 0; i < rows.size(); i++) {
                WilkeValidation.Row r = rows.get(i);
                double measured = ratio ? r.measuredRatio() : r.measurement().idpMPa();
                b.append(ratio ? "ratio" : "idpMPa").append(',').append(r.measurement().id()).append(",\"")
                        .append(r.measurement().activity()).append("\",").append(num(measured)).append(',')
                        .append(num(value(result.baseline(), i, ratio)));
                for (WilkeSensitivity.Swing s : result.swings()) {
                    b.append(',').append(num(value(s.atLow(), i, ratio))).append(',')
                            .append(num(value(s.atHigh(), i, ratio)));
                }
                double[] u = ratio ? result.ratioUnion(i) : result.idpUnionMPa(i);
                boolean in = ratio ? result.measuredInRatioUnion(i) : result.measuredInIdpUnion(i);
                b.append(',').append(num(u[0])).append(',').append(num(u[1])).append(',')
                        .append(Double.isNaN(u[0]) ? "" : in ? "yes" : "no").append(',')
                        .append(result.widest(i, ratio).map(s -> s.range().parameter().id()).orElse("")).append('\n');
            }
        }
        summary(b, "rmseIdpMPa", result, WilkeValidation.Report::rmseIdpMPa);
        summary(b, "ratioMaePct", result, WilkeValidation.Report::ratioMaePct);
        summary(b, "n", result, WilkeValidation.Report::n);
        return b.toString();
    }

    private static void summary(StringBuilder b, String quantity, WilkeSensitivity.Result result,
                                ToDoubleFunction<WilkeValidation.Report> f) {
        b.append(quantity).append(",summary,,,").append(num(f.applyAsDouble(result.baseline())));
        // the swing whose ends differ most; none where no end differs (n, when every row solves everywhere)
        WilkeSensitivity.Swing widest = null;
        double widestWidth = 0;
        for (WilkeSensitivity.Swing s : result.swings()) {
            b.append(',').append(num(f.applyAsDouble(s.atLow()))).append(',').append(num(f.applyAsDouble(s.atHigh())));
            double w = Math.abs(f.applyAsDouble(s.atHigh()) - f.applyAsDouble(s.atLow()));
            if (w > widestWidth) {
                widestWidth = w;
                widest = s;
            }
        }
        b.append(",,,,").append(widest == null ? "" : widest.range().parameter().id()).append('\n');
    }

    private static double value(WilkeValidation.Report report, int row, boolean ratio) {
        WilkeValidation.Row r = report.rows().get(row);
        return r.status() != WilkeValidation.Status.OK ? Double.NaN : ratio ? r.predictedRatio() : r.predictedIdpMPa();
    }

    /** A number with 6 significant digits, or an empty cell for NaN. */
    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }

    /** A printed number with 3 decimals, or "failed" where the row was not solved. */
    private static String cell(double v) {
        return Double.isNaN(v) ? "failed" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The printed table: per row, then the summaries at each end, then what was left out. */
    static String table(WilkeSensitivity.Result result, MuscleModelKind kind) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Wilke et al. (1999), %s muscles: each constant moved over its published"
                + " range, one at a time%n", kind.id()));
        for (WilkeSensitivity.Swing s : result.swings()) {
            b.append(String.format(Locale.ROOT, "  %s: %s%n", SensitivityTornado.label(s.range()), s.range().source()));
        }
        List<WilkeValidation.Row> rows = result.baseline().rows();
        for (boolean ratio : new boolean[] {false, true}) {
            b.append(String.format(Locale.ROOT, "%n%s: measured, with the published constants, at each constant's low"
                    + " and high end, their union and whether the measurement lies in it%n",
                    ratio ? "ratio to relaxed standing" : "pressure at L4-L5 (MPa)"));
            b.append(String.format(Locale.ROOT, "%-22s %8s %9s", "row", "measured", "predicted"));
            for (WilkeSensitivity.Swing s : result.swings()) {
                b.append(String.format(Locale.ROOT, " %23s", s.range().parameter().id()));
            }
            b.append(String.format(Locale.ROOT, " %13s %6s%n", "union", "inside"));
            for (int i = 0; i < rows.size(); i++) {
                WilkeValidation.Row r = rows.get(i);
                double[] u = ratio ? result.ratioUnion(i) : result.idpUnionMPa(i);
                boolean in = ratio ? result.measuredInRatioUnion(i) : result.measuredInIdpUnion(i);
                b.append(String.format(Locale.ROOT, "%-22s %8.3f %9s", r.measurement().id(),
                        ratio ? r.measuredRatio() : r.measurement().idpMPa(), cell(value(result.baseline(), i, ratio))));
                for (WilkeSensitivity.Swing s : result.swings()) {
                    b.append(String.format(Locale.ROOT, " %23s", cell(value(s.atLow(), i, ratio)) + " .. "
                            + cell(value(s.atHigh(), i, ratio))));
                }
                b.append(String.format(Locale.ROOT, " %13s %6s%n", cell(u[0]) + "-" + cell(u[1]),
                        Double.isNaN(u[0]) ? "-" : in ? "yes" : "no"));
            }
        }
        b.append(System.lineSeparator());
        b.append(String.format(Locale.ROOT, "summary with the published constants: rmseIdpMPa=%.4f ratioMaePct=%.2f n=%d%n",
                result.baseline().rmseIdpMPa(), result.baseline().ratioMaePct(), result.baseline().n()));
        for (WilkeSensitivity.Swing s : result.swings()) {
            b.append(String.format(Locale.ROOT, "summary %-24s low %-7s rmseIdpMPa=%.4f ratioMaePct=%.2f n=%d;"
                            + " high %-7s rmseIdpMPa=%.4f ratioMaePct=%.2f n=%d%n", s.range().parameter().id(),
                    num(s.range().low()), s.atLow().rmseIdpMPa(), s.atLow().ratioMaePct(), s.atLow().n(),
                    num(s.range().high()), s.atHigh().rmseIdpMPa(), s.atHigh().ratioMaePct(), s.atHigh().n()));
        }
        for (WilkeSensitivity.LeftOut l : WilkeSensitivity.leftOut()) {
            b.append(String.format(Locale.ROOT, "left out: %s: %s%n", l.parameter().id(), l.reason()));
        }
        return b.toString();
    }
}
