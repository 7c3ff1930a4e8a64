package org.lumbosim.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lumbosim.internal.Checks;

/**
 * The {@code lumbosim} command line. {@code Main} prints the usage and help, hands the arguments to
 * the named {@link Command} ({@code analyze}, {@code validate}, {@code demo}, {@code plot},
 * {@code assess}, {@code motion}, {@code population}, {@code day}, {@code atlas}, {@code explore}, {@code example},
 * {@code classpath})
 * and turns what the command throws into the exit code and the one stderr line.
 * Exit codes: 0 success, 1 internal failure, 2 bad input (one line on stderr, nothing on stdout),
 * 3 the muscles cannot balance the task. See {@code docs/cli.md}.
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
    /** The muscles cannot balance the task. */
    public static final int EXIT_INFEASIBLE = 3;

    /** The commands by name, in the order of the usage text. */
    private static final Map<String, Command> COMMANDS = commands();

    private static Map<String, Command> commands() {
        Map<String, Command> m = new LinkedHashMap<>();
        m.put("analyze", AnalyzeCommand::run);
        m.put("validate", ValidateCommand::run);
        m.put("demo", DemoCommand::run);
        m.put("plot", Plot::run);
        m.put("assess", AssessCommand::run);
        m.put("motion", MotionCommand::run);
        m.put("population", PopulationCommand::run);
        m.put("day", DayCommand::run);
        m.put("atlas", AtlasCommand::run);
        m.put("explore", ExploreCommand::run);
        m.put("example", Examples::run);
        m.put("classpath", ClasspathCommand::run);
        return Collections.unmodifiableMap(m);
    }

    /** @return the commands' names, in the order of the usage text */
    static Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    static final String USAGE = String.join("\n",
            "usage: lumbosim <command> [options]",
            "",
            "commands:",
            "  analyze TASK.json [--format json|csv|table] [--muscle-forces] [--muscle-forces-out FILE.csv]",
            "                     loads at every lumbar level for one task file",
            "  validate [--muscles single-equivalent|multi-fascicle] [--plot FILE.png|svg|pdf]",
            "           [--level-coupling deviations|christophy2012] [--abdominal-pressure prescribed|recruited]",
            "                     predicted vs measured L4-L5 pressure (Wilke et al. 1999) and other in vivo sets",
            "  demo [--out DIR] [--muscles single-equivalent|multi-fascicle]",
            "                     every posture preset and the validation, and writes the demo report",
            "                     (figures, tables, index.html) to DIR (default ./lumbosim-report/)",
            "  plot TASK.json --out FILE.png|svg|pdf [--sweep PARAM=FROM:TO:STEP] [--level L5-S1] [--title TEXT]",
            "                     one figure: a parameter sweep, or the stick figure and all levels",
            "  assess JOB.json [--format json|table]",
            "                     a job's risk summary: limits, cumulative load, fatigue damage, NIOSH RWL",
            "  motion FILE.csv|.mot|.sto [--task TASK.json] [--load-kg M --pickup-s T1 --release-s T2]",
            "         [--cutoff-hz 6|auto] [--clamp] [--out FILE.csv] [--plot FILE.png|svg|pdf] [--title TEXT]",
            "         [--muscles single-equivalent|multi-fascicle]",
            "         [--sex male|female --stature-m 1.75 --mass-kg 70 --age-years 45]",
            "                     loads at every level over a recorded motion (inverse dynamics)",
            "  population TASK.json [--n N] [--seed S] [--threads T] [--out FILE.csv]",
            "                     the task over a simulated adult population: percentiles, shares above limits",
            "  day [SCHEDULE.json] [--step-min 10] [--out FILE.csv] [--plot FILE.png|svg|pdf]",
            "                     disc pressure and height through a day (built-in 24 h day without a file)",
            "  atlas [--out DIR] [--muscles single-equivalent|multi-fascicle]",
            "                     every exercise and daily activity ranked by L5-S1 load: atlas.csv, atlas.html,",
            "                     figures/ (default DIR ./lumbosim-atlas/)",
            "  explore [--out DIR]",
            "                     an interactive page (offline, in the browser) where sliders move the posture,",
            "                     load and person and the model answers: DIR/explorer.html (default ./lumbosim-explorer/)",
            "  example NAME [options]",
            "                     runs a task-named example program (lumbosim example --help lists them)",
            "  classpath",
            "                     prints the class path of the command line (its jar), for single-file Java scripts",
            "",
            "lumbosim <command> --help shows a command's options.",
            "exit codes: 0 ok, 1 internal failure, 2 bad input, 3 infeasible muscle recruitment");

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
        Checks.given(args, "args");
        Checks.given(out, "out");
        Checks.given(err, "err");
        if (args.length == 0) {
            err.println(USAGE);
            return EXIT_BAD_INPUT;
        }
        if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.println(USAGE);
            return EXIT_OK;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            Command command = COMMANDS.get(args[0]);
            if (command == null) {
                throw new BadInputException("unknown command \"" + args[0] + "\"; commands: "
                        + String.join(", ", COMMANDS.keySet()) + " (see lumbosim --help)");
            }
            int code = command.run(rest, out, err);
            if (out.checkError()) {
                // PrintStream swallows write errors: a full disk or a closed pipe must not pass for success
                throw new BadInputException("standard output cannot be written (a full disk, or a closed pipe)");
            }
            return code;
        } catch (RuntimeException e) {
            return ExitCodes.report(e, err);
        }
    }
}
