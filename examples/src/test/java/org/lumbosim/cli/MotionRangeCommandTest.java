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
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;

/**
 * {@code lumbosim motion} over frames outside the model's range (issue 13, item 2): such a frame is a
 * row with status OUT_OF_RANGE, no loads and the reason, counted in the summary, its neighbours solved
 * statically; {@code --clamp} clamps instead and counts the clamped frames.
 */
class MotionRangeCommandTest {

    /** A slow bend of the lumbar spine whose frame at 0.20 s is recorded in hyperextension beyond the range. */
    private static Path bend(Path dir) throws Exception {
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg,lumbarFlexionDeg\n");
        for (int i = 0; i < 41; i++) {
            b.append(String.format(Locale.ROOT, "%.2f,%s,%s%n", i * 0.01, 20 + i, i == 20 ? "-31" : Double.toString(10 + 0.5 * i)));
        }
        Path f = dir.resolve("bend.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void issue13_aFrameOutOfRangeIsARowWithItsReasonAndTheOthersAreSolved(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("motion", bend(dir).toString(), "--cutoff-hz", "0");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        String[] header = lines.get(0).split(",");
        assertThat(header[header.length - 1]).isEqualTo("reason");
        String[] row = lines.get(1 + 20).split(",", -1);
        assertThat(row).hasSize(header.length);
        assertThat(row[0]).isEqualTo("0.2");
        assertThat(row[1]).isEqualTo("OUT_OF_RANGE");
        for (int c = 2; c < header.length - 1; c++) {
            assertThat(row[c]).as(header[c]).isEmpty();
        }
        assertThat(row[header.length - 1]).isEqualTo("lumbarFlexionDeg = -31.0 deg is outside ["
                + PostureRange.LUMBAR_FLEXION_MIN_DEG + " to " + PostureRange.LUMBAR_FLEXION_MAX_DEG + "] deg");
        // its neighbours are solved statically
        int l5s1 = List.of(header).indexOf("L5-S1_compressionN");
        for (int i : new int[] {19, 21}) {
            String[] n = lines.get(1 + i).split(",", -1);
            assertThat(n[1]).isEqualTo("OK");
            // no shoulder column: the arms hang under gravity (issue 12 item 8)
            Posture p = new Posture(20 + i, 10 + 0.5 * i, 0, 0, 0, 0, 0, 0, 0, java.util.Set.of(Support.FEET))
                    .withArmsHanging();
            double stat = Lumbosim.analyze(Subject.defaultSubject(), p, List.of()).l5s1().compressionN();
            assertThat(Double.parseDouble(n[l5s1])).isCloseTo(stat, org.assertj.core.data.Percentage.withPercentage(1e-4));
        }
        String summary = lines.get(lines.size() - 1);
        System.out.println("MotionRangeCommandTest: " + row[0] + "," + row[1] + ",...," + row[header.length - 1]
                + "\nMotionRangeCommandTest: " + summary);
        assertThat(summary).startsWith("# summary: frames=41 failedFrames=0 ")
                .endsWith(" overloadedFrames=0 outOfRangeFrames=1");
    }

    @Test
    void issue13_clampSolvesEveryFrameAndCountsTheClampedOnes(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("motion", bend(dir).toString(), "--cutoff-hz", "0", "--clamp");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("OUT_OF_RANGE");
        List<String> lines = r.out().lines().toList();
        String[] row = lines.get(1 + 20).split(",", -1);
        // solved as clamped (a one-frame jump of 41 deg without filtering: its accelerations may overload the
        // muscles, or carry the body's weight off the feet: UNSUPPORTED, which until the twelfth session read OK
        // with empty loads); never the range's reason
        assertThat(row[1]).isIn("OK", "OVERLOADED", "INFEASIBLE", MotionCommand.UNSUPPORTED);
        assertThat(row[row.length - 1]).isEqualTo(row[1].equals(MotionCommand.UNSUPPORTED)
                ? MotionCommand.UNSUPPORTED_REASON : "");
        String summary = lines.get(lines.size() - 1);
        System.out.println("MotionRangeCommandTest: " + summary);
        assertThat(summary).matches(".* overloadedFrames=[0-9]+ outOfRangeFrames=0 clampedFrames=1");
    }
}
