package org.lumbosim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.explorer.ExplorerPage;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.viz.report.DemoReport;

/**
 * {@code lumbosim demo [--out DIR] [--muscles ...]}: every posture preset at every level, then the
 * validation, then the demo report ({@link DemoReport}) written to a folder.
 */
final class DemoCommand {
    private DemoCommand() {
    }

    /** Default folder of the demo report, relative to the working directory. */
    static final String DEFAULT_OUT = "lumbosim-report";

    static final String USAGE = String.join("\n",
            "usage: lumbosim demo [--out DIR] [--muscles single-equivalent|multi-fascicle]",
            "",
            "Solves every posture preset for the default subject (20 kg in both hands for lift_round_back,",
            "lift_bent_knees, hold_close and hold_far; no load otherwise) and prints the loads at every level,",
            "then the output of `lumbosim validate`, then its place, once the demo report is written:",
            "  report: /absolute/path/DIR/index.html",
            Options.FOLDER_OUTPUT_HELP + ". It takes about 15 s; \"progress: ...\" lines on",
            "stderr show how far.",
            "The report (DIR, default ./" + DEFAULT_OUT + "/): index.html (figures, tables, captions; open it in a",
            "browser, no network needed), figures/*.png and *.svg, figures/figures.pdf (all figures, one per",
            "page), tables/*.csv, explorer.html (the interactive explorer of `lumbosim explore`, linked from",
            "index.html). Postures, a flexion sweep, stoop vs squat lifting, a heat map, the per-level",
            "profile and muscle forces of a lift, stick figures and the validation with both muscle models.",
            ExitCodes.help("demo"));

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    static final List<String> OPTIONS = List.of("--out", "--muscles");
    /** The options without a value. */
    static final List<String> FLAGS = List.of();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("demo", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        o.noPositional();
        Path outDir = o.path("--out").orElse(Path.of(DEFAULT_OUT));
        MuscleModelKind kind = o.muscles();
        OutputFiles files = new OutputFiles().folder("--out", outDir);
        ByteArrayOutputStream tables = new ByteArrayOutputStream();
        printTables(kind, new PrintStream(tables, true, StandardCharsets.UTF_8));
        files.folderContent(outDir, d -> DemoReport.writeInto(d, kind, new Progress(err, DemoReport.STEPS, "steps"),
                        ExplorerPage::writeInto))
                .writeAll();
        out.print(tables.toString(StandardCharsets.UTF_8));
        out.println("report: " + Output.oneLine(outDir.toAbsolutePath().normalize().resolve(DemoReport.INDEX)));
        return Main.EXIT_OK;
    }

    /** Every preset at every level, then the validation. */
    private static void printTables(MuscleModelKind kind, PrintStream out) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        out.println("Every posture preset, default subject (male, 1.75 m, 70 kg, 45 y), " + kind.id()
                + " muscles, squared-stress recruitment");
        out.println();
        String head = String.format(Locale.ROOT, "%-20s %7s  ", "preset", "load_kg");
        String blank = String.format(Locale.ROOT, "%-20s %7s  ", "", "");
        Output.levelTableHeader(head, out);
        for (PosturePreset p : PosturePreset.values()) {
            double kg = DemoReport.LOADED.contains(p) ? DemoReport.LOAD_KG : 0;
            List<HandLoad> loads = kg > 0 ? List.of(HandLoad.ofMassKg(kg)) : List.of();
            String first = String.format(Locale.ROOT, "%-20s %7.0f  ", p.id(), kg);
            try {
                AnalysisResult r = Lumbosim.analyze(model, p.posture(), loads);
                List<LevelLoad> levels = new ArrayList<>(r.levels());
                for (int i = 0; i < levels.size(); i++) {
                    Output.levelTableRow(i == 0 ? first : blank, levels.get(i), out);
                }
            } catch (LumbosimException e) {
                out.println(first + "FAILED: " + Output.oneLine(e.getMessage()));
            }
        }
        out.println();
        ValidateCommand.printValidation(kind, LevelCoupling.DEVIATIONS, AbdominalPressureMode.PRESCRIBED, out);
    }
}
