package org.lumbosim.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.lumbosim.RangeText;
import org.lumbosim.io.DecimalText;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.viz.FigureExporter;

/**
 * The examples' options, {@code --name value} or {@code --name=value}, each with a default that
 * {@code --help} prints. The examples run on their own, without the command line, so they keep this
 * small parser; it follows the rules and message forms of the command line's ({@code cli.Options}).
 */
final class ExampleArgs {
    /**
     * Most values a range option set may give ({@link #steps}) and most cells of a grid: at about a
     * millisecond a solve, a few seconds of work and a CSV of a few megabytes.
     */
    static final int MAX_POINTS = 10_000;
    /** Tolerance, in steps, for the last value of a range to count as reached. */
    private static final double ROUNDING = 1e-9;
    /** Largest point count printed exactly (below 2^53, so the double count is an exact integer). */
    private static final double EXACT_COUNT_LIMIT = 1e15;

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
                if (defaults.containsKey("out")) {
                    out.println("The files are written to the --out folder only once everything is computed, each whole or");
                    out.println("not at all (a temporary file moved into place); nothing is printed before. A folder that");
                    out.println("cannot be written is bad input (exit 2 under lumbosim example).");
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

    /**
     * @param name an option without its dashes
     * @return its value, a finite number
     * @throws IllegalArgumentException naming the option if the value is not a finite number
     */
    double number(String name) {
        String v = string(name);
        double x;
        try {
            x = DecimalText.parse(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " = \"" + v + "\" is not a number", e);
        }
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("--" + name + " = \"" + v + "\" is not a finite number");
        }
        return x;
    }

    /**
     * @param name an option without its dashes
     * @param minimum smallest allowed value
     * @param maximum largest allowed value
     * @param unit unit symbol for the message
     * @return its value, a finite number in [minimum, maximum]
     * @throws IllegalArgumentException naming the option and the range otherwise (the message form of
     *     the command line's options)
     */
    double number(String name, double minimum, double maximum, String unit) {
        double x = number(name);
        if (!(x >= minimum && x <= maximum)) {
            throw new IllegalArgumentException("--" + name + " = " + string(name) + " is outside the allowed range "
                    + RangeText.withUnit(minimum, maximum, unit));
        }
        return x;
    }

    /**
     * @param name an option without its dashes
     * @param minimum smallest allowed value
     * @param maximum largest allowed value
     * @return its value, a whole number in [minimum, maximum]
     * @throws IllegalArgumentException naming the option, its value and the allowed range otherwise
     */
    long integer(String name, long minimum, long maximum) {
        String v = string(name);
        String range = RangeText.wholeNumbers(minimum, maximum);
        long x;
        try {
            x = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " = \"" + v + "\" is not a whole number; allowed range "
                    + range, e);
        }
        if (x < minimum || x > maximum) {
            throw new IllegalArgumentException("--" + name + " = " + v + " is outside the allowed range " + range);
        }
        return x;
    }

    /**
     * An option's value turned into a model value by a parser of the model, such as
     * {@code PosturePreset::ofId}, with the model's field name in a refusal replaced by the option's.
     *
     * @param name an option without its dashes
     * @param parser the model's parser of the value
     * @param <T> the model value's type
     * @return the parsed value
     * @throws IllegalArgumentException naming the option, its value and what the parser accepts
     */
    <T> T parsed(String name, Function<String, T> parser) {
        try {
            return parser.apply(string(name));
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            int eq = m.indexOf(" = ");
            String rest = eq > 0 && m.substring(0, eq).matches("[A-Za-z]+") ? m.substring(eq) : ": " + m;
            throw new IllegalArgumentException("--" + name + rest, e);
        }
    }

    /**
     * The values of a range option set, checked before any work. The options giving from and to are
     * checked against their own allowed ranges by the caller ({@link #number(String, double, double, String)}).
     *
     * @param from first value
     * @param to last value (included within rounding), not below {@code from}
     * @param range the options or values giving from and to, for messages, e.g. {@code --from-deg/--to-deg}
     * @param stepName the option giving the step, without its dashes
     * @return from, from + step, ... up to to; at most {@link #MAX_POINTS} values
     * @throws IllegalArgumentException naming the options if {@code to < from}, the step is not
     *     positive or there would be more than {@link #MAX_POINTS} values
     */
    double[] steps(double from, double to, String range, String stepName) {
        double step = number(stepName);
        if (!(step > 0)) {
            throw new IllegalArgumentException("--" + stepName + " = " + string(stepName) + " must be positive");
        }
        if (!(to >= from)) {
            throw new IllegalArgumentException(range + ": the last value " + to + " is below the first " + from);
        }
        // to - from may overflow to infinity and the quotient may pass any long: compare as doubles,
        // and print an exact count only where a long holds it
        double intervals = Math.floor((to - from) / step + ROUNDING);
        if (!(intervals < MAX_POINTS)) {
            String count = intervals < EXACT_COUNT_LIMIT ? String.valueOf((long) intervals + 1)
                    : "more than " + (long) EXACT_COUNT_LIMIT;
            throw new IllegalArgumentException("--" + stepName + " = " + string(stepName) + " gives " + count
                    + " points from " + from + " to " + to + "; at most " + MAX_POINTS + " (choose a larger step)");
        }
        double[] v = new double[(int) intervals + 1];
        for (int i = 0; i < v.length; i++) {
            v[i] = from + i * step;
        }
        return v;
    }

    /**
     * @param fileName a file name
     * @return the file of that name in the {@code --out} folder (created when the outputs are written)
     */
    Path outputFile(String fileName) {
        return Path.of(string("out")).resolve(fileName);
    }

    /**
     * Declares the program's output files in the {@code --out} folder before any work, so that a
     * folder that cannot be written is refused at once; they are written by
     * {@link OutputFiles#writeAll()}, each whole or not at all, once everything is computed.
     *
     * @param fileNames the files' names
     * @return the writer, every file declared under the option {@code --out}
     * @throws org.lumbosim.io.OutputPathException naming {@code --out} and the path if one cannot be written
     */
    OutputFiles outputs(String... fileNames) {
        OutputFiles files = new OutputFiles();
        for (String f : fileNames) {
            files.file("--out", outputFile(f));
        }
        return files;
    }

    /**
     * The common ending of the programs that write a table and a chart: writes the CSV and the PNG
     * (declared earlier with {@link #outputs}) whole, then prints the table and where both went.
     * Nothing is printed unless both were written.
     *
     * @param files the writer from {@link #outputs} (modified: written)
     * @param csvName the CSV file's name in the {@code --out} folder
     * @param csv its text
     * @param pngName the PNG file's name in the {@code --out} folder
     * @param chart the chart drawn into it
     * @param table the text printed to standard output once both files are written
     * @throws org.lumbosim.io.OutputPathException if a file cannot be written
     */
    void writeCsvAndPng(OutputFiles files, String csvName, CharSequence csv, String pngName,
                        JFreeChart chart, CharSequence table) {
        files.content(outputFile(csvName), OutputFiles.Content.text(csv))
                .content(outputFile(pngName), out -> FigureExporter.slides().writePng(chart, out))
                .writeAll();
        System.out.print(table);
        System.out.println("wrote " + OutputFiles.oneLine(outputFile(csvName).toAbsolutePath()));
        System.out.println("wrote " + OutputFiles.oneLine(outputFile(pngName).toAbsolutePath()));
    }
}
