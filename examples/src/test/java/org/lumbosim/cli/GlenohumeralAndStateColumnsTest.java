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
 * Column layouts of motion files from labs other than Stanford's that the reader refused until the
 * twelfth session (docs/research/real-motion/README.md): the OpenCap-LSTM variant of Pose2Sim's
 * lifting model (Pagnon, Toulouse; perfanalytics/pose2sim @ 19d0646) writes a scapulothoracic joint's
 * translations {@code sh_tx_r ...} and a Y-X-Y glenohumeral joint {@code sh_plane_elev_r, sh_elev_r,
 * sh_axial_rot_r} in place of {@code arm_flex/arm_add/arm_rot}; simulation results (PredSim, Falisse et
 * al. 2022, in davidpagnon/Pose2Sim_Blender) write muscle activations beside the coordinates
 * ({@code glut_med1_r/activation}). Each file here is a minimal synthetic one with that layout.
 */
class GlenohumeralAndStateColumnsTest {
    private static final String[] LSTM = {"pelvis_tilt", "pelvis_list", "pelvis_rotation", "pelvis_tx", "pelvis_ty",
        "pelvis_tz", "hip_flexion_r", "knee_angle_r", "knee_angle_r_beta", "hip_flexion_l", "knee_angle_l",
        "knee_angle_l_beta", "L5_S1_Flex_Ext", "L4_L5_Flex_Ext", "Abs_r3", "Abs_t1", "neck_flexion",
        "sh_tx_r", "sh_ty_r", "sh_tz_r", "sh_plane_elev_r", "sh_elev_r", "sh_axial_rot_r", "elbow_flex_r",
        "sh_tx_l", "sh_ty_l", "sh_tz_l", "sh_plane_elev_l", "sh_elev_l", "sh_axial_rot_l", "elbow_flex_l"};
    /** The same body with Rajagopal-family shoulders. */
    private static final String[] ARM_FLEX = {"pelvis_tilt", "pelvis_list", "pelvis_rotation", "pelvis_tx", "pelvis_ty",
        "pelvis_tz", "hip_flexion_r", "knee_angle_r", "knee_angle_r_beta", "hip_flexion_l", "knee_angle_l",
        "knee_angle_l_beta", "L5_S1_Flex_Ext", "L4_L5_Flex_Ext", "Abs_r3", "Abs_t1", "neck_flexion",
        "arm_flex_r", "arm_add_r", "arm_rot_r", "elbow_flex_r", "arm_flex_l", "arm_add_l", "arm_rot_l", "elbow_flex_l"};

    private static List<String> motFile(String[] names, List<double[]> rows, boolean degrees) {
        List<String> lines = new ArrayList<>(List.of("Coordinates", "version=1", "nRows=" + rows.size(),
                "nColumns=" + (names.length + 1), "inDegrees=" + (degrees ? "yes" : "no"), "", "Units are S.I. units",
                "endheader"));
        lines.add("time\t" + String.join("\t", names));
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%.8f", 0.01666667 * (i + 1)));
            for (double x : rows.get(i)) {
                b.append('\t').append(x);
            }
            lines.add(b.toString());
        }
        return lines;
    }

    /** A bend with the arms raised forward: frame i of 20, both arms in the flexion plane (90 deg). */
    private static List<double[]> lstmRows(double planeDeg, double elevationDeg, boolean degrees) {
        double k = degrees ? 1 : Math.PI / 180;
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double u = i / 19.0;
            double l5 = -3 * u;
            rows.add(new double[] {-20 * u * k, 0, 0, 0.01 * u, 0.95 - 0.05 * u, 0, 40 * u * k, 20 * u * k, 0.35 * u,
                40 * u * k, 20 * u * k, 0.35 * u, l5 * k, 1.8571 * l5 * k, 7.1429 * l5 * k, 0, 0,
                0.01, 0.02, -0.005, planeDeg * k, elevationDeg * u * k, 10 * k, 30 * k,
                0.01, 0.02, -0.005, planeDeg * k, elevationDeg * u * k, -10 * k, 30 * k});
        }
        return rows;
    }

    @Test
    void armsRaisedInTheFlexionPlaneGiveTheShoulderFlexionOfTheSameArmsWrittenAsArmFlex() {
        List<Posture> lstm = MotionFile.parse("lstm.mot", motFile(LSTM, lstmRows(90, 60, true), true), 0).frames();
        List<double[]> armFlex = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double u = i / 19.0;
            double l5 = -3 * u;
            armFlex.add(new double[] {-20 * u, 0, 0, 0.01 * u, 0.95 - 0.05 * u, 0, 40 * u, 20 * u, 0.35 * u, 40 * u,
                20 * u, 0.35 * u, l5, 1.8571 * l5, 7.1429 * l5, 0, 0, 60 * u, 5, 10, 30, 60 * u, 5, -10, 30});
        }
        List<Posture> rajagopal = MotionFile.parse("raj.mot", motFile(ARM_FLEX, armFlex, true), 0).frames();
        assertThat(lstm).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(lstm.get(i).shoulderFlexionDeg()).as("frame %d", i).isCloseTo(60 * i / 19.0, within(1e-9));
            assertThat(lstm.get(i).armsHang()).isFalse();
            assertThat(lstm.get(i)).usingRecursiveComparison().ignoringFields("shoulderFlexionDeg").isEqualTo(rajagopal.get(i));
            assertThat(lstm.get(i).shoulderFlexionDeg()).isCloseTo(rajagopal.get(i).shoulderFlexionDeg(), within(1e-9));
        }
        List<Posture> radians = MotionFile.parse("lstm.sto", motFile(LSTM, lstmRows(90, 60, false), false), 0).frames();
        for (int i = 0; i < 20; i++) {
            assertThat(radians.get(i).shoulderFlexionDeg()).isCloseTo(lstm.get(i).shoulderFlexionDeg(), within(1e-9));
            assertThat(radians.get(i).trunkFlexionDeg()).isCloseTo(lstm.get(i).trunkFlexionDeg(), within(1e-9));
        }
        List<Posture> abducted = MotionFile.parse("abd.mot", motFile(LSTM, lstmRows(0, 60, true), true), 0).frames();
        assertThat(abducted.get(19).shoulderFlexionDeg()).as("raised sideways: no forward flexion").isCloseTo(0, within(1e-9));
    }

    /** The humerus direction of a joint rotating about {@code axis1} by a1, then about {@code axis2} by a2 (body-fixed), from -Y. */
    private static double[] humerus(double[] axis1, double a1Deg, double[] axis2, double a2Deg) {
        double[] down = {0, -1, 0};
        double[] afterSecond = rotate(axis2, a2Deg, down);
        return rotate(axis1, a1Deg, afterSecond);
    }

    /** Rodrigues' rotation of v about the unit axis by angle. */
    private static double[] rotate(double[] axis, double deg, double[] v) {
        double a = Math.toRadians(deg), c = Math.cos(a), s = Math.sin(a);
        double dot = axis[0] * v[0] + axis[1] * v[1] + axis[2] * v[2];
        double[] cross = {axis[1] * v[2] - axis[2] * v[1], axis[2] * v[0] - axis[0] * v[2], axis[0] * v[1] - axis[1] * v[0]};
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            r[k] = v[k] * c + cross[k] * s + axis[k] * dot * (1 - c);
        }
        return r;
    }

    @Test
    void overRandomArmsTheDerivedFlexionIsTheArmFlexOfARajagopalShoulderPointingTheSameWay() {
        SplittableRandom rnd = new SplittableRandom(12);
        for (int k = 0; k < 500; k++) {
            double plane = rnd.nextDouble(-120, 150);
            double elevation = rnd.nextDouble(0, 180);
            boolean right = rnd.nextBoolean();
            // the model file's axes: right Y then -X; left -Y then +X
            double[] d = right ? humerus(new double[] {0, 1, 0}, plane, new double[] {-1, 0, 0}, elevation)
                    : humerus(new double[] {0, -1, 0}, plane, new double[] {1, 0, 0}, elevation);
            double flex = MotionFile.shoulderFlexionFromElevationDeg(plane, elevation);
            // a Z-X shoulder (arm_flex then arm_add) reaching d has flex = the angle of d in the X-Y plane
            double add = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, -d[2]))));
            double[] rajagopal = humerus(new double[] {0, 0, 1}, flex, new double[] {1, 0, 0}, add);
            String at = String.format(Locale.ROOT, "plane %.3f elevation %.3f %s", plane, elevation, right ? "right" : "left");
            if (Math.hypot(d[0], d[1]) > 1e-6) {
                assertThat(rajagopal[0]).as(at).isCloseTo(d[0], within(1e-9));
                assertThat(rajagopal[1]).as(at).isCloseTo(d[1], within(1e-9));
                assertThat(rajagopal[2]).as(at).isCloseTo(d[2], within(1e-9));
            }
        }
    }

    @Test
    void anIncompleteGlenohumeralPairOrAMixWithArmFlexIsBadInputNamingTheColumn() {
        String[] noElevation = {"L5_S1_Flex_Ext", "sh_plane_elev_r", "sh_elev_l", "sh_plane_elev_l"};
        List<double[]> rows = List.of(new double[] {0, 90, 10, 90}, new double[] {0, 90, 10, 90}, new double[] {0, 90, 10, 90});
        assertThatThrownBy(() -> MotionFile.parse("p.mot", motFile(noElevation, rows, true), 0))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.mot:9:3: \"sh_plane_elev_r\" needs the column sh_elev_r");
        String[] mixed = {"L5_S1_Flex_Ext", "arm_flex_r", "sh_plane_elev_l", "sh_elev_l"};
        assertThatThrownBy(() -> MotionFile.parse("m.mot", motFile(mixed, rows, true), 0))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot be mixed").hasMessageContaining("arm_flex_r");
    }

    @Test
    void muscleStatesWrittenBesideTheCoordinatesAreSkippedAndOtherSlashedNamesAreStillErrors() {
        String[] plain = {"pelvis_tilt", "lumbar_extension", "hip_flexion_r", "arm_flex_r"};
        String[] withStates = {"pelvis_tilt", "glut_med1_r/activation", "lumbar_extension", "hip_flexion_r",
            "/forceset/soleus_r/activation", "ercspn_r/normalized_tendon_force", "arm_flex_r", "soleus_r/fiber_length"};
        List<double[]> rows = new ArrayList<>();
        List<double[]> rowsWithStates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double u = i / 9.0;
            rows.add(new double[] {-10 * u, -20 * u, 30 * u, 15 * u});
            rowsWithStates.add(new double[] {-10 * u, 0.9, -20 * u, 30 * u, 0.05, 0.7, 15 * u, 0.12});
        }
        List<Posture> expected = MotionFile.parse("a.mot", motFile(plain, rows, true), 0).frames();
        assertThat(MotionFile.parse("b.mot", motFile(withStates, rowsWithStates, true), 0).frames()).isEqualTo(expected);
        // PredSim's layout: a Windows path as the first header line, right-aligned columns padded with
        // spaces (a trailing run after the last), a time step that is not a round number
        List<String> predSim = new ArrayList<>(List.of("D:\\results\\Falisse_et_al_2022_v1.mot", "version=1", "nRows=10",
                "nColumns=" + (withStates.length + 1), "inDegrees=yes", "endheader"));
        StringBuilder names = new StringBuilder(String.format(Locale.ROOT, "%20s", "time"));
        for (String name : withStates) {
            names.append('\t').append(String.format(Locale.ROOT, "%20s", name));
        }
        predSim.add(names.append("\t ").toString());
        for (int i = 0; i < 10; i++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%20.8f", 0.01102664 * i));
            for (double x : rowsWithStates.get(i)) {
                b.append('\t').append(String.format(Locale.ROOT, "%20.8f", x));
            }
            predSim.add(b.append("\t ").toString());
        }
        List<Posture> fromPredSim = MotionFile.parse("c.mot", predSim, 0).frames();
        assertThat(fromPredSim).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(fromPredSim.get(i).trunkFlexionDeg()).isCloseTo(expected.get(i).trunkFlexionDeg(), within(1e-6));
            assertThat(fromPredSim.get(i).shoulderFlexionDeg()).isCloseTo(expected.get(i).shoulderFlexionDeg(), within(1e-6));
        }
        String[] unknown = {"lumbar_extension", "ercspn_r/tendon_strain"};
        assertThatThrownBy(() -> MotionFile.parse("u.mot", motFile(unknown, List.of(new double[] {0, 0},
                new double[] {0, 0}, new double[] {0, 0}), true), 0))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown coordinate \"ercspn_r/tendon_strain\";")
                .hasMessageNotContaining("external-load");
    }

    @Test
    void aGroundReactionFileGivenInsteadOfTheKinematicsIsNamedAsSuch() {
        String[] grf = {"ground_force_r_vx", "ground_force_r_vy", "ground_force_r_vz", "ground_force_r_px", "ground_torque_r_x"};
        List<double[]> rows = List.of(new double[] {-73, 72, 21, 0.2, -3}, new double[] {-33, 213, 17, 0.2, -9},
                new double[] {-39, 379, -4, 0.2, -16});
        assertThatThrownBy(() -> MotionFile.parse("Moco_forces.mot", motFile(grf, rows, true), 0))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Moco_forces.mot:9:2: unknown coordinate \"ground_force_r_vx\" (an external-load column");
    }
}
