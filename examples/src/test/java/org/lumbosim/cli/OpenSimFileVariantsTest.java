package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.posture.Posture;

/**
 * Layouts of real OpenSim files (opensim-org/opensim-core and opensim-org/opensim-models, fifteenth
 * session; docs/research/real-motion/README.md) that the reader refused or misread until then, each as a
 * minimal synthetic excerpt with that layout: 60 Hz times rounded to the millisecond (OpenSim 3's IK
 * results of the gait2392 walk and the Hamner run), the last state written twice (RRA's
 * {@code Kinematics_q.sto}), ground reactions of two force plates under the same names beside the
 * coordinates (SIMM-era combined {@code subject01_walk1_ik.mot}), OpenSim 3 state files
 * ({@code pelvis_tilt_u}, {@code glut_med1_r.activation}), Moco trajectories (controls, multipliers,
 * derivatives and NaN parameters after the states), degrees under an {@code inDegrees=no} header
 * (the Gait2392 pipeline's CMC and RRA {@code Kinematics_q.sto}), files with no posture column (marker
 * positions; a block's translation), and the planar model's {@code lumbar} coordinate (Moco's 2D
 * walking example).
 */
class OpenSimFileVariantsTest {
    private static final String[] GAIT = {"pelvis_tilt", "pelvis_list", "pelvis_rotation", "pelvis_tx", "pelvis_ty",
        "pelvis_tz", "hip_flexion_r", "knee_angle_r", "hip_flexion_l", "knee_angle_l", "lumbar_extension"};

    /** Frame i of a slow bend, in degrees (translations in m). */
    private static double[] bend(int i) {
        double u = Math.sin(i * 0.05);
        return new double[] {5 - 10 * u, 1, -0.5, 0.6 + 0.01 * i, 1.0 - 0.02 * u, -0.02, 20 + 30 * u, -(10 + 20 * u),
            20 + 30 * u, -(12 + 20 * u), -15 - 10 * u};
    }

    private static String row(String time, double[] values, double angleScale) {
        StringBuilder b = new StringBuilder(time);
        for (int c = 0; c < values.length; c++) {
            boolean translation = c >= 3 && c <= 5;
            b.append('\t').append(translation ? values[c] : values[c] * angleScale);
        }
        return b.toString();
    }

    private static List<String> header(String... lines) {
        return new ArrayList<>(List.of(lines));
    }

    /** OpenSim 3's IK at 60 Hz printed times rounded to the millisecond: steps of 0.016 and 0.017 s. */
    @Test
    void sixtyHertzTimesRoundedToTheMillisecondAreReadAsTheUniformGridTheyRound() {
        for (String format : List.of("%.3f", "%.8f", "%.20f")) {
            List<String> lines = header("first trial", "nRows=40", "nColumns=12", "", "# SIMM Motion File Header:",
                    "name first trial", "datacolumns 12", "datarows 40", "otherdata 1", "range 0.400000 1.050000",
                    "endheader", "time\t" + String.join("\t", GAIT));
            for (int i = 0; i < 40; i++) {
                double rounded = Math.round((0.4 + i / 60.0) * 1000) / 1000.0;
                lines.add(row(String.format(Locale.ROOT, format, rounded), bend(i), 1));
            }
            MotionFile.Kinematics k = MotionFile.parse("ik.mot", lines, 6);
            assertThat(k.frames()).as(format).hasSize(40).doesNotContainNull();
            assertThat(k.sampleRateHz()).isCloseTo(60, within(0.01));
            for (int i = 0; i < 40; i++) {
                // the uniform grid, each time within the millisecond of the printed one
                assertThat(k.timeS()[i]).isCloseTo(0.4 + i * 0.65 / 39, within(1e-12))
                        .isCloseTo(Math.round((0.4 + i / 60.0) * 1000) / 1000.0, within(0.001));
            }
        }
        // times printed to the millisecond that are not a rounded uniform grid are still refused
        List<String> uneven = header("inDegrees=yes", "endheader", "time\tlumbar_extension");
        for (double t : new double[] {0, 0.017, 0.033, 0.05, 0.07, 0.083}) {
            uneven.add(String.format(Locale.ROOT, "%.3f\t-10", t));
        }
        assertThatThrownBy(() -> MotionFile.parse("u.mot", uneven, 6)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("u.mot:8:1: time step").hasMessageContaining("uniform sampling needed");
        // whole seconds cannot show that a 1 s sampling is uniform: no rounding allowance
        List<String> coarse = List.of("time,lumbarFlexionDeg", "0,10", "1,10", "3,10");
        assertThatThrownBy(() -> MotionFile.parse("c.csv", coarse, 0)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("c.csv:3:1: time step");
    }

    /**
     * RRA and CMC write their last state twice (a copy to the last printed digit, or the end state computed
     * again, equal to round-off); a repeated time with other values is still an error.
     */
    @Test
    void aRepeatedLastStateIsSkippedAndARepeatedTimeWithOtherValuesIsNot() {
        List<String> lines = header("Coordinates", "version=1", "nRows=31", "nColumns=12", "inDegrees=yes", "",
                "Units are S.I. units (second, meters, Newtons, ...)", "Angles are in degrees.", "", "endheader",
                "time\t" + String.join("\t", GAIT));
        for (int i = 0; i < 30; i++) {
            lines.add(row(String.format(Locale.ROOT, "%.10f", 0.5 + 0.001 * i), bend(i), 1));
        }
        String last = lines.get(lines.size() - 1);
        // the same state, its last digit printed one unit off (as in the Static Optimization tutorial's file)
        char digit = last.charAt(last.length() - 1);
        String repeated = last.substring(0, last.length() - 1) + (char) (digit == '9' ? '8' : digit + 1);
        List<String> twice = new ArrayList<>(lines);
        twice.add(repeated);
        MotionFile.Kinematics k = MotionFile.parse("q.sto", twice, 6);
        assertThat(k.frames()).hasSize(30);
        assertThat(k.timeS()[29]).isCloseTo(0.529, within(1e-12));
        // the end state computed twice (the Gait2354 and Hamner pipelines' RRA): time and values equal to round-off
        List<String> roundOff = new ArrayList<>(lines);
        double[] end = bend(29);
        for (int c = 0; c < end.length; c++) {
            end[c] *= 1 + 2e-13;
        }
        roundOff.add(row(String.format(Locale.ROOT, "%.20f", 0.529 + 3e-14), end, 1));
        assertThat(MotionFile.parse("q.sto", roundOff, 6).frames()).hasSize(30);
        List<String> other = new ArrayList<>(lines);
        other.add(last.replaceFirst("\t[^\t]+$", "\t-40"));
        assertThatThrownBy(() -> MotionFile.parse("q.sto", other, 6)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("q.sto:42:1: time 0.529 s does not increase");
    }

    /** SIMM-era combined files: coordinates, marker positions, then two force plates under the same names. */
    @Test
    void groundReactionsWrittenBesideTheCoordinatesAreNotReadEvenUnderRepeatedNames() {
        String[] grf = {"ground_force_vx", "ground_force_vy", "ground_force_vz", "ground_force_px", "ground_force_py",
            "ground_force_pz", "ground_force_vx", "ground_force_vy", "ground_force_vz", "ground_force_px",
            "ground_force_py", "ground_force_pz", "ground_torque_x", "ground_torque_y", "ground_torque_z",
            "ground_torque_x", "ground_torque_y", "ground_torque_z"};
        List<String> lines = header("first trial", "nRows=20", "nColumns=33", "", "endheader",
                "time\t" + String.join("\t", GAIT) + "\tR.ASIS_tx\tR.ASIS_ty\tR.ASIS_tz\t" + String.join("\t", grf));
        List<String> plain = header("inDegrees=yes", "endheader", "time\t" + String.join("\t", GAIT));
        for (int i = 0; i < 20; i++) {
            String t = String.format(Locale.ROOT, "%.8f", i * 0.01);
            StringBuilder b = new StringBuilder(row(t, bend(i), 1)).append("\t0.1\t0.9\t0.1");
            for (int g = 0; g < grf.length; g++) {
                b.append('\t').append(i == 3 && g == 7 ? "NaN" : String.valueOf(100.0 * g + i));   // not read, so not checked
            }
            lines.add(b.toString());
            plain.add(row(t, bend(i), 1));
        }
        List<Posture> combined = MotionFile.parse("walk_ik.mot", lines, 6).frames();
        assertThat(combined).usingRecursiveComparison().isEqualTo(MotionFile.parse("walk.mot", plain, 6).frames());
        // a file of ground reactions alone is still refused, naming its first column as an external load
        List<String> forces = header("inDegrees=yes", "endheader", "time\t" + String.join("\t", grf));
        for (int i = 0; i < 5; i++) {
            forces.add(i * 0.01 + "\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
        }
        assertThatThrownBy(() -> MotionFile.parse("grf.mot", forces, 6)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("grf.mot:3:2: unknown coordinate \"ground_force_vx\" (an external-load column");
    }

    /** OpenSim 3 state files: speeds {@code <coordinate>_u} and muscle states {@code <muscle>.activation}. */
    @Test
    void openSim3StateFilesAreReadForTheirCoordinates() {
        List<String> names = new ArrayList<>(List.of(GAIT));
        for (String c : GAIT) {
            names.add(c + "_u");
        }
        names.addAll(List.of("glut_med1_r.activation", "glut_med1_r.fiber_length", "psoas_l.activation",
                "psoas_l.fiber_length"));
        List<String> states = header("subject01_walk1_RRA_states", "version=1", "nRows=25", "nColumns=27",
                "inDegrees=no", "endheader", "time\t" + String.join("\t", names));
        List<String> q = header("Coordinates", "version=1", "inDegrees=yes", "endheader", "time\t" + String.join("\t", GAIT));
        for (int i = 0; i < 25; i++) {
            String t = String.format(Locale.ROOT, "%.8f", 0.75 + 0.001 * i);
            StringBuilder b = new StringBuilder(row(t, bend(i), Math.PI / 180));
            for (int c = 0; c < GAIT.length; c++) {
                b.append('\t').append(0.3 * c - i * 0.01);
            }
            b.append("\t0.05\t0.08\t0.2\t0.11");
            states.add(b.toString());
            q.add(row(t, bend(i), 1));
        }
        List<Posture> fromStates = MotionFile.parse("states.sto", states, 6).frames();
        List<Posture> fromQ = MotionFile.parse("q.sto", q, 6).frames();
        assertThat(fromStates).hasSize(25);
        for (int i = 0; i < 25; i++) {
            assertThat(fromStates.get(i).lumbarFlexionDeg()).isCloseTo(fromQ.get(i).lumbarFlexionDeg(), within(1e-9));
            assertThat(fromStates.get(i).trunkFlexionDeg()).isCloseTo(fromQ.get(i).trunkFlexionDeg(), within(1e-9));
            assertThat(fromStates.get(i).kneeFlexionDeg()).isCloseTo(fromQ.get(i).kneeFlexionDeg(), within(1e-9));
        }
        // a speed of a name that is no coordinate is still unknown
        List<String> odd = header("inDegrees=no", "endheader", "time\tlumbar_extension\tblock_wiggle_u", "0\t-0.1\t0",
                "0.01\t-0.1\t0", "0.02\t-0.1\t0");
        assertThatThrownBy(() -> MotionFile.parse("o.sto", odd, 0)).hasMessageContaining("o.sto:3:3: unknown coordinate \"block_wiggle_u\"");
    }

    /**
     * A Moco trajectory: its first num_states columns are states; controls (named by the actuator's
     * path alone), multipliers, derivatives and parameters (NaN after the first row) follow.
     */
    @Test
    void aMocoTrajectoryIsReadForTheCoordinatesAmongItsStates() {
        List<String> stateNames = new ArrayList<>();
        for (String c : GAIT) {
            stateNames.add("/jointset/j/" + c + "/value");
        }
        for (String c : GAIT) {
            stateNames.add("/jointset/j/" + c + "/speed");
        }
        stateNames.addAll(List.of("/lumbarExtAct/activation", "/forceset/soleus_r/activation",
                "/forceset/soleus_r/normalized_tendon_force"));
        List<String> rest = List.of("/lumbarExtAct", "/forceset/soleus_r", "/forceset/reserve_jointset_back_lumbar_extension",
                "lambda_cid21_p0", "/forceset/soleus_r/implicitderiv_normalized_tendon_force", "stiffness");
        List<String> lines = header("inDegrees=no", "num_controls=3", "num_derivatives=1", "num_multipliers=1",
                "num_parameters=1", "num_slacks=0", "num_states=" + stateNames.size(), "DataType=double", "version=3",
                "OpenSimVersion=4.5", "endheader", "time\t" + String.join("\t", stateNames) + "\t" + String.join("\t", rest));
        List<String> q = header("inDegrees=yes", "endheader", "time\t" + String.join("\t", GAIT));
        for (int i = 0; i < 30; i++) {
            String t = Double.toString(0.0557 + 0.00696 * i);
            StringBuilder b = new StringBuilder(row(t, bend(i), Math.PI / 180));
            for (int c = 0; c < GAIT.length + 3; c++) {
                b.append('\t').append(0.01 * c);
            }
            b.append("\t0.2\t0.3\t-1.5\t0\t0.01\t").append(i == 0 ? "4000" : "nan");
            lines.add(b.toString());
            q.add(row(t, bend(i), 1));
        }
        List<Posture> moco = MotionFile.parse("solution.sto", lines, 6).frames();
        List<Posture> plain = MotionFile.parse("q.sto", q, 6).frames();
        for (int i = 0; i < 30; i++) {
            assertThat(moco.get(i).trunkFlexionDeg()).isCloseTo(plain.get(i).trunkFlexionDeg(), within(1e-9));
            assertThat(moco.get(i).hipFlexionDeg()).isCloseTo(plain.get(i).hipFlexionDeg(), within(1e-9));
        }
        List<String> bad = header("num_states=two", "endheader", "time\tlumbar_extension");
        assertThatThrownBy(() -> MotionFile.parse("b.sto", bad, 0)).hasMessage("b.sto:1: num_states = \"two\" is not a count of columns");
    }

    /** OpenSim 3's analyses wrote inDegrees=no over angles in degrees (opensim-core issue #2761). */
    @Test
    void degreesUnderAnInDegreesNoHeaderAreRefusedAtTheirCellNotReadAsThousandsOfDegrees() {
        List<String> lines = header("Coordinates", "version=1", "nRows=10", "nColumns=12", "inDegrees=no", "endheader",
                "time\t" + String.join("\t", GAIT));
        for (int i = 0; i < 10; i++) {
            lines.add(row(String.format(Locale.ROOT, "%.8f", 0.53 + 0.001 * i), bend(i), 1));
        }
        // before: every frame out of range, "trunkFlexionDeg = 1056 deg is outside [-180.0 to 180.0] deg"
        assertThatThrownBy(() -> MotionFile.parse("k.sto", lines, 6)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("k.sto:8:8: hip_flexion_r = 20.0 rad (1146 deg) is more than a full turn")
                .hasMessageContaining("set inDegrees=yes");
        // the same motion in radians is read; a heading that winds past a turn is not checked
        SplittableRandom random = new SplittableRandom(15);
        for (int trial = 0; trial < 50; trial++) {
            double heading = random.nextDouble(-20, 20);
            List<String> rad = header("inDegrees=no", "endheader", "time\t" + String.join("\t", GAIT));
            for (int i = 0; i < 10; i++) {
                double[] v = bend(i);
                v[2] = Math.toDegrees(heading);
                rad.add(row(Double.toString(0.01 * i), v, Math.PI / 180));
            }
            assertThat(MotionFile.parse("r.sto", rad, 0).frames().get(4).hipFlexionDeg())
                    .isCloseTo(bend(4)[6] / 2 + bend(4)[8] / 2, within(1e-9));
        }
    }

    /** Before, a file whose every column is ignored ran as a subject standing still. */
    @Test
    void aFileWithNoPostureColumnIsRefused() {
        List<String> markers = header("version=1", "inDegrees=no", "endheader", "time\tR.ASIS_tx\tR.ASIS_ty\tR.ASIS_tz\tpelvis_tx",
                "0\t0.1\t0.9\t0.1\t0.5", "0.01\t0.1\t0.9\t0.1\t0.5", "0.02\t0.1\t0.9\t0.1\t0.5");
        assertThatThrownBy(() -> MotionFile.parse("markers.sto", markers, 0)).isInstanceOf(BadInputException.class)
                .hasMessage("markers.sto:4: no column describes the posture (none of the pelvis rotations, lumbar, hip, "
                        + "knee, shoulder or elbow coordinates; read and not used: pelvis_tx (pelvis origin along ground X: "
                        + "with the pelvis orientation, moves the L5-S1 joint (inverse dynamics))): give the "
                        + "inverse-kinematics result of a full-body model (docs/motion-coordinates.md)");
        List<String> block = header("Tug_of_War_ConstantVelocity", "version=1", "inDegrees=no", "endheader", "time\tblock_tz",
                "0\t0", "0.01\t0.001", "0.02\t0.002");
        assertThatThrownBy(() -> MotionFile.parse("tug.sto", block, 0)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("tug.sto:5: no column describes the posture");
    }

    /**
     * The planar model of Moco's 2D walking example names its lumbar joint's coordinate {@code lumbar}; its
     * original version (Falisse's, in opensim-moco) names every coordinate differently.
     */
    @Test
    void thePlanarModelsLumbarCoordinateIsLumbarExtension() {
        List<String> lines = header("version=1", "nRows=5", "nColumns=4", "inDegrees=no", "endheader",
                "time\t/jointset/groundPelvis/pelvis_tilt/value\t/jointset/lumbar/lumbar/value\t/jointset/hip_r/hip_flexion_r/value");
        for (int i = 0; i < 5; i++) {
            lines.add(String.format(Locale.ROOT, "%.8f\t-0.26\t0.17\t0.3", 0.0096 * (i + 1)));
        }
        Posture p = MotionFile.parse("ref.sto", lines, 0).frames().get(2);
        assertThat(p.lumbarFlexionDeg()).isCloseTo(-Math.toDegrees(0.17), within(1e-9));
        assertThat(p.trunkFlexionDeg()).isCloseTo(Math.toDegrees(0.26 - 0.17), within(1e-9));
        // the same model under its original names (opensim-moco's 2D predictive examples), knees flexed negative
        List<String> original = header("C:\\Users\\x\\IK_reference.mot", "version=1", "nRows=5", "nColumns=11",
                "inDegrees=no", "endheader", "time\t/jointset/groundPelvis/groundPelvis_q_rz/value\t"
                        + "/jointset/groundPelvis/groundPelvis_q_tx/value\t/jointset/groundPelvis/groundPelvis_q_ty/value\t"
                        + "/jointset/hip_l/hip_q_l/value\t/jointset/hip_r/hip_q_r/value\t/jointset/knee_l/knee_q_l/value\t"
                        + "/jointset/knee_r/knee_q_r/value\t/jointset/ankle_l/ankle_q_l/value\t/jointset/ankle_r/ankle_q_r/value\t"
                        + "/jointset/lumbar/lumbar_q/value");
        for (int i = 0; i < 5; i++) {
            original.add(String.format(Locale.ROOT, "%.8f\t-0.26\t%.4f\t0.88\t0.1\t0.5\t-0.3\t-0.2\t0.1\t0.2\t0.17",
                    0.0096 * i, 0.015 * i));
        }
        Posture q = MotionFile.parse("ik.sto", original, 0).frames().get(2);
        assertThat(q.lumbarFlexionDeg()).isCloseTo(-Math.toDegrees(0.17), within(1e-9));
        assertThat(q.trunkFlexionDeg()).isCloseTo(Math.toDegrees(0.26 - 0.17), within(1e-9));
        assertThat(q.hipFlexionDeg()).isCloseTo(Math.toDegrees(0.3), within(1e-9));
        assertThat(q.kneeFlexionDeg()).isCloseTo(Math.toDegrees(0.25), within(1e-9));
    }

    @Test
    void printedStepsAndDecimalGrids() {
        assertThat(MotionFile.printedResolution("0.017")).isCloseTo(0.001, within(1e-15));
        assertThat(MotionFile.printedResolution("-15.8144892103")).isCloseTo(1e-10, within(1e-22));
        assertThat(MotionFile.printedResolution("1.5e-3")).isCloseTo(1e-4, within(1e-18));
        assertThat(MotionFile.printedResolution("12")).isEqualTo(1);
        assertThat(MotionFile.printedResolution("1e-99999")).isZero();
        assertThat(MotionFile.decimalGridStep(new double[] {0.4, 0.417, 0.41700000000000004, 0.433})).isCloseTo(0.001, within(1e-15));
        assertThat(MotionFile.decimalGridStep(new double[] {0, 1, 3})).isEqualTo(1);
        assertThat(MotionFile.decimalGridStep(new double[] {0, 1 / 60.0, 2 / 60.0})).isZero();
    }
}
