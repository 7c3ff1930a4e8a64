package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one JSON reading policy ({@link JsonInput}) in every command that reads JSON: task files
 * (analyze, plot, population), job files (assess), day schedules and population variation blocks all
 * reject the same things the same way (issue 15, item 11).
 */
class JsonInputTest {
    @TempDir
    Path dir;

    private static final String POSTURE = "\"posture\":{\"preset\":\"standing_relaxed\"}";
    private static final String JOB_TASK = "{\"name\":\"t\"," + POSTURE + ",\"repetitionsPerDay\":5,\"secondsPerRepetition\":1";
    private static final String LIFT = "\"lift\":{\"horizontalDistanceM\":0.4,\"verticalHeightM\":0.2,"
            + "\"verticalTravelM\":0.6,\"liftsPerMinute\":1";
    private static final String NIGHT = "{\"label\":\"n\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}";

    /** A job file with one task, whose last fields are {@code tail}. */
    private static String job(String tail) {
        return "{\"tasks\":[" + JOB_TASK + tail + "}]}";
    }

    /** A schedule whose first activity is {@code activity}, then a night. */
    private static String day(String activity) {
        return "{\"activities\":[" + activity + "," + NIGHT + "]}";
    }

    private static String population(String variation) {
        return "{" + POSTURE + ",\"variation\":" + variation + "}";
    }

    /**
     * @return command, file text, what the one stderr line must contain (in order: the field or
     *     location, then the value or the range)
     */
    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                // duplicate keys, with the JSON path and file:line:column
                Arguments.of("analyze", "{\"posture\":{\"preset\":\"hold_far\",\n\"preset\":\"hold_close\"}}",
                        List.of("f.json:2:9: posture.preset is given twice")),
                Arguments.of("assess", job(",\"repetitionsPerDay\":6"), List.of("f.json:1:", "tasks[0].repetitionsPerDay is given twice")),
                Arguments.of("assess", "{\"uctN\":6000,\"uctN\":7000," + job("").substring(1), List.of("f.json:1:", "uctN is given twice")),
                Arguments.of("day", day("{\"label\":\"a\",\"label\":\"b\",\"hours\":1," + POSTURE + "}"),
                        List.of("f.json:1:", "activities[0].label is given twice")),
                Arguments.of("population", population("{\"iapScale\":{\"min\":0.5,\"min\":0.6,\"max\":1}}"),
                        List.of("f.json:1:", "variation.iapScale.min is given twice")),
                Arguments.of("plot", "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":1,\"massKg\":2}]}",
                        List.of("f.json:1:", "loads[0].massKg is given twice")),
                // numbers must be JSON numbers: no coercion of strings
                Arguments.of("assess", job("," + LIFT + ",\"asymmetryDeg\":\"30\"}"),
                        List.of("tasks[0].lift.asymmetryDeg = \"30\" is not a number", "[0.0, 180.0] deg")),
                Arguments.of("assess", "{\"uctN\":\"6000\"," + job("").substring(1),
                        List.of("uctN = \"6000\" is not a number", "[1000.0, 20000.0] N")),
                Arguments.of("assess", job(",\"repetitionsPerDay\":\"5\"").replace("\"repetitionsPerDay\":5,", ""),
                        List.of("tasks[0].repetitionsPerDay = \"5\" is not a number", "[0.0, 100000.0]")),
                Arguments.of("day", day("{\"label\":\"a\",\"hours\":\"1\"," + POSTURE + "}"),
                        List.of("activities[0].hours = \"1\" is not a number", "24.0] h")),
                Arguments.of("population", population("{\"iapScale\":{\"mean\":\"1\",\"sd\":0.1}}"),
                        List.of("variation.iapScale.mean = \"1\" is not a number", "[0.0, 10.0]")),
                Arguments.of("analyze", "{\"posture\":{\"trunkFlexionDeg\":\"30\"}}",
                        List.of("posture.trunkFlexionDeg = \"30\" is not a number", "[-180.0, 180.0] deg")),
                // every number finite and in its range
                Arguments.of("assess", job("," + LIFT + ",\"asymmetryDeg\":NaN}"),
                        List.of("tasks[0].lift.asymmetryDeg = NaN", "[0.0, 180.0] deg")),
                Arguments.of("assess", job("," + LIFT + ",\"asymmetryDeg\":200}"),
                        List.of("tasks[0].lift.asymmetryDeg = 200.0 deg", "[0.0, 180.0] deg")),
                Arguments.of("assess", "{\"uctN\":-Infinity," + job("").substring(1), List.of("uctN = -Infinity", "[1000.0, 20000.0] N")),
                Arguments.of("day", day("{\"label\":\"a\",\"hours\":Infinity," + POSTURE + "}"),
                        List.of("activities[0].hours = Infinity", "24.0] h")),
                Arguments.of("population", population("{\"iapScale\":{\"min\":1,\"max\":NaN}}"),
                        List.of("variation.iapScale.max = NaN", "[0.0, 10.0]")),
                Arguments.of("population", population("{\"iapScale\":{\"mean\":1,\"sd\":99}}"),
                        List.of("variation.iapScale.sd = 99.0", "[0.0, 10.0]")),
                Arguments.of("assess", job("," + LIFT + ",\"duration\":8}"), List.of("tasks[0].lift.duration = 8", "1h, 2h, 8h")),
                Arguments.of("assess", job("," + LIFT + ",\"coupling\":[\"fair\"]}"),
                        List.of("tasks[0].lift.coupling = [\"fair\"]", "good, fair, poor")),
                // unknown fields, with the accepted ones
                Arguments.of("assess", job("," + LIFT + ",\"weightKg\":3}"),
                        List.of("tasks[0].lift.weightKg is not a known field", "horizontalDistanceM, verticalHeightM")),
                Arguments.of("assess", job(",\"speed\":3"), List.of("tasks[0].speed is not a known field", "name, posture, loads")),
                Arguments.of("assess", "{\"shift\":8," + job("").substring(1), List.of("shift is not a known field", "subject, model, uctN, tasks")),
                Arguments.of("day", day("{\"label\":\"a\",\"hours\":1,\"speed\":2," + POSTURE + "}"),
                        List.of("activities[0].speed is not a known field", "label, hours, posture, loads")),
                Arguments.of("population", "{" + POSTURE + ",\"varation\":{}}", List.of("varation is not a known field", "variation")),
                // malformed JSON: file:line:column
                Arguments.of("assess", "{\"tasks\":[\n" + JOB_TASK + ",}]}", List.of("f.json:2:", "malformed JSON")),
                Arguments.of("day", "{\"activities\":\n[{\"label\":\"a\" \"hours\":1}]}", List.of("f.json:2:", "malformed JSON")),
                Arguments.of("population", "{" + POSTURE + ",\n\n\"variation\":{\"iapScale\":}}", List.of("f.json:3:", "malformed JSON")),
                Arguments.of("plot", "{\"posture\":{\"preset\":\"hold_far\"}} []", List.of("f.json:1:", "malformed JSON")),
                // a name is a non-blank string
                Arguments.of("assess", job("").replace("\"name\":\"t\"", "\"name\":\"\""), List.of("tasks[0].name = \"\" is not a non-blank string")),
                Arguments.of("assess", job("").replace("\"name\":\"t\"", "\"name\":\"   \""), List.of("tasks[0].name = \"   \"")),
                Arguments.of("assess", job("").replace("\"name\":\"t\"", "\"name\":{\"a\":1}"), List.of("tasks[0].name = {\"a\":1}")),
                Arguments.of("assess", job("").replace("\"name\":\"t\"", "\"name\":7"), List.of("tasks[0].name = 7")),
                Arguments.of("day", day("{\"label\":[\"a\"],\"hours\":1," + POSTURE + "}"), List.of("activities[0].label = [\"a\"]")),
                Arguments.of("day", day("{\"label\":\"\\t\",\"hours\":1," + POSTURE + "}"), List.of("activities[0].label = \"\\t\"")),
                // words of a closed set are strings
                Arguments.of("analyze", "{\"posture\":{\"preset\":[\"hold_far\"]}}", List.of("posture.preset = [\"hold_far\"]", "hold_far")),
                Arguments.of("assess", "{\"model\":{\"muscles\":1}," + job("").substring(1),
                        List.of("model.muscles = 1 is not one of", "single-equivalent")));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @MethodSource("hostileFiles")
    void issue15_everyJsonReaderRejectsTheSameThingsWithOneLineNamingTheField(String command, String json,
                                                                             List<String> expected) throws IOException {
        Path f = Files.writeString(dir.resolve("f.json"), json);
        List<String> args = command.equals("plot") ? List.of("plot", f.toString(), "--out", dir.resolve("o.png").toString())
                : command.equals("population") ? List.of("population", f.toString(), "--n", "5")
                : List.of(command, f.toString());
        CliRun r = CliRun.of(args.toArray(new String[0]));
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("error: ").doesNotContain("NaN N is not").containsSubsequence(expected);
        assertThat(dir.resolve("o.png")).doesNotExist();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("[".repeat(1001) + "]".repeat(1001), "f.json:1:"),
                Arguments.of("{\"posture\":\n {\"preset\":\"hold_far\"},\n \"x\":" + "1".repeat(1001) + "}", "f.json:3:"),
                Arguments.of("{\"posture\":\n {\"preset\":\"hold_far\"},\n \"x\":0." + "1".repeat(1001) + "}", "f.json:3:"),
                Arguments.of("{\"posture\": {\"preset\":\"hold_far\"}", "f.json:1:"),
                Arguments.of("{\"posture\":\n {\"preset\": hold_far}}", "f.json:2:"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("malformed")
    void issue15_malformedJsonNamesLineAndColumnWithoutParserInternals(String json, String where) throws IOException {
        Path f = Files.writeString(dir.resolve("f.json"), json);
        CliRun r = CliRun.of("analyze", f.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).matches("error: " + java.util.regex.Pattern.quote(f.toString())
                + ":\\d+:\\d+: malformed JSON: \\S.*\\R").contains(where.substring(where.indexOf(':')))
                .doesNotContain("REDACTED", "StreamReadFeature", "Source:", "Constraints", "at [");
        assertThat(r.err().length()).as(r.err()).isLessThan(300 + f.toString().length());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"analyze", "assess", "day"})
    void issue15_aFolderOrDeviceIsNotCalledMissing(String command) {
        CliRun folder = CliRun.of(command, dir.toString());
        assertThat(folder.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(folder.err()).isEqualTo("error: " + dir + ": is a folder, not a file" + System.lineSeparator());
        if (Files.exists(Path.of("/dev/null"))) {
            CliRun device = CliRun.of(command, "/dev/null");
            assertThat(device.code()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(device.err()).isEqualTo("error: /dev/null: is not a regular file" + System.lineSeparator());
        }
        CliRun missing = CliRun.of(command, dir.resolve("none.json").toString());
        assertThat(missing.err()).endsWith(": no such file" + System.lineSeparator());
    }
}
