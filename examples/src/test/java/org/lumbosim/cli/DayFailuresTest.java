package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 11): {@code day} maps an activity the model cannot solve through the one exit-code
 * mapping, like every other command: muscles that cannot balance it exit 3, supports that cannot
 * hold it exit 2 naming the field; before, every model failure was exit 2 "schedule: ...".
 */
class DayFailuresTest {
    @TempDir
    Path dir;

    private CliRun day(String model, String firstActivity) throws IOException {
        Path f = Files.writeString(dir.resolve("day.json"), "{" + model + "\"activities\":[" + firstActivity
                + ",{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}");
        Path csv = dir.resolve("day.csv");
        CliRun r = CliRun.of("day", f.toString(), "--out", csv.toString());
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(csv).doesNotExist();
        return r;
    }

    /**
     * An activity shorter than a minute names the range with its bounds readable (docs/cli.md, "Exit
     * codes": the newcomer pass found {@code [0.016666666666666666, 24.0] h}), in both the range and
     * the not-a-number message.
     */
    @Test
    void anActivityShorterThanAMinuteNamesTheRangeInReadableHours() throws IOException {
        CliRun r = day("", "{\"label\":\"a\",\"hours\":0.001,\"posture\":{\"preset\":\"standing_relaxed\"}}");
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo(
                "error: activities[0].hours = 0.001 h is outside the model's valid range [0.0167, 24.0] h");
        CliRun text = day("", "{\"label\":\"a\",\"hours\":\"x\",\"posture\":{\"preset\":\"standing_relaxed\"}}");
        assertThat(text.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(text.err().strip()).isEqualTo(
                "error: activities[0].hours = \"x\" is not a number; allowed range [0.0167, 24.0] h");
    }

    @Test
    void issue11_anActivityTheMusclesCannotBalanceExitsThreeNamingIt() throws IOException {
        CliRun r = day("\"model\":{\"muscles\":\"multi-fascicle\"},", "{\"label\":\"hold\",\"hours\":16,"
                + "\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":30}]}");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_INFEASIBLE);
        // the level named is where the residual lands when infeasibility is proved (docs/recruitment.md)
        assertThat(r.err()).startsWith("infeasible: activities[0] (\"hold\"): muscle recruitment fails at L")
                .containsPattern("recruitment fails at L[1-5]-(L[2-5]|S1) about the flexion-extension axis");
    }

    @Test
    void issue11_anActivityItsSupportsCannotHoldExitsTwoNamingTheField() throws IOException {
        CliRun r = day("", "{\"label\":\"lean\",\"hours\":16,\"posture\":{\"preset\":\"standing_relaxed\","
                + "\"supports\":[\"shoulders\"]}}");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).startsWith("error: activities[0].posture.supports = [\"shoulders\"] cannot hold");
    }
}
