package org.lumbosim.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minimal {@code --name value} option parsing shared by the examples: each option has a default
 * that {@code --help} prints.
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
     * Parses the arguments.
     *
     * @return false if {@code --help} was asked (usage printed to {@code out})
     * @throws IllegalArgumentException naming an unknown option or a missing value
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
            if (!a.startsWith("--") || !defaults.containsKey(a.substring(2))) {
                throw new IllegalArgumentException("unknown option " + a + "; known: " + defaults.keySet());
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            values.put(a.substring(2), args[++i]);
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
