package org.lumbosim.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The examples' options, {@code --name value} or {@code --name=value}, each with a default that
 * {@code --help} prints. The examples run on their own, without the command line, so they keep this
 * small parser; it follows the rules and message forms of the command line's ({@code cli.Options}).
 */
final class ExampleArgs {
    private final String program;
    private final String summary;
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, String> help = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    ExampleArgs(String program, String summary) {
        this.program = program;
        this.summary = summary;
    }

    ExampleArgs option(String name, String defaultValue, String description) {
        defaults.put(name, defaultValue);
        help.put(name, description);
        return this;
    }

    /**
     * Parses the arguments: {@code --name value} or {@code --name=value}, each option at most once,
     * with the message forms of the command line's option parser.
     *
     * @return false if {@code --help} was asked (usage printed to {@code out})
     * @throws IllegalArgumentException naming an unknown option, a missing value or an option given twice
     */
    boolean parse(String[] args, PrintStream out) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.println("usage: " + program + " [options]");
                out.println(summary);
                for (String k : defaults.keySet()) {
                    out.printf("  --%-14s %s (default: %s)%n", k, help.get(k), defaults.get(k));
                }
                return false;
            }
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!name.startsWith("--") || !defaults.containsKey(name.substring(2))) {
                throw new IllegalArgumentException("unknown option \"" + a + "\" for " + program + " (see " + program
                        + " --help)");
            }
            String value = eq >= 0 ? a.substring(eq + 1) : i + 1 < args.length ? args[++i] : "";
            if (value.isEmpty()) {
                throw new IllegalArgumentException(name + " needs a value (see " + program + " --help)");
            }
            String before = values.put(name.substring(2), value);
            if (before != null) {
                throw new IllegalArgumentException(name + " is given twice (\"" + before + "\" and \"" + value
                        + "\"); give it once");
            }
        }
        return true;
    }

    String string(String name) {
        return values.getOrDefault(name, defaults.get(name));
    }

    double number(String name) {
        String v = string(name);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " = \"" + v + "\" is not a number", e);
        }
    }

    /** Creates the output folder and returns the path of a file in it. */
    Path outputFile(String fileName) {
        Path dir = Path.of(string("out"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(fileName);
    }
}
