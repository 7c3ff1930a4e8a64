package org.lumbosim.examples;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.reference.Wilke1999;
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
 * <p>Run: {@code ./lumbosim example ValidationSensitivity --muscles multi-fascicle}
 */
public final class ValidationSensitivity {
    private ValidationSensitivity() {
    }

    /** Stem of the output files' names; the muscle model's id and the extension follow. */
    static final String STEM = "validation-sensitivity-";

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IllegalArgumentException naming the option if an option is bad, or naming {@code --out}
     *     and the path if a file cannot be written (then none is)
     */
    public static void main(String[] args) {
        ExampleArgs o = new ExampleArgs("ValidationSensitivity",
                "One-at-a-time sensitivity of the Wilke 1999 comparison to the constants with a published range;"
                        + " CSV and tornado chart (PNG, SVG).")
                .option("muscles", "single-equivalent", "muscle model: single-equivalent or multi-fascicle")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        MuscleModelKind kind = o.parsed("muscles", MuscleModelKind::ofId);
        String csvName = STEM + kind.id() + ".csv";
        String pngName = STEM + kind.id() + ".png";
        String svgName = STEM + kind.id() + ".svg";
        OutputFiles files = o.outputs(csvName, pngName, svgName);
        WilkeSensitivity.Result result = WilkeSensitivity.run(Wilke1999.subjectModel().withMuscleModel(kind),
                WilkeSensitivity.publishedRanges());
        JFreeChart chart = SensitivityTornado.of(result, "Wilke 1999 comparison: one constant at a time ("
                + kind.id() + " muscles)", LumbosimTheme.slides());
        files.content(o.outputFile(csvName), OutputFiles.Content.text(csv(result)))
                .content(o.outputFile(pngName), s -> FigureExporter.slides().writePng(chart, s))
                .content(o.outputFile(svgName), s -> FigureExporter.slides().writeSvg(chart, s))
                .writeAll();
        System.out.print(table(result, kind));
        for (String f : List.of(csvName, pngName, svgName)) {
            System.out.println("wrote " + OutputFiles.oneLine(o.outputFile(f).toAbsolutePath()));
        }
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
