package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that the second and third hostile passes of issue 15 found looser than documented: a load
 * interval without a load, an absurd cut-off, a UTF-8 byte-order mark, a negative zero in the output;
 * a number too large for a double named as Infinity.
 */
class HostilePassTest {

    private static Path motion(Path dir, String prefix) throws Exception {
        StringBuilder b = new StringBuilder(prefix + "time,trunkFlexionDeg\n");
        for (int i = 0; i < 20; i++) {
            b.append(String.format(Locale.ROOT, "%.2f,10%n", i * 0.01));
        }
        Path f = dir.resolve("m.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void issue15_aLoadIntervalWithoutALoadIsBadInput(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("motion", motion(dir, "").toString(), "--pickup-s", "0", "--release-s", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("--pickup-s/--release-s", "--load-kg");
    }

    @Test
    void issue15_aCutOffBeyondAnyRecordingIsBadInput(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("motion", motion(dir, "").toString(), "--cutoff-hz", "1e308");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--cutoff-hz", "1000.0").doesNotContain("Infinity");
    }

    @Test
    void issue15_aByteOrderMarkIsSkippedInTaskAndMotionFiles(@TempDir Path dir) throws Exception {
        Path task = dir.resolve("t.json");
        Files.writeString(task, "\uFEFF{\"posture\":{\"preset\":\"standing_relaxed\"}}", StandardCharsets.UTF_8);
        CliRun a = CliRun.of("analyze", task.toString());
        assertThat(a.code()).as(a.err()).isZero();
        CliRun m = CliRun.of("motion", motion(dir, "\uFEFF").toString(), "--cutoff-hz", "0");
        assertThat(m.code()).as(m.err()).isZero();
    }

    @Test
    void issue15_aNegativeZeroIsWrittenAsZero() {
        assertThat(FiniteOutput.full("compression", -0.0)).isEqualTo("0.0");
        // the level table's one decimal: round-off below the shown step prints as 0.0, never -0.0
        for (double v : new double[] {-0.0, -1e-12, -0.049, 0.049}) {
            assertThat(String.format(java.util.Locale.ROOT, "%.1f", Output.noNegativeZero(v))).as("%s", v)
                    .isEqualTo("0.0");
        }
        assertThat(String.format(java.util.Locale.ROOT, "%.1f", Output.noNegativeZero(-0.051))).isEqualTo("-0.1");
        assertThat(FiniteOutput.full("compression", -1.5)).isEqualTo("-1.5");
    }

    @Test
    void issue15_aLoopOfSymbolicLinksAsAnOutputIsBadInputAndStaysALoop(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("loop1");
        Path b = dir.resolve("loop2");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        CliRun r = CliRun.of("motion", motion(dir, "").toString(), "--out", a.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--out", "loop of symbolic links");
        assertThat(Files.isSymbolicLink(a)).isTrue();
        assertThat(Files.isSymbolicLink(b)).isTrue();
    }

    @Test
    void issue15_standardOutputThatCannotBeWrittenIsNotSuccess(@TempDir Path dir) throws Exception {
        Path task = dir.resolve("t.json");
        Files.writeString(task, "{\"posture\":{\"preset\":\"standing_relaxed\"}}", StandardCharsets.UTF_8);
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new String[] {"analyze", task.toString()}, new java.io.PrintStream(broken, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard output cannot be written").hasLineCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "-1e309", "1e99999999999", "1000000000000000000000000000000000000000000000000000"
            + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"})
    void issue15_thirdPass_aNumberTooLargeForADoubleIsNamedAsWrittenNotAsInfinity(String literal, @TempDir Path dir)
            throws Exception {
        Path task = dir.resolve("t.json");
        Files.writeString(task, "{\"posture\":{\"preset\":\"standing_flexed\",\"trunkFlexionDeg\":" + literal + "}}",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("analyze", task.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("posture.trunkFlexionDeg", "too large", "[-180.0, 180.0]")
                .doesNotContain("Infinity");
        assertThat(r.err()).contains("= " + (literal.length() <= 60 ? literal : literal.substring(0, 60) + "..."));
    }

    @Test
    void issue15_thirdPass_aTooLargeNumberWhereAWordBelongsIsNamedAsWritten(@TempDir Path dir) throws Exception {
        Path task = dir.resolve("t.json");
        Files.writeString(task, "{\"posture\":{\"preset\":1e400}}", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("analyze", task.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("posture.preset = 1e400").doesNotContain("Infinity");
    }

    @Test
    void issue15_thirdPass_infinityAndNaNTokensAreStillNamedAsWritten(@TempDir Path dir) throws Exception {
        Path task = dir.resolve("t.json");
        Files.writeString(task, "{\"posture\":{\"preset\":\"standing_flexed\",\"trunkFlexionDeg\":-Infinity}}",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("analyze", task.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("posture.trunkFlexionDeg = -Infinity", "not a finite number");
    }

    @Test
    void issue15_thirdPass_smallAndSignedNumbersStillReachTheModelAsWritten(@TempDir Path dir) throws Exception {
        // a subnormal and a negative zero are numbers like any other
        Path task = dir.resolve("t.json");
        Files.writeString(task, "{\"posture\":{\"preset\":\"standing_flexed\",\"trunkFlexionDeg\":36.1,"
                + "\"lateralBendDeg\":1e-320,\"axialRotationDeg\":-0.0}}", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("analyze", task.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"trunkFlexionDeg\" : 36.1", "\"lateralBendDeg\" : 1.0E-320");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\tb", "a\u0000b", "\u001b[31mred"})
    void issue15_thirdPass_aNameWithALineBreakOrControlCharacterIsBadInput(String name, @TempDir Path dir)
            throws Exception {
        String quoted = com.fasterxml.jackson.databind.node.TextNode.valueOf(name).toString();
        Path schedule = dir.resolve("s.json");
        Files.writeString(schedule, "{\"activities\":[{\"label\":" + quoted + ",\"hours\":8,\"posture\":{\"preset\":"
                + "\"standing_relaxed\"}},{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}",
                StandardCharsets.UTF_8);
        CliRun day = CliRun.of("day", schedule.toString());
        assertThat(day.code()).isEqualTo(2);
        assertThat(day.out()).isEmpty();
        assertThat(day.err().lines()).hasSize(1);
        assertThat(day.err()).contains("activities[0].label = " + quoted, "one-line name");
        Path job = dir.resolve("j.json");
        Files.writeString(job, "{\"tasks\":[{\"name\":" + quoted + ",\"posture\":{\"preset\":\"standing_relaxed\"},"
                + "\"repetitionsPerDay\":1,\"secondsPerRepetition\":1}]}", StandardCharsets.UTF_8);
        CliRun assess = CliRun.of("assess", job.toString(), "--format", "table");
        assertThat(assess.code()).isEqualTo(2);
        assertThat(assess.out()).isEmpty();
        assertThat(assess.err().lines()).hasSize(1);
        assertThat(assess.err()).contains("tasks[0].name = " + quoted, "one-line name");
    }

    @Test
    void issue15_thirdPass_malformedJsonDoesNotOfferNaNOrInfinityAsNumbers(@TempDir Path dir) throws Exception {
        Path task = dir.resolve("t.json");
        Files.writeString(task, "{\"posture\":.5}", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("analyze", task.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(task + ":1:12: malformed JSON", "JSON String, Number, Array")
                .doesNotContain("NaN").doesNotContain("INF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-320", "1e-9", "9.9e-5"})
    void issue15_thirdPass_aCutOffTooLowForTheSamplingRateIsBadInputNamingTheOption(String cutoff, @TempDir Path dir)
            throws Exception {
        // 100 Hz: the filter's coefficients cancel to NaN below 1e-7 Hz; the limit is 1e-6 x 100 Hz
        CliRun r = CliRun.of("motion", motion(dir, "").toString(), "--cutoff-hz", cutoff);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("--cutoff-hz = ", "too low for the sampling rate", "[1.0E-4, 1000.0] Hz")
                .doesNotContain("NaN");
    }

    @Test
    void issue15_thirdPass_aCutOffAtTheLimitStillFilters(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("motion", motion(dir, "").toString(), "--cutoff-hz", "1e-4");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("summary: frames=20").doesNotContain("NaN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10f", "10d", "10D", "0x1p3", "1e", "--5", "1_0"})
    void issue15_thirdPass_numbersTakeNoJavaTypeSuffixOrHexadecimal(String value, @TempDir Path dir) throws Exception {
        Path m = dir.resolve("m.csv");
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg\n");
        for (int i = 0; i < 20; i++) {
            b.append(String.format(Locale.ROOT, "%.2f,%s%n", i * 0.01, i == 5 ? value : "10"));
        }
        Files.writeString(m, b.toString(), StandardCharsets.UTF_8);
        CliRun cell = CliRun.of("motion", m.toString(), "--cutoff-hz", "0");
        assertThat(cell.code()).isEqualTo(2);
        assertThat(cell.err()).contains(m + ":7:2: \"" + value + "\" (trunkFlexionDeg) is not a finite number");
        CliRun option = CliRun.of("motion", m.toString(), "--cutoff-hz", value);
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err()).contains("--cutoff-hz = \"" + value + "\" is not a number");
        Path task = dir.resolve("t.json");
        Files.writeString(task, "{\"posture\":{\"preset\":\"standing_flexed\"}}", StandardCharsets.UTF_8);
        CliRun sweep = CliRun.of("plot", task.toString(), "--sweep", "trunkFlexionDeg=0:" + value + ":1", "--out",
                dir.resolve("o.png").toString());
        assertThat(sweep.code()).isEqualTo(2);
        assertThat(sweep.err()).contains("--sweep TO = \"" + value + "\" is not a number");
        CliRun example = CliRun.of("example", "FlexionSweepToCsv", "--step-deg", value, "--out", dir.resolve("o").toString());
        assertThat(example.code()).isEqualTo(2);
        assertThat(example.err()).contains("--step-deg = \"" + value + "\" is not a number");
        assertThat(Files.exists(dir.resolve("o"))).isFalse();
    }

    @Test
    void issue15_thirdPass_decimalNumbersAsPeopleWriteThemStillRead() {
        for (String ok : List.of("12", "-0.5", ".5", "5.", "+1e-3", " 7 ", "1E+2")) {
            assertThat(org.lumbosim.io.DecimalText.parse(ok)).isEqualTo(Double.parseDouble(ok));
        }
    }

    @Test
    void issue15_thirdPass_anOpenSimInDegreesThatIsNeitherYesNorNoIsBadInput(@TempDir Path dir) throws Exception {
        Path mot = dir.resolve("m.mot");
        StringBuilder b = new StringBuilder("Coordinates\nversion=1\nnRows=20\nnColumns=2\ninDegrees=maybe\nendheader\n"
                + "time\tlumbar_extension\n");
        for (int i = 0; i < 20; i++) {
            b.append(String.format(Locale.ROOT, "%.2f\t-5%n", i * 0.01));
        }
        Files.writeString(mot, b.toString(), StandardCharsets.UTF_8);
        CliRun r = CliRun.of("motion", mot.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(mot + ":5: inDegrees = \"maybe\" is neither yes nor no");
    }

    @Test
    void issue15_thirdPass_standardOutputThatFailsAfterTheFilesLeavesThemWhole(@TempDir Path dir) throws Exception {
        // stdout is written last, after the files are in place: exit 2, and the CSV is whole, not partial
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Path out = dir.resolve("o.csv");
        int code = Main.run(new String[] {"motion", motion(dir, "").toString(), "--out", out.toString()},
                new java.io.PrintStream(broken, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard output cannot be written").hasLineCount(1);
        assertThat(Files.readAllLines(out)).hasSize(21).first().asString().startsWith("timeS,status,");
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("m.csv", "o.csv");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\u2028b", "a\u0085b", "a\u000bb"})
    void issue15_fourthPass_aWrittenFileWhoseNameHasALineBreakIsNamedOnOneLine(String name, @TempDir Path dir)
            throws Exception {
        Path task = dir.resolve("t.json");
        Files.writeString(task, "{\"posture\":{\"preset\":\"standing_relaxed\"}}", StandardCharsets.UTF_8);
        Path svg = dir.resolve(name + ".svg");
        CliRun p = CliRun.of("plot", task.toString(), "--out", svg.toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(Files.exists(svg)).isTrue();
        assertThat(p.out()).hasLineCount(1).startsWith("wrote ").doesNotContain("\u2028", "\u0085", "\u000b");
        Path csv = dir.resolve(name + ".csv");
        CliRun m = CliRun.of("motion", motion(dir, "").toString(), "--out", csv.toString());
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(21);
        assertThat(m.out().lines().filter(l -> l.startsWith("wrote "))).hasSize(1)
                .allSatisfy(l -> assertThat(l).endsWith(" frames to " + csv.toString().replaceAll("[\\r\\n\\u2028\\u0085\\u000b]", " ")));
    }

    @Test
    void issue15_fourthPass_aMissingFileWhoseNameHasAUnicodeLineSeparatorIsOneFailureLine(@TempDir Path dir) {
        CliRun r = CliRun.of("assess", dir.resolve("x\u2028y.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).doesNotContain("\u2028").contains("x y.json");
    }
}
