package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;

/** {@code lumbosim day}: the summary-line contract, the CSV, schedule files and bad input. */
class DayCommandTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "^summary: idpStartOfNightMPa=([0-9.Ee-]+) idpEndOfNightMPa=([0-9.Ee-]+) dailyHeightLossMm=([0-9.Ee-]+)$");

    private static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void builtInDayEndsWithTheSummaryLineOfTheL4L5Disc() {
        CliRun r = CliRun.of("day");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Matcher m = SUMMARY.matcher(lastLine(r.out()));
        assertThat(m.matches()).as(lastLine(r.out())).isTrue();
        DayResult day = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject())).simulate(DaySchedule.builtIn(), 10.0 / 60);
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(day.level(SpinalLevel.L4_L5).idpStartOfNightMPa());
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(day.level(SpinalLevel.L4_L5).idpEndOfNightMPa());
        assertThat(Double.parseDouble(m.group(3))).isEqualTo(day.level(SpinalLevel.L4_L5).dailyHeightLossMm());
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("timeH,activity,L5-S1_idpMPa,L5-S1_heightMm");
        long rows = r.out().lines().filter(l -> !l.startsWith("#") && !l.startsWith("summary") && !l.startsWith("timeH")).count();
        assertThat(rows).isEqualTo(day.samples().size());
    }

    /** A woman's day: 8 h bent forward holding 5 kg, 8 h sitting, 8 h lying. */
    private static final String STOOPING_DAY = "{\"subject\":{\"sex\":\"female\",\"statureM\":1.65,\"massKg\":60},"
            + "\"activities\":[{\"label\":\"lifting, work\",\"hours\":8,\"posture\":{\"preset\":\"standing_flexed\"},"
            + "\"loads\":[{\"massKg\":5}]},{\"label\":\"evening\",\"hours\":8,\"posture\":{\"preset\":\"sitting_upright\"}},"
            + "{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_side\"}}]}";

    @Test
    void scheduleFileOutAndPlot(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("day.json");
        Files.writeString(f, STOOPING_DAY);
        Path csv = dir.resolve("out/day.csv");
        Path png = dir.resolve("day.png");
        CliRun r = CliRun.of("day", f.toString(), "--out", csv.toString(), "--plot", png.toString(), "--step-min", "30");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(1)).startsWith("0.0,\"lifting, work\",");
        assertThat(rows).hasSize(1 + 17 + 17 + 17);
        assertThat(Files.size(png)).isPositive();
        Matcher m = SUMMARY.matcher(lastLine(r.out()));
        assertThat(m.matches()).isTrue();
    }

    /**
     * Known model failure, kept as a record (issue 12, docs/validation-log.md, 2026-12-06 combined
     * entry): a day stooping with 5 kg should lose more height than the built-in office day, but since
     * the abdominal pressure relieves flexed postures at no cost and the passive moment is a free
     * couple, it loses 0.953 mm against 0.959 mm. Enable when ligaments as forces and the abdominal
     * wall's tension land.
     */
    @org.junit.jupiter.api.Disabled("known model failure of issue 12: stooping day 0.953 mm vs office day 0.959 mm")
    @Test
    void knownFailure_aStoopingDayLosesMoreHeightThanTheOfficeDay(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("day.json");
        Files.writeString(f, STOOPING_DAY);
        Matcher m = SUMMARY.matcher(lastLine(CliRun.of("day", f.toString(), "--step-min", "30").out()));
        Matcher b = SUMMARY.matcher(lastLine(CliRun.of("day").out()));
        assertThat(m.matches() && b.matches()).isTrue();
        assertThat(Double.parseDouble(m.group(3))).as("a day stooping with 5 kg loses more height than the office day")
                .isGreaterThan(Double.parseDouble(b.group(3)));
    }

    static Stream<Arguments> badSchedules() {
        return Stream.of(
                Arguments.of("{\"activities\":[]}", "activities is missing"),
                Arguments.of("{\"activities\":[{\"label\":\"a\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}},"
                        + "{\"label\":\"b\",\"hours\":8,\"posture\":{\"preset\":\"standing_relaxed\"}}]}", "start at waking"),
                Arguments.of("{\"activities\":[{\"label\":\"a\",\"hours\":8,\"posture\":{\"preset\":\"standing_relaxed\"}}]}", "no night"),
                Arguments.of("{\"activities\":[{\"label\":\"a\",\"hours\":-1,\"posture\":{\"preset\":\"standing_relaxed\"}}]}",
                        "activities[0].hours = -1"),
                Arguments.of("{\"activities\":[{\"label\":\"a\",\"hours\":1,\"posture\":{\"preset\":\"standing_relaxed\","
                        + "\"trunkFlexionDeg\":500}}]}", "activities[0].posture.trunkFlexionDeg"),
                Arguments.of("{\"activities\":[{\"label\":\"a\",\"hours\":1,\"posture\":{\"preset\":\"nope\"}}]}", "activities[0].posture."),
                Arguments.of("{\"activities\":[{\"hours\":1,\"posture\":{\"preset\":\"standing_relaxed\"}}]}", "activities[0].label"),
                Arguments.of("{\"activities\":[{\"label\":\"a\",\"hours\":1,\"speed\":3}]}", "activities[0].speed is not a known field"),
                Arguments.of("{\"subject\":{\"statureM\":3},\"activities\":[]}", "subject.statureM"),
                Arguments.of("{\"activites\":[]}", "activites is not a known field"),
                Arguments.of("{\"activities\":[", "s.json:1:16: malformed JSON"),
                Arguments.of("", "the file is empty"));
    }

    @Test
    void issue15_aScheduleOfExactly48HoursInTenthsIsAccepted(@TempDir Path dir) throws Exception {
        StringBuilder json = new StringBuilder("{\"activities\":[");
        for (int i = 0; i < 480; i++) {
            json.append(i == 0 ? "" : ",").append("{\"label\":\"a").append(i).append("\",\"hours\":0.1,\"posture\":{\"preset\":\"")
                    .append(i < 240 ? "standing_relaxed" : "lying_supine").append("\"}}");
        }
        Path f = Files.writeString(dir.resolve("s.json"), json.append("]}").toString());
        CliRun r = CliRun.of("day", f.toString(), "--step-min", "60");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_OK);
        Files.writeString(f, json.toString().replace("]}", ",{\"label\":\"x\",\"hours\":0.1,\"posture\":{\"preset\":\"lying_supine\"}}]}"));
        CliRun over = CliRun.of("day", f.toString());
        assertThat(over.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(over.err()).contains("total duration = 48.1 h");
    }

    @ParameterizedTest
    @MethodSource("badSchedules")
    void badSchedulesExitWithCode2AndOneLine(String json, String expected, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, json);
        CliRun r = CliRun.of("day", f.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(expected);
    }

    @Test
    void badOptionsExitWithCode2() {
        assertThat(CliRun.of("day", "--step-min", "0").code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(CliRun.of("day", "--step-min", "x").err()).contains("not a number");
        assertThat(CliRun.of("day", "--speed", "1").err()).contains("unknown option");
        assertThat(CliRun.of("day", "/no/such/file.json").err()).contains("no such file");
        assertThat(CliRun.of("day", "--help").out()).contains("summary: idpStartOfNightMPa=<a>");
    }
}
