package org.lumbosim.cli;

import java.io.PrintStream;
import org.lumbosim.InfeasibleRecruitmentException;

/**
 * The one mapping, for every command, from what a command throws to the exit code and the one line
 * on stderr (docs/cli.md, "Exit codes"):
 * <ul>
 *   <li>bad input: a {@link BadInputException}, or another {@link IllegalArgumentException} such as
 *       {@link org.lumbosim.ParameterOutOfRangeException} (the core's signal that a value it was
 *       given is not valid): {@link Main#EXIT_BAD_INPUT}, {@code error: <message>};</li>
 *   <li>the muscles cannot balance: an {@link InfeasibleRecruitmentException} or an
 *       {@link InfeasibleTaskException}: {@link Main#EXIT_INFEASIBLE}, {@code infeasible: <message>};</li>
 *   <li>anything else, a failure of the program or the model: {@link Main#EXIT_INTERNAL},
 *       {@code internal error: <type>: <message>}.</li>
 * </ul>
 */
final class ExitCodes {
    private ExitCodes() {
    }

    /**
     * Prints the one stderr line of a failure and returns its exit code.
     *
     * @param e what the command threw
     * @param err standard error (written: one line)
     * @return the exit code
     */
    static int report(RuntimeException e, PrintStream err) {
        if (e instanceof InfeasibleRecruitmentException || e instanceof InfeasibleTaskException) {
            err.println("infeasible: " + Output.oneLine(e.getMessage()));
            return Main.EXIT_INFEASIBLE;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("error: " + Output.oneLine(e.getMessage()));
            return Main.EXIT_BAD_INPUT;
        }
        err.println("internal error: " + Output.oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
        return Main.EXIT_INTERNAL;
    }
}
