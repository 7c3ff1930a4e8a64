package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.posture.Posture;

/**
 * Real motion files from a lab other than Stanford's (docs/research/real-motion/README.md): the
 * Pose2Sim demo's balancing trial (David Pagnon, Toulouse; perfanalytics/pose2sim, BSD-3-Clause, at
 * commit 19d0646, files since removed from the repository) solved by OpenSim IK twice, once with
 * the Body25b marker set on the lifting model with {@code arm_flex} shoulders and once with
 * OpenCap's LSTM markers on its variant with a Y-X-Y glenohumeral joint ({@code sh_plane_elev},
 * {@code sh_elev}), which the reader refused until the twelfth session; and a PredSim walking result
 * (Falisse et al. 2022) with muscle activations among its columns, from davidpagnon/Pose2Sim_Blender
 * (MIT; no subject mass stated, so the default subject), whose ground-reaction file beside it is
 * refused naming its first column. Read from the workplace's repository snapshots, never committed; skipped when absent.
 */
class RealPose2SimTrialTest {
    private static final Path POSE2SIM = Path.of("/work/.mirror/perfanalytics+pose2sim/repo");
    private static final String COMMIT = "19d064661f352f6fbd561b560bc9d8131c3db499";
    private static final String DIR = "build/lib/Pose2Sim/S00_Demo_BatchSession/S00_P00_SingleParticipant/S00_P00_OpenSim/";
    private static final String LSTM = DIR + "S00_P00_T01_BalancingTrial_filt_butterworth_0-100_LSTM.mot";
    private static final String BODY25B = DIR + "S00_P00_T01_BalancingTrial_filt_butterworth_0-100_body25b.mot";
    private static final Path BLENDER = Path.of("/work/.mirror/davidpagnon+Pose2Sim_Blender/repo");
    /** The demo participant's mass and height, {@code participant_mass} and {@code participant_height} of the demo's Config.toml at that commit. */
    private static final String[] SUBJECT = {"--mass-kg", "70", "--stature-m", "1.72"};

    @TempDir
    Path dir;

    private static String summary(CliRun r) {
        assertThat(r.code()).as(r.err()).isZero();
        String s = r.out().lines().filter(l -> l.startsWith("summary:")).findFirst().orElseThrow();
        System.out.println("RealPose2SimTrialTest: " + s);
        return s;
    }

    @Test
    void bothIkResultsOfTheBalancingTrialRunAndTheirShoulderAnglesAgree() throws Exception {
        Path lstm = RepositorySnapshot.fileOrSkip(POSE2SIM, COMMIT, LSTM, dir.resolve("lstm.mot"));
        Path body25b = RepositorySnapshot.fileOrSkip(POSE2SIM, COMMIT, BODY25B, dir.resolve("body25b.mot"));
        for (Path f : List.of(lstm, body25b)) {
            assertThat(summary(CliRun.of("motion", f.toString(), SUBJECT[0], SUBJECT[1], SUBJECT[2], SUBJECT[3], "--out",
                    dir.resolve("o.csv").toString())))
                    .contains("frames=100 failedFrames=0 ").doesNotContain("NaN").doesNotContain("Infinity");
        }
        // the same movement, two marker sets, two shoulder joints: the arm's sagittal angle derived from
        // sh_plane_elev/sh_elev must follow the arm_flex of the other solution
        List<Posture> a = MotionFile.read(lstm, 6, false).frames();
        List<Posture> b = MotionFile.read(body25b, 6, false).frames();
        double sum = 0;
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        for (int i = 0; i < a.size(); i++) {
            double x = a.get(i).shoulderFlexionDeg(), y = b.get(i).shoulderFlexionDeg();
            sum += (x - y) * (x - y);
            sa += x;
            sb += y;
            saa += x * x;
            sbb += y * y;
            sab += x * y;
        }
        int n = a.size();
        double rms = Math.sqrt(sum / n);
        double corr = (n * sab - sa * sb) / Math.sqrt((n * saa - sa * sa) * (n * sbb - sb * sb));
        System.out.printf(Locale.ROOT, "RealPose2SimTrialTest: shoulder flexion LSTM vs Body25b: RMS difference %.1f deg, correlation %.2f%n",
                rms, corr);
        assertThat(rms).as("RMS difference of the two solutions' shoulder flexion (deg)").isLessThan(10);
        assertThat(corr).isGreaterThan(0.7);
    }

    @Test
    void aPredictiveSimulationWithMuscleActivationsAmongItsColumnsRuns() throws Exception {
        Path moco = RepositorySnapshot.fileOrSkip(BLENDER, "Examples/Moco_motion.mot", dir.resolve("moco.mot"));
        assertThat(summary(CliRun.of("motion", moco.toString(), "--out", dir.resolve("m.csv").toString())))
                .contains("frames=200 failedFrames=0 ").doesNotContain("NaN");
        Path grf = RepositorySnapshot.fileOrSkip(BLENDER, "Examples/Moco_forces.mot", dir.resolve("grf.mot"));
        CliRun r = CliRun.of("motion", grf.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown coordinate \"ground_force_r_vx\" (an external-load column");
    }
}
