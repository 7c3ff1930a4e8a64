package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;

/**
 * {@code lumbosim motion} with frames beyond the subject's strength (issue 13, item 4): they are rows
 * with loads, status OVERLOADED and the stress they require, counted in the summary, and included in
 * the peaks and the cumulative load.
 */
class MotionOverloadCommandTest {
    private static final int FRAMES = DocChecks.STOOP_FRAMES;
    private static final double STEP_S = DocChecks.STOOP_STEP_S;

    /** A stoop lift from the round-back lifting posture to upright standing in 2 s, as a motion CSV (README's motion example). */
    private static Path stoopLift(Path dir) throws Exception {
        Path f = dir.resolve("stoop.csv");
        Files.writeString(f, DocChecks.stoopLiftCsv());
        return f;
    }

    private static List<Posture> frames() {
        return DocChecks.stoopLiftFrames();
    }

    @Test
    void issue13_overloadedFramesHaveLoadsAndAreCountedMarkedAndIncludedInThePeaks(@TempDir Path dir) throws Exception {
        Path in = stoopLift(dir);
        Path png = dir.resolve("m.png");
        CliRun r = CliRun.of("motion", in.toString(), "--cutoff-hz", "0", "--load-kg", "175", "--pickup-s", "0",
                "--release-s", "2", "--plot", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(png).isNotEmptyFile();
        List<String> lines = r.out().lines().toList();
        String[] header = lines.get(0).split(",");
        assertThat(header[1]).isEqualTo("status");
        assertThat(header[2]).isEqualTo(SpinalLevel.values()[0].label() + "_compressionN");
        assertThat(header[header.length - 2]).isEqualTo("largestMuscleStressMPa");
        assertThat(header[header.length - 1]).isEqualTo("reason");
        // the core's answer under OverloadPolicy.REPORT, frame by frame
        double[] t = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            t[i] = Double.parseDouble(String.format(Locale.ROOT, "%.2f", i * STEP_S));
        }
        MotionResult m = MotionAnalysis.solve(LumbarModel.of(Subject.defaultSubject()).withOverloadPolicy(OverloadPolicy.REPORT),
                t, frames(), new LoadSchedule(175, 0, 2));
        int l5s1 = List.of(header).indexOf(SpinalLevel.L5_S1.label() + "_compressionN");
        int overloaded = 0;
        for (int i = 0; i < FRAMES; i++) {
            String[] row = lines.get(1 + i).split(",", -1);
            assertThat(row).hasSize(header.length);
            assertThat(row[1]).isEqualTo(m.overloaded()[i] ? "OVERLOADED" : "OK");
            assertThat(Double.parseDouble(row[l5s1])).isEqualTo(m.compressionN(SpinalLevel.L5_S1)[i]);
            assertThat(row[header.length - 1]).isEmpty();
            double stress = Double.parseDouble(row[header.length - 2]);
            assertThat(stress).isEqualTo(m.largestMuscleStressMPa()[i]);
            if (m.overloaded()[i]) {
                overloaded++;
                assertThat(stress).isGreaterThan(0.6);
            }
        }
        assertThat(overloaded).isPositive();
        int peak = m.peakCompressionFrame(SpinalLevel.L5_S1);
        assertThat(m.overloaded()[peak]).isTrue();
        String peakLine = lines.stream().filter(l -> l.startsWith("# peak L5-S1")).findFirst().orElseThrow();
        assertThat(peakLine).contains(String.format(Locale.ROOT, "(overloaded: needs %.2f MPa)", m.largestMuscleStressMPa()[peak]));
        String summary = lines.get(lines.size() - 1);
        System.out.println("MotionOverloadCommandTest: " + peakLine + "\nMotionOverloadCommandTest: " + summary);
        assertThat(summary).startsWith("# summary: frames=41 failedFrames=0 peakL5S1CompressionN="
                + m.compressionN(SpinalLevel.L5_S1)[peak] + " atS=" + t[peak] + " ").endsWith(" overloadedFrames=" + overloaded + " outOfRangeFrames=0");
        assertThat(summary).matches(".* peakL5S1ApShearN=[0-9.E]+ cumulativeL5S1CompressionNs=[0-9.E]+ overloadedFrames=[0-9]+"
                + " outOfRangeFrames=0");
        assertThat(summary).doesNotContain("NaN", "Infinity");
    }

    @Test
    void issue13_aFeasibleMotionHasNoOverloadedFrames(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("motion", stoopLift(dir).toString(), "--cutoff-hz", "0");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("OVERLOADED", "overloaded:");
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).endsWith(" overloadedFrames=0 outOfRangeFrames=0");
    }
}
