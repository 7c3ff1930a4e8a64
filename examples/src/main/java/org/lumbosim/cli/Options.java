package org.lumbosim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lumbosim.RangeText;
import org.lumbosim.io.DecimalText;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.viz.FigureExporter;

/**
 * The one option parser of every command. An option with a value is written {@code --name value}
 * or {@code --name=value}; a flag has no value; {@code --help} or {@code -h} asks for the command's
 * usage; every other argument (a lone {@code -} included) is positional. An unknown option, a
 * missing or empty value, an option given twice, a value that is not one of the accepted ones and
 * a number that does not parse or lies outside its range are bad input ({@link BadInputException},
 * exit code 2), with the same message form in every command:
 * <pre>
 * unknown option "--x" for plot (see lumbosim plot --help)
 * --out needs a value (see lumbosim plot --help)
 * --out is given twice ("a.png" and "b.png"); give it once
 * --format = "xml" is not one of json, csv, table
 * --step-min = "x" is not a number; allowed range [1.0, 60.0] min
 * --step-min = 0 is outside the allowed range [1.0, 60.0] min
 * --stature-m: statureM = 3.0 m is outside the model's valid range [1.3, 2.2] m   (a check of the model)
 * </pre>
 */
final class Options {
    /**
     * Help text shared by the commands that write a folder ({@code demo}, {@code atlas}): how
     * {@code --out DIR} is written. Ends without a full stop so each command can continue the sentence.
     */
    static final String FOLDER_OUTPUT_HELP = String.join("\n",
            "The output is built in a temporary folder beside DIR and moved into place only when complete: a failed",
            "run leaves no partial folder and prints nothing but the one error line (an --out that cannot be",
            "written is bad input, exit 2). Into an existing DIR with files, files of the same names are",
            "replaced and others kept");

    private final String command;
    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positional;
    private final boolean help;

    private Options(String command, Map<String, String> values, Set<String> flags, List<String> positional,
                    boolean help) {
        this.command = command;
        this.values = values;
        this.flags = flags;
        this.positional = positional;
        this.help = help;
    }

    /**
     * Parses a command's arguments. Parsing stops at {@code --help} or {@code -h}.
     *
     * @param command the command's name (for messages)
     * @param args the arguments after the command's name (not modified)
     * @param valued the options that take a value, e.g. {@code --out} (not modified)
     * @param flagNames the options that take none, e.g. {@code --muscle-forces} (not modified)
     * @return the options given
     * @throws BadInputException for an unknown option, a missing or empty value, or an option given
     *     twice
     */
    static Options parse(String command, List<String> args, List<String> valued, List<String> flagNames) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                return new Options(command, values, flags, positional, true);
            }
            if (!a.startsWith("-") || a.equals("-")) {
                positional.add(a);
                continue;
            }
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            String name = eq < 0 ? a : a.substring(0, eq);
            if (valued.contains(name)) {
                String value = eq >= 0 ? a.substring(eq + 1) : i + 1 < args.size() ? args.get(++i) : "";
                if (value.isEmpty()) {
                    throw new BadInputException(name + " needs a value (see lumbosim " + command + " --help)");
                }
                String before = values.put(name, value);
                if (before != null) {
                    throw new BadInputException(name + " is given twice (\"" + before + "\" and \"" + value
                            + "\"); give it once");
                }
            } else if (flagNames.contains(name)) {
                if (eq >= 0) {
                    throw new BadInputException(name + " takes no value; got \"" + a + "\"");
                }
                if (!flags.add(name)) {
                    throw new BadInputException(name + " is given twice; give it once");
                }
            } else {
                throw new BadInputException("unknown option \"" + a + "\" for " + command + " (see lumbosim "
                        + command + " --help)");
            }
        }
        return new Options(command, values, flags, positional, false);
    }

    /** @return whether {@code --help} or {@code -h} was given: the command prints its usage and exits 0 */
    boolean help() {
        return help;
    }

    /**
     * @param name a flag, e.g. {@code --muscle-forces}
     * @return whether it was given
     */
    boolean flag(String name) {
        return flags.contains(name);
    }

    /**
     * @param name an option with a value
     * @return its value as given, if it was given
     */
    Optional<String> string(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * @param name an option whose value is a file or folder
     * @return the path, if the option was given
     */
    Optional<Path> path(String name) {
        return string(name).map(Path::of);
    }

    /**
     * @param name an option whose value is a figure file, e.g. {@code --plot}
     * @return the path, if the option was given
     * @throws BadInputException if the file name does not end in .png, .svg or .pdf (any case)
     */
    Optional<Path> figure(String name) {
        Optional<Path> file = path(name);
        file.ifPresent(f -> {
            try {
                FigureExporter.Format.of(f);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(name + " = \"" + f + "\" must end in .png, .svg or .pdf");
            }
        });
        return file;
    }

    /**
     * @param name an option whose value is one of a few words
     * @param defaultValue the value when the option is not given
     * @param accepted the accepted words
     * @return the value
     * @throws BadInputException if the value is not one of {@code accepted}
     */
    String choice(String name, String defaultValue, List<String> accepted) {
        return choice(name, defaultValue, v -> {
            if (!accepted.contains(v)) {
                throw new IllegalArgumentException(v);
            }
            return v;
        }, String.join(", ", accepted));
    }

    /**
     * @param <T> the value's type
     * @param name an option whose value names one of a closed set (a muscle model, a level, ...)
     * @param defaultValue the value when the option is not given
     * @param parse turns the text into the value; throws {@link IllegalArgumentException} if it names none
     * @param accepted the accepted texts, for the message
     * @return the value
     * @throws BadInputException if {@code parse} rejects the value
     */
    <T> T choice(String name, T defaultValue, Function<String, T> parse, String accepted) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(name + " = \"" + v + "\" is not one of " + accepted);
        }
    }

    /**
     * @return the abdominal pressure mode of {@code --abdominal-pressure} (default prescribed)
     * @throws BadInputException if the value names no mode
     */
    AbdominalPressureMode abdominalPressure() {
        List<String> ids = new ArrayList<>();
        for (AbdominalPressureMode m : AbdominalPressureMode.values()) {
            ids.add(m.id());
        }
        return choice("--abdominal-pressure", AbdominalPressureMode.PRESCRIBED, AbdominalPressureMode::ofId,
                String.join(", ", ids));
    }

    /**
     * @return the level coupling of {@code --level-coupling} (default deviations)
     * @throws BadInputException if the value names no coupling
     */
    LevelCoupling levelCoupling() {
        List<String> ids = new ArrayList<>();
        for (LevelCoupling c : LevelCoupling.values()) {
            ids.add(c.id());
        }
        return choice("--level-coupling", LevelCoupling.DEVIATIONS, LevelCoupling::ofId, String.join(", ", ids));
    }

    /**
     * @return the muscle model of {@code --muscles} (default single-equivalent)
     * @throws BadInputException if the value names no muscle model
     */
    MuscleModelKind muscles() {
        List<String> ids = new ArrayList<>();
        for (MuscleModelKind k : MuscleModelKind.values()) {
            ids.add(k.id());
        }
        return choice("--muscles", MuscleModelKind.SINGLE_EQUIVALENT, MuscleModelKind::ofId, String.join(", ", ids));
    }

    /**
     * @param name an option whose value is a number
     * @param defaultValue the value when the option is not given
     * @param minimum smallest allowed value
     * @param maximum largest allowed value
     * @param unit unit symbol for the message ({@code ""} if dimensionless)
     * @return the value, finite and in [minimum, maximum]
     * @throws BadInputException if the value is not a finite number in the range
     */
    double number(String name, double defaultValue, double minimum, double maximum, String unit) {
        String range = RangeText.withUnit(minimum, maximum, unit);
        double x = finite(name, defaultValue, "; allowed range " + range);
        if (!(x >= minimum && x <= maximum)) {
            throw new BadInputException(name + " = " + values.get(name) + " is outside the allowed range " + range);
        }
        return x;
    }

    /**
     * @param name an option whose value is a number
     * @param defaultValue the value when the option is not given
     * @return the value, finite
     * @throws BadInputException if the value is not a finite number
     */
    double number(String name, double defaultValue) {
        return finite(name, defaultValue, "");
    }

    /**
     * @param name an option whose value is a number the model checks
     * @param defaultValue the value when the option is not given
     * @param check the model's check of the value (for example a {@code with...} method of a record);
     *     throws {@link IllegalArgumentException} naming the model's range if it rejects the value
     * @return the value, finite and accepted by {@code check}
     * @throws BadInputException if the value is not a finite number or {@code check} rejects it
     */
    double number(String name, double defaultValue, DoubleConsumer check) {
        double x = finite(name, defaultValue, "");
        return checked(name, () -> {
            check.accept(x);
            return x;
        });
    }

    private double finite(String name, double defaultValue, String allowed) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        double x;
        try {
            x = DecimalText.parse(v);
        } catch (NumberFormatException e) {
            throw new BadInputException(name + " = \"" + v + "\" is not a number" + allowed);
        }
        if (!Double.isFinite(x)) {
            throw new BadInputException(name + " = \"" + v + "\" is not a finite number" + allowed);
        }
        return x;
    }

    /**
     * @param name an option whose value is a whole number
     * @param defaultValue the value when the option is not given
     * @param minimum smallest allowed value
     * @param maximum largest allowed value
     * @return the value, in [minimum, maximum]
     * @throws BadInputException if the value is not a whole number in the range
     */
    long integer(String name, long defaultValue, long minimum, long maximum) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        String range = RangeText.wholeNumbers(minimum, maximum);
        long x;
        try {
            x = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadInputException(name + " = \"" + v + "\" is not a whole number; allowed range " + range);
        }
        if (x < minimum || x > maximum) {
            throw new BadInputException(name + " = " + v + " is outside the allowed range " + range);
        }
        return x;
    }

    /**
     * Makes a value of the model from options' values, naming the options if the model rejects them.
     *
     * @param <T> the value's type
     * @param names the options used, e.g. {@code --load-kg/--pickup-s}
     * @param make makes the value; throws {@link IllegalArgumentException} naming what is wrong
     * @return the value
     * @throws BadInputException {@code names: <the model's message>} if the model rejects the values
     */
    static <T> T checked(String names, Supplier<T> make) {
        try {
            return make.get();
        } catch (BadInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(names + ": " + e.getMessage());
        }
    }

    /**
     * @param what what the argument is, with how to give it, e.g. {@code a task file: lumbosim analyze TASK.json}
     * @return the one positional argument
     * @throws BadInputException if there is none or more than one
     */
    String positional(String what) {
        if (positional.isEmpty()) {
            throw new BadInputException(command + " needs " + what + " (see lumbosim " + command + " --help)");
        }
        return optionalPositional(what).orElseThrow();
    }

    /**
     * @param what what the argument is (for the message when there are several)
     * @return the positional argument, if there is one
     * @throws BadInputException if there is more than one
     */
    Optional<String> optionalPositional(String what) {
        if (positional.size() > 1) {
            throw new BadInputException(command + " takes one argument, " + what + "; got \"" + positional.get(0)
                    + "\" and \"" + positional.get(1) + "\"");
        }
        return positional.stream().findFirst();
    }

    /**
     * @throws BadInputException if a positional argument was given
     */
    void noPositional() {
        if (!positional.isEmpty()) {
            throw new BadInputException(command + " takes no file or other argument; got \"" + positional.get(0)
                    + "\"");
        }
    }
}
