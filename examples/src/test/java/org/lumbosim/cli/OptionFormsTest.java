package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command reads its options through the one parser: {@code --opt value} and
 * {@code --opt=value} give the same run, and an unknown option, a missing value and an option given
 * twice give the same exit code and message form in every command.
 */
class OptionFormsTest {
    @TempDir
    static Path dir;

    private static final String TASK = "{\"posture\":{\"preset\":\"standing_flexed\"},\"loads\":[{\"massKg\":5}]}";
    private static final String JOB = "{\"tasks\":[{\"name\":\"bend\",\"posture\":{\"preset\":\"standing_flexed\"},"
            + "\"repetitionsPerDay\":50,\"secondsPerRepetition\":2}]}";
    private static final String DAY = "{\"activities\":[{\"label\":\"work\",\"hours\":16,\"posture\":{\"preset\":"
            + "\"sitting_upright\"}},{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}";

    private static String file(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String motion() {
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg\n");
        for (int i = 0; i <= 50; i++) {
            b.append(String.format(Locale.ROOT, "%.2f,%.3f%n", i / 100.0, 20 - 20 * Math.cos(Math.PI * i / 25)));
        }
        return file("bend.csv", b.toString());
    }

    /**
     * Every command with its options: the first word after each option name is its value; {@code OUT}
     * stands for a fresh output path (file or folder, with the extension after it).
     */
    static Stream<Arguments> commands() {
        String task = file("task.json", TASK);
        return Stream.of(
                Arguments.of(List.of("analyze", task), List.of("--format", "csv")),
                Arguments.of(List.of("validate"), List.of("--muscles", "multi-fascicle")),
                Arguments.of(List.of("demo"), List.of("--out", "OUT", "--muscles", "single-equivalent")),
                Arguments.of(List.of("plot", task), List.of("--sweep", "trunkFlexionDeg=0:20:10", "--level", "L4-L5",
                        "--out", "OUT.png")),
                Arguments.of(List.of("assess", file("job.json", JOB)), List.of("--format", "table")),
                Arguments.of(List.of("motion", motion()), List.of("--load-kg", "5", "--pickup-s", "0", "--release-s",
                        "0.3", "--cutoff-hz", "0", "--stature-m", "1.8", "--out", "OUT.csv")),
                Arguments.of(List.of("population", task), List.of("--n", "300", "--seed", "3", "--threads", "1",
                        "--out", "OUT.csv")),
                Arguments.of(List.of("day", file("day.json", DAY)), List.of("--step-min", "30", "--out", "OUT.csv")),
                Arguments.of(List.of("atlas"), List.of("--out", "OUT")),
                Arguments.of(List.of("example", "PerLevelProfile"), List.of("--load-kg", "5", "--out", "OUT")));
    }

    /** Runs the command with its options in one form; OUT becomes a fresh path. */
    private static CliRun run(List<String> command, List<String> options, boolean equalsForm, Path out) {
        List<String> args = new ArrayList<>(command);
        for (int i = 0; i < options.size(); i += 2) {
            String value = options.get(i + 1).replace("OUT", out.toString());
            if (equalsForm) {
                args.add(options.get(i) + "=" + value);
            } else {
                args.add(options.get(i));
                args.add(value);
            }
        }
        return CliRun.of(args.toArray(new String[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void bothValueFormsGiveTheSameRun(List<String> command, List<String> options) throws IOException {
        Path a = dir.resolve(command.get(0) + "-separate");
        Path b = dir.resolve(command.get(0) + "-equals");
        CliRun separate = run(command, options, false, a);
        CliRun equals = run(command, options, true, b);
        assertThat(separate.code()).as(separate.err()).isZero();
        assertThat(equals.code()).as(equals.err()).isZero();
        assertThat(withoutTimings(equals.out().replace(b.toString(), a.toString())))
                .isEqualTo(withoutTimings(separate.out()));
        String ext = options.stream().filter(o -> o.startsWith("OUT")).findFirst().orElse("OUT").substring(3);
        if (options.contains("--out")) {
            Path fa = Path.of(a + ext);
            Path fb = Path.of(b + ext);
            if (Files.isDirectory(fa)) {
                try (Stream<Path> files = Files.walk(fa)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                        assertThat(Files.readString(fb.resolve(fa.relativize(f)))).as(f.toString())
                                .isEqualTo(Files.readString(f));
                    }
                }
            } else {
                assertThat(Files.readAllBytes(fb)).isEqualTo(Files.readAllBytes(fa));
            }
        }
    }

    /** The population's first line reports how long the run took. */
    private static String withoutTimings(String out) {
        return out.replaceAll("threads, [0-9.]+ s", "threads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void parsingFailuresHaveTheSameCodeAndFormInEveryCommand(List<String> command, List<String> options) {
        String name = command.get(0);
        String owner = name.equals("example") ? command.get(1) : "lumbosim " + name;
        String shown = name.equals("example") ? command.get(1) : name;
        List<String> base = name.equals("example") ? command : command.subList(0, 1);
        assertBad(CliRun.of(concat(base, "--bogus")),
                "error: unknown option \"--bogus\" for " + shown + " (see " + owner + " --help)");
        String option = options.get(0);
        assertBad(CliRun.of(concat(command, option)), "error: " + option + " needs a value (see " + owner + " --help)");
        String value = options.get(1).replace("OUT", dir.resolve("twice").toString());
        assertBad(CliRun.of(concat(command, option, value, option + "=" + value)),
                "error: " + option + " is given twice (\"" + value + "\" and \"" + value + "\"); give it once");
    }

    private static void assertBad(CliRun r, String line) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(line + System.lineSeparator());
    }

    private static String[] concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all.toArray(new String[0]);
    }
}
