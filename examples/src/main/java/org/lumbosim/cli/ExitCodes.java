package org.lumbosim.cli;

import java.io.PrintStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.UnsupportedPostureException;

/**
 * The one mapping, for every command, from what a command throws to the exit code and the one line
 * on stderr (docs/cli.md, "Exit codes"):
 * <ul>
 *   <li>bad input: a {@link BadInputException}, or another {@link IllegalArgumentException} such as
 *       {@link org.lumbosim.ParameterOutOfRangeException} (the core's signal that a value it was
 *       given is not valid), or an {@link UnsupportedPostureException}: {@link Main#EXIT_BAD_INPUT}, {@code error: <message>};</li>
 *   <li>the muscles cannot balance: an {@link InfeasibleRecruitmentException} or an
 *       {@link InfeasibleTaskException}: {@link Main#EXIT_INFEASIBLE}, {@code infeasible: <message>};</li>
 *   <li>an exception that wraps one of these (its cause chain is searched, itself first): that one's code,
 *       with the wrapper's message;</li>
 *   <li>anything else, a failure of the program or the model: {@link Main#EXIT_INTERNAL},
 *       {@code internal error: <type>: <message>}.</li>
 * </ul>
 */
final class ExitCodes {
    private ExitCodes() {
    }

    /**
     * The exit codes each command can end with, by command name in the order of the usage text: 0 and
     * 2 for every command, 3 for those that solve a task given to them. 1 (internal failure) is left
     * out: any command ends with it on a bug, and none is expected to. docs/cli.md's "Contract" table
     * lists the same codes (a test compares them), every command's {@code --help} ends with
     * {@link #help(String)}, and the contract property test takes its promised codes from here.
     */
    static final Map<String, List<Integer>> BY_COMMAND = byCommand();

    private static Map<String, List<Integer>> byCommand() {
        List<Integer> solves = List.of(Main.EXIT_OK, Main.EXIT_BAD_INPUT, Main.EXIT_INFEASIBLE);
        List<Integer> reports = List.of(Main.EXIT_OK, Main.EXIT_BAD_INPUT);
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        m.put("analyze", solves);
        m.put("validate", reports);
        m.put("demo", reports);
        m.put("plot", solves);
        m.put("assess", solves);
        m.put("motion", solves);
        m.put("population", solves);
        m.put("day", solves);
        m.put("atlas", reports);
        m.put("explore", reports);
        m.put("example", solves);
        m.put("classpath", reports);
        return Collections.unmodifiableMap(m);
    }

    /**
     * @param command a command's name
     * @return the last line of its {@code --help}: the exit codes it can end with and what they mean
     * @throws IllegalArgumentException if there is no such command
     */
    static String help(String command) {
        List<Integer> codes = BY_COMMAND.get(command);
        if (codes == null) {
            throw new IllegalArgumentException("no command " + command);
        }
        StringBuilder b = new StringBuilder("Exit codes:");
        for (int code : codes) {
            b.append(' ').append(code).append(' ').append(switch (code) {
                case Main.EXIT_OK -> "ok";
                case Main.EXIT_BAD_INPUT -> "bad input";
                default -> "the muscles cannot balance it";
            }).append(';');
        }
        return b.append(" 1 internal failure.").toString();
    }

    /**
     * Prints the one stderr line of a failure and returns its exit code.
     *
     * @param e what the command threw
     * @param err standard error (written: one line)
     * @return the exit code
     */
    static int report(RuntimeException e, PrintStream err) {
        switch (kind(e)) {
            case Main.EXIT_INFEASIBLE:
                err.println("infeasible: " + Output.oneLine(e.getMessage()));
                return Main.EXIT_INFEASIBLE;
            case Main.EXIT_BAD_INPUT:
                err.println("error: " + Output.oneLine(e.getMessage()));
                return Main.EXIT_BAD_INPUT;
            default:
                err.println("internal error: " + Output.oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
                return Main.EXIT_INTERNAL;
        }
    }

    /**
     * The exit code of a failure: that of the first exception in its cause chain (itself first) that
     * says what went wrong, so that a core exception wrapped with context, such as a day's activity
     * the muscles cannot hold, keeps its code.
     */
    private static int kind(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof InfeasibleRecruitmentException || t instanceof InfeasibleTaskException) {
                return Main.EXIT_INFEASIBLE;
            }
            if (t instanceof IllegalArgumentException || t instanceof UnsupportedPostureException) {
                return Main.EXIT_BAD_INPUT;
            }
        }
        return Main.EXIT_INTERNAL;
    }
}
