package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.posture.Support;

/**
 * Regression (issue 11, issue 15 item 3): supports that cannot hold the posture are bad input in
 * analyze, assess and plot: exit 2 with one stderr line naming {@code posture.supports} and its
 * value, not exit 1 "internal error".
 */
class UnsupportedPostureTest {
    @TempDir
    Path dir;

    /** Standing with only the shoulders supported: the core's UnsupportedPostureException. */
    private static final String SHOULDERS = "{\"preset\":\"standing_relaxed\",\"supports\":[\"shoulders\"]}";
    /** A backrest with an upper-body contact: the core's IllegalArgumentException. */
    private static final String BACKREST_AND_SHOULDERS =
            "{\"preset\":\"sitting_slouched\",\"supports\":[\"backrest\",\"shoulders\"]}";

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static void assertBadSupports(String expected, String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("error: " + expected);
    }

    @Test
    void issue11_supportsThatCannotHoldThePostureAreBadInputInAnalyzeAssessAndPlot() throws IOException {
        for (String posture : new String[] {SHOULDERS, BACKREST_AND_SHOULDERS}) {
            String value = posture.substring(posture.indexOf('['), posture.indexOf(']') + 1);
            String task = file("task.json", "{\"posture\":" + posture + "}");
            String job = file("job.json", "{\"tasks\":[{\"name\":\"ok\",\"posture\":{\"preset\":\"standing_relaxed\"},"
                    + "\"repetitionsPerDay\":1,\"secondsPerRepetition\":1},{\"name\":\"bad\",\"posture\":" + posture
                    + ",\"repetitionsPerDay\":1,\"secondsPerRepetition\":1}]}");
            assertBadSupports("posture.supports = " + value, "analyze", task);
            assertBadSupports("posture.supports = " + value, "analyze", task, "--format", "table");
            assertBadSupports("posture.supports = " + value, "plot", task, "--out", dir.resolve("f.png").toString());
            assertBadSupports(posture == SHOULDERS ? "tasks[1].posture.supports = " + value
                    : "tasks[1].posture.supports = " + value, "assess", job);
        }
        assertThat(dir.resolve("f.png")).doesNotExist();
    }

    @Test
    void audit_aBaseCentreOfPressureBeyondReachIsNamedNotACoordinate() throws IOException {
        // before: "error: xM = -8.364081501301863 m is outside the model's valid range [-3.0, 3.0] m"
        String task = file("task.json", "{\"subject\":{\"sex\":\"male\",\"statureM\":1.85,\"massKg\":35,"
                + "\"ageYears\":58},\"posture\":{\"trunkFlexionDeg\":33.46,\"lumbarFlexionDeg\":23.12,"
                + "\"lateralBendDeg\":0.55,\"axialRotationDeg\":8.84,\"hipFlexionDeg\":114.35,\"kneeFlexionDeg\":14.21,"
                + "\"shoulderFlexionDeg\":44.5,\"elbowFlexionDeg\":77.08,\"bodyRollDeg\":9.86,\"supports\":[\"seat\","
                + "\"backrest\",\"lying_surface\",\"knees\",\"armrests\",\"hands_on_thighs\"]},"
                + "\"loads\":[{\"massKg\":6.92,\"forceN\":[-50,0,0],\"hands\":\"right\"}]}");
        CliRun r = CliRun.of("analyze", task);
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        // since the tenth session the workspace refuses it first: the base acts 8.3 m outside its contacts
        assertThat(r.err()).startsWith("error: posture.supports = [\"seat\",\"backrest\",\"lying_surface\",\"knees\","
                + "\"armrests\",\"hands_on_thighs\"] cannot hold this posture: seat, lying_surface, knees: the lower "
                + "contacts' resultant (1.1 N up, 48.2 N horizontal) would act at [-8.364")
                .contains("m outside its contacts (at most 0.030 m allowed): no contact is there to push")
                .doesNotContain("xM =");
    }

    /** Without supports, pulled up nearly off the floor: the base's point beyond the model's reach is named. */
    @Test
    void aBaseBeyondReachIsNamed() throws IOException {
        String task = file("task.json", "{\"posture\":{\"shoulderFlexionDeg\":90,\"supports\":[]},"
                + "\"loads\":[{\"forceN\":[100,620,0]}]}");
        CliRun r = CliRun.of("analyze", task);
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: posture.supports = [] cannot hold this posture: base centre of pressure")
                .contains("(at most 3.0 m allowed, the model's reach)");
    }

    @Test
    void theMessageSaysWhyAndWhatIsAccepted() throws IOException {
        CliRun r = CliRun.of("analyze", file("task.json", "{\"posture\":" + SHOULDERS + "}"));
        assertThat(r.err()).contains("cannot hold this posture", "feet, seat, backrest, lying_surface");
        r = CliRun.of("analyze", file("task.json", "{\"posture\":" + BACKREST_AND_SHOULDERS + "}"));
        assertThat(r.err()).contains("cannot be combined: backrest cannot be combined with shoulders");
    }

    /**
     * Sitting on a stool, pulled forward at the hands harder than the seat's friction can hold: bad input
     * (exit 2) naming the seat, the friction ratio it needs and the coefficient allowed.
     */
    @Test
    void aSeatThatWouldSlideIsBadInputNamingTheRatioAndTheCoefficient() throws IOException {
        String task = file("task.json", "{\"posture\":{\"preset\":\"sitting_upright\",\"trunkFlexionDeg\":0,"
                + "\"lumbarFlexionDeg\":10,\"hipFlexionDeg\":90,\"kneeFlexionDeg\":90,\"shoulderFlexionDeg\":30,"
                + "\"elbowFlexionDeg\":30,\"supports\":[\"seat\",\"feet\"]},\"loads\":[{\"forceN\":[500,0,0]}]}");
        assertBadSupports("posture.supports = [\"feet\",\"seat\"] cannot hold this posture: seat: the contact needs"
                + " friction ", "analyze", task);
        assertThat(CliRun.of("analyze", task).err()).contains("(at most 0.572, the largest measured static coefficient)",
                "it would slide");
    }

    /**
     * Supports that put one part of the body in two places, or the trunk on the thighs without a seat, are
     * bad input (exit 2) naming both supports and what the first can be combined with
     * ({@code SupportCombinations}).
     */
    @Test
    void incompatibleSupportsAreBadInputNamingBothAndTheAllowedSet() throws IOException {
        String[][] cases = {
            {"[\"seat\",\"pelvis_on_floor\",\"feet\"]", "seat cannot be combined with pelvis_on_floor",
                "seat can be combined with [feet, backrest, "},
            {"[\"seat\",\"hands\",\"hands_on_thighs\"]", "hands_on_thighs cannot be combined with hands",
                "hands_on_thighs can be combined with [feet, seat, "},
            {"[\"feet\",\"trunk_on_thighs\"]", "trunk_on_thighs needs seat", "trunk_on_thighs can be combined with ["},
        };
        for (String[] c : cases) {
            String task = file("task.json", "{\"posture\":{\"preset\":\"sitting_upright\",\"supports\":" + c[0] + "}}");
            CliRun r = CliRun.of("analyze", task);
            assertThat(r.code()).as(c[0]).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(r.err()).as(c[0]).startsWith("error: posture.supports = ").contains(c[1], c[2]);
            // every support named as task files write it, never as its Java constant (LYING_SURFACE)
            for (Support s : Support.values()) {
                assertThat(r.err()).as(c[0]).doesNotContain(s.name());
            }
        }
    }

    /** Seated, bent forward onto the thighs (trunk 70 deg, lumbar 52 deg), the hips at the angle a test sets. */
    private static String trunkOnThighs(double hipDeg) {
        return "{\"trunkFlexionDeg\":70,\"lumbarFlexionDeg\":52,\"hipFlexionDeg\":" + hipDeg
                + ",\"kneeFlexionDeg\":90,\"shoulderFlexionDeg\":0,\"elbowFlexionDeg\":0,"
                + "\"supports\":[\"seat\",\"feet\",\"trunk_on_thighs\"]}";
    }

    /**
     * A posture whose abdomen would pass into the thighs (hips 149 deg) is refused with the core's typed
     * reason: the support, the depth and the allowed one, not the generic "would need a support to pull";
     * a sweep that reaches it lists the refused points each with its reason, and a sweep whose every
     * point is refused gives that reason.
     */
    @Test
    void aContactPassingIntoTheThighsIsRefusedWithItsReasonInAnalyzeAndPlot() throws IOException {
        String task = file("deep.json", "{\"posture\":" + trunkOnThighs(149) + "}");
        CliRun r = CliRun.of("analyze", task);
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).startsWith("error: posture.supports = [\"feet\",\"seat\",\"trunk_on_thighs\"] cannot hold"
                + " this posture: trunk_on_thighs: the abdomen would pass ")
                .containsPattern("would pass 0\\.\\d{3} m into the thighs \\(at most 0\\.030 m allowed\\)")
                .doesNotContain("would need a support to pull");

        CliRun all = CliRun.of("plot", task, "--sweep", "hipFlexionDeg=147:149:1", "--out", dir.resolve("a.png").toString());
        assertThat(all.code()).as(all.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(all.err()).contains("trunk_on_thighs: the abdomen would pass ", "(at most 0.030 m allowed)");

        String sweep = file("sweep.json", "{\"posture\":" + trunkOnThighs(110) + "}");
        CliRun part = CliRun.of("plot", sweep, "--sweep", "hipFlexionDeg=110:130:10", "--out",
                dir.resolve("p.png").toString());
        assertThat(part.code()).as(part.err()).isZero();
        assertThat(part.err()).containsPattern("whose supports cannot hold the body, shaded beige \\(no loads\\) in the"
                + " figure: hipFlexionDeg = 130 \\(trunk_on_thighs: the abdomen would pass 0\\.\\d{3} m into the thighs"
                + " \\(at most 0\\.030 m allowed\\)\\)");
    }
}
