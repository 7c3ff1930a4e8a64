package org.lumbosim.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.viz.FigureExporter;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.ValidationFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.reference.IdpConversionRange;
import org.lumbosim.reference.InVivoRatios;
import org.lumbosim.reference.InVivoValidation;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;

/**
 * {@code lumbosim validate [--muscles single-equivalent|multi-fascicle] [--level-coupling deviations|christophy2012]
 * [--abdominal-pressure prescribed|recruited] [--plot FILE]}: predicted against
 * measured L4-L5 pressure (Wilke et al. 1999), ending with the summary line; {@code --plot} draws the
 * validation figure ({@link ValidationFigure}) of both muscle models.
 */
final class ValidateCommand {
    private ValidateCommand() {
    }

    private static final double MM2_PER_M2 = 1e6;

    static final String USAGE = String.join("\n",
            "usage: lumbosim validate [--muscles single-equivalent|multi-fascicle]",
            "                         [--level-coupling deviations|christophy2012]",
            "                         [--abdominal-pressure prescribed|recruited] [--plot FILE.png|svg|pdf]",
            "",
            "Compares the predicted intradiscal pressure at L4-L5 of Wilke et al. (1999)'s volunteer as published",
            "(male, 1.68 m, 70 kg, 45 y, L4-L5 disc area 1800 mm2; each row's mass held in both hands; the row's",
            "posture: Wilke's subject as pictured in Wilke et al. 2001 and posed by AnyBody AMMR where a source shows",
            "it (posture column \"source\"), else the preset (\"ours\"), each listed after the table) with every row",
            "of Wilke et al. (1999),",
            "absolute (MPa) and as a ratio to relaxed standing. The last line is",
            "  summary: rmseIdpMPa=<x> ratioMaePct=<y> n=<rows>",
            "over the static rows that solved, relaxed standing included (ratio error 0 by construction);",
            "ratioMaePct is the mean absolute ratio error in percentage points of standing. The night rows are",
            "predicted by the time-dependent disc through the built-in day (see lumbosim day): the pressure when",
            "the night starts and 7 h into it. Rows whose recruitment fails are listed as FAILED, not counted in n.",
            "",
            "After the Wilke table: two bands of each static row's pressure, from the published range of the Nachemson",
            "factor (1.5-1.7) with the subject's disc area, and from that range with the area also over the adult",
            "spread of Clouthier et al. (2023) (0.645-1.483 times it), ending with",
            "  band: inFactorBand=<k> inFactorAndAreaBand=<j> n=<static rows>",
            "(rows whose measured pressure lies in each band); then the other in vivo data sets (Nachemson 1981;",
            "Nachemson's figure, secondary; vertebral body replacement telemetry; Wilke 2001; the same implants while",
            "sitting, Rohlmann 2011: backrest, arms on the thighs, leaning forward), run with the same subject, each",
            "ending with",
            "  summary[<set-id>]: [ratioMaePct=<x> [rmseIdpMPa=<y>]] agree=<k> failed=<f> n=<rows>",
            "before the final Wilke summary line.",
            "",
            "--plot FILE draws every row above for both muscle models, measured against predicted (pressure at",
            "L4-L5 with the bands on the left, ratios of every data set on the right), with the errors printed",
            "above; rows the muscles cannot balance are drawn hollow at the loads they require. It is written",
            "before the table, whole or not at all, and named on the first line: plot: <absolute path>.",
            "",
            "--level-coupling sets how the recruitment ties the five levels together (task field model.levelCoupling):",
            "deviations (default) balances every level's moments with bounded level deviations; christophy2012",
            "balances only the three generalised forces of the coupled lumbar coordinates of Christophy et al. (2012)'s",
            "OpenSim model (docs/recruitment.md, \"Level coupling\"). The plot always uses the default.",
            "",
            "--abdominal-pressure sets how the abdominal pressure is found (task field model.abdominalPressure):",
            "prescribed (default) follows Mairiaux et al. (1984)'s regression on the L4-L5 moment; recruited lets the",
            "recruitment choose it, as AnyBody AMMR's trunk does (docs/recruitment.md, \"Recruited abdominal pressure\").",
            ExitCodes.help("validate"));

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    static final List<String> OPTIONS = List.of("--muscles", "--level-coupling", "--abdominal-pressure", "--plot");
    /** The options without a value. */
    static final List<String> FLAGS = List.of();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("validate", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        o.noPositional();
        MuscleModelKind kind = o.muscles();
        LevelCoupling coupling = o.levelCoupling();
        AbdominalPressureMode pressure = o.abdominalPressure();
        Path plotFile = o.figure("--plot").orElse(null);
        if (plotFile != null) {
            OutputFiles files = new OutputFiles();
            files.file("--plot", plotFile);
            List<ValidationFigure.ModelRun> runs = new ArrayList<>();
            for (MuscleModelKind k : MuscleModelKind.values()) {
                runs.add(ValidationFigure.ModelRun.of(k));
            }
            Drawable figure = Options.checked("--plot", () -> ValidationFigure.of(runs, LumbosimTheme.slides())
                    .drawable());
            files.content(plotFile, s -> FigureExporter.slides().write(figure, FigureExporter.Format.of(plotFile), s));
            files.writeAll();
            out.println("plot: " + Output.oneLine(plotFile.toAbsolutePath()));
        }
        printValidation(kind, coupling, pressure, out);
        return Main.EXIT_OK;
    }

    /**
     * Prints the validation table and, as the last line, the summary.
     *
     * @param kind the muscle model
     * @param coupling how the recruitment ties the levels together
     * @param pressure how the abdominal pressure is found
     * @param out where to print (written)
     */
    static void printValidation(MuscleModelKind kind, LevelCoupling coupling, AbdominalPressureMode pressure,
                                PrintStream out) {
        LumbarModel model = Wilke1999.subjectModel().withMuscleModel(kind).withLevelCoupling(coupling)
                .withAbdominalPressure(pressure);
        Subject subject = model.subject();
        WilkeValidation.Report report = WilkeValidation.run(model);
        out.println("Intradiscal pressure at L4-L5: Wilke et al. (1999) Spine 24(8):755-762 vs lumbosim");
        FiniteOutput.printf(out, "subject: Wilke et al. (1999)'s volunteer as published: %s, %s m, %s kg, %s years,"
                        + " L4-L5 disc area %s mm2 (sex, mass, age: abstract; stature and area: p. 756, secondary quote);"
                        + " muscles: %s; criterion: squared-stress%s%n",
                subject.sex().name().toLowerCase(Locale.ROOT), subject.statureM(), subject.bodyMassKg(),
                subject.ageYears(), model.givenDiscAreaMm2(SpinalLevel.L4_L5).orElseThrow(), kind.id(),
                (coupling == LevelCoupling.DEVIATIONS ? "" : "; level coupling: " + coupling.id())
                        + (pressure == AbdominalPressureMode.PRESCRIBED ? "" : "; abdominal pressure: " + pressure.id()));
        out.println("ratio = pressure / relaxed-standing pressure (measured over measured, predicted over predicted);"
                + " ratio_err_pct in percentage points");
        out.println();
        out.println("posture = source: the subject's posture from Wilke et al. (2001)'s photographs and AnyBody AMMR's poses"
                + " of the same activities; ours: no published posture (the preset's angles are this model's choice)");
        FiniteOutput.printf(out, "%-22s %7s %12s %13s %9s %14s %15s %13s %-7s  %s%n", "id", "load_kg", "measured_MPa",
                "predicted_MPa", "error_MPa", "measured_ratio", "predicted_ratio", "ratio_err_pct", "posture", "activity");
        for (WilkeValidation.Row r : report.rows()) {
            var m = r.measurement();
            String posture = m.postureFromSource() ? "source" : "ours";
            if (r.status() == WilkeValidation.Status.OK) {
                FiniteOutput.printf(out, "%-22s %7.0f %12.3f %13.3f %+9.3f %14.2f %15.2f %+13.1f %-7s  %s%n", m.id(),
                        m.loadKg(), m.idpMPa(), r.predictedIdpMPa(), r.errorMPa(), r.measuredRatio(),
                        r.predictedRatio(), r.ratioErrorPct(), posture, m.activity());
            } else {
                String what = r.status() == WilkeValidation.Status.FAILED ? "FAILED: " + Output.oneLine(r.failure())
                        : r.failure();
                FiniteOutput.printf(out, "%-22s %7.0f %12.3f %13s %9s %14.2f %15s %13s %-7s  %s -- %s%n", m.id(),
                        m.loadKg(), m.idpMPa(), "-", "-", r.measuredRatio(), "-", "-", posture, m.activity(), what);
            }
        }
        out.println();
        printPostures(report, out);
        out.println();
        printBand(model, report, out);
        for (InVivoValidation.SetReport set : InVivoValidation.run(model)) {
            out.println();
            printSet(set, out);
        }
        out.println();
        if (report.failed() > 0) {
            out.println("failed: " + report.failed() + " row(s) could not be solved with " + kind.id()
                    + " muscles and are excluded from n");
        }
        out.println(summaryLine(report));
    }

    /** Each static row's posture (angles in task-file order) and where it comes from. */
    private static void printPostures(WilkeValidation.Report report, PrintStream out) {
        out.println("postures (deg: trunk, lumbar, hip, knee, shoulder to the thorax, elbow; arms hang = vertical under gravity;"
                + " out of the sagittal plane, where not 0: lateral bend, axial rotation, body roll):");
        for (WilkeValidation.Row r : report.rows()) {
            var m = r.measurement();
            m.posture().ifPresent(p -> out.printf(Locale.ROOT, "%-22s %s %s %s %s %s %s%s%s -- %s: %s%n", m.id(),
                    deg(p.trunkFlexionDeg()), deg(p.lumbarFlexionDeg()), deg(p.hipFlexionDeg()), deg(p.kneeFlexionDeg()),
                    deg(p.shoulderFlexionDeg()), deg(p.elbowFlexionDeg()), p.armsHang() ? " (arms hang)" : "",
                    outOfPlane(p), m.postureFromSource() ? "source" : "ours", m.postureNote()));
        }
    }

    /**
     * The angles out of the sagittal plane, listed only where not 0 (lying on the side bends and
     * rolls; before they were listed, its row read as a straight spine).
     */
    private static String outOfPlane(Posture p) {
        StringBuilder b = new StringBuilder();
        if (p.lateralBendDeg() != 0) {
            b.append(" lateral bend ").append(deg(p.lateralBendDeg()));
        }
        if (p.axialRotationDeg() != 0) {
            b.append(" axial rotation ").append(deg(p.axialRotationDeg()));
        }
        if (p.bodyRollDeg() != 0) {
            b.append(" roll ").append(deg(p.bodyRollDeg()));
        }
        return b.toString();
    }

    private static String deg(double v) {
        return BigDecimal.valueOf(FiniteOutput.check("a posture angle", v)).setScale(1, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    private static void printBand(LumbarModel model, WilkeValidation.Report report, PrintStream out) {
        out.printf(Locale.ROOT, "uncertainty bands (static rows): p0 + factor F / A at L4-L5 with the predicted compression F;"
                        + " factor band: Nachemson factor %s-%s (normal discs, Nachemson 1959 Table 5; secondary) with this"
                        + " subject's area A = %.0f mm2; factor-and-area band: the same with A also over %.3f-%.3f times"
                        + " it (%.0f-%.0f mm2: smallest and largest over mean endplate area of 87 adults, Clouthier et al."
                        + " 2023; a population spread, wide for an area measured on the subject)%n",
                IdpConversionRange.NACHEMSON_FACTOR_MIN, IdpConversionRange.NACHEMSON_FACTOR_MAX,
                model.discAreaM2(SpinalLevel.L4_L5) * MM2_PER_M2, IdpConversionRange.DISC_AREA_RATIO_MIN,
                IdpConversionRange.DISC_AREA_RATIO_MAX,
                model.discAreaM2(SpinalLevel.L4_L5) * MM2_PER_M2 * IdpConversionRange.DISC_AREA_RATIO_MIN,
                model.discAreaM2(SpinalLevel.L4_L5) * MM2_PER_M2 * IdpConversionRange.DISC_AREA_RATIO_MAX);
        out.printf(Locale.ROOT, "%-22s %12s %11s %13s %12s %16s %16s %17s %21s%n", "id", "measured_MPa", "idp_low_MPa",
                "predicted_MPa", "idp_high_MPa", "measured_in_band", "area_idp_low_MPa", "area_idp_high_MPa",
                "measured_in_area_band");
        int n = 0;
        int in = 0;
        int inArea = 0;
        for (WilkeValidation.Row r : report.rows()) {
            if (r.status() == WilkeValidation.Status.OK && Double.isFinite(r.idpLowMPa())) {
                n++;
                in += r.measuredInBand() ? 1 : 0;
                inArea += r.measuredInAreaBand() ? 1 : 0;
                out.printf(Locale.ROOT, "%-22s %12.3f %11.3f %13.3f %12.3f %16s %16.3f %17.3f %21s%n", r.measurement().id(),
                        r.measurement().idpMPa(), r.idpLowMPa(), r.predictedIdpMPa(), r.idpHighMPa(),
                        r.measuredInBand() ? "yes" : "no", r.idpAreaLowMPa(), r.idpAreaHighMPa(),
                        r.measuredInAreaBand() ? "yes" : "no");
            }
        }
        out.println(bandSummaryLine(in, inArea, n));
    }

    /**
     * @param in static rows whose measured pressure lies in the factor band
     * @param inArea static rows whose measured pressure lies in the factor-and-area band
     * @param n static rows with a band
     * @return {@code band: inFactorBand=<in> inFactorAndAreaBand=<inArea> n=<n>}
     */
    static String bandSummaryLine(int in, int inArea, int n) {
        return "band: inFactorBand=" + in + " inFactorAndAreaBand=" + inArea + " n=" + n;
    }

    private static void printSet(InVivoValidation.SetReport set, PrintStream out) {
        out.println("[" + set.setId() + "] " + InVivoRatios.title(set.setId()));
        out.printf(Locale.ROOT, "error_pp = distance to the published value or range (0 inside it); agree = within %s pp%n",
                plain(InVivoValidation.AGREEMENT_TOLERANCE_PCT));
        out.printf(Locale.ROOT, "%-30s %-14s %13s %13s %9s %5s %-7s  %s%n", "id", "measure", "published_pct",
                "predicted_pct", "error_pp", "agree", "posture", "activity -- evidence");
        for (InVivoValidation.Row r : set.rows()) {
            InVivoRatios.Comparison c = r.comparison();
            String posture = c.postureSource().startsWith("posture ours") ? "ours"
                    : c.postureSource().startsWith("posture from source") ? "source" : "-";
            String evidence = c.provenance().split(":", 2)[0];
            String measure = c.measure().name().toLowerCase(Locale.ROOT);
            if (r.status() == WilkeValidation.Status.OK) {
                String mpa = Double.isNaN(r.predictedMPa()) ? ""
                        : String.format(Locale.ROOT, " (%.2f MPa measured, %.3f predicted)", c.publishedMPa(), r.predictedMPa());
                out.printf(Locale.ROOT, "%-30s %-14s %13s %13.1f %+9.1f %5s %-7s  %s%s -- %s%n", c.id(), measure,
                        c.publishedText(), r.predictedPct(), r.errorPct(), r.agrees() ? "yes" : "no", posture, c.activity(),
                        mpa, evidence);
            } else {
                String what = r.status() == WilkeValidation.Status.FAILED ? "FAILED: " + Output.oneLine(r.failure())
                        : r.failure();
                out.printf(Locale.ROOT, "%-30s %-14s %13s %13s %9s %5s %-7s  %s -- %s -- %s%n", c.id(), measure,
                        c.publishedText(), "-", "-", "-", posture, c.activity(), evidence, what);
            }
        }
        out.println(setSummaryLine(set));
    }

    /**
     * @param set the report of one in vivo data set
     * @return {@code summary[<set-id>]: [ratioMaePct=<x> [rmseIdpMPa=<y>]] agree=<k> failed=<f> n=<rows>},
     *     numbers at full precision without exponent; the errors are left out when no row of the set
     *     could be solved ({@code n=0}: there is no error to report, and no NaN is ever printed);
     *     rmseIdpMPa only for a set that publishes pressures
     */
    static String setSummaryLine(InVivoValidation.SetReport set) {
        String errors = set.n() == 0 ? "" : "ratioMaePct=" + plain(set.ratioMaePct())
                + (set.rows().stream().anyMatch(r -> !Double.isNaN(r.comparison().publishedMPa()))
                        ? " rmseIdpMPa=" + plain(set.rmseIdpMPa()) : "") + " ";
        return "summary[" + set.setId() + "]: " + errors + "agree=" + set.agree() + " failed=" + set.failed()
                + " n=" + set.n();
    }

    /**
     * @param report a validation report
     * @return {@code summary: rmseIdpMPa=<x> ratioMaePct=<y> n=<rows>}, numbers at full precision
     *     without exponent
     */
    static String summaryLine(WilkeValidation.Report report) {
        return "summary: rmseIdpMPa=" + plain(report.rmseIdpMPa()) + " ratioMaePct=" + plain(report.ratioMaePct())
                + " n=" + report.n();
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(FiniteOutput.check("a validation summary number", v)).toPlainString();
    }
}
