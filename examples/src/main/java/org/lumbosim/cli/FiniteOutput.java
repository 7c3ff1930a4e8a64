package org.lumbosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The guard of every number the command line prints or writes: {@code NaN} and {@code Infinity} never
 * reach stdout or an output file. A command that would print one has a bug (a failure it did not turn
 * into its exit code), so the guard throws {@link IllegalStateException}, which {@link ExitCodes} maps
 * to exit code 1 ({@code internal error: ...}) and the contract tests treat as a failure.
 */
final class FiniteOutput {
    private FiniteOutput() {
    }

    /**
     * @param what what the number is, for the message
     * @param value the number
     * @return {@code value}
     * @throws IllegalStateException if it is NaN or infinite
     */
    static double check(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("refusing to print " + what + " = " + value
                    + " (every number printed must be finite)");
        }
        return value;
    }

    /**
     * @param what what the number is, for the message
     * @param value the number
     * @return {@link Double#toString(double)} of it (full precision); a negative zero is written {@code 0.0}
     * @throws IllegalStateException if it is NaN or infinite
     */
    static String full(String what, double value) {
        double v = check(what, value);
        return Double.toString(v == 0 ? 0.0 : v);
    }

    /**
     * Prints {@code String.format(Locale.ROOT, format, args)}.
     *
     * @param out where to print (written)
     * @param format the format
     * @param args its arguments
     * @throws IllegalStateException (before printing anything) if an argument is a NaN or infinite
     *     {@link Double} or {@link Float}
     */
    static void printf(PrintStream out, String format, Object... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Double || args[i] instanceof Float) {
                check("argument " + (i + 1) + " of \"" + format.strip() + "\"", ((Number) args[i]).doubleValue());
            }
        }
        out.print(String.format(Locale.ROOT, format, args));
    }

    /**
     * @param root a JSON tree about to be printed
     * @return {@code root}
     * @throws IllegalStateException naming the first number in it that is NaN or infinite
     */
    static JsonNode tree(JsonNode root) {
        check(root, "");
        return root;
    }

    private static void check(JsonNode node, String path) {
        if (node.isNumber()) {
            check(path.isEmpty() ? "the JSON value" : path, node.doubleValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        }
    }
}
