package org.lumbosim.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of the command line ({@code analyze}, {@code plot}, ...): reads its arguments, runs and
 * prints its results. A command signals failure by throwing; {@link Main} turns the exception into
 * the exit code and the one stderr line.
 */
@FunctionalInterface
interface Command {
    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name (not modified)
     * @param out standard output (written)
     * @param err standard error (written only for notes that do not change the exit code)
     * @return the exit code of a run that did not throw
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
