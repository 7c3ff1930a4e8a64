package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSim's own test and tutorial data replayed from the repository snapshots (fifteenth session;
 * docs/research/real-motion/README.md): opensim-org/opensim-core (Apache-2.0) at 0435b08 and
 * opensim-org/opensim-models (no repository licence; data files carry none) at 20a888b. Other OpenSim
 * versions and tools than the files read before: OpenSim 3 IK results with 60 Hz times rounded to the
 * millisecond and ground reactions beside the coordinates, OpenSim 3 RRA state files in radians, RRA
 * results with their last state written twice, CMC results in degrees under {@code inDegrees=no}, Moco
 * trajectories (a predictive running solution, the 2D walking example). Never committed; each test
 * skips, saying why, when its snapshot is absent. Default subject (none of these files states one).
 */
class RealOpenSimFilesTest {
    private static final Path CORE = Path.of("/work/.mirror/opensim-org+opensim-core/repo");
    private static final String CORE_COMMIT = "0435b081dc383498e217f92ca63bb97616145c14";
    private static final Path MODELS = Path.of("/work/.mirror/opensim-org+opensim-models/repo");
    private static final String MODELS_COMMIT = "20a888b9655e73fb84963d6e03eee3752cf6074b";

    @TempDir
    Path dir;

    private Path core(String path, String name) throws Exception {
        return RepositorySnapshot.fileOrSkip(CORE, CORE_COMMIT, path, dir.resolve(name));
    }

    private Path models(String path, String name) throws Exception {
        return RepositorySnapshot.fileOrSkip(MODELS, MODELS_COMMIT, path, dir.resolve(name));
    }

    private String summary(Path file) {
        CliRun r = CliRun.of("motion", file.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String s = r.out().lines().filter(l -> l.startsWith("summary:")).findFirst().orElseThrow();
        System.out.println("RealOpenSimFilesTest: " + file.getFileName() + ": " + s);
        assertThat(s).doesNotContain("NaN").doesNotContain("Infinity");
        return s;
    }

    private String refusal(Path file) {
        CliRun r = CliRun.of("motion", file.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(2);
        System.out.println("RealOpenSimFilesTest: " + r.err().lines().findFirst().orElseThrow());
        return r.err();
    }

    /** OpenSim 3 IK of the gait2354 walk: times 0.4, 0.417, 0.433 (refused before as non-uniform). */
    @Test
    void openSim3InverseKinematicsWithTimesRoundedToTheMillisecondRuns() throws Exception {
        assertThat(summary(core("Applications/IK/tests/resources/std_subject01_walk1_ik.mot", "std_ik.mot")))
                .startsWith("summary: frames=73 failedFrames=0 ").endsWith("outOfRangeFrames=0");
        // the same trial's IK with 141 marker columns and two force plates' ground reactions under one set of
        // names (refused before: "ground_force_vx" appears twice)
        assertThat(summary(core("Applications/Analyze/tests/resources/subject01_walk1_ik.mot", "walk_grf_ik.mot")))
                .startsWith("summary: frames=73 failedFrames=0 ");
        // the Hamner running model with arms, 600 frames, times to the millisecond; frames in flight (no foot on
        // the ground) or with the weight outside the feet are UNSUPPORTED rows, the model being feet-supported
        assertThat(summary(core("Applications/Analyze/tests/resources/subject02_running_arms_ik.mot", "run_ik.mot")))
                .startsWith("summary: frames=600 failedFrames=105 ").endsWith("overloadedFrames=0 outOfRangeFrames=0");
    }

    /**
     * OpenSim 3 RRA state files (radians, speeds {@code *_u}, the end state written twice equal to
     * round-off) give the loads of the same run's {@code Kinematics_q.sto} (degrees): the units are honoured.
     */
    @Test
    void stateFilesInRadiansGiveTheLoadsOfTheSameResultsInDegrees() throws Exception {
        String dir2354 = "Pipelines/Gait2354_Simbody/OutputReference/ResultsRRA/subject01_walk1_RRA_";
        String states = summary(models(dir2354 + "states.sto", "rra_states.sto"));
        String q = summary(models(dir2354 + "Kinematics_q.sto", "rra_q.sto"));
        assertThat(states).startsWith("summary: frames=500 failedFrames=0 ");
        assertThat(peak(states)).isCloseTo(peak(q), org.assertj.core.data.Percentage.withPercentage(1e-6));
        String hamner = "Pipelines/Hamner/outputReference/ResultsRRA/rra_run_1_";
        String runStates = summary(models(hamner + "states.sto", "run_states.sto"));
        assertThat(runStates).startsWith("summary: frames=900 failedFrames=110 ");
        assertThat(peak(runStates)).isCloseTo(peak(summary(models(hamner + "Kinematics_q.sto", "run_q.sto"))),
                org.assertj.core.data.Percentage.withPercentage(1e-6));
    }

    private static double peak(String summary) {
        return Double.parseDouble(summary.replaceAll(".*peakL5S1CompressionN=([^ ]+).*", "$1"));
    }

    /**
     * The Gait2392 pipeline's CMC {@code Kinematics_q.sto} holds degrees under {@code inDegrees=no}: refused
     * at its first such cell (before: every frame "outside the model's range" at 1056 deg of trunk flexion);
     * its {@code .mot} twin, the same numbers under a SIMM header without the line, runs.
     */
    @Test
    void degreesUnderInDegreesNoAreRefusedAndTheSameNumbersInTheMotTwinRun() throws Exception {
        String base = "Pipelines/Gait2392_Simbody/OutputReference/ResultsCMC/subject01_walk1_Kinematics_q";
        assertThat(refusal(models(base + ".sto", "cmc_q.sto")))
                .contains("cmc_q.sto:8:8: hip_flexion_r = 18.1681363 rad (1041 deg) is more than a full turn");
        assertThat(summary(models(base + ".mot", "cmc_q.mot"))).startsWith("summary: frames=1460 failedFrames=0 ");
    }

    /** Moco trajectories: controls, multipliers, derivatives and NaN parameters after the states. */
    @Test
    void mocoTrajectoriesRun() throws Exception {
        // a predictive running solution (refused before: unknown coordinate "/lumbarExtAct"); its lumbar
        // extension of up to 19 deg passes the model's 16: those frames are OUT_OF_RANGE rows
        assertThat(summary(core("OpenSim/Moco/Test/running_solution_full_stride.sto", "running.sto")))
                .startsWith("summary: frames=97 failedFrames=0 ").endsWith("outOfRangeFrames=57");
        assertThat(summary(core("OpenSim/Moco/Test/std_testMocoInverse_subject_18musc_solution.sto", "inverse.sto")))
                .startsWith("summary: frames=45 failedFrames=0 ");
        // the planar model's coordinate "lumbar" (refused before as unknown)
        assertThat(summary(core("OpenSim/Examples/Moco/example2DWalking/referenceCoordinates.sto", "ref2d.sto")))
                .startsWith("summary: frames=50 failedFrames=0 ").endsWith("outOfRangeFrames=0");
    }

    /**
     * The same planar model under its original names in opensim-org/opensim-moco (Apache-2.0) at fc5fb63 (Antoine
     * Falisse, 2019, since removed from the repository): its IK reference gives the loads of opensim-core's
     * renamed copy, and the predictive solution tracking it (a Moco trajectory of OpenSim 4.1) runs.
     */
    @Test
    void thePlanarModelUnderItsOriginalNamesGivesTheLoadsOfItsRenamedCopy() throws Exception {
        Path moco = Path.of("/work/.mirror/opensim-org+opensim-moco/repo");
        String commit = "fc5fb63ad75765431ffc5a40aae3688bf840dc0d";
        String original = summary(RepositorySnapshot.fileOrSkip(moco, commit,
                "Moco/Examples/C++/exampleTrackingMusclePolyEndpoints/IK_reference_radian.sto", dir.resolve("ik_ref.sto")));
        String renamed = summary(core("OpenSim/Examples/Moco/example2DWalking/referenceCoordinates.sto", "ref2d.sto"));
        assertThat(original.replaceAll("atS=[^ ]+ ", "")).isEqualTo(renamed.replaceAll("atS=[^ ]+ ", ""));
        assertThat(summary(RepositorySnapshot.fileOrSkip(moco, commit, "Moco/Examples/C++/examplePredictiveMusclePolyEndpoints/"
                + "gait2D_TrackingMusclePolyEndPoints_SymPositions10_TrackingPosition10_solution.sto", dir.resolve("pred.sto"))))
                .startsWith("summary: frames=99 failedFrames=0 ").endsWith("outOfRangeFrames=0");
    }

    /** Files that are not kinematics of a body, or not uniformly sampled, are refused saying why. */
    @Test
    void markerPositionsABlockAndIntegratorStepsAreRefused() throws Exception {
        // before: both ran as a subject standing still
        assertThat(refusal(models("Pipelines/Hamner/outputReference/ResultsIK/ik_model_marker_locations.sto", "markers.sto")))
                .contains("markers.sto:7: no column describes the posture");
        assertThat(refusal(core("Applications/Analyze/tests/resources/Tug_of_War_ConstantVelocity.sto", "tug.sto")))
                .contains("tug.sto:7: no column describes the posture");
        assertThat(refusal(models("Pipelines/Gait10dof18musc/OutputReference/CMC/ResultsCMC/walk_subject_Kinematics_q.sto",
                "cmc.sto"))).contains("cmc.sto:13:1: time step").contains("resample them");
    }
}
