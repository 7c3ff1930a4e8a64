package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.ActivityFailedException;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.LumbosimException;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.UnsupportedPostureException;
import org.lumbosim.model.SpinalLevel;

/**
 * The one exit-code mapping: each kind of failure gets its code and its one stderr line, and every
 * command that meets the same failure exits with the same code.
 */
class ExitCodesTest {
    @TempDir
    Path dir;

    private record Mapped(int code, String err) {
    }

    private static Mapped map(RuntimeException e) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExitCodes.report(e, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Mapped(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachKindOfFailureHasItsCodeAndOneLine() {
        assertThat(map(new BadInputException("posture.x = 1 is bad"))).isEqualTo(
                new Mapped(Main.EXIT_BAD_INPUT, "error: posture.x = 1 is bad" + System.lineSeparator()));
        assertThat(map(new ParameterOutOfRangeException("statureM", 3, 1.3, 2.2, "m")).code())
                .isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(map(new IllegalArgumentException("supports: a\nb"))).isEqualTo(
                new Mapped(Main.EXIT_BAD_INPUT, "error: supports: a b" + System.lineSeparator()));
        InfeasibleRecruitmentException infeasible = new InfeasibleRecruitmentException(SpinalLevel.L4_L5,
                "flexion-extension", 17, OptionalDouble.of(1.2), 0.6, "posture P");
        assertThat(map(infeasible)).isEqualTo(new Mapped(Main.EXIT_INFEASIBLE,
                "infeasible: " + infeasible.getMessage() + System.lineSeparator()));
        assertThat(map(new InfeasibleTaskException("fewer than 2 points"))).isEqualTo(
                new Mapped(Main.EXIT_INFEASIBLE, "infeasible: fewer than 2 points" + System.lineSeparator()));
        assertThat(map(new LumbosimException("did not converge"))).isEqualTo(new Mapped(Main.EXIT_INTERNAL,
                "internal error: LumbosimException: did not converge" + System.lineSeparator()));
        assertThat(map(new NullPointerException())).isEqualTo(
                new Mapped(Main.EXIT_INTERNAL, "internal error: NullPointerException: null" + System.lineSeparator()));
    }

    @Test
    void issue15_aWrappedCoreFailureKeepsTheCodeOfItsCause() {
        InfeasibleRecruitmentException infeasible = new InfeasibleRecruitmentException(SpinalLevel.L4_L5,
                "flexion-extension", 17, OptionalDouble.of(1.2), 0.6, "posture P");
        LumbosimException wrapped = new LumbosimException("activity 4 (\"carrying\"): x", infeasible);
        assertThat(map(wrapped)).isEqualTo(new Mapped(Main.EXIT_INFEASIBLE,
                "infeasible: activity 4 (\"carrying\"): x" + System.lineSeparator()));
        assertThat(map(new LumbosimException("activity 1: y", new UnsupportedPostureException("lying"))).code())
                .isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(map(new UnsupportedPostureException("lying")).code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(map(new IllegalStateException("z", new IllegalArgumentException("w"))).code())
                .isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(map(new LumbosimException("v", new IllegalStateException("u"))).code())
                .isEqualTo(Main.EXIT_INTERNAL);
        // a day's activity the muscles cannot hold, as DiurnalDisc wraps it (with its start time)
        ActivityFailedException activity = new ActivityFailedException(1, "hold", 0.5, infeasible);
        assertThat(map(activity)).isEqualTo(new Mapped(Main.EXIT_INFEASIBLE,
                "infeasible: " + activity.getMessage() + System.lineSeparator()));
    }

    @Test
    void issue15_aWorkDayTheMusclesCannotHoldExitsThree() {
        assertExit(Main.EXIT_INFEASIBLE, "infeasible: activity 4 (\"carrying\", from ", "example", "CompareWorkDays",
                "--load-kg", "200", "--out", dir.toString());
    }

    @Test
    void issue15_exampleOptionsAreCheckedAndNamed() {
        for (String kg : List.of("-1", "-50", "201")) {
            assertExit(Main.EXIT_BAD_INPUT, "error: --load-kg = " + kg + " is outside the allowed range [0.0, 200.0] kg",
                    "example", "PerLevelProfile", "--load-kg", kg, "--out", dir.toString());
        }
        assertExit(Main.EXIT_BAD_INPUT, "error: --load-kg = 201", "example", "CompareWorkDays", "--load-kg", "201",
                "--out", dir.toString());
        assertExit(Main.EXIT_BAD_INPUT, "error: --preset = \"nope\" is not one of ", "example", "PerLevelProfile",
                "--preset", "nope", "--out", dir.toString());
        assertExit(Main.EXIT_BAD_INPUT, "error: --muscles = \"nope\" is not one of ", "example",
                "FlexionSweepToCsv", "--muscles", "nope", "--out", dir.toString());
        assertExit(Main.EXIT_BAD_INPUT, "error: --from-deg = -1e308 is outside the allowed range", "example",
                "FlexionSweepToCsv", "--from-deg", "-1e308", "--to-deg", "1e308", "--step-deg", "1e306");
        assertExit(Main.EXIT_BAD_INPUT, "error: --near-m = -1e308 is outside the allowed range", "example",
                "LiftingHeatMap", "--near-m", "-1e308");
        assertExit(Main.EXIT_BAD_INPUT, "error: --step-deg = 1e-300 gives more than 1000000000000000 points",
                "example", "FlexionSweepToCsv", "--from-deg", "-180", "--to-deg", "180", "--step-deg", "1e-300");
    }

    @Test
    void issue15_claimsVersusModelParsesItsOptions() {
        assertExit(Main.EXIT_BAD_INPUT, "error: unknown option \"--bogus\" for ClaimsVersusModel", "example",
                "ClaimsVersusModel", "--bogus");
        assertExit(Main.EXIT_BAD_INPUT, "error: unknown option \"--out\"", "example", "ClaimsVersusModel", "--out",
                "f");
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static void assertExit(int code, String prefix, String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(code);
        assertThat(r.err().lines().toList()).as(String.join(" ", args)).hasSize(1);
        assertThat(r.err()).startsWith(prefix);
    }

    @Test
    void everyCommandThatMeetsAnInfeasibleTaskExitsThree() throws IOException {
        String posture = "{\"preset\":\"hold_far\"}";
        String task = file("inf.json", "{\"posture\":" + posture + ",\"loads\":[{\"massKg\":30}],"
                + "\"model\":{\"muscles\":\"multi-fascicle\"}}");
        String job = file("job.json", "{\"model\":{\"muscles\":\"multi-fascicle\"},\"tasks\":[{\"name\":\"hold\","
                + "\"posture\":" + posture + ",\"loads\":[{\"massKg\":30}],\"repetitionsPerDay\":10,"
                + "\"secondsPerRepetition\":5}]}");
        assertExit(Main.EXIT_INFEASIBLE, "infeasible: ", "analyze", task, "--format", "csv");
        assertExit(Main.EXIT_INFEASIBLE, "infeasible: ", "assess", job);
        assertExit(Main.EXIT_INFEASIBLE, "infeasible: ", "plot", task, "--out", dir.resolve("f.png").toString());
        String day = file("day.json", "{\"model\":{\"muscles\":\"multi-fascicle\"},\"activities\":[{\"label\":\"hold\","
                + "\"hours\":16,\"posture\":" + posture + ",\"loads\":[{\"massKg\":30}]},{\"label\":\"night\","
                + "\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}");
        assertExit(Main.EXIT_INFEASIBLE, "infeasible: ", "day", day);
        assertExit(Main.EXIT_INFEASIBLE, "infeasible: ", "example", "PerLevelProfile", "--preset", "hold_far",
                "--load-kg", "50", "--out", dir.toString());
    }

    @Test
    void everyCommandThatReadsABadTaskExitsTwo() throws IOException {
        // malformed JSON, and two supports that cannot be combined (the core's IllegalArgumentException)
        for (String posture : List.of("{\"preset\":", "{\"preset\":\"sitting_slouched\","
                + "\"supports\":[\"backrest\",\"shoulders\"]}")) {
            String task = file("bad.json", "{\"posture\":" + posture + "}");
            String job = file("job.json", "{\"tasks\":[{\"name\":\"t\",\"posture\":" + posture
                    + ",\"repetitionsPerDay\":1,\"secondsPerRepetition\":1}]}");
            String day = file("day.json", "{\"activities\":[{\"label\":\"t\",\"hours\":16,\"posture\":"
                    + posture + "},{\"label\":\"n\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}");
            assertExit(Main.EXIT_BAD_INPUT, "error: ", "analyze", task);
            assertExit(Main.EXIT_BAD_INPUT, "error: ", "assess", job);
            assertExit(Main.EXIT_BAD_INPUT, "error: ", "plot", task, "--out", dir.resolve("f.png").toString());
            assertExit(Main.EXIT_BAD_INPUT, "error: ", "population", task, "--n", "10");
            assertExit(Main.EXIT_BAD_INPUT, "error: ", "day", day);
        }
    }
}
