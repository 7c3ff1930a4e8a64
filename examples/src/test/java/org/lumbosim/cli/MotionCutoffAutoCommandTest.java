package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;

/**
 * {@code lumbosim motion --cutoff-hz auto} and the notes on how much of a result rests on
 * differentiation: each channel's cut-off chosen by residual analysis and printed on stderr, the
 * peak frame's quasi-static L5-S1 compression beside the dynamic one (equal to the static solver's),
 * a note when the dynamic terms raise the peak by more than {@link MotionCommand#MAX_DYNAMIC_RISE},
 * and one when the sampling rate is low for the cut-off ({@link MotionCommand#MAX_DIFFERENCE_BIAS});
 * the summary line keeps its fields.
 */
class MotionCutoffAutoCommandTest {
    /** The summary line as documented (README, Motion; the usage text): its fields, in order, nothing appended. */
    private static final Pattern SUMMARY = Pattern.compile("(?m)^# summary: frames=\\d+ failedFrames=\\d+ peakL5S1CompressionN=\\S+"
            + " atS=\\S+ peakL5S1ApShearN=\\S+ cumulativeL5S1CompressionNs=\\S+ overloadedFrames=\\d+ outOfRangeFrames=\\d+$");
    private static final Pattern QUASI_STATIC = Pattern.compile("(?m)^# quasi-static L5-S1 compression at (\\S+) s (\\S+) N"
            + " \\(every derivative zero\\): the dynamic terms add (\\S+) N \\(([-+]\\S+) %\\)$");

    @TempDir
    Path dir;

    /**
     * A bend at {@code hz} of the trunk, shared between lumbar spine and hips, sampled at {@code fs}
     * for {@code seconds}, with seeded white noise of {@code noiseDeg} on each angle.
     */
    private Path bend(String name, double fs, double seconds, double hz, double noiseDeg, long seed) throws Exception {
        Random rnd = new Random(seed);
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg,lumbarFlexionDeg,hipFlexionDeg\n");
        int n = (int) Math.round(fs * seconds) + 1;
        for (int i = 0; i < n; i++) {
            double t = i / fs;
            double lumbar = 15 + 10 * Math.sin(2 * Math.PI * hz * t) + noiseDeg * rnd.nextGaussian();
            double hip = 20 + 10 * Math.sin(2 * Math.PI * hz * t) + noiseDeg * rnd.nextGaussian();
            b.append(String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f%n", t, lumbar + hip, lumbar, hip));
        }
        Path f = dir.resolve(name);
        Files.writeString(f, b.toString());
        return f;
    }

    private static double[] column(Path csv, int c) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[c])).toArray();
    }

    @Test
    void autoPrintsEachVaryingChannelsCutoffAndKeepsTheSummaryFields() throws Exception {
        Path f = bend("noisy.csv", 100, 4, 0.5, 0.3, 42);
        CliRun r = CliRun.of("motion", f.toString(), "--cutoff-hz", "auto");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> notes = r.err().lines().filter(l -> l.startsWith("note: --cutoff-hz auto: ")).toList();
        System.out.println("MotionCutoffAutoCommandTest: " + String.join("\nMotionCutoffAutoCommandTest: ", notes));
        // the three recorded angles, in task-file order; the absent ones are constant (0) and get none
        assertThat(notes).hasSize(3);
        String[] names = {"trunkFlexionDeg", "lumbarFlexionDeg", "hipFlexionDeg"};
        int[] order = {0, 1, 2};
        for (int i = 0; i < 3; i++) {
            ResidualAnalysis.Choice c = ResidualAnalysis.choose(column(f, 1 + order[i]), 100);
            assertThat(notes.get(i)).isEqualTo(String.format(Locale.ROOT, "note: --cutoff-hz auto: %s %.2f Hz (noise RMS %.3g deg)",
                    names[i], c.cutoffHz(), c.noiseRms()));
        }
        assertThat(SUMMARY.matcher(r.out()).find()).as(r.out()).isTrue();
        assertThat(QUASI_STATIC.matcher(r.out()).find()).as(r.out()).isTrue();
    }

    @Test
    void theQuasiStaticValueIsTheStaticSolveOfThePeakFrame() throws Exception {
        Path f = bend("bounce.csv", 100, 2, 1.5, 0, 1);
        CliRun r = CliRun.of("motion", f.toString(), "--cutoff-hz", "6");
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = QUASI_STATIC.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        double atS = Double.parseDouble(m.group(1));
        List<Posture> frames = MotionFile.read(f, 6, false).frames();
        Posture peak = frames.get((int) Math.round(atS * 100));
        double stat = Lumbosim.analyze(Subject.defaultSubject(), peak, List.of()).l5s1().compressionN();
        System.out.printf(Locale.ROOT, "MotionCutoffAutoCommandTest: quasi-static %s N at %.2f s, static solver %.1f N%n",
                m.group(2), atS, stat);
        // printed to 0.1 N; the recruitment's tolerance is 1e-6 relative
        assertThat(Double.parseDouble(m.group(2))).isCloseTo(stat, org.assertj.core.data.Offset.offset(0.05 + 1e-6 * stat));
    }

    @Test
    void aNoteWhenTheDynamicTermsRaiseThePeakMoreThanMcGillAndNormanMeasured() throws Exception {
        // a 60 s bend is quasi-static; a 1.5 Hz bounce is not
        for (Path f : List.of(bend("slow.csv", 20, 60, 1 / 60.0, 0, 1), bend("fast.csv", 100, 2, 1.5, 0, 1))) {
            CliRun r = CliRun.of("motion", f.toString(), "--cutoff-hz", "6");
            assertThat(r.code()).as(r.err()).isZero();
            Matcher m = QUASI_STATIC.matcher(r.out());
            assertThat(m.find()).as(r.out()).isTrue();
            double risePct = Double.parseDouble(m.group(4));
            boolean noted = r.err().contains("note: the dynamic terms raise the L5-S1 peak");
            System.out.printf(Locale.ROOT, "MotionCutoffAutoCommandTest: %s: dynamic rise %+.1f %%, noted %s%n", f.getFileName(),
                    risePct, noted);
            assertThat(noted).as(r.err()).isEqualTo(risePct > 100 * MotionCommand.MAX_DYNAMIC_RISE);
            assertThat(noted).as("only the fast bounce").isEqualTo(f.getFileName().toString().equals("fast.csv"));
        }
    }

    @Test
    void aNoteWhenTheSamplingRateIsUnderEightTimesTheCutoff() throws Exception {
        Path f = bend("sixty.csv", 60, 3, 0.5, 0, 1);
        CliRun low = CliRun.of("motion", f.toString(), "--cutoff-hz", "10");
        assertThat(low.code()).as(low.err()).isZero();
        assertThat(low.err()).contains("note: the sampling rate, 60.00 Hz, is low for the cut-off of 10.00 Hz: central differences"
                + " underestimate an acceleration at that frequency by 8.8 %");
        CliRun ok = CliRun.of("motion", f.toString(), "--cutoff-hz", "6");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.err()).doesNotContain("sampling rate");
        // with the filter off there is no cut-off to compare
        assertThat(CliRun.of("motion", f.toString(), "--cutoff-hz", "0").err()).doesNotContain("sampling rate");
    }

    @Test
    void theDifferenceBiasIsWhatACentralSecondDifferenceOfASampledSineGives() {
        for (double samplesPerPeriod : new double[] {3, 5, 8, 10, 30}) {
            double fs = 100;
            double f = fs / samplesPerPeriod;
            double w = 2 * Math.PI * f;
            double h = 1 / fs;
            double t = 0.123;
            double difference = (Math.sin(w * (t + h)) - 2 * Math.sin(w * t) + Math.sin(w * (t - h))) / (h * h);
            double exact = -w * w * Math.sin(w * t);
            assertThat(1 - difference / exact).isCloseTo(MotionCommand.differenceBias(f, fs), org.assertj.core.data.Offset.offset(1e-9));
        }
        // the documented threshold: 5 % at 8.0 samples per period
        assertThat(MotionCommand.samplesPerPeriodAtBias(MotionCommand.MAX_DIFFERENCE_BIAS)).isCloseTo(8.0,
                org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void aWordOtherThanAutoIsBadInputNamingTheOption() throws Exception {
        Path f = bend("word.csv", 100, 1, 0.5, 0, 1);
        CliRun r = CliRun.of("motion", f.toString(), "--cutoff-hz", "automatic");
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).startsWith("error: ").contains("--cutoff-hz", "automatic");
    }

    /** Fourteenth session's review: a mistyped {@code auto} or a cut-off out of range names auto among the allowed values. */
    @Test
    void review14_aCutoffThatIsNeitherANumberInRangeNorAutoNamesBoth(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("m.csv");
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg\n");
        for (int i = 0; i < 20; i++) {
            b.append(String.format(Locale.ROOT, "%.2f,10%n", i * 0.01));
        }
        Files.writeString(m, b.toString());
        CliRun typo = CliRun.of("motion", m.toString(), "--cutoff-hz", "Auto");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err().strip()).isEqualTo("error: --cutoff-hz = \"Auto\" is not a number; allowed range [0.0, 1000.0] Hz, or auto");
        CliRun negative = CliRun.of("motion", m.toString(), "--cutoff-hz", "-1");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err().strip()).isEqualTo("error: --cutoff-hz = -1 is outside the allowed range [0.0, 1000.0] Hz, or auto");
        assertThat(CliRun.of("motion", m.toString(), "--cutoff-hz", "auto").code()).isZero();
    }
}
