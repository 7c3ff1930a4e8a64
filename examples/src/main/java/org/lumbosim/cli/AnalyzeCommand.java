package org.lumbosim.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.Lumbosim;
import org.lumbosim.result.AnalysisResult;

/**
 * {@code lumbosim analyze TASK.json [--format json|csv|table] [--muscle-forces]}: the loads on the
 * five lumbar discs for one task file.
 */
final class AnalyzeCommand {
    private AnalyzeCommand() {
    }

    static final String USAGE = String.join("\n",
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

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String format = "json";
        boolean muscleForces = false;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return Main.EXIT_OK;
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
                throw Main.unknownOption("analyze", a);
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
            err.println("infeasible: " + Main.oneLine(e.getMessage()));
            return Main.EXIT_INFEASIBLE;
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
        return Main.EXIT_OK;
    }
}
