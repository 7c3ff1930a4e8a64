package org.lumbosim.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lumbosim classpath}: prints the class path this command line runs with (the launcher's
 * shaded jar, which holds core, viz and their dependencies), each entry made absolute, for single-file
 * Java scripts: {@code java -cp "$(./lumbosim classpath)" Script.java}.
 */
final class ClasspathCommand {
    private ClasspathCommand() {
    }

    static final String USAGE = String.join("\n",
            "usage: lumbosim classpath",
            "",
            "Prints the class path the command line runs with, as one line of absolute paths (the launcher's",
            "examples/target/lumbosim-cli.jar, which holds the library, the figures and their dependencies), for",
            "single-file Java scripts and the tools in the jar:",
            "  java -cp \"$(./lumbosim classpath)\" examples/scripts/FlexionSweep.java 10 30",
            "Takes no options and no arguments.",
            ExitCodes.help("classpath"));

    /** The options that take a value (none). */
    static final List<String> OPTIONS = List.of();
    /** The options without a value (none). */
    static final List<String> FLAGS = List.of();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("classpath", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        o.noPositional();
        out.println(Output.oneLine(classPath(System.getProperty("java.class.path"))));
        return Main.EXIT_OK;
    }

    /**
     * @param classPath a class path as the JVM was given it ({@code java.class.path})
     * @return the same entries, each made absolute and normalised, joined by {@link File#pathSeparator}
     */
    static String classPath(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
