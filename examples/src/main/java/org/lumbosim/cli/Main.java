package org.lumbosim.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.viz.report.DemoReport;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;

/**
 * The {@code lumbosim} command line: {@code analyze TASK.json}, {@code validate}, {@code demo} (with the
 * report), {@code plot TASK.json} and {@code example NAME}.
 * Exit codes: 0 success, 1 internal failure, 2 bad input (one line on stderr, nothing on stdout),
 * 3 infeasible muscle recruitment in {@code analyze}. See {@code docs/cli.md}.
 */
public final class Main {
    private Main() {
    }

    /** Success. */
    public static final int EXIT_OK = 0;
    /** Internal failure (a bug, or a recruitment that did not converge). */
    public static final int EXIT_INTERNAL = 1;
    /** Bad input: usage, options, task file. */
    public static final int EXIT_BAD_INPUT = 2;
    /** The muscles cannot balance the task (analyze only). */
    public static final int EXIT_INFEASIBLE = 3;

    /** Mass held in the demo's lifting and holding presets (kg). */
    static final double DEMO_LOAD_KG = DemoReport.LOAD_KG;

    /** Presets the demo runs with {@link #DEMO_LOAD_KG}; the others run without load. */
    static final List<PosturePreset> DEMO_LOADED = DemoReport.LOADED;

    static final String USAGE = String.join("\n",
            "usage: lumbosim <command> [options]",
            "",
            "commands:",
            "  analyze TASK.json [--format json|csv|table] [--muscle-forces]",
            "                     loads at every lumbar level for one task file",
            "  validate [--muscles single-equivalent|multi-fascicle]",
            "                     predicted vs measured L4-L5 pressure (Wilke et al. 1999)",
            "  demo [--out DIR] [--muscles single-equivalent|multi-fascicle]",
            "                     every posture preset and the validation, and writes the demo report",
            "                     (figures, tables, index.html) to DIR (default ./lumbosim-report/)",
            "  plot TASK.json --out FILE.png|svg|pdf [--sweep PARAM=FROM:TO:STEP] [--level L5-S1]",
            "                     one figure: a parameter sweep, or the stick figure and all levels",
            "  assess JOB.json [--format json|table]",
            "                     a job's risk summary: limits, cumulative load, fatigue damage, NIOSH RWL",
            "  motion FILE.csv|.mot|.sto [--load-kg M --pickup-s T1 --release-s T2] [--out FILE.csv]",
            "                     loads at every level over a recorded motion (inverse dynamics)",
            "  population TASK.json [--n N] [--seed S] [--threads T]",
            "                     the task over a simulated adult population: percentiles, shares above limits",
            "  day [SCHEDULE.json] [--step-min 10] [--out FILE.csv] [--plot FILE.png|svg|pdf]",
            "                     disc pressure and height through a day (built-in 24 h day without a file)",
            "  atlas [--out DIR] [--muscles single-equivalent|multi-fascicle]",
            "                     every exercise and daily activity ranked by L5-S1 load: atlas.csv, atlas.html,",
            "                     figures/ (default DIR ./lumbosim-atlas/)",
            "  example NAME [options]",
            "                     runs a task-named example program (lumbosim example --help lists them)",
            "",
            "lumbosim <command> --help shows a command's options.",
            "exit codes: 0 ok, 1 internal failure, 2 bad input, 3 infeasible muscle recruitment (analyze)");

    static final String ANALYZE_USAGE = String.join("\n",
            "usage: lumbosim analyze TASK.json [--format json|csv|table] [--muscle-forces]",
            "",
            "Solves one task and prints the loads on the five lumbar discs (L5-S1 first).",
            "  --format json    (default) {\"status\":\"ok\",\"levels\":[{\"level\",\"compressionN\",\"apShearN\",",
            "                   \"lateralShearN\",\"idpMPa\",...}],...}",
            "  --format csv     header + one row per level, full precision",
            "  --format table   aligned table for reading",
            "  --muscle-forces  also every muscle line's force (N) and stress (MPa)",
            "",
            "Task file: {\"subject\":{...},\"posture\":{\"preset\":\"standing_flexed\",...},\"loads\":[{\"massKg\":20}],",
            "            \"model\":{\"muscles\":\"single-equivalent\",\"criterion\":\"squared-stress\"}}",
            "Exit codes: 0 ok; 2 bad input; 3 infeasible recruitment (json: {\"status\":\"infeasible\",...} on",
            "stdout, other formats: nothing on stdout; the message on stderr in both cases); 1 internal failure.");

    static final String VALIDATE_USAGE = String.join("\n",
            "usage: lumbosim validate [--muscles single-equivalent|multi-fascicle]",
            "",
            "Compares the predicted intradiscal pressure at L4-L5 (default subject: male, 1.75 m, 70 kg, 45 y;",
            "each row's mass held in both hands; the row's posture preset) with every row of Wilke et al. (1999),",
            "absolute (MPa) and as a ratio to relaxed standing. The last line is",
            "  summary: rmseIdpMPa=<x> ratioMaePct=<y> n=<rows>",
            "over the static rows that solved, relaxed standing included (ratio error 0 by construction);",
            "ratioMaePct is the mean absolute ratio error in percentage points of standing. The night rows are",
            "predicted by the time-dependent disc through the built-in day (see lumbosim day): the pressure when",
            "the night starts and 7 h into it. Rows whose recruitment fails are listed as FAILED, not counted in n.");

    static final String DEMO_USAGE = String.join("\n",
            "usage: lumbosim demo [--out DIR] [--muscles single-equivalent|multi-fascicle]",
            "",
            "Solves every posture preset for the default subject (20 kg in both hands for lift_round_back,",
            "lift_bent_knees, hold_close and hold_far; no load otherwise) and prints the loads at every level,",
            "then the output of `lumbosim validate`, then writes the demo report and prints its place:",
            "  report: /absolute/path/DIR/index.html",
            "The report (DIR, default ./" + "lumbosim-report/): index.html (figures, tables, captions; open it in a",
            "browser, no network needed), figures/*.png and *.svg, figures/figures.pdf (all figures, one per",
            "page), tables/*.csv. Postures, a flexion sweep, stoop vs squat lifting, a heat map, the per-level",
            "profile and muscle forces of a lift, stick figures and the validation with both muscle models.");

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the arguments (not modified)
     * @param out standard output (written)
     * @param err standard error (written)
     * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_INTERNAL}, {@link #EXIT_BAD_INPUT} or
     *     {@link #EXIT_INFEASIBLE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return EXIT_BAD_INPUT;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "analyze":
                    return analyze(rest, out, err);
                case "validate":
                    return validate(rest, out);
                case "demo":
                    return demo(rest, out);
                case "plot":
                    return Plot.run(rest, out, err);
                case "example":
                    return Examples.run(rest, out);
                case "assess":
                    return AssessCommand.run(rest, out, err);
                case "population":
                    return PopulationCommand.run(rest, out);
                case "motion":
                    return MotionCommand.run(rest, out);
                case "day":
                    return DayCommand.run(rest, out);
                case "atlas":
                    return atlas(rest, out);
                case "--help":
                case "-h":
                case "help":
                    out.println(USAGE);
                    return EXIT_OK;
                default:
                    throw new BadInputException("unknown command \"" + args[0]
                            + "\"; commands: analyze, validate, demo, plot, assess, motion, population, day, atlas, example (see lumbosim --help)");
            }
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("internal error: " + oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
            return EXIT_INTERNAL;
        }
    }

    // ---------------------------------------------------------------- analyze

    private static int analyze(List<String> args, PrintStream out, PrintStream err) {
        String format = "json";
        boolean muscleForces = false;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                out.println(ANALYZE_USAGE);
                return EXIT_OK;
            } else if (a.equals("--muscle-forces")) {
                muscleForces = true;
            } else if (a.equals("--format") || a.startsWith("--format=")) {
                if (a.equals("--format")) {
                    if (i + 1 == args.size()) {
                        throw new BadInputException("--format needs a value: json, csv or table");
                    }
                    format = args.get(++i);
                } else {
                    format = a.substring("--format=".length());
                }
                if (!List.of("json", "csv", "table").contains(format)) {
                    throw new BadInputException("--format = \"" + format + "\" is not one of json, csv, table");
                }
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw unknownOption("analyze", a);
            } else if (file == null) {
                file = a;
            } else {
                throw new BadInputException("analyze takes one task file; got \"" + file + "\" and \"" + a + "\"");
            }
        }
        if (file == null) {
            throw new BadInputException("analyze needs a task file: lumbosim analyze TASK.json (see --help)");
        }
        Task task = TaskReader.read(Path.of(file));
        AnalysisResult result;
        try {
            result = Lumbosim.analyze(task.model(), task.posture(), task.loads());
        } catch (InfeasibleRecruitmentException e) {
            if (format.equals("json")) {
                out.println(Output.infeasibleJson(e).toPrettyString());
            }
            err.println("infeasible: " + oneLine(e.getMessage()));
            return EXIT_INFEASIBLE;
        }
        switch (format) {
            case "csv":
                Output.csv(result, muscleForces, out);
                break;
            case "table":
                Output.table(task, result, muscleForces, out);
                break;
            default:
                out.println(Output.json(task, result, muscleForces).toPrettyString());
                break;
        }
        return EXIT_OK;
    }

    // ---------------------------------------------------------------- validate

    private static MuscleModelKind musclesOption(String command, List<String> args, PrintStream out, String usage) {
        MuscleModelKind kind = MuscleModelKind.SINGLE_EQUIVALENT;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value;
            if (a.equals("--help") || a.equals("-h")) {
                out.println(usage);
                return null;
            } else if (a.equals("--muscles")) {
                if (i + 1 == args.size()) {
                    throw new BadInputException("--muscles needs a value: single-equivalent or multi-fascicle");
                }
                value = args.get(++i);
            } else if (a.startsWith("--muscles=")) {
                value = a.substring("--muscles=".length());
            } else if (a.startsWith("-")) {
                throw unknownOption(command, a);
            } else {
                throw new BadInputException(command + " takes no file or other argument; got \"" + a + "\"");
            }
            try {
                kind = MuscleModelKind.ofId(value);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--" + e.getMessage());
            }
        }
        return kind;
    }

    private static int validate(List<String> args, PrintStream out) {
        MuscleModelKind kind = musclesOption("validate", args, out, VALIDATE_USAGE);
        if (kind == null) {
            return EXIT_OK;
        }
        printValidation(kind, out);
        return EXIT_OK;
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
        out.printf(Locale.ROOT, "subject: %s, %s m, %s kg, %s years; muscles: %s; criterion: squared-stress%n",
                subject.sex().name().toLowerCase(Locale.ROOT), subject.statureM(), subject.bodyMassKg(),
                subject.ageYears(), kind.id());
        out.println("ratio = pressure / relaxed-standing pressure (measured over measured, predicted over predicted);"
                + " ratio_err_pct in percentage points");
        out.println();
        out.printf(Locale.ROOT, "%-22s %7s %12s %13s %9s %14s %15s %13s  %s%n", "id", "load_kg", "measured_MPa",
                "predicted_MPa", "error_MPa", "measured_ratio", "predicted_ratio", "ratio_err_pct", "activity");
        for (WilkeValidation.Row r : report.rows()) {
            var m = r.measurement();
            if (r.status() == WilkeValidation.Status.OK) {
                out.printf(Locale.ROOT, "%-22s %7.0f %12.3f %13.3f %+9.3f %14.2f %15.2f %+13.1f  %s%n", m.id(),
                        m.loadKg(), m.idpMPa(), r.predictedIdpMPa(), r.errorMPa(), r.measuredRatio(),
                        r.predictedRatio(), r.ratioErrorPct(), m.activity());
            } else {
                String what = r.status() == WilkeValidation.Status.FAILED ? "FAILED: " + oneLine(r.failure())
                        : r.failure();
                out.printf(Locale.ROOT, "%-22s %7.0f %12.3f %13s %9s %14.2f %15s %13s  %s -- %s%n", m.id(),
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
        return Double.isFinite(v) ? BigDecimal.valueOf(v).toPlainString() : Double.toString(v);
    }

    // ---------------------------------------------------------------- demo

    /** Default folder of the demo report, relative to the working directory. */
    static final String DEMO_DEFAULT_OUT = "lumbosim-report";

    private static int demo(List<String> args, PrintStream out) {
        List<String> muscleArgs = new ArrayList<>();
        Path outDir = Path.of(DEMO_DEFAULT_OUT);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out")) {
                if (i + 1 == args.size()) {
                    throw new BadInputException("--out needs a folder: lumbosim demo --out DIR");
                }
                outDir = Path.of(args.get(++i));
            } else if (a.startsWith("--out=")) {
                outDir = Path.of(a.substring("--out=".length()));
            } else if (a.equals("--muscles")) {
                muscleArgs.add(a);
                if (i + 1 < args.size()) {
                    muscleArgs.add(args.get(++i));
                }
            } else {
                muscleArgs.add(a);
            }
        }
        MuscleModelKind kind = musclesOption("demo", muscleArgs, out, DEMO_USAGE);
        if (kind == null) {
            return EXIT_OK;
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new BadInputException("--out = \"" + outDir + "\" is a file, not a folder");
        }
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        out.println("Every posture preset, default subject (male, 1.75 m, 70 kg, 45 y), " + kind.id()
                + " muscles, squared-stress recruitment");
        out.println();
        String head = String.format(Locale.ROOT, "%-20s %7s  ", "preset", "load_kg");
        String blank = String.format(Locale.ROOT, "%-20s %7s  ", "", "");
        Output.levelTableHeader(head, out);
        for (PosturePreset p : PosturePreset.values()) {
            double kg = DEMO_LOADED.contains(p) ? DEMO_LOAD_KG : 0;
            List<HandLoad> loads = kg > 0 ? List.of(HandLoad.ofMassKg(kg)) : List.of();
            String first = String.format(Locale.ROOT, "%-20s %7.0f  ", p.id(), kg);
            try {
                AnalysisResult r = Lumbosim.analyze(model, p.posture(), loads);
                List<LevelLoad> levels = new ArrayList<>(r.levels());
                for (int i = 0; i < levels.size(); i++) {
                    Output.levelTableRow(i == 0 ? first : blank, levels.get(i), out);
                }
            } catch (LumbosimException e) {
                out.println(first + "FAILED: " + oneLine(e.getMessage()));
            }
        }
        out.println();
        printValidation(kind, out);
        Path index = DemoReport.write(outDir, kind);
        out.println("report: " + index);
        return EXIT_OK;
    }

    // ---------------------------------------------------------------- helpers

    private static BadInputException unknownOption(String command, String option) {
        return new BadInputException("unknown option \"" + option + "\" for " + command + " (see lumbosim " + command
                + " --help)");
    }

    private static String oneLine(String s) {
        return String.valueOf(s).replace('\n', ' ').replace('\r', ' ');
    }

    static final String ATLAS_DEFAULT_OUT = "lumbosim-atlas";

    static final String ATLAS_USAGE = String.join("\n",
            "usage: lumbosim atlas [--out DIR] [--muscles single-equivalent|multi-fascicle]",
            "",
            "Solves every posture preset (body weight only, default subject) and writes, to DIR",
            "(default ./lumbosim-atlas/): atlas.csv (ranked by L5-S1 compression, with ratios to relaxed",
            "standing, peak in motion, Wilke 1999 values), atlas.html and figures/ (a stick figure per",
            "preset, ranking.png and ranking.svg with the NIOSH limits). Prints the ranking and the path.");

    private static int atlas(List<String> args, PrintStream out) {
        Path outDir = Path.of(ATLAS_DEFAULT_OUT);
        MuscleModelKind kind = MuscleModelKind.SINGLE_EQUIVALENT;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                out.println(ATLAS_USAGE);
                return EXIT_OK;
            } else if (a.equals("--out")) {
                if (i + 1 == args.size()) {
                    throw new BadInputException("--out needs a folder: lumbosim atlas --out DIR");
                }
                outDir = Path.of(args.get(++i));
            } else if (a.equals("--muscles")) {
                if (i + 1 == args.size()) {
                    throw new BadInputException("--muscles needs single-equivalent or multi-fascicle");
                }
                try {
                    kind = MuscleModelKind.ofId(args.get(++i));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
            } else {
                throw new BadInputException("atlas: unknown option \"" + a + "\" (lumbosim atlas --help)");
            }
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new BadInputException("--out = \"" + outDir + "\" is a file, not a folder");
        }
        Path html = org.lumbosim.viz.report.Atlas.write(outDir, kind);
        List<String> lines;
        try {
            lines = Files.readAllLines(outDir.resolve("atlas.csv"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.println("L5-S1 loads, every preset, body weight only, default subject, " + kind.id() + " muscles");
        out.printf(Locale.ROOT, "%4s %-26s %9s %8s %8s %8s  %s%n", "rank", "preset", "compr_N", "ratio", "ap_N",
                "idp_MPa", "note");
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = csvCells(line);
            out.printf(Locale.ROOT, "%4s %-26s %9s %8s %8s %8s  %s%n", c.get(0), c.get(1), c.get(4), c.get(8),
                    c.get(5), c.get(7), c.get(15));
        }
        out.println("atlas: " + html.toAbsolutePath());
        return EXIT_OK;
    }

    static List<String> csvCells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (q) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    q = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                q = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
