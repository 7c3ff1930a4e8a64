package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * {@code lumbosim motion} over frames whose feet cannot hold the body (twelfth session's newcomer
 * audit): a CSV with a trunk column alone has the lumbar and hip angles 0, so the pelvis and thighs
 * turn with the trunk and, bent far enough, the body's weight lies in front of the feet. Such frames
 * were rows with status {@code OK} and empty loads without a reason, and a file of only such frames
 * ended {@code internal error: ... the muscle recruitment did not converge in any of them} (exit 1).
 * Now they are {@code UNSUPPORTED} rows with the reason, and a file of only such frames is exit 2
 * naming the first, as {@code analyze} refuses the same posture with exit 2.
 */
class MotionUnsupportedFrameTest {

    /** Trunk angle of every frame of the unsupported file (lumbar and hips 0, knees 10). */
    private static final double FAR_DEG = 80;
    /** Trunk angle of the frames of the mixed file that the feet can still hold. */
    private static final double NEAR_DEG = 30;

    private static Path file(Path dir, String name, double... trunkDeg) throws Exception {
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg,kneeFlexionDeg\n");
        for (int i = 0; i < trunkDeg.length; i++) {
            b.append(String.format(Locale.ROOT, "%.2f,%s,10%n", i * 0.1, trunkDeg[i]));
        }
        Path f = dir.resolve(name);
        Files.writeString(f, b.toString());
        return f;
    }

    /** The premise: the static model's feet cannot hold this posture, and can hold the near one. */
    private static boolean balanced(double trunkDeg) {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject());
        Workspace ws = m.newWorkspace();
        m.solve(new Posture(trunkDeg, 0, 0, 0, 0, 10, Double.NaN, 0, 0, Set.of(Support.FEET), true), List.of(), ws);
        return ws.supportsBalanced();
    }

    @Test
    void audit12_aFileOfUnsupportedFramesIsBadInputNamingTheFirstNotAnInternalError(@TempDir Path dir)
            throws Exception {
        assertThat(balanced(FAR_DEG)).isFalse();
        double[] far = new double[11];
        java.util.Arrays.fill(far, FAR_DEG);
        CliRun r = CliRun.of("motion", file(dir, "far.csv", far).toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: none of the 11 frames of ")
                .contains("the feet cannot hold the body in 11 of them (the first at 0.0 s)")
                .doesNotContain("internal").doesNotContain("converge");
        // analyze refuses the same posture with the same exit code
        Path task = dir.resolve("far.json");
        Files.writeString(task, "{\"posture\":{\"trunkFlexionDeg\":" + FAR_DEG
                + ",\"lumbarFlexionDeg\":0,\"hipFlexionDeg\":0,\"kneeFlexionDeg\":10}}");
        assertThat(CliRun.of("analyze", task.toString()).code()).isEqualTo(Main.EXIT_BAD_INPUT);
    }

    @Test
    void audit12_anUnsupportedFrameIsARowWithItsStatusAndReasonNotOk(@TempDir Path dir) throws Exception {
        assertThat(balanced(NEAR_DEG)).isTrue();
        double[] mixed = {NEAR_DEG, NEAR_DEG, NEAR_DEG, FAR_DEG, FAR_DEG, FAR_DEG, NEAR_DEG, NEAR_DEG, NEAR_DEG};
        CliRun r = CliRun.of("motion", file(dir, "mixed.csv", mixed).toString(), "--cutoff-hz", "0");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        String[] header = lines.get(0).split(",");
        int unsupported = 0;
        for (int i = 0; i < mixed.length; i++) {
            String[] row = lines.get(1 + i).split(",", -1);
            assertThat(row).hasSize(header.length);
            boolean loads = !row[2].isEmpty();
            if (!loads) {
                unsupported++;
                assertThat(row[1]).as("frame %d", i).isEqualTo(MotionCommand.UNSUPPORTED);
                assertThat(row[header.length - 1]).isEqualTo(MotionCommand.UNSUPPORTED_REASON);
            } else {
                assertThat(row[1]).as("frame %d", i).isIn("OK", "OVERLOADED");
                assertThat(row[header.length - 1]).isEmpty();
            }
        }
        // the frames at 80 deg have no loads (their neighbours' accelerations may tip one more or fewer)
        assertThat(unsupported).isGreaterThanOrEqualTo(1);
        assertThat(lines.get(1 + 4).split(",", -1)[1]).isEqualTo(MotionCommand.UNSUPPORTED);
        assertThat(lines.get(lines.size() - 1)).contains(" failedFrames=" + unsupported + " ");
    }
}
