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
 * Reading real OpenSim results (issue 13, item 1) and raw-range / filter behaviour (issue 15, item
 * 10): model coordinate sets, full pelvis rotation (any heading), OpenSim 4 path labels, per-level
 * lumbar joints, duplicate columns, range checks on the recorded values, and a filter that keeps a
 * constant constant.
 */
class MotionFileTest {
    /** Rajagopal 2016 / OpenCap coordinate names, in model order. */
    private static final String[] RAJAGOPAL = {"pelvis_tilt", "pelvis_list", "pelvis_rotation", "pelvis_tx", "pelvis_ty",
        "pelvis_tz", "hip_flexion_r", "hip_adduction_r", "hip_rotation_r", "knee_angle_r", "knee_angle_r_beta",
        "ankle_angle_r", "subtalar_angle_r", "mtp_angle_r", "hip_flexion_l", "hip_adduction_l", "hip_rotation_l",
        "knee_angle_l", "knee_angle_l_beta", "ankle_angle_l", "subtalar_angle_l", "mtp_angle_l", "lumbar_extension",
        "lumbar_bending", "lumbar_rotation", "arm_flex_r", "arm_add_r", "arm_rot_r", "elbow_flex_r", "pro_sup_r",
        "arm_flex_l", "arm_add_l", "arm_rot_l", "elbow_flex_l", "pro_sup_l"};

    /** One frame of a Rajagopal-family trial facing +X, leaning forward with some list. */
    private static double[] frame(double u) {
        double[] v = new double[RAJAGOPAL.length];
        v[0] = -30 - 20 * u;   // pelvis_tilt: forward lean facing +X is negative
        v[1] = 4 * u;          // pelvis_list
        v[2] = 0;              // pelvis_rotation
        v[3] = 1.2 * u;        // translations (m)
        v[4] = 0.9;
        v[6] = 60 + 10 * u;    // hips
        v[14] = 58 + 10 * u;
        v[9] = 20 + 5 * u;     // knees, positive flexion
        v[10] = Math.toRadians(v[9]);
        v[17] = 22 + 5 * u;
        v[18] = Math.toRadians(v[17]);
        v[22] = -25 - 10 * u;  // lumbar_extension (flexed)
        v[23] = 5 * u;
        v[24] = -3 * u;
        v[25] = 40;
        v[30] = 40;
        v[28] = 10;
        v[33] = 10;
        return v;
    }

    private static List<String> motFile(String[] names, List<double[]> rows) {
        List<String> lines = new ArrayList<>(List.of("Coordinates", "version=1", "nRows=" + rows.size(),
                "nColumns=" + (names.length + 1), "inDegrees=yes", "endheader"));
        lines.add("time\t" + String.join("\t", names));
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%.3f", i * 0.01));
            for (double x : rows.get(i)) {
                b.append('\t').append(x);
            }
            lines.add(b.toString());
        }
        return lines;
    }

    private static List<double[]> trial() {
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(frame(i / 29.0));
        }
        return rows;
    }

    /** OpenSim's ground-pelvis rotation Rz(tilt) Rx(list) Ry(rotation), row-major. */
    private static double[] rotation(double tiltDeg, double listDeg, double rotDeg) {
        double[] z = rot(2, tiltDeg);
        double[] x = rot(0, listDeg);
        double[] y = rot(1, rotDeg);
        return mul(mul(z, x), y);
    }

    private static double[] rot(int axis, double deg) {
        double c = Math.cos(Math.toRadians(deg)), s = Math.sin(Math.toRadians(deg));
        return switch (axis) {
            case 0 -> new double[] {1, 0, 0, 0, c, -s, 0, s, c};
            case 1 -> new double[] {c, 0, s, 0, 1, 0, -s, 0, c};
            default -> new double[] {c, -s, 0, s, c, 0, 0, 0, 1};
        };
    }

    private static double[] mul(double[] a, double[] b) {
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    m[3 * i + j] += a[3 * i + k] * b[3 * k + j];
                }
            }
        }
        return m;
    }

    /** The trial turned by {@code headingDeg} about the vertical: its pelvis angles re-extracted. */
    private static List<double[]> turned(List<double[]> rows, double headingDeg) {
        List<double[]> out = new ArrayList<>();
        for (double[] r : rows) {
            double[] m = mul(rot(1, headingDeg), rotation(r[0], r[1], r[2]));
            // R = Rz(t) Rx(l) Ry(r): third row (-cl sr, sl, cl cr), R01 = -st cl, R11 = ct cl
            double list = Math.toDegrees(Math.asin(m[7]));
            double rotation = Math.toDegrees(Math.atan2(-m[6], m[8]));
            double tilt = Math.toDegrees(Math.atan2(-m[1], m[4]));
            double[] c = r.clone();
            c[0] = tilt;
            c[1] = list;
            c[2] = rotation;
            out.add(c);
        }
        return out;
    }

    @Test
    void issue13_aTrialGivesTheSameAnglesWhicheverWayTheSubjectFaces() {
        List<double[]> rows = trial();
        List<Posture> facingX = MotionFile.parse("t.mot", motFile(RAJAGOPAL, rows), 0).frames();
        for (double heading : new double[] {180, 90, -90, 37, -178}) {
            List<Posture> turned = MotionFile.parse("t.mot", motFile(RAJAGOPAL, turned(rows, heading)), 0).frames();
            for (int i = 0; i < rows.size(); i++) {
                Posture a = facingX.get(i);
                Posture b = turned.get(i);
                assertThat(b.trunkFlexionDeg()).as("heading %s frame %s", heading, i).isCloseTo(a.trunkFlexionDeg(), within(1e-9));
                assertThat(b.bodyRollDeg()).as("heading %s frame %s", heading, i).isCloseTo(a.bodyRollDeg(), within(1e-9));
                assertThat(b.lumbarFlexionDeg()).isEqualTo(a.lumbarFlexionDeg());
            }
        }
        // facing +X without list the mapping is the plain one: trunk = -pelvis_tilt - lumbar_extension
        Posture first = facingX.get(0);
        assertThat(first.trunkFlexionDeg()).isCloseTo(30 + 25, within(1e-12));
        assertThat(first.lumbarFlexionDeg()).isEqualTo(25);
        assertThat(first.kneeFlexionDeg()).as("Rajagopal knee flexion is positive: not negated").isEqualTo(21);
        assertThat(first.shoulderFlexionDeg()).isEqualTo(40);
    }

    @Test
    void issue12_withoutAShoulderColumnTheArmsHangInEveryFrame() {
        List<Posture> hanging = MotionFile.parse("m.csv", List.of("time,trunkFlexionDeg", "0,10", "0.01,40", "0.02,70"), 0)
                .frames();
        for (Posture p : hanging) {
            assertThat(p.armsHang()).isTrue();
            assertThat(p.shoulderFlexionDeg()).isEqualTo(p.trunkFlexionDeg());
        }
        List<Posture> held = MotionFile.parse("m.csv",
                List.of("time,trunkFlexionDeg,shoulderFlexionDeg", "0,10,5", "0.01,40,5", "0.02,70,5"), 0).frames();
        for (Posture p : held) {
            assertThat(p.armsHang()).isFalse();
            assertThat(p.shoulderFlexionDeg()).isEqualTo(5);
        }
    }

    @Test
    void issue13_aForwardLeanFacingMinusXIsForward() {
        // a public Rajagopal-model deadlift faces -X: pelvis_rotation -178, pelvis_tilt +44.7, lumbar_extension -47.5
        double[] pelvis = MotionFile.pelvisForwardAndRollDeg(44.7, 0, -180);
        assertThat(pelvis[0]).isCloseTo(44.7, within(1e-9));
        assertThat(pelvis[1]).isCloseTo(0, within(1e-9));
        // two degrees off -X, part of the ground-Z tilt becomes a roll of the pelvis
        double[] off = MotionFile.pelvisForwardAndRollDeg(44.7, 0, -178);
        assertThat(off[0]).isCloseTo(44.7, within(0.05));
        assertThat(off[1]).isCloseTo(0, within(2.0));
        double[] facingPlusZ = MotionFile.pelvisForwardAndRollDeg(0, 30, -90);
        assertThat(facingPlusZ[0]).as("facing +Z a positive list is a forward lean").isCloseTo(30, within(1e-9));
    }

    @Test
    void issue13_openSim4PathLabelsAndRandomHeadingsAreRead() {
        String[] paths = new String[RAJAGOPAL.length];
        for (int c = 0; c < paths.length; c++) {
            paths[c] = "/jointset/joint" + c + "/" + RAJAGOPAL[c] + "/value";
        }
        String[] withSpeed = java.util.Arrays.copyOf(paths, paths.length + 1);
        withSpeed[paths.length] = "/jointset/back/lumbar_extension/speed";
        List<double[]> rows = new ArrayList<>();
        for (double[] r : trial()) {
            double[] w = java.util.Arrays.copyOf(r, r.length + 1);
            w[r.length] = 1000;
            rows.add(w);
        }
        List<Posture> plain = MotionFile.parse("t.mot", motFile(RAJAGOPAL, trial()), 0).frames();
        List<Posture> labelled = MotionFile.parse("t.sto", motFile(withSpeed, rows), 0).frames();
        assertThat(labelled).isEqualTo(plain);
        SplittableRandom rnd = new SplittableRandom(13);
        for (int k = 0; k < 50; k++) {
            double heading = rnd.nextDouble(-180, 180);
            List<Posture> turned = MotionFile.parse("t.mot", motFile(RAJAGOPAL, turned(trial(), heading)), 0).frames();
            assertThat(turned.get(17).trunkFlexionDeg()).as("heading %s", heading)
                    .isCloseTo(plain.get(17).trunkFlexionDeg(), within(1e-9));
        }
    }

    @Test
    void issue13_perLevelLumbarJointsAreSummedAndCannotBeMixedWithTheSingleJoint() {
        String[] names = {"pelvis_tilt", "L5_S1_Flex_Ext", "L4_L5_Flex_Ext", "L3_L4_Flex_Ext", "L2_L3_Flex_Ext",
            "L1_L2_Flex_Ext", "L1_T12_Flex_Ext", "Abs_r3", "neck_flexion"};
        double l5 = -3;
        double[] slopes = {1, 1.8571, 1.6429, 1.1429, 0.9286, 0.5714};
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double[] r = new double[names.length];
            r[0] = -10;
            for (int k = 0; k < slopes.length; k++) {
                r[1 + k] = slopes[k] * l5;
            }
            r[7] = 7.1429 * l5;
            rows.add(r);
        }
        Posture p = MotionFile.parse("lfb.mot", motFile(names, rows), 0).frames().get(0);
        double sum = 0;
        for (double s : slopes) {
            sum += s * l5;
        }
        assertThat(p.lumbarFlexionDeg()).isCloseTo(-sum, within(1e-12));
        assertThat(p.trunkFlexionDeg()).isCloseTo(10 - sum, within(1e-12));
        String[] mixed = {"lumbar_extension", "L5_S1_Flex_Ext"};
        assertThatThrownBy(() -> MotionFile.parse("m.mot", motFile(mixed, List.of(new double[2], new double[2], new double[2])), 0))
                .hasMessageContaining("m.mot:7:").hasMessageContaining("cannot be mixed");
    }

    @Test
    void issue13_unknownCoordinatesListTheAcceptedOnes() {
        String[] names = {"lumbar_wiggle"};
        assertThatThrownBy(() -> MotionFile.parse("w.mot", motFile(names, List.of(new double[1], new double[1], new double[1])), 0))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("w.mot:7:2").hasMessageContaining("unknown coordinate \"lumbar_wiggle\"")
                .hasMessageContaining("knee_angle_r_beta").hasMessageContaining("L5_S1_Flex_Ext");
    }

    @Test
    void audit_aLineCutAfterItsSeparatorNamesTheEmptyCellAsOneInsideDoes() {
        // before: "m.csv:4: 2 values, expected 3", for a line that has three fields
        List<String> cut = List.of("time,trunkFlexionDeg,lumbarFlexionDeg", "0,10,5", "0.01,10,5", "0.02,10,");
        assertThatThrownBy(() -> MotionFile.parse("m.csv", cut, 0)).isInstanceOf(BadInputException.class)
                .hasMessage("m.csv:4:3: \"\" (lumbarFlexionDeg) is not a finite number");
        List<String> inside = List.of("time,trunkFlexionDeg,lumbarFlexionDeg", "0,10,5", "0.01,10,5", "0.02,,5");
        assertThatThrownBy(() -> MotionFile.parse("m.csv", inside, 0)).isInstanceOf(BadInputException.class)
                .hasMessage("m.csv:4:2: \"\" (trunkFlexionDeg) is not a finite number");
        // a separator after the last column is still no column, and a missing cell still a short line
        List<String> trailing = List.of("time,trunkFlexionDeg,lumbarFlexionDeg,", "0,10,5,", "0.01,10,5,", "0.02,10,5,");
        assertThat(MotionFile.parse("m.csv", trailing, 0).frames()).hasSize(3);
        List<String> shortLine = List.of("time,trunkFlexionDeg,lumbarFlexionDeg", "0,10,5", "0.01,10,5", "0.02,10");
        assertThatThrownBy(() -> MotionFile.parse("m.csv", shortLine, 0)).isInstanceOf(BadInputException.class)
                .hasMessage("m.csv:4: 2 values, expected 3");
    }

    @Test
    void issue15_aDuplicatedColumnIsAnErrorNotAnAverage() {
        List<String> csv = List.of("time,trunkFlexionDeg,trunkFlexionDeg", "0,10,50", "0.01,10,50", "0.02,10,50");
        assertThatThrownBy(() -> MotionFile.parse("d.csv", csv, 0)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("d.csv:1:3").hasMessageContaining("appears twice (columns 2 and 3)");
    }

    @Test
    void issue13_aRecordedFrameOutOfRangeIsAFrameWithoutPostureAndAReasonNotAFailedFile() {
        List<String> csv = new ArrayList<>(List.of("time,trunkFlexionDeg,lumbarFlexionDeg"));
        for (int i = 0; i < 200; i++) {
            csv.add(String.format(Locale.ROOT, "%.2f,%s,%s", i * 0.01, i == 100 ? "200" : "10", i == 100 ? "-30" : "5"));
        }
        for (double cutoff : new double[] {0, 6}) {
            MotionFile.Kinematics k = MotionFile.parse("s.csv", csv, cutoff);
            assertThat(k.frames()).hasSize(200);
            assertThat(k.frames().get(100)).isNull();
            assertThat(k.outOfRangeFrames()).isEqualTo(1);
            assertThat(k.clampedFrames()).isZero();
            String reason = k.outOfRange().get(100);
            assertThat(reason).isEqualTo("trunkFlexionDeg = 200.0 deg is outside [" + org.lumbosim.posture.PostureRange.TRUNK_FLEXION_MIN_DEG
                    + " to " + org.lumbosim.posture.PostureRange.TRUNK_FLEXION_MAX_DEG + "] deg; lumbarFlexionDeg = -30.0 deg is outside ["
                    + org.lumbosim.posture.PostureRange.LUMBAR_FLEXION_MIN_DEG + " to "
                    + org.lumbosim.posture.PostureRange.LUMBAR_FLEXION_MAX_DEG + "] deg");
            assertThat(reason).doesNotContain(",");
            for (int i = 0; i < 200; i++) {
                if (i != 100) {
                    assertThat(k.outOfRange().get(i)).isNull();
                    // the filter runs over the frame bridged from its neighbours: they keep their values
                    assertThat(k.frames().get(i).trunkFlexionDeg()).isCloseTo(10.0, within(1e-9));
                    assertThat(k.frames().get(i).lumbarFlexionDeg()).isCloseTo(5.0, within(1e-9));
                }
            }
        }
        // a wild value (1e300) does not spread through the filter
        csv.set(101, "1.00,1e300,5");
        MotionFile.Kinematics wild = MotionFile.parse("s.csv", csv, 6);
        assertThat(wild.outOfRange().get(100)).contains("1.0E300");
        assertThat(wild.frames().get(99).trunkFlexionDeg()).isCloseTo(10.0, within(1e-9));
        // --clamp: every frame has a posture, clamped into the range, and is counted
        MotionFile.Kinematics clamped = MotionFile.parse("s.csv", csv, 0, true);
        assertThat(clamped.frames()).doesNotContainNull();
        assertThat(clamped.outOfRange()).containsOnlyNulls();
        assertThat(clamped.clampedFrames()).isEqualTo(1);
        assertThat(clamped.frames().get(100).trunkFlexionDeg()).isEqualTo(org.lumbosim.posture.PostureRange.TRUNK_FLEXION_MAX_DEG);
        assertThat(clamped.frames().get(100).lumbarFlexionDeg()).isEqualTo(5.0);
    }

    @Test
    void issue13_filteringKeepsAConstantConstantAndNeverLeavesTheRange() {
        List<String> csv = new ArrayList<>(List.of("time,kneeFlexionDeg,lumbarFlexionDeg,trunkFlexionDeg"));
        for (int i = 0; i < 300; i++) {
            csv.add(String.format(Locale.ROOT, "%.2f,0,51.9,60", i * 0.01));
        }
        for (double cutoff : new double[] {0, 0.5, 6}) {
            MotionFile.Kinematics k = MotionFile.parse("c.csv", csv, cutoff);
            for (Posture p : k.frames()) {
                assertThat(p.kneeFlexionDeg()).isEqualTo(0);
                assertThat(p.lumbarFlexionDeg()).isCloseTo(51.9, within(1e-12));
            }
            assertThat(k.filterBoundedValues()).isZero();
        }
        // a step from the bottom of the knee's range: the filter's ringing below 0 is bounded, and counted
        List<String> step = new ArrayList<>(List.of("time,kneeFlexionDeg"));
        for (int i = 0; i < 300; i++) {
            step.add(String.format(Locale.ROOT, "%.2f,%s", i * 0.01, i < 150 ? "0" : "60"));
        }
        MotionFile.Kinematics k = MotionFile.parse("k.csv", step, 6);
        assertThat(k.frames()).allSatisfy(p -> assertThat(p.kneeFlexionDeg()).isBetween(0.0, 60 * 1.05)); // a zero-lag Butterworth overshoots a step by a few per cent
        assertThat(k.frames().get(0).kneeFlexionDeg()).isZero();
        assertThat(k.filterBoundedValues()).isPositive();
    }

    @Test
    void issue15_timesAndDurationsAreBounded() {
        List<String> huge = List.of("time,trunkFlexionDeg", "1e306,10", "2e306,10", "3e306,10");
        assertThatThrownBy(() -> MotionFile.parse("h.csv", huge, 0)).hasMessageContaining("h.csv:2:1")
                .hasMessageContaining("outside");
        List<String> long_ = List.of("time,trunkFlexionDeg", "0,10", "5e5,10", "1e6,10");
        assertThatThrownBy(() -> MotionFile.parse("l.csv", long_, 0)).hasMessageContaining("l.csv:4:1")
                .hasMessageContaining("one week");
    }

    @Test
    void theDocumentedCoordinateTableIsTheOneInTheCode() throws java.io.IOException {
        List<String> doc = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "docs", "motion-coordinates.md"));
        List<String> rows = doc.stream().filter(l -> l.startsWith("| `")).toList();
        List<String> expected = new ArrayList<>();
        OpenSimCoordinates.all().forEach((name, m) -> expected.add("| `" + name + "` | "
                + (m.role() == OpenSimCoordinates.Role.IGNORED ? "ignored" : m.role().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                + " | " + m.why() + " |"));
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void issue13_aLoadMassColumnIsReadFromOpenSimAndCsvFiles() {
        String[] names = {"lumbar_extension", "loadMassKg"};
        List<double[]> rows = List.of(new double[] {-10, 0}, new double[] {-10, 12.5}, new double[] {-10, 20});
        MotionFile.Kinematics k = MotionFile.parse("m.mot", motFile(names, rows), 0);
        assertThat(k.loadMassKg()).containsExactly(0, 12.5, 20);
        assertThat(k.frames().get(1).lumbarFlexionDeg()).isEqualTo(10);
        assertThat(MotionFile.parse("c.csv", List.of("time,trunkFlexionDeg", "0,1", "0.01,1", "0.02,1"), 0).loadMassKg()).isNull();
        assertThatThrownBy(() -> MotionFile.parse("m.mot", motFile(names, List.of(new double[] {0, 0}, new double[] {0, 201},
                new double[] {0, 0})), 0)).isInstanceOf(BadInputException.class).hasMessageContaining("m.mot:9:3: loadMassKg = 201.0 kg");
    }

    @Test
    void issue15_aTimeStepTooShortForTheInverseDynamicsIsBadInputAtItsLine() {
        List<String> csv = new ArrayList<>(List.of("time,trunkFlexionDeg"));
        for (int i = 0; i < 50; i++) {
            csv.add(String.format(Locale.ROOT, "%s,10", i * 1e-10));
        }
        assertThatThrownBy(() -> MotionFile.parse("m.csv", csv, 6)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("m.csv:3:1").hasMessageContaining("shorter than").hasMessageNotContaining("NaN");
    }

    /**
     * Eleventh session: the header's {@code inDegrees} is read as a key = value line whatever the spaces and
     * case ({@code "inDegrees = no"} was not recognised, so a file in radians was read as degrees: a lumbar
     * extension of -0.3 rad gave 0.3 deg of lumbar flexion instead of 17.2); Windows line ends and tabs or runs
     * of spaces between the columns read alike; a line of column names in the other format's separator says
     * what separates the columns.
     */
    @Test
    void eleventh_inDegreesIsReadWhateverItsSpacesAndCaseAndSeparatorsAreNamed() {
        double flexedDeg = Math.toDegrees(0.3);
        for (String header : List.of("inDegrees=no", "inDegrees = no", "  InDegrees =NO  ", "indegrees\t=\tno")) {
            List<String> lines = List.of("Coordinates", "version=1", header, "endheader",
                    "time\tlumbar_extension", "0\t-0.3", "0.01\t-0.3", "0.02\t-0.3");
            assertThat(MotionFile.parse("r.mot", lines, 0).frames().get(1).lumbarFlexionDeg()).as(header)
                    .isCloseTo(flexedDeg, within(1e-9));
        }
        String crlf = "Coordinates\r\ninDegrees=yes\r\nendheader\r\ntime   lumbar_extension\t \r\n0 \t -20\r\n"
                + "0.01  -20\r\n0.02\t-20\r\n";
        assertThat(MotionFile.parse("w.mot", crlf.lines().toList(), 0).frames().get(2).lumbarFlexionDeg())
                .isCloseTo(20, within(1e-9));
        assertThat(MotionFile.parse("w.csv", "time,lumbarFlexionDeg\r\n0,20\r\n0.01, 20\r\n0.02 ,20\r\n".lines().toList(), 0)
                .frames().get(1).lumbarFlexionDeg()).isCloseTo(20, within(1e-9));
        assertThatThrownBy(() -> MotionFile.parse("t.csv", List.of("time\tlumbarFlexionDeg", "0\t20"), 0))
                .isInstanceOf(BadInputException.class).hasMessage("t.csv:1: no 'time' column among time lumbarFlexionDeg "
                        + "(one name: the columns of a .csv motion file are separated by commas)");
        assertThatThrownBy(() -> MotionFile.parse("c.mot", List.of("inDegrees=yes", "endheader",
                "time,lumbar_extension", "0,20"), 0)).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("(one name: the columns of an OpenSim .mot or .sto file are separated by tabs or "
                        + "spaces, not commas)");
        assertThatThrownBy(() -> MotionFile.parse("m.mot", List.of("inDegrees = maybe", "endheader",
                "time\tlumbar_extension", "0\t20"), 0)).isInstanceOf(BadInputException.class)
                .hasMessage("m.mot:1: inDegrees = \"maybe\" is neither yes nor no");
    }
}
