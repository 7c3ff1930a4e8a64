package org.lumbosim.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.result.AnalysisResult;

/**
 * {@code lumbosim analyze TASK.json [--format json|csv|table] [--muscle-forces] [--muscle-forces-out FILE.csv]}:
 * the loads on the five lumbar discs for one task file.
 */
final class AnalyzeCommand {
    private AnalyzeCommand() {
    }

    static final String USAGE = String.join("\n",
            "usage: lumbosim analyze TASK.json [--format json|csv|table] [--muscle-forces]",
            "                        [--muscle-forces-out FILE.csv]",
            "",
            "Solves one task and prints the loads on the five lumbar discs (L5-S1 first).",
            "  --format json    (default) {\"status\":\"ok\",\"levels\":[{\"level\",\"compressionN\",\"apShearN\",",
            "                   \"lateralShearN\",\"idpMPa\",...}],...}",
            "  --format csv     header + one row per level, full precision",
            "  --format table   aligned table for reading",
            "  --muscle-forces  also every muscle line's force (N) and stress (MPa); with --format csv as a",
            "                   second table after a blank line",
            "  --muscle-forces-out FILE.csv",
            "                   also write that muscle table to FILE.csv alone (name,group,side,forceN,",
            "                   stressMPa), one table a CSV reader takes; any format",
            "",
            "Task file: {\"subject\":{...},\"posture\":{\"preset\":\"standing_flexed\",...},\"loads\":[{\"massKg\":20}],",
            "            \"model\":{\"muscles\":\"single-equivalent\",\"criterion\":\"squared-stress\",\"overload\":\"fail\"}}",
            "When the muscles cannot balance the task (exit 3), --format json prints {\"status\":\"infeasible\",...} on",
            "stdout and the other formats nothing; the message goes to stderr in both cases.",
            "With \"model\":{\"overload\":\"report\"} such a task instead gets its loads at the muscle strength it",
            "requires (min-max stress), exit 0: json {\"status\":\"overloaded\",\"requiredMuscleStressMPa\":x,",
            "\"allowedMuscleStressMPa\":y,\"levels\":[...],...}; csv ends with, and table starts with, the line",
            "  [# ]status: overloaded requiredMuscleStressMPa=<x> allowedMuscleStressMPa=<y>",
            ExitCodes.help("analyze"));

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    static final List<String> OPTIONS = List.of("--format", "--muscle-forces-out");
    /** The options without a value. */
    static final List<String> FLAGS = List.of("--muscle-forces");

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("analyze", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        String format = o.choice("--format", "json", List.of("json", "csv", "table"));
        boolean muscleForces = o.flag("--muscle-forces");
        Path musclesOut = o.path("--muscle-forces-out").orElse(null);
        String file = o.positional("a task file: lumbosim analyze TASK.json");
        OutputFiles files = new OutputFiles().input("the task file", Path.of(file));
        if (musclesOut != null) {
            files.file("--muscle-forces-out", musclesOut);
        }
        Task task = TaskReader.read(Path.of(file));
        AnalysisResult result;
        try {
            result = TaskSolver.analyze(task);
        } catch (InfeasibleRecruitmentException e) {
            if (format.equals("json")) {
                out.println(FiniteOutput.tree(Output.infeasibleJson(e)).toPrettyString());
            }
            throw e;
        }
        if (musclesOut != null) {
            // the file before standard output, which is written last
            files.content(musclesOut, OutputFiles.Content.text(Output.muscleCsv(result)));
            files.writeAll();
        }
        switch (format) {
            case "csv":
                Output.csv(result, muscleForces, out);
                if (result.overloaded()) {
                    out.println(Output.overloadedLine(task, result));
                }
                break;
            case "table":
                if (result.overloaded()) {
                    out.println(Output.overloadedLine(task, result).substring("# ".length()));
                }
                Output.table(task, result, muscleForces, out);
                break;
            default:
                out.println(FiniteOutput.tree(Output.json(task, result, muscleForces)).toPrettyString());
                break;
        }
        return Main.EXIT_OK;
    }
}
