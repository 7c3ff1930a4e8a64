package org.lumbosim.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each coordinate name of the common OpenSim full-body models means to the model: the one
 * table behind {@link MotionFile}'s reading of {@code .mot}/{@code .sto} files, printed in
 * docs/motion-coordinates.md. The coordinate lists were read from the models' {@code .osim} files
 * and from real results (docs/research/real-motion/COORDINATES.md names each file and commit):
 * gait2392 and gait2354, Hamner et al. 2010, Rajagopal et al. 2016 and its descendants
 * (RajagopalLaiUhlrich2023, Rajagopal2015_opensense), Lai-Uhlrich 2022 (OpenCap) and
 * LaiArnoldModified2017, and the lifting full-body model of Beaucage-Gauvreau et al. 2019 with
 * per-level lumbar joints (as adapted by Pose2Sim, including its single-L5/S1 variant and its
 * OpenCap-LSTM variant with a scapulothoracic translation and a Y-X-Y glenohumeral joint).
 *
 * <p>Names are matched exactly, after reducing an OpenSim 4.x column label such as
 * {@code /jointset/back/lumbar_extension/value} to its coordinate ({@code lumbar_extension}); a
 * {@code .../speed} or {@code .../accel} column is ignored, and so is a muscle state written beside
 * the coordinates ({@code soleus_r/activation}, {@code /forceset/soleus_r/normalized_tendon_force},
 * OpenSim 3's {@code soleus_r.activation}) and OpenSim 3's generalized speed ({@code pelvis_tilt_u}),
 * as simulation results do. A name not in the table is an error that lists the accepted names.
 */
final class OpenSimCoordinates {
    private OpenSimCoordinates() {
    }

    /** What a column contributes to a frame's posture. */
    enum Role {
        /** {@code pelvis_tilt}: rotation about ground Z, first of OpenSim's ground-pelvis rotations. */
        PELVIS_TILT,
        /** {@code pelvis_list}: rotation about the pelvis's X axis after the tilt. */
        PELVIS_LIST,
        /** {@code pelvis_rotation}: rotation about the pelvis's Y axis, last (the heading when upright). */
        PELVIS_ROTATION,
        /** {@code pelvis_tx}: the pelvis origin's translation along ground X (m). */
        PELVIS_TX,
        /** {@code pelvis_ty}: along ground Y, up (m). */
        PELVIS_TY,
        /** {@code pelvis_tz}: along ground Z (m). */
        PELVIS_TZ,
        /** Lumbar extension (positive = extension), thorax relative to pelvis; per-level columns are summed. */
        LUMBAR_EXTENSION,
        /** Lumbar lateral bending (positive to the right); per-level columns are summed. */
        LUMBAR_BENDING,
        /** Lumbar axial rotation (positive twisting to the left); per-level columns are summed. */
        LUMBAR_ROTATION,
        /** Hip flexion; right and left are averaged. */
        HIP_FLEXION,
        /** Knee angle; right and left are averaged; its sign convention depends on the model family. */
        KNEE_ANGLE,
        /** Shoulder flexion ({@code arm_flex}); right and left are averaged. */
        SHOULDER_FLEXION,
        /**
         * Plane of elevation of a Y-X-Y glenohumeral joint ({@code sh_plane_elev}: 0 = abduction,
         * 90 deg = forward flexion); with the side's {@link #SHOULDER_ELEVATION} it gives that arm's
         * shoulder flexion ({@link MotionFile}).
         */
        SHOULDER_ELEVATION_PLANE,
        /** Elevation of the humerus in its plane of elevation ({@code sh_elev}; 0 = hanging). */
        SHOULDER_ELEVATION,
        /** Elbow flexion; right and left are averaged. */
        ELBOW_FLEXION,
        /** Known and not used by the model (the reason is in {@link Mapping#why()}). */
        IGNORED;

        /** @return whether the role is a rotation that gives the posture (not a translation, not ignored) */
        boolean describesPosture() {
            return this != IGNORED && this != PELVIS_TX && this != PELVIS_TY && this != PELVIS_TZ;
        }
    }

    /**
     * @param role what the column contributes
     * @param summed whether columns of the same role add up (per-level lumbar joints) rather than
     *     being averaged (the two sides of the body)
     * @param why for {@link Role#IGNORED}, why the model does not need it; otherwise what it maps to
     */
    record Mapping(Role role, boolean summed, String why) {
    }

    /**
     * The back (lumbar) joint centre in the pelvis frame (m; x anterior, y up): the {@code back}
     * joint's location in its parent, the same in the unscaled gait2392/2354, Rajagopal 2016 and
     * Lai-Uhlrich 2022 model files (read from the model files; a scaled model moves it by a few mm).
     * Lumbosim's L5-S1 joint is placed there to move it with the recorded pelvis.
     */
    static final double[] BACK_JOINT_IN_PELVIS_M = {-0.1007, 0.0815, 0};

    /** Knee flexion is negative in these families (gait2392/2354, Hamner 2010: range [-120, 10] deg). */
    static final String NEGATIVE_KNEE_FLEXION = "gait2392, gait2354, Hamner 2010";

    private static final Map<String, Mapping> TABLE = table();

    private static Map<String, Mapping> table() {
        Map<String, Mapping> t = new LinkedHashMap<>();
        t.put("pelvis_tilt", new Mapping(Role.PELVIS_TILT, false, "pelvis orientation (with list and rotation)"));
        t.put("pelvis_list", new Mapping(Role.PELVIS_LIST, false, "pelvis orientation (with tilt and rotation)"));
        t.put("pelvis_rotation", new Mapping(Role.PELVIS_ROTATION, false, "pelvis orientation (with tilt and list)"));
        String moves = ": with the pelvis orientation, moves the L5-S1 joint (inverse dynamics)";
        t.put("pelvis_tx", new Mapping(Role.PELVIS_TX, false, "pelvis origin along ground X" + moves));
        t.put("pelvis_ty", new Mapping(Role.PELVIS_TY, false, "pelvis origin along ground Y" + moves));
        t.put("pelvis_tz", new Mapping(Role.PELVIS_TZ, false, "pelvis origin along ground Z" + moves));
        t.put("lumbar_extension", new Mapping(Role.LUMBAR_EXTENSION, false, "-lumbarFlexionDeg"));
        t.put("lumbar_bending", new Mapping(Role.LUMBAR_BENDING, false, "lateralBendDeg"));
        t.put("lumbar_rotation", new Mapping(Role.LUMBAR_ROTATION, false, "axialRotationDeg"));
        // the planar model of Moco's 2D walking example (opensim-core OpenSim/Examples/Moco/example2DWalking/
        // 2D_gait.osim): PinJoint "lumbar" between pelvis and torso frames with no offset rotation, so its
        // coordinate turns about Z as lumbar_extension does
        t.put("lumbar", new Mapping(Role.LUMBAR_EXTENSION, false, "-lumbarFlexionDeg (planar model's lumbar_extension)"));
        // the same planar model with its original names (Falisse's 2D predictive-simulation model in
        // opensim-org/opensim-moco @ fc5fb63, gait_2D_contact_muscle_poly_bounds_noPelvisRes.osim: a PlanarJoint
        // groundPelvis (rotation about Z, translations along ground X and Y) and PinJoints about Z for the
        // hips, knees (flexion negative), ankles and the lumbar joint, lumbar_q); its IK reference holds the
        // numbers opensim-core's example2DWalking later wrote under pelvis_tilt ... lumbar
        t.put("groundPelvis_q_rz", new Mapping(Role.PELVIS_TILT, false, "pelvis orientation (planar model's pelvis_tilt)"));
        t.put("groundPelvis_q_tx", new Mapping(Role.PELVIS_TX, false, "pelvis origin along ground X (planar model's pelvis_tx)" + moves));
        t.put("groundPelvis_q_ty", new Mapping(Role.PELVIS_TY, false, "pelvis origin along ground Y (planar model's pelvis_ty)" + moves));
        t.put("lumbar_q", new Mapping(Role.LUMBAR_EXTENSION, false, "-lumbarFlexionDeg (planar model's lumbar_extension)"));
        // per-level lumbar joints of the lifting full-body model; T12-L1 is added to the lumbar total
        // because the model's thorax is rigid above L1 (its inclination must include that joint)
        for (String level : List.of("L5_S1", "L4_L5", "L3_L4", "L2_L3", "L1_L2", "L1_T12")) {
            t.put(level + "_Flex_Ext", new Mapping(Role.LUMBAR_EXTENSION, true, "-lumbarFlexionDeg (summed over levels)"));
            t.put(level + "_Lat_Bending", new Mapping(Role.LUMBAR_BENDING, true, "lateralBendDeg (summed over levels)"));
            t.put(level + "_axial_rotation", new Mapping(Role.LUMBAR_ROTATION, true, "axialRotationDeg (summed over levels)"));
        }
        for (String side : List.of("r", "l")) {
            t.put("hip_flexion_" + side, new Mapping(Role.HIP_FLEXION, false, "hipFlexionDeg (mean of both sides)"));
            t.put("knee_angle_" + side, new Mapping(Role.KNEE_ANGLE, false, "kneeFlexionDeg (mean of both sides)"));
            t.put("arm_flex_" + side, new Mapping(Role.SHOULDER_FLEXION, false, "shoulderFlexionDeg (mean of both sides)"));
            t.put("elbow_flex_" + side, new Mapping(Role.ELBOW_FLEXION, false, "elbowFlexionDeg (mean of both sides)"));
            ignore(t, "knee_angle_" + side + "_beta", "patella coupler: a copy of knee_angle, written unconverted");
            for (String c : List.of("hip_adduction_", "hip_rotation_")) {
                ignore(t, c + side, "the model's hips flex only");
            }
            for (String c : List.of("ankle_angle_", "subtalar_angle_", "mtp_angle_")) {
                ignore(t, c + side, "the model's foot is fixed at right angles to the shank");
            }
            for (String c : List.of("arm_add_", "arm_rot_", "pro_sup_", "wrist_flex_", "wrist_dev_")) {
                ignore(t, c + side, "the model's arms move in the sagittal plane only");
            }
        }
        for (String side : List.of("r", "l")) {
            t.put("hip_q_" + side, new Mapping(Role.HIP_FLEXION, false, "hipFlexionDeg (planar model's hip_flexion; mean of both sides)"));
            t.put("knee_q_" + side, new Mapping(Role.KNEE_ANGLE, false, "kneeFlexionDeg (planar model's knee_angle; mean of both sides)"));
            ignore(t, "ankle_q_" + side, "the model's foot is fixed at right angles to the shank");
        }
        // the OpenCap-LSTM variant of the Pose2Sim lifting model (Pose2Sim @ 19d0646,
        // Model_Pose2Sim_LSTM.osim): a scapulothoracic joint with three translations and a glenohumeral
        // joint rotating about Y (plane of elevation), then -X (elevation, right side), then the humerus axis
        for (String side : List.of("r", "l")) {
            String derived = " (the arm's angle in the sagittal plane; mean of both sides)";
            t.put("sh_plane_elev_" + side, new Mapping(Role.SHOULDER_ELEVATION_PLANE, false,
                    "shoulderFlexionDeg with sh_elev_" + side + derived));
            t.put("sh_elev_" + side, new Mapping(Role.SHOULDER_ELEVATION, false,
                    "shoulderFlexionDeg with sh_plane_elev_" + side + derived));
            ignore(t, "sh_axial_rot_" + side, "the model's arms move in the sagittal plane only");
            for (String c : List.of("sh_tx_", "sh_ty_", "sh_tz_")) {
                ignore(t, c + side, "scapula translation on the thorax (m): the model's shoulder is fixed to the thorax");
            }
        }
        for (String c : List.of("neck_flexion", "neck_bending", "neck_rotation")) {
            ignore(t, c, "the model's head is fixed to the thorax");
        }
        for (String c : List.of("Abs_r1", "Abs_r2", "Abs_r3", "Abs_t1", "Abs_t2")) {
            ignore(t, c, "abdomen body of the lifting model, coupled to the lumbar joints");
        }
        return Collections.unmodifiableMap(t);
    }

    private static void ignore(Map<String, Mapping> t, String name, String why) {
        t.put(name, new Mapping(Role.IGNORED, false, why));
    }

    /**
     * The coordinate a column label names: an OpenSim 4.x path label
     * ({@code /jointset/back/lumbar_extension/value}) is reduced to its coordinate; other labels are
     * returned as they are.
     *
     * @param label the column label
     * @return the coordinate name, or {@code null} for a speed or acceleration column of a path label
     *     and for a muscle state ({@link #MUSCLE_STATES})
     */
    static String coordinate(String label) {
        int dot = label.lastIndexOf('.');
        if (!label.contains("/") && dot > 0 && MUSCLE_STATES.contains(label.substring(dot + 1))) {
            return null;   // an OpenSim 3 muscle state: glut_med1_r.activation, glut_med1_r.fiber_length
        }
        if (!label.contains("/") && label.endsWith(SPEED_SUFFIX)
                && of(label.substring(0, label.length() - SPEED_SUFFIX.length())) != null) {
            return null;   // an OpenSim 3 state file's generalized speed: pelvis_tilt_u, pelvis_tx_u
        }
        if (!label.contains("/")) {
            return label;
        }
        String[] parts = label.split("/");
        String last = parts[parts.length - 1];
        if (MUSCLE_STATES.contains(last) && parts.length >= 2 && !parts[parts.length - 2].isEmpty()) {
            return null;
        }
        if (!label.startsWith("/")) {
            return label;
        }
        if (parts.length >= 3 && last.equals("value")) {
            return parts[parts.length - 2];
        }
        if (parts.length >= 3 && (last.equals("speed") || last.equals("accel"))) {
            return null;
        }
        return label;
    }

    /**
     * The states of OpenSim's muscle models that simulation results write beside the coordinates
     * (OpenSim 3 and Moco/PredSim style {@code glut_med1_r/activation}, OpenSim 4 paths
     * {@code /forceset/glut_med1_r/activation}; {@code fiber_length} of the Thelen and Millard muscles,
     * {@code normalized_tendon_force} of the DeGroote-Fregly muscle); not kinematics.
     */
    private static final List<String> MUSCLE_STATES = List.of("activation", "fiber_length", "normalized_tendon_force");

    /**
     * The suffix OpenSim 3 state files ({@code *_states.sto}, {@code *_states_degrees.mot}) give a
     * coordinate's generalized speed ({@code pelvis_tilt_u}), beside the coordinate itself and the muscle
     * states {@code <muscle>.activation}, {@code <muscle>.fiber_length}.
     */
    private static final String SPEED_SUFFIX = "_u";

    /**
     * @param name a coordinate name (after {@link #coordinate})
     * @return its mapping, or {@code null} if the name is not in the table
     */
    static Mapping of(String name) {
        Mapping m = TABLE.get(name);
        if (m == null && isTranslation(name)) {
            return new Mapping(Role.IGNORED, false, "a translation (m): marker or joint position");
        }
        return m;
    }

    /**
     * Whether a column is one of OpenSim's external-load columns ({@code ground_force_r_vx},
     * {@code 1_ground_force_px}, {@code ground_torque_l_y}: the force, point and torque columns of a
     * ground-reaction {@code .mot} and of the {@code ExternalLoads} files OpenSim's tools read), so
     * that a ground-reaction file given instead of the kinematics is named as such.
     *
     * @param name a column's coordinate name
     * @return whether it names a ground force, point or torque component
     */
    static boolean isExternalLoad(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("ground_force_") || n.contains("ground_torque_");
    }

    /** Marker and joint translation columns of SIMM-style files ({@code R.ASIS_tx}, ...). */
    private static boolean isTranslation(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.length() > 3 && (n.endsWith("_tx") || n.endsWith("_ty") || n.endsWith("_tz"));
    }

    /** @return every accepted name, in table order (for error messages and the docs) */
    static List<String> acceptedNames() {
        return new ArrayList<>(TABLE.keySet());
    }

    /** @return the whole table, in order (for the docs) */
    static Map<String, Mapping> all() {
        return TABLE;
    }
}
