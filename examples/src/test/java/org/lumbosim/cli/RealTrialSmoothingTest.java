package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.OverloadPolicy;

/**
 * The default smoothing of the inverse dynamics, chosen from evidence on a real trial
 * (docs/research/real-motion/dynamics-check.md): on opensim-core's gait2354 walk, Lumbosim's
 * body-only lumbar moment agrees with OpenSim's inverse dynamics better after the Butterworth filter
 * than after Savitzky-Golay smoothing of the same cut-off. The trial is read from the workplace's
 * repository snapshot (it may not be committed here); without it the test is skipped, saying why.
 */
class RealTrialSmoothingTest {
    private static final Path REPO = Path.of("/work/.mirror/opensim-org+opensim-core/repo");
    private static final String DIR = "Applications/ID/tests/resources/";
    /** Total mass of the trial's OpenSim model, subject01.osim (kg). */
    private static final double MODEL_MASS_KG = 72.6;

    @TempDir
    Path dir;

    @Test
    void butterworthAgreesWithOpenSimBetterThanSavitzkyGolayOnTheGait2354Walk() throws Exception {
        Path ik = RepositorySnapshot.fileOrSkip(REPO, DIR + "subject01_walk1_ik.mot", dir.resolve("walk_ik.mot"));
        Path id = RepositorySnapshot.fileOrSkip(REPO, DIR + "std_subject01_InverseDynamics.sto", dir.resolve("walk_id.sto"));
        LumbarModel model = LumbarModel.of(Subject.defaultSubject().withBodyMassKg(MODEL_MASS_KG))
                .withOverloadPolicy(OverloadPolicy.REPORT);
        double[] rmse = new double[2];
        double[] roughness = new double[2];
        MotionFile.Smoothing[] kinds = {MotionFile.Smoothing.BUTTERWORTH, MotionFile.Smoothing.SAVITZKY_GOLAY};
        for (int s = 0; s < 2; s++) {
            MotionFile.Kinematics k = MotionFile.read(ik, MotionCommand.DEFAULT_CUTOFF_HZ, false, kinds[s]);
            double[] openSim = InverseDynamicsCheck.column(Files.readAllLines(id, StandardCharsets.UTF_8),
                    "lumbar_extension_moment", k.timeS());
            InverseDynamicsCheck.Comparison c = InverseDynamicsCheck.compare(model, k, openSim);
            rmse[s] = c.rmseNm();
            double sum = 0;
            int n = 0;
            double[] d = c.dynamicNm();
            for (int i = 1; i < d.length - 1; i++) {
                double second = d[i + 1] - 2 * d[i] + d[i - 1];
                if (Double.isFinite(second)) {
                    sum += second * second;
                    n++;
                }
            }
            roughness[s] = Math.sqrt(sum / n);
        }
        System.out.printf(Locale.ROOT, "gait2354 walk vs OpenSim ID: RMSE Butterworth %.2f N·m, Savitzky-Golay %.2f N·m;"
                + " roughness (RMS 2nd difference per frame) %.3f vs %.3f N·m%n", rmse[0], rmse[1], roughness[0], roughness[1]);
        assertThat(rmse[0]).isLessThan(rmse[1]);
        assertThat(roughness[0]).isLessThan(roughness[1]);
    }
}
