package org.lumbosim.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.reference.WilkeValidation;

/**
 * {@code lumbosim validate [--muscles single-equivalent|multi-fascicle]}: predicted against measured
 * L4-L5 pressure (Wilke et al. 1999), ending with the summary line.
 */
final class ValidateCommand {
    private ValidateCommand() {
    }

    static final String USAGE = String.join("\n",
            "usage: lumbosim validate [--muscles single-equivalent|multi-fascicle]",
            "",
            "Compares the predicted intradiscal pressure at L4-L5 (default subject: male, 1.75 m, 70 kg, 45 y;",
            "each row's mass held in both hands; the row's posture preset) with every row of Wilke et al. (1999),",
            "absolute (MPa) and as a ratio to relaxed standing. The last line is",
            "  summary: rmseIdpMPa=<x> ratioMaePct=<y> n=<rows>",
            "over the static rows that solved, relaxed standing included (ratio error 0 by construction);",
            "ratioMaePct is the mean absolute ratio error in percentage points of standing. The night rows are",
            "predicted by the time-dependent disc through the built-in day (see lumbosim day): the pressure when",
            "the night starts and 7 h into it. Rows whose recruitment fails are listed as FAILED, not counted in n.",
            ExitCodes.help("validate"));

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("validate", args, List.of("--muscles"), List.of());
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        o.noPositional();
        printValidation(o.muscles(), out);
        return Main.EXIT_OK;
    }

    /**
     * Prints the validation table and, as the last line, the summary.
     *
     * @param kind the muscle model
     * @param out where to print (written)
     */
    static void printValidation(MuscleModelKind kind, PrintStream out) {
        Subject subject = Subject.defaultSubject();
        WilkeValidation.Report report = WilkeValidation.run(LumbarModel.of(subject).withMuscleModel(kind));
        out.println("Intradiscal pressure at L4-L5: Wilke et al. (1999) Spine 24(8):755-762 vs lumbosim");
        FiniteOutput.printf(out, "subject: %s, %s m, %s kg, %s years; muscles: %s; criterion: squared-stress%n",
                subject.sex().name().toLowerCase(Locale.ROOT), subject.statureM(), subject.bodyMassKg(),
                subject.ageYears(), kind.id());
        out.println("ratio = pressure / relaxed-standing pressure (measured over measured, predicted over predicted);"
                + " ratio_err_pct in percentage points");
        out.println();
        FiniteOutput.printf(out, "%-22s %7s %12s %13s %9s %14s %15s %13s  %s%n", "id", "load_kg", "measured_MPa",
                "predicted_MPa", "error_MPa", "measured_ratio", "predicted_ratio", "ratio_err_pct", "activity");
        for (WilkeValidation.Row r : report.rows()) {
            var m = r.measurement();
            if (r.status() == WilkeValidation.Status.OK) {
                FiniteOutput.printf(out, "%-22s %7.0f %12.3f %13.3f %+9.3f %14.2f %15.2f %+13.1f  %s%n", m.id(),
                        m.loadKg(), m.idpMPa(), r.predictedIdpMPa(), r.errorMPa(), r.measuredRatio(),
                        r.predictedRatio(), r.ratioErrorPct(), m.activity());
            } else {
                String what = r.status() == WilkeValidation.Status.FAILED ? "FAILED: " + Output.oneLine(r.failure())
                        : r.failure();
                FiniteOutput.printf(out, "%-22s %7.0f %12.3f %13s %9s %14.2f %15s %13s  %s -- %s%n", m.id(),
                        m.loadKg(), m.idpMPa(), "-", "-", r.measuredRatio(), "-", "-", m.activity(), what);
            }
        }
        out.println();
        if (report.failed() > 0) {
            out.println("failed: " + report.failed() + " row(s) could not be solved with " + kind.id()
                    + " muscles and are excluded from n");
        }
        out.println(summaryLine(report));
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
