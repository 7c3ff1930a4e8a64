package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --muscle-forces-out FILE.csv} (tenth session): {@code --format csv --muscle-forces} prints the
 * muscle table after a blank line as a second table (documented, kept), which a CSV reader cannot take from one
 * file; the option writes that table to a file of its own, so that stdout and the file are each one table. Both
 * hold what the two-block output held, byte for byte; the file follows the one output writer's rules.
 */
class MuscleForcesOutTest {
    private static final String TASK = "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":10}]}";

    /** Every line has as many cells as the header, and there is no blank line: one table. */
    private static void assertOneTable(String csv) {
        List<String> lines = csv.lines().toList();
        assertThat(lines).isNotEmpty().doesNotContain("");
        int columns = lines.get(0).split(",", -1).length;
        for (String line : lines) {
            assertThat(line.split(",", -1)).as(line).hasSize(columns);
        }
    }

    @Test
    void theLevelTableAndTheMuscleTableAreEachOneTableHoldingWhatTheTwoBlocksHeld(@TempDir Path dir) throws Exception {
        for (String muscles : List.of("single-equivalent", "multi-fascicle")) {
            Path task = CliRun.taskFile(dir, TASK.replace("}]}", "}],\"model\":{\"muscles\":\"" + muscles + "\"}}"));
            Path file = dir.resolve(muscles + ".csv");
            CliRun split = CliRun.of("analyze", task.toString(), "--format", "csv", "--muscle-forces-out", file.toString());
            assertThat(split.code()).as(split.err()).isZero();
            assertThat(split.err()).isEmpty();
            assertOneTable(split.out());
            String written = Files.readString(file, StandardCharsets.UTF_8);
            assertOneTable(written);
            assertThat(written).startsWith(Output.MUSCLE_CSV_HEADER + "\n");
            // the documented two-block output is unchanged and is exactly the two tables
            CliRun blocks = CliRun.of("analyze", task.toString(), "--format", "csv", "--muscle-forces");
            assertThat(blocks.code()).isZero();
            assertThat(blocks.out()).isEqualTo(split.out() + System.lineSeparator()
                    + written.replace("\n", System.lineSeparator()));
            // one row per muscle line (per fascicle for multi-fascicle), as the JSON lists them
            CliRun json = CliRun.of("analyze", task.toString(), "--muscle-forces");
            long entries = Arrays.stream(json.out().split("\n")).filter(l -> l.contains("\"stressMPa\"")).count();
            assertThat(written.lines().count() - 1).as(muscles).isEqualTo(entries).isPositive();
        }
    }

    @Test
    void anyFormatKeepsItsStandardOutput(@TempDir Path dir) throws Exception {
        Path task = CliRun.taskFile(dir, TASK);
        for (String format : List.of("json", "csv", "table")) {
            Path file = dir.resolve(format + ".csv");
            CliRun with = CliRun.of("analyze", task.toString(), "--format", format, "--muscle-forces-out", file.toString());
            CliRun without = CliRun.of("analyze", task.toString(), "--format", format);
            assertThat(with.code()).isZero();
            assertThat(with.out()).as(format).isEqualTo(without.out());
            assertThat(file).exists();
        }
    }

    @Test
    void nothingIsWrittenOnExitThreeAndABadPathIsExitTwoNamingTheOption(@TempDir Path dir) throws Exception {
        Path infeasible = CliRun.taskFile(dir, "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":150}],"
                + "\"model\":{\"overload\":\"fail\"}}");
        Path file = dir.resolve("m.csv");
        CliRun r = CliRun.of("analyze", infeasible.toString(), "--format", "csv", "--muscle-forces-out", file.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INFEASIBLE);
        assertThat(file).doesNotExist();
        Path task = CliRun.taskFile(dir, TASK);
        CliRun same = CliRun.of("analyze", task.toString(), "--muscle-forces-out", task.toString());
        assertThat(same.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(same.out()).isEmpty();
        assertThat(same.err()).startsWith("error: --muscle-forces-out = ").contains("is the same file as the task file");
        assertThat(Files.readString(task)).isEqualTo(TASK);
        CliRun under = CliRun.of("analyze", task.toString(), "--muscle-forces-out", task.resolve("m.csv").toString());
        assertThat(under.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(under.err()).startsWith("error: --muscle-forces-out = ");
    }
}
