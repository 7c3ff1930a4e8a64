package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/** {@code lumbosim motion} and {@code lumbosim population}: outputs, the static limit, bad input. */
class MotionAndPopulationCommandTest {

    /** A CSV bending forward to 40 deg and back over {@code seconds}, 100 Hz. */
    private static Path bendCsv(Path dir, double seconds) throws Exception {
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg,lumbarFlexionDeg,hipFlexionDeg,shoulderFlexionDeg\n");
        int n = (int) Math.round(seconds * 100) + 1;
        for (int i = 0; i < n; i++) {
            double t = i / 100.0;
            double trunk = 20 - 20 * Math.cos(2 * Math.PI * t / seconds);
            b.append(String.format(Locale.ROOT, "%.2f,%.6f,%.6f,%.6f,%.6f%n", t, trunk, 0.6 * trunk, 0.4 * trunk, trunk));
        }
        Path f = dir.resolve("bend.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void slowMotionMatchesStaticsAndWritesTheWholeCsv(@TempDir Path dir) throws Exception {
        Path in = bendCsv(dir, 60);
        Path out = dir.resolve("loads.csv");
        CliRun r = CliRun.of("motion", in.toString(), "--out", out.toString(), "--cutoff-hz", "6");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(6002);
        assertThat(rows.get(0)).startsWith("timeS,status,L5-S1_compressionN,L5-S1_apShearN");
        String[] mid = rows.get(3001).split(",");
        assertThat(Double.parseDouble(mid[0])).isEqualTo(30.0);
        Posture p = new Posture(40, 24, 0, 0, 16, 0, 40, 0, 0, java.util.Set.of(Support.FEET));
        double stat = Lumbosim.analyze(Subject.defaultSubject(), p, List.of()).l5s1().compressionN();
        assertThat(Double.parseDouble(mid[2])).as("a 60 s bend is quasi-static").isCloseTo(stat, org.assertj.core.data.Percentage.withPercentage(0.5));
        assertThat(r.out().trim().lines().reduce((a, b) -> b).orElseThrow())
                .matches("summary: frames=6001 failedFrames=0 peakL5S1CompressionN=[0-9.]+ atS=[0-9.]+ peakL5S1ApShearN=[0-9.]+"
                        + " cumulativeL5S1CompressionNs=[0-9.]+ overloadedFrames=0 outOfRangeFrames=0");
        double cumulative = Double.parseDouble(r.out().trim().replaceAll("(?s).*cumulativeL5S1CompressionNs=([0-9.]+).*", "$1"));
        double sum = 0;
        for (int i = 2; i < rows.size(); i++) {
            String[] a = rows.get(i - 1).split(",");
            String[] b = rows.get(i).split(",");
            sum += 0.5 * (Double.parseDouble(a[2]) + Double.parseDouble(b[2])) * (Double.parseDouble(b[0]) - Double.parseDouble(a[0]));
        }
        assertThat(cumulative).as("trapezoidal integral of the CSV's L5-S1 compression").isCloseTo(sum, org.assertj.core.data.Percentage.withPercentage(1e-6));
    }

    @Test
    void fastMotionWithALoadAddsInertia(@TempDir Path dir) throws Exception {
        Path slow = bendCsv(dir, 20);
        CliRun a = CliRun.of("motion", slow.toString(), "--load-kg", "10", "--pickup-s", "0", "--release-s", "100");
        Path fast = bendCsv(dir, 1);
        CliRun b = CliRun.of("motion", fast.toString(), "--load-kg", "10", "--pickup-s", "0", "--release-s", "100");
        double peakSlow = peak(a.out());
        double peakFast = peak(b.out());
        assertThat(peakFast).as("a 1 s bend and return peaks above a 20 s one").isGreaterThan(peakSlow * 1.05);
    }

    private static double peak(String out) {
        String last = out.trim().lines().reduce((x, y) -> y).orElseThrow();
        String v = last.replaceAll(".*peakL5S1CompressionN=([0-9.]+).*", "$1");
        return Double.parseDouble(v);
    }

    @Test
    void plotOptionDrawsTheTimeSeries(@TempDir Path dir) throws Exception {
        Path in = bendCsv(dir, 2);
        Path png = dir.resolve("motion.png");
        CliRun r = CliRun.of("motion", in.toString(), "--load-kg", "5", "--plot", png.toString(), "--out", dir.resolve("m.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("plot: " + png.toAbsolutePath());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img).as("the PNG decodes").isNotNull();
        CliRun bad = CliRun.of("motion", in.toString(), "--plot", dir.resolve("motion.bmp").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--plot");
    }

    @Test
    void plotTitleIsTheFileNameUnlessTitleGivesWords(@TempDir Path dir) throws Exception {
        Path in = bendCsv(dir, 2);
        Path named = dir.resolve("named.svg");
        Path worded = dir.resolve("worded.svg");
        assertThat(CliRun.of("motion", in.toString(), "--plot", named.toString(), "--out", dir.resolve("a.csv").toString())
                .code()).isZero();
        assertThat(CliRun.of("motion", in.toString(), "--plot", worded.toString(), "--title", "Five slow bends",
                "--out", dir.resolve("b.csv").toString()).code()).isZero();
        assertThat(Files.readString(named)).contains(in.getFileName().toString());
        assertThat(Files.readString(worded)).contains("Five slow bends").doesNotContain(in.getFileName().toString());
    }

    @Test
    void openSimMotionFileIsMapped(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("Coordinates\nversion=1\nnRows=5\nnColumns=6\ninDegrees=yes\nendheader\n");
        b.append("time\tpelvis_tilt\tlumbar_extension\thip_flexion_r\tknee_angle_r\tankle_angle_r\n");
        for (int i = 0; i < 5; i++) {
            b.append(String.format(Locale.ROOT, "%.2f\t-10\t-20\t10\t-5\t0%n", i * 0.01));
        }
        Path f = dir.resolve("trial.mot");
        Files.writeString(f, b.toString());
        CliRun r = CliRun.of("motion", f.toString(), "--cutoff-hz", "0");
        assertThat(r.code()).as(r.err()).isZero();
        // trunk = -pelvis_tilt - lumbar_extension = 30; lumbar flexion = 20; knee flexion 5 (negative convention);
        // no arm coordinate: the arms hang under gravity (shoulder flexion 30 relative to the thorax)
        Posture p = new Posture(30, 20, 0, 0, 10, 5, Double.NaN, 0, 0, java.util.Set.of(Support.FEET), true);
        assertThat(p.shoulderFlexionDeg()).isEqualTo(30);
        double stat = Lumbosim.analyze(Subject.defaultSubject(), p, List.of()).l5s1().compressionN();
        String row = r.out().lines().skip(2).findFirst().orElseThrow();
        assertThat(Double.parseDouble(row.split(",")[2])).isCloseTo(stat, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void badMotionFilesNameFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "time,trunkFlexionDeg\n0,10\n0.01,NaN\n0.02,10\n");
        CliRun r = CliRun.of("motion", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bad.csv:3:2", "NaN");
        Files.writeString(f, "time,trunkFlexionDeg\n0,10\n0.02,10\n0.01,10\n");
        r = CliRun.of("motion", f.toString());
        assertThat(r.err()).contains("bad.csv:4:1", "does not increase");
        Files.writeString(f, "time,spineWobble\n0,1\n0.01,1\n0.02,1\n");
        r = CliRun.of("motion", f.toString());
        assertThat(r.err()).contains("bad.csv:1:2", "unknown column \"spineWobble\"");
        Files.writeString(f, "time,trunkFlexionDeg\n0,10\n0.01,10\n");
        r = CliRun.of("motion", f.toString());
        assertThat(r.err()).contains("2 frames; at least 3");
        Files.writeString(f, "trunkFlexionDeg\n10\n10\n10\n");
        r = CliRun.of("motion", f.toString());
        assertThat(r.err()).contains("no 'time' column");
        Path mot = dir.resolve("bad.mot");
        Files.writeString(mot, "inDegrees=yes\nendheader\ntime\tlumbar_wiggle\n0\t1\n0.01\t1\n0.02\t1\n");
        r = CliRun.of("motion", mot.toString());
        assertThat(r.err()).contains("bad.mot:3:2", "lumbar_wiggle");
        Path out = dir.resolve("never.csv");
        // every frame outside the model's range: nothing has loads (issue 13: one such frame alone is a row)
        Files.writeString(f, "time,trunkFlexionDeg\n0,400\n0.01,400\n0.02,-400\n");
        r = CliRun.of("motion", f.toString(), "--out", out.toString(), "--cutoff-hz", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv", "3 are outside the model's range", "trunkFlexionDeg = 400.0", "--clamp");
        assertThat(Files.exists(out)).as("nothing half-written").isFalse();
        for (CliRun each : List.of(r)) {
            assertThat(each.err().trim().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void populationIsReproducibleAndBadOptionsAreNamed(@TempDir Path dir) throws Exception {
        Path task = dir.resolve("task.json");
        Files.writeString(task, "{\"posture\":{\"preset\":\"standing_flexed\"},\"loads\":[{\"massKg\":5}]}");
        CliRun a = CliRun.of("population", task.toString(), "--n", "3000", "--seed", "5", "--threads", "1");
        CliRun b = CliRun.of("population", task.toString(), "--n", "3000", "--seed", "5", "--threads", "2");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("L5-S1 compression (N): p5", "share above NIOSH action limit 3400 N");
        assertThat(a.out().lines().skip(1).toList()).isEqualTo(b.out().lines().skip(1).toList());
        CliRun bad = CliRun.of("population", task.toString(), "--n", "0");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--n = 0");
    }

    @Test
    void populationVariesTissueConstantsAndWritesEveryPercentile(@TempDir Path dir) throws Exception {
        Path task = dir.resolve("task.json");
        Files.writeString(task, "{\"posture\":{\"preset\":\"standing_flexed\"},\"loads\":[{\"massKg\":5}],"
                + "\"variation\":{\"maxMuscleStressMPa\":{\"min\":0.3,\"max\":1.0},"
                + "\"nachemsonPressureFactor\":{\"mean\":1.5,\"sd\":0.1}}}");
        Path csv = dir.resolve("p.csv");
        CliRun a = CliRun.of("population", task.toString(), "--n", "2000", "--seed", "5", "--out", csv.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("varied tissue constants: maxMuscleStressMPa uniform [0.3, 1.0]; nachemsonPressureFactor normal mean 1.5 sd 0.1");
        java.util.List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("level,quantity,p5,p50,p95,mean");
        assertThat(rows).hasSize(1 + 5 * 4);
        assertThat(rows.get(1)).startsWith("L5-S1,compressionN,");
        String p50 = a.out().lines().filter(l -> l.startsWith("L5-S1 compression")).findFirst().orElseThrow()
                .replaceAll(".*p50 (\\d+).*", "$1");
        assertThat(Math.round(Double.parseDouble(rows.get(1).split(",")[3]))).isEqualTo(Long.parseLong(p50));
        for (String[] bad : new String[][] {
                {"{\"maxMuscleStressMPa\":{\"min\":0.3,\"max\":9}}", "variation.maxMuscleStressMPa.max = 9.0 MPa is outside"},
                {"{\"maxMuscleStressMPa\":{\"min\":0.9,\"max\":0.3}}", "maxMuscleStressMPa: uniform [0.9, 0.3]"},
                {"{\"speed\":{\"min\":1,\"max\":2}}", "\"speed\" is not a tissue parameter"},
                {"{\"iapScale\":{\"min\":1}}", "variation.iapScale = "},
                {"[1]", "variation = [1] is not a JSON object"}}) {
            Files.writeString(task, "{\"posture\":{\"preset\":\"standing_flexed\"},\"variation\":" + bad[0] + "}");
            CliRun r = CliRun.of("population", task.toString(), "--n", "10");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().trim().lines().count()).isEqualTo(1);
            assertThat(r.err()).contains(bad[1]);
        }
    }
}
