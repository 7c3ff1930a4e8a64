package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: resource limits are stated in each command's help and enforced up front with one exit-2
 * line naming the limit, before any file is written.
 */
class ResourceLimitsTest {
    @TempDir
    Path dir;

    /** Runs with System.out captured too: the example programs print there. */
    private static CliRun run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CliRun r;
        try {
            r = CliRun.of(args);
        } finally {
            System.setOut(old);
        }
        return new CliRun(r.code(), r.out() + captured.toString(StandardCharsets.UTF_8), r.err());
    }

    private static void assertBad(CliRun r, String line) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: " + line + System.lineSeparator());
    }

    @Test
    void issue15_aTaskWithMoreThanAThousandLoadsIsRefused() throws IOException {
        StringBuilder json = new StringBuilder("{\"posture\":{\"preset\":\"hold_close\"},\"loads\":[");
        for (int i = 0; i <= TaskReader.MAX_LOADS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"massKg\":0.01}");
        }
        Path task = Files.writeString(dir.resolve("many.json"), json.append("]}").toString());
        assertBad(run("analyze", task.toString()), "loads has 1001 entries; a task may have at most 1000 loads");
        assertBad(run("population", task.toString(), "--n", "10"),
                "loads has 1001 entries; a task may have at most 1000 loads");
    }

    @Test
    void issue15_populationRefusesMoreThanAMillionPeople() throws IOException {
        Path task = Files.writeString(dir.resolve("t.json"), "{\"posture\":{\"preset\":\"standing_relaxed\"}}");
        assertBad(run("population", task.toString(), "--n", "1000001", "--out", dir.resolve("p.csv").toString()),
                "--n = 1000001 is outside the allowed range [1, 1000000]");
        assertThat(dir.resolve("p.csv")).doesNotExist();
    }

    @Test
    void issue15_exampleSweepsHaveAPointLimitCheckedBeforeAnyWork() {
        Path out = dir.resolve("out");
        assertBad(run("example", "FlexionSweepToCsv", "--step-deg", "1e-9", "--out", out.toString()),
                "--step-deg = 1e-9 gives 90000000001 points from 0.0 to 90.0; at most 10000 (choose a larger step)");
        assertBad(run("example", "LiftingHeatMap", "--step-kg", "0.01", "--out", out.toString()),
                "--step-kg/--step-m give 3001 x 11 cells; at most 10000 (choose larger steps)");
        assertBad(run("example", "FlexionSweepToCsv", "--from-deg", "50", "--to-deg", "10", "--out", out.toString()),
                "--from-deg/--to-deg: the last value 10.0 is below the first 50.0");
        assertThat(out).doesNotExist();
    }

    @Test
    void issue15_stoopVersusSquatChecksItsMassesUpFrontAndKeepsInfeasibleRows() throws IOException {
        Path out = dir.resolve("out");
        assertBad(run("example", "CompareStoopVsSquatLift", "--max-kg", "1e9", "--out", out.toString()),
                "--max-kg = 1e9 is outside the allowed range [0.0, 200.0] kg");
        assertBad(run("example", "CompareStoopVsSquatLift", "--max-kg", "-1", "--out", out.toString()),
                "--max-kg = -1 is outside the allowed range [0.0, 200.0] kg");
        assertBad(run("example", "CompareStoopVsSquatLift", "--step-kg", "0", "--out", out.toString()),
                "--step-kg = 0 must be positive");
        assertThat(out).doesNotExist();
        CliRun r = run("example", "CompareStoopVsSquatLift", "--max-kg", "200", "--step-kg", "100", "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("stoop-vs-squat.csv"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3)).as("200 kg: the muscles cannot balance either lift").isEqualTo("200.0,,,,,,");
        assertThat(r.out()).contains("infeasible").endsWith("wrote " + out.resolve("stoop-vs-squat.csv").toAbsolutePath()
                + System.lineSeparator());
    }

    @Test
    void issue15_everyWritingCommandsHelpStatesItsLimitsAndItsOutputGuarantee() {
        for (String[] c : List.of(new String[] {"plot", "1000 points"}, new String[] {"population", "1000000"},
                new String[] {"motion", "1200000 frames"}, new String[] {"day", "1000 activities"},
                new String[] {"demo", "temporary folder"}, new String[] {"atlas", "temporary folder"})) {
            CliRun r = run(c[0], "--help");
            assertThat(r.out()).as(c[0]).contains(c[1]).containsAnyOf("whole or not at all", "moved into place");
        }
        assertThat(run("example", "FlexionSweepToCsv", "--help").out()).contains("at most 10000 angles")
                .contains("each whole or");
    }
}
