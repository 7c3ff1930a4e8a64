package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load held in a hand that rests on the floor ({@code hands} support) is bad input in every command that
 * solves a task file: exit 2, nothing on stdout, one stderr line naming the load's {@code hands} by its path
 * in the file, never an internal error or a stack trace; the same load in the free hand of a body rolled
 * onto its side, or at a given point, is solved (exit 0).
 */
class LoadInRestingHandCliTest {
    /** On all fours (both hands on the floor), 5 kg in both hands. */
    private static final String COW = "{\"posture\":{\"preset\":\"cow\"},\"loads\":[%s]}";
    private static final String BOTH_HANDS = "{\"massKg\":5}";

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    private static void assertRefused(CliRun r, String path, String hands) {
        assertThat(r.code()).as("exit code; stderr %s", r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("error: " + path + ".hands = \"" + hands + "\" cannot hold a load:")
                .contains("rests on the floor").contains(path + ".positionM").doesNotContain("\n").doesNotContain("\tat ");
    }

    @Test
    void everyCommandThatSolvesATaskFileRefusesItWithExitTwo() throws IOException {
        Path task = write("task.json", String.format(COW, "{\"massKg\":1}," + BOTH_HANDS));
        // both loads are held in the resting hands: the first is named
        assertRefused(CliRun.of("analyze", task.toString()), "loads[0]", "both");
        assertRefused(CliRun.of("plot", task.toString(), "--out", dir.resolve("a.png").toString()), "loads[0]", "both");
        assertRefused(CliRun.of("plot", task.toString(), "--out", dir.resolve("b.png").toString(),
                "--sweep", "trunkFlexionDeg=10:30:10"), "loads[0]", "both");
        assertRefused(CliRun.of("population", task.toString(), "--n", "3"), "loads[0]", "both");
        Path job = write("job.json", "{\"tasks\":[{\"name\":\"stand\",\"posture\":{\"preset\":\"standing_relaxed\"},"
                + "\"repetitionsPerDay\":1,\"secondsPerRepetition\":10},{\"name\":\"paw\",\"posture\":{\"preset\":\"cow\"},"
                + "\"loads\":[" + BOTH_HANDS + "],\"repetitionsPerDay\":10,\"secondsPerRepetition\":10}]}");
        assertRefused(CliRun.of("assess", job.toString()), "tasks[1].loads[0]", "both");
        Path day = write("day.json", "{\"activities\":[{\"label\":\"stand\",\"hours\":1,\"posture\":{\"preset\":"
                + "\"standing_relaxed\"}},{\"label\":\"paw\",\"hours\":1,\"posture\":{\"preset\":\"cow\"},\"loads\":["
                + BOTH_HANDS + "]},{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}");
        assertRefused(CliRun.of("day", day.toString()), "activities[1].loads[0]", "both");
    }

    @Test
    void theOffendingLoadIsNamedAndAFreeHandOrAPointIsNotRefused() throws IOException {
        // a body rolled onto its right side (roll 60 > 45) rests only its right hand: a load in the left
        // passes the check (this two-point base cannot hold the body, which is another refusal), one in the
        // right is named by its index
        String rolled = "{\"posture\":{\"trunkFlexionDeg\":0,\"lumbarFlexionDeg\":0,\"hipFlexionDeg\":0,"
                + "\"kneeFlexionDeg\":0,\"shoulderFlexionDeg\":90,\"elbowFlexionDeg\":0,\"bodyRollDeg\":60,"
                + "\"supports\":[\"feet\",\"hands\"]},\"loads\":[%s]}";
        Path free = write("free.json", String.format(rolled, "{\"massKg\":2,\"hands\":\"left\"}"));
        CliRun left = CliRun.of("analyze", free.toString());
        assertThat(left.err()).doesNotContain("cannot hold a load").doesNotContain("internal error");
        Path second = write("second.json", String.format(rolled,
                "{\"massKg\":2,\"hands\":\"left\"},{\"massKg\":2,\"hands\":\"right\"}"));
        assertRefused(CliRun.of("analyze", second.toString()), "loads[1]", "right");
        // on all fours, a load given at a point is solved
        Path atPoint = write("point.json", String.format(COW, "{\"massKg\":5,\"positionM\":[0.3,0.1,0]}"));
        CliRun p = CliRun.of("analyze", atPoint.toString());
        assertThat(p.code()).as("stderr %s", p.err()).isEqualTo(Main.EXIT_OK);
    }
}
