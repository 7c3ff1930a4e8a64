package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No NaN or Infinity is ever printed (issue 15, item 1): tasks nobody can do get an exit code, not a
 * summary of NaN, and the guard every printed number goes through ({@link FiniteOutput}) refuses
 * non-finite numbers.
 */
class FiniteOutputTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertFailsWithOneLine(CliRun r, int code, String... expected) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).containsSubsequence(expected).doesNotContain("NaN");
    }

    @Test
    void issue15_populationOfATaskNobodyCanDoExitsThreeInsteadOfPrintingNaN() throws IOException {
        // issue 13: a task beyond everyone's strength gives loads at the strength it requires (all overloaded)
        Path lift = file("lift.json", "{\"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":200}]}");
        CliRun heavy = CliRun.of("population", lift.toString(), "--n", "20");
        assertThat(heavy.code()).as(heavy.err()).isZero();
        assertThat(heavy.out()).contains("people: 20 (solved 20, infeasible 0.00 %)", "share overloaded (", "100.00 % (20 people)")
                .doesNotContain("NaN").doesNotContain("Infinity");
        // a moment no muscle can produce at any strength up to the search limit: nobody has loads
        Path twist = file("twist.json", "{\"posture\":{\"preset\":\"standing_relaxed\"},\"loads\":"
                + twistingCouple() + "}");
        assertFailsWithOneLine(CliRun.of("population", twist.toString(), "--n", "20", "--out",
                dir.resolve("p.csv").toString()), Main.EXIT_INFEASIBLE, "infeasible: ", "none of the 20 simulated people");
        assertThat(dir.resolve("p.csv")).doesNotExist();
    }

    @Test
    void issue15_populationWhoseSupportsCannotHoldThePostureExitsTwoNamingTheSupports() throws IOException {
        Path task = file("t.json", "{\"posture\":{\"preset\":\"standing_relaxed\",\"supports\":[\"shoulders\"]}}");
        assertFailsWithOneLine(CliRun.of("population", task.toString(), "--n", "20"), Main.EXIT_BAD_INPUT,
                "error: posture.supports = [\"shoulders\"] cannot hold this posture");
    }

    @Test
    void issue15_aPartlySolvablePopulationGivesFinitePercentilesOfTheSolvedAndTheShareNotSolved() throws IOException {
        Path task = file("t.json", "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":20}],"
                + "\"variation\":{\"maxMuscleStressMPa\":{\"min\":0.1,\"max\":2.0}}}");
        Path csv = dir.resolve("p.csv");
        CliRun r = CliRun.of("population", task.toString(), "--n", "200", "--out", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = Pattern.compile("solved (\\d+), infeasible ([0-9.]+) %").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        // issue 13: the weak get loads at the strength they require, counted as overloaded
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(200);
        assertThat(Double.parseDouble(m.group(2))).isZero();
        Matcher o = Pattern.compile("share overloaded [^:]*: ([0-9.]+) % \\((\\d+) people\\)").matcher(r.out());
        assertThat(o.find()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(o.group(2))).isBetween(1, 199);
        assertThat(r.out() + Files.readString(csv)).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void issue15_aTwistedMotionHasLoadsInEveryFrameAndAFiniteSummary() throws IOException {
        // issue 13: standing twisted by 30 deg was once beyond the muscles at any strength (exit 3) because the five
        // lumbar levels took the whole rotation; they take their in-vivo share now, and every frame has loads
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg,axialRotationDeg\n");
        for (int i = 0; i < 10; i++) {
            b.append(i / 100.0).append(",0,30\n");
        }
        Path motion = file("m.csv", b.toString());
        Path out = dir.resolve("loads.csv");
        CliRun r = CliRun.of("motion", motion.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("frames=10 failedFrames=0 ").doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(Files.readString(out)).doesNotContain("NaN").doesNotContain("Infinity");
    }

    /**
     * @return two hand loads of 5,000 N, 6 m apart, twisting the body about the vertical by 30 kN·m: beyond the trunk
     *     muscles at any strength up to the search limit, while the feet hold the body (no net force)
     */
    static com.fasterxml.jackson.databind.node.ArrayNode twistingCouple() {
        com.fasterxml.jackson.databind.node.ArrayNode loads = Output.MAPPER.createArrayNode();
        for (int sign = -1; sign <= 1; sign += 2) {
            ObjectNode load = loads.addObject();
            load.putArray("forceN").add(0).add(0).add(sign * 5000);
            load.putArray("positionM").add(sign * 3).add(1).add(0);
        }
        return loads;
    }

    @Test
    void issue15_theGuardRefusesEveryNonFiniteNumberAsAnInternalError() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FiniteOutput.printf(sink, "p5 %.0f p50 %.0f%n", 1.0, Double.NaN));
        assertThat(e.getMessage()).contains("argument 2", "p5 %.0f p50 %.0f", "NaN");
        assertThat(assertThrows(IllegalStateException.class,
                () -> FiniteOutput.full("cumulativeL5S1CompressionNs", Double.POSITIVE_INFINITY)).getMessage())
                .contains("cumulativeL5S1CompressionNs = Infinity");
        ObjectNode json = Output.MAPPER.createObjectNode();
        json.putArray("levels").addObject().put("compressionN", 1.0).put("idpMPa", Double.NEGATIVE_INFINITY);
        assertThat(assertThrows(IllegalStateException.class, () -> FiniteOutput.tree(json)).getMessage())
                .contains("levels[0].idpMPa = -Infinity");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(ExitCodes.report(e, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(Main.EXIT_INTERNAL);
        assertThat(FiniteOutput.full("x", -0.5)).isEqualTo("-0.5");
    }
}
