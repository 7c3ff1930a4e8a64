package org.lumbosim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lumbosim.RangeText;
import org.lumbosim.io.DecimalText;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;
import uk.me.berndporr.iirj.Butterworth;

/**
 * Reads kinematics over time from a CSV file (column {@code time} in seconds and any posture angle
 * columns named as in task files, degrees) or an OpenSim motion file ({@code .mot}/{@code .sto} of
 * OpenSim 3 or 4, SIMM-style headers included: header up to {@code endheader}, {@code inDegrees=yes|no},
 * then a line of column names and rows of numbers), builds each frame's posture angles, checks them
 * against the model's ranges as recorded (before any filtering), low-pass filters every angle with a
 * zero-lag Butterworth filter, and builds a posture per frame. A recorded frame outside the model's
 * range is kept as a frame without a posture, with the reason (field, value, range), or, with
 * {@code clamp}, its values are clamped into the range and the frame counted. The filter runs over the
 * clamped values, or, for a frame kept without a posture, over values interpolated linearly between
 * its nearest frames in range, so one wild frame does not spread to its neighbours.
 *
 * <p>OpenSim coordinates are mapped by the table of {@link OpenSimCoordinates}. The pelvis's
 * orientation in the ground, {@code Rz(pelvis_tilt) Rx(pelvis_list) Ry(pelvis_rotation)} (OpenSim's
 * ground-pelvis order), is taken whole and its heading about the vertical removed, leaving the
 * pelvis's forward rotation in its own sagittal plane and its roll: a subject facing any direction
 * gives the same angles. {@code trunkFlexionDeg} is that forward rotation plus the lumbar flexion
 * ({@code -lumbar_extension}); {@code bodyRollDeg} is the roll. Knee flexion is negated for the model
 * families where it is negative ({@value OpenSimCoordinates#NEGATIVE_KNEE_FLEXION}): files without
 * the Rajagopal family's {@code knee_angle_*_beta} columns whose knee values are mostly negative.
 */
final class MotionFile {
    private MotionFile() {
    }

    private static final int ORDER = 2;
    /** The optional column of the mass held in both hands per frame (kg), in CSV and OpenSim files. */
    static final String LOAD_MASS_COLUMN = "loadMassKg";
    /** Most frames in one file (a 20-minute recording at 1 kHz). */
    static final int MAX_FRAMES = 1_200_000;
    /** Longest recording (s): one week; bounds the cumulative load. */
    static final double MAX_DURATION_S = 7 * 24 * 3600.0;
    /** Largest magnitude of a time value (s). */
    static final double MAX_ABS_TIME_S = 1e9;
    /**
     * Coarsest printed step of the times, as a fraction of the sampling step, for which a step's
     * deviation from the mean may include the times' rounding (one printed digit): 60 Hz times printed
     * to the millisecond (0.06 of a step) qualify, whole seconds at 1 Hz do not. A judgement: ten printed
     * steps per sampling step.
     */
    static final double MAX_TIME_RESOLUTION_PER_STEP = 0.1;
    /** Shortest time step (s): the shortest the inverse dynamics accepts ({@link LumbarModel#MIN_FRAME_STEP_S}). */
    static final double MIN_STEP_S = LumbarModel.MIN_FRAME_STEP_S;
    /**
     * Smallest low-pass cut-off other than 0, as a fraction of the sampling rate: below about 1e-9 the
     * Butterworth design's coefficients cancel to NaN, and from 1e-7 down they lose digits.
     */
    static final double MIN_CUTOFF_PER_SAMPLE_RATE = 1e-6;
    /**
     * The {@code cutoffHz} that asks for every channel's own cut-off, chosen by Winter's residual
     * analysis ({@link ResidualAnalysis}; {@code --cutoff-hz auto}).
     */
    static final double AUTO_CUTOFF = -1;
    /** Names of the L5-S1 joint path's channels (m, in the ground), filtered as the angles are. */
    static final List<String> JOINT_PATH_CHANNELS = List.of("l5s1JointXM", "l5s1JointYM", "l5s1JointZM");
    /** Index of each posture angle in a frame's raw values, in {@link TaskReader#POSTURE_ANGLES} order. */
    private static final int TRUNK = 0, LUMBAR = 1, BEND = 2, TWIST = 3, HIP = 4, KNEE = 5, SHOULDER = 6,
            ELBOW = 7, ROLL = 8, ANKLE = 9, ABDUCTION = 10, ADDUCTION = 11, ANGLES = 12;
    private static final double[] MIN_DEG = {PostureRange.TRUNK_FLEXION_MIN_DEG, PostureRange.LUMBAR_FLEXION_MIN_DEG,
        -PostureRange.LATERAL_BEND_MAX_DEG, -PostureRange.AXIAL_ROTATION_MAX_DEG, PostureRange.HIP_FLEXION_MIN_DEG,
        PostureRange.KNEE_FLEXION_MIN_DEG, PostureRange.SHOULDER_FLEXION_MIN_DEG, PostureRange.ELBOW_FLEXION_MIN_DEG,
        -PostureRange.BODY_ROLL_MAX_DEG, PostureRange.ANKLE_PLANTAR_FLEXION_MIN_DEG,
        PostureRange.SHOULDER_ABDUCTION_MIN_DEG, PostureRange.HIP_ADDUCTION_MIN_DEG};
    private static final double[] MAX_DEG = {PostureRange.TRUNK_FLEXION_MAX_DEG, PostureRange.LUMBAR_FLEXION_MAX_DEG,
        PostureRange.LATERAL_BEND_MAX_DEG, PostureRange.AXIAL_ROTATION_MAX_DEG, PostureRange.HIP_FLEXION_MAX_DEG,
        PostureRange.KNEE_FLEXION_MAX_DEG, PostureRange.SHOULDER_FLEXION_MAX_DEG, PostureRange.ELBOW_FLEXION_MAX_DEG,
        PostureRange.BODY_ROLL_MAX_DEG, PostureRange.ANKLE_PLANTAR_FLEXION_MAX_DEG,
        PostureRange.SHOULDER_ABDUCTION_MAX_DEG, PostureRange.HIP_ADDUCTION_MAX_DEG};

    /**
     * Kinematics read and filtered.
     *
     * @param timeS frame times (s)
     * @param frames each frame's posture, filtered
     * @param filterBoundedValues filtered angle values that the filter's ringing took outside the
     *     model's range although the recorded value was inside it, set to the nearest bound
     * @param outOfRange per frame, why its recorded values are outside the model's range (every such
     *     field, its value and the range), or null; such a frame's posture is null (without clamping)
     * @param clampedFrames frames whose recorded values were clamped into the range ({@code clamp})
     * @param loadMassKg per frame, the mass held in both hands (kg) from the column {@value #LOAD_MASS_COLUMN}
     *     (not filtered), or null without that column
     * @param l5s1AccelerationMps2 per frame, the acceleration of the L5-S1 joint centre in the model's
     *     world frame (m/s²; x anterior, y up, z right; zero in the first and last frames) from the
     *     OpenSim pelvis translation and orientation, or null without {@code pelvis_t*} columns
     * @param sampleRateHz the sampling rate (Hz): the reciprocal of the mean time step
     * @param cutoffs with {@link #AUTO_CUTOFF}, each filtered channel that is not constant and the
     *     cut-off residual analysis chose for it, in the order of the angles then the joint path's
     *     axes; else empty
     */
    record Kinematics(double[] timeS, List<Posture> frames, int filterBoundedValues, List<String> outOfRange,
                      int clampedFrames, double[] loadMassKg, double[][] l5s1AccelerationMps2, double sampleRateHz,
                      List<ChannelCutoff> cutoffs) {
        /** @return the number of frames outside the model's range that have no posture */
        int outOfRangeFrames() {
            int k = 0;
            for (Posture p : frames) {
                k += p == null ? 1 : 0;
            }
            return k;
        }
    }

    /**
     * The cut-off residual analysis chose for one channel.
     *
     * @param channel the channel: a posture angle's task-file name or one of {@link #JOINT_PATH_CHANNELS}
     * @param unit its unit ({@code deg} or {@code m})
     * @param choice the cut-off and the noise estimate
     */
    record ChannelCutoff(String channel, String unit, ResidualAnalysis.Choice choice) {
    }

    static Kinematics read(Path file, double cutoffHz, boolean clamp) {
        return read(file, cutoffHz, clamp, Smoothing.BUTTERWORTH);
    }

    /**
     * How the recorded angles and the L5-S1 joint's path are smoothed before the central differences
     * of the inverse dynamics (docs/research/real-motion/dynamics-check.md compares the two).
     */
    enum Smoothing {
        /** Zero-lag 2nd-order Butterworth low-pass run forwards and backwards ({@link MotionFile#filter}). */
        BUTTERWORTH,
        /** Savitzky-Golay cubic smoothing with the same -3 dB frequency ({@link SavitzkyGolay}). */
        SAVITZKY_GOLAY;

        /** @return the smoothed samples (a copy) */
        double[] apply(double[] x, double sampleRateHz, double cutoffHz) {
            return this == BUTTERWORTH ? filter(x, sampleRateHz, cutoffHz) : SavitzkyGolay.smooth(x, sampleRateHz, cutoffHz);
        }
    }

    /**
     * As {@link #read(Path, double, boolean)} with a choice of smoothing.
     *
     * @param file the motion file
     * @param cutoffHz the smoothing's -3 dB frequency (Hz); 0 for none; {@link #AUTO_CUTOFF}: each channel's own, by residual analysis
     * @param clamp whether recorded values outside the model's range are clamped into it
     * @param smoothing how the angles and the joint's path are smoothed
     * @return the kinematics
     */
    static Kinematics read(Path file, double cutoffHz, boolean clamp, Smoothing smoothing) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));   // a byte-order mark is not part of the header
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
        return parse(file.toString(), lines, cutoffHz, clamp, smoothing);
    }

    /**
     * A column used by the model: its index, its role (OpenSim) or posture field (CSV), and for
     * OpenSim the coordinate's name (its side, for the glenohumeral pairs).
     */
    private record Column(int index, OpenSimCoordinates.Mapping mapping, int field, String coordinate) {
    }

    /**
     * Parses the lines of a motion file.
     *
     * @param file the file's name (its extension selects the format; used in messages)
     * @param lines the file's lines
     * @param cutoffHz low-pass cut-off (Hz); 0 for no filtering; {@link #AUTO_CUTOFF}: each channel's own, by residual analysis
     * @return the kinematics, frames outside the model's range without a posture
     * @throws BadInputException naming the file, line and column of the first problem
     */
    static Kinematics parse(String file, List<String> lines, double cutoffHz) {
        return parse(file, lines, cutoffHz, false);
    }

    /**
     * Parses the lines of a motion file.
     *
     * @param file the file's name (its extension selects the format; used in messages)
     * @param lines the file's lines
     * @param cutoffHz low-pass cut-off (Hz); 0 for no filtering; {@link #AUTO_CUTOFF}: each channel's own, by residual analysis
     * @param clamp whether recorded values outside the model's range are clamped into it (else such a
     *     frame has no posture and a reason)
     * @return the kinematics
     * @throws BadInputException naming the file, line and column of the first problem
     */
    static Kinematics parse(String file, List<String> lines, double cutoffHz, boolean clamp) {
        return parse(file, lines, cutoffHz, clamp, Smoothing.BUTTERWORTH);
    }

    /**
     * @return for a line of column names read as a single name that holds the other format's separator,
     *     what the format separates its columns with; else empty
     */
    private static String separatorHint(boolean openSim, String[] names) {
        if (names.length != 1) {
            return "";
        }
        if (openSim && names[0].contains(",")) {
            return " (one name: the columns of an OpenSim .mot or .sto file are separated by tabs or spaces, not commas)";
        }
        if (!openSim && (names[0].contains("\t") || names[0].contains(";") || names[0].contains(" "))) {
            return " (one name: the columns of a .csv motion file are separated by commas)";
        }
        return "";
    }

    /**
     * Parses the lines of a motion file with a choice of smoothing.
     *
     * @param file the file's name (its extension selects the format; used in messages)
     * @param lines the file's lines
     * @param cutoffHz the smoothing's -3 dB frequency (Hz); 0 for none; {@link #AUTO_CUTOFF}: each channel's own, by residual analysis
     * @param clamp whether recorded values outside the model's range are clamped into it
     * @param smoothing how the angles and the joint's path are smoothed
     * @return the kinematics
     * @throws BadInputException naming the file, line and column of the first problem
     */
    static Kinematics parse(String file, List<String> lines, double cutoffHz, boolean clamp, Smoothing smoothing) {
        String name = file.toLowerCase(Locale.ROOT);
        boolean openSim = name.endsWith(".mot") || name.endsWith(".sto");
        if (!openSim && !name.endsWith(".csv")) {
            throw new BadInputException(file + ": unknown motion format; use .csv, .mot or .sto");
        }
        int headerLine = 0;
        boolean degrees = true;
        String separator = ",";
        // a Moco trajectory's states are its first num_states columns after time; controls, multipliers,
        // derivatives, slacks and parameters follow (MocoTrajectory's file layout); -1: not a Moco trajectory
        int mocoStates = -1;
        if (openSim) {
            separator = "\\s+";
            int i = 0;
            while (i < lines.size() && !lines.get(i).trim().equalsIgnoreCase("endheader")) {
                String l = lines.get(i).trim().toLowerCase(Locale.ROOT);
                int eq = l.indexOf('=');
                // a key = value line, spaces around '=' allowed (before, "inDegrees = no" was not
                // recognised and a file in radians was read as degrees)
                if (eq > 0 && l.substring(0, eq).trim().equals("indegrees")) {
                    String v = l.substring(eq + 1).trim();
                    if (!v.equals("yes") && !v.equals("no")) {
                        throw new BadInputException(file + ":" + (i + 1) + ": inDegrees = \"" + v
                                + "\" is neither yes nor no");
                    }
                    degrees = v.equals("yes");
                }
                if (eq > 0 && l.substring(0, eq).trim().equals("num_states")) {
                    String v = l.substring(eq + 1).trim();
                    if (!v.matches("[0-9]{1,9}")) {
                        throw new BadInputException(file + ":" + (i + 1) + ": num_states = \"" + v
                                + "\" is not a count of columns");
                    }
                    mocoStates = Integer.parseInt(v);
                }
                i++;
            }
            if (i == lines.size()) {
                throw new BadInputException(file + ": no 'endheader' line; not an OpenSim motion file");
            }
            headerLine = i + 1;
        }
        while (headerLine < lines.size() && (lines.get(headerLine).isBlank() || lines.get(headerLine).startsWith("#"))) {
            headerLine++;
        }
        if (headerLine >= lines.size()) {
            throw new BadInputException(file + ": no column names");
        }
        String[] names = lines.get(headerLine).trim().split(separator);
        int timeCol = -1;
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            names[c] = names[c].trim();
            // the two force plates of a SIMM-era combined file write the same external-load names; those
            // columns are not read (below), and a Moco trajectory's columns after its states are not either
            Integer before = openSim && (OpenSimCoordinates.isExternalLoad(names[c]) || mocoStates >= 0 && c > mocoStates)
                    ? null : seen.put(names[c], c);
            if (before != null) {
                throw new BadInputException(file + ":" + (headerLine + 1) + ":" + (c + 1) + ": column \"" + names[c]
                        + "\" appears twice (columns " + (before + 1) + " and " + (c + 1) + ")");
            }
            if (names[c].equals("time") || names[c].equals("timeS")) {
                timeCol = c;
            }
        }
        if (timeCol < 0) {
            throw new BadInputException(file + ":" + (headerLine + 1) + ": no 'time' column among "
                    + String.join(", ", names).replace('\t', ' ') + separatorHint(openSim, names));
        }
        List<Column> columns = new ArrayList<>();
        boolean knees = false;
        boolean beta = false;
        int massCol = -1;
        // columns whose cells are not read at all (not even checked to be numbers): a Moco trajectory's
        // columns after its states (its parameters are NaN after the first row) and external loads
        boolean[] unread = new boolean[names.length];
        int firstExternal = -1;
        for (int c = 0; c < names.length; c++) {
            if (c == timeCol) {
                continue;
            }
            if (names[c].equals(LOAD_MASS_COLUMN)) {
                massCol = c;
                continue;
            }
            if (openSim && mocoStates >= 0 && c > mocoStates) {
                unread[c] = true;
                continue;
            }
            if (openSim) {
                String coordinate = OpenSimCoordinates.coordinate(names[c]);
                if (coordinate == null) {
                    continue;
                }
                if (OpenSimCoordinates.isExternalLoad(coordinate)) {
                    // a ground reaction written beside the kinematics (SIMM-era combined files) is not read;
                    // a file of external loads alone is refused below, naming its first such column
                    unread[c] = true;
                    firstExternal = firstExternal < 0 ? c : firstExternal;
                    continue;
                }
                OpenSimCoordinates.Mapping m = OpenSimCoordinates.of(coordinate);
                if (m == null) {
                    throw new BadInputException(file + ":" + (headerLine + 1) + ":" + (c + 1) + ": unknown coordinate \""
                            + names[c] + "\"; accepted: " + String.join(", ", OpenSimCoordinates.acceptedNames())
                            + " (docs/motion-coordinates.md)");
                }
                beta |= coordinate.startsWith("knee_angle_") && coordinate.endsWith("_beta");
                if (m.role() != OpenSimCoordinates.Role.IGNORED) {
                    columns.add(new Column(c, m, -1, coordinate));
                    knees |= m.role() == OpenSimCoordinates.Role.KNEE_ANGLE;
                }
            } else {
                int field = TaskReader.POSTURE_ANGLES.indexOf(names[c]);
                if (field < 0) {
                    throw new BadInputException(file + ":" + (headerLine + 1) + ":" + (c + 1) + ": unknown column \""
                            + names[c] + "\"; accepted: time, " + String.join(", ", TaskReader.POSTURE_ANGLES));
                }
                columns.add(new Column(c, null, field, null));
            }
        }
        if (openSim && columns.stream().noneMatch(c -> c.mapping().role().describesPosture())) {
            if (firstExternal >= 0) {
                throw new BadInputException(file + ":" + (headerLine + 1) + ":" + (firstExternal + 1)
                        + ": unknown coordinate \"" + names[firstExternal] + "\" (an external-load column, as in a "
                        + "ground-reaction file: give the kinematics file, the inverse-kinematics result); accepted: "
                        + String.join(", ", OpenSimCoordinates.acceptedNames()) + " (docs/motion-coordinates.md)");
            }
            // before, such a file (marker positions, a block's translation) ran as a subject standing still
            throw new BadInputException(file + ":" + (headerLine + 1) + ": no column describes the posture (none of "
                    + "the pelvis rotations, lumbar, hip, knee, shoulder or elbow coordinates"
                    + (columns.isEmpty() ? "" : "; read and not used: " + names[columns.get(0).index()] + " ("
                    + columns.get(0).mapping().why() + ")" + (columns.size() > 1 ? " and " + (columns.size() - 1) + " more" : ""))
                    + "): give the inverse-kinematics result of a full-body model (docs/motion-coordinates.md)");
        }
        if (openSim) {
            checkLumbarColumns(file, headerLine, names, columns);
            checkShoulderColumns(file, headerLine, names, columns);
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        // the last row's cells' printed steps
        double[] lastResolution = null;
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (l.isEmpty()) {
                continue;
            }
            if (rows.size() == MAX_FRAMES) {
                throw new BadInputException(file + ":" + (i + 1) + ": more than " + MAX_FRAMES + " frames (the most one file may hold)");
            }
            // keep trailing empty cells (a line cut after its separator names the empty cell, as one inside
            // does); empty cells beyond the header's columns are trailing separators, ignored as before
            String[] cells = l.split(separator, -1);
            if (cells.length > names.length && String.join("", java.util.Arrays.copyOfRange(cells, names.length,
                    cells.length)).isBlank()) {
                cells = java.util.Arrays.copyOf(cells, names.length);
            }
            if (cells.length != names.length) {
                throw new BadInputException(file + ":" + (i + 1) + ": " + cells.length + " values, expected " + names.length);
            }
            double[] row = new double[names.length];
            double[] resolution = new double[names.length];
            for (int c = 0; c < cells.length; c++) {
                if (unread[c]) {
                    continue;
                }
                try {
                    row[c] = DecimalText.parse(cells[c]);
                } catch (NumberFormatException e) {
                    row[c] = Double.NaN;
                }
                if (!Double.isFinite(row[c])) {
                    throw new BadInputException(file + ":" + (i + 1) + ":" + (c + 1) + ": \"" + cells[c].trim()
                            + "\" (" + names[c] + ") is not a finite number");
                }
                resolution[c] = printedResolution(cells[c].trim());
            }
            if (openSim && !degrees) {
                checkRadians(file, i + 1, names, columns, row);
            }
            double time = row[timeCol];
            if (Math.abs(time) > MAX_ABS_TIME_S) {
                throw new BadInputException(file + ":" + (i + 1) + ":" + (timeCol + 1) + ": time " + time
                        + " s is outside " + RangeText.withUnit(-MAX_ABS_TIME_S, MAX_ABS_TIME_S, "s"));
            }
            if (massCol >= 0 && !(row[massCol] >= 0 && row[massCol] <= HandLoad.MAX_MASS_KG)) {
                throw new BadInputException(file + ":" + (i + 1) + ":" + (massCol + 1) + ": " + LOAD_MASS_COLUMN + " = "
                        + row[massCol] + " kg is outside " + RangeText.withUnit(0, HandLoad.MAX_MASS_KG, "kg"));
            }
            if (!rows.isEmpty() && repeats(row, resolution, rows.get(rows.size() - 1), lastResolution, unread, timeCol)) {
                // OpenSim's RRA and CMC write their last state twice (the same time and values to the last
                // printed digit or to round-off): a repeated sample, skipped
                continue;
            }
            if (!rows.isEmpty() && !(time > rows.get(rows.size() - 1)[timeCol])) {
                throw new BadInputException(file + ":" + (i + 1) + ":" + (timeCol + 1) + ": time " + time
                        + " s does not increase (previous " + rows.get(rows.size() - 1)[timeCol] + " s)");
            }
            rows.add(row);
            rowLines.add(i + 1);
            lastResolution = resolution;
        }
        int n = rows.size();
        if (n < 3) {
            throw new BadInputException(file + ": " + n + " frames; at least 3 are needed");
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rows.get(i)[timeCol];
        }
        if (t[n - 1] - t[0] > MAX_DURATION_S) {
            throw new BadInputException(file + ":" + rowLines.get(n - 1) + ":" + (timeCol + 1) + ": the recording lasts "
                    + (t[n - 1] - t[0]) + " s, more than " + MAX_DURATION_S + " s (one week)");
        }
        double dt = (t[n - 1] - t[0]) / (n - 1);
        if (dt < MIN_STEP_S) {
            throw new BadInputException(file + ":" + rowLines.get(1) + ":" + (timeCol + 1) + ": time step " + dt
                    + " s is shorter than " + MIN_STEP_S + " s (the shortest the inverse dynamics accepts)");
        }
        // times printed with few digits (60 Hz at 0.001 s: 0.017, 0.033, 0.050) are each rounded by up to
        // half their last digit, so a step may differ from the mean by one printed digit more; only when the
        // printed step is fine beside the sampling step (else the times cannot show uniform sampling)
        double timeResolution = decimalGridStep(t);
        double rounding = timeResolution <= MAX_TIME_RESOLUTION_PER_STEP * dt ? timeResolution : 0;
        boolean rounded = false;
        for (int i = 1; i < n; i++) {
            rounded |= Math.abs(t[i] - t[i - 1] - dt) > 0.01 * dt;
            if (Math.abs(t[i] - t[i - 1] - dt) > 0.01 * dt + rounding) {
                throw new BadInputException(file + ":" + rowLines.get(i) + ":" + (timeCol + 1) + ": time step "
                        + (t[i] - t[i - 1]) + " s differs from the mean " + dt + " s by more than 1 %"
                        + (rounding > 0 ? " and the times' rounding of " + rounding + " s" : "")
                        + " (uniform sampling needed; OpenSim's CMC, RRA and forward results are written at"
                        + " the integrator's own steps: resample them)");
            }
        }
        if (rounded) {
            // uniform only within the times' rounding: the frames are the uniform grid those times round
            // (each within one printed digit of the file's), as the inverse dynamics needs
            for (int i = 1; i < n; i++) {
                t[i] = t[0] + i * dt;
            }
        }
        double sampleRateHz = 1 / dt;
        boolean auto = cutoffHz == AUTO_CUTOFF;
        if (auto && smoothing != Smoothing.BUTTERWORTH) {
            throw new IllegalArgumentException("residual analysis chooses the Butterworth filter's cut-off only");
        }
        if (cutoffHz > 0 && cutoffHz < MIN_CUTOFF_PER_SAMPLE_RATE * sampleRateHz) {
            throw new BadInputException(String.format(Locale.ROOT, "--cutoff-hz = %s Hz is too low for the sampling rate"
                    + " of %s (%.4g Hz): the filter cannot be built below %s of it; give 0 (no filter) or a cut-off in"
                    + " %s", cutoffHz, file, sampleRateHz, MIN_CUTOFF_PER_SAMPLE_RATE,
                    RangeText.withUnit(MIN_CUTOFF_PER_SAMPLE_RATE * sampleRateHz, MotionCommand.MAX_CUTOFF_HZ, "Hz")));
        }
        double[][] raw = new double[ANGLES][n];
        boolean flipKnee = openSim && knees && !beta && mostlyNegative(rows, columns, degrees);
        List<String> outOfRange = new ArrayList<>(n);
        int clamped = 0;
        for (int i = 0; i < n; i++) {
            double[] frame = openSim ? openSimAngles(rows.get(i), columns, degrees, flipKnee) : csvAngles(rows.get(i), columns);
            String reason = outOfRangeReason(frame, openSim);
            outOfRange.add(clamp ? null : reason);
            clamped += clamp && reason != null ? 1 : 0;
            for (int f = 0; f < ANGLES; f++) {
                // the filter's input stays in range: a wild frame must not spread to its neighbours
                raw[f][i] = Math.max(MIN_DEG[f], Math.min(MAX_DEG[f], frame[f]));
            }
        }
        if (!clamp) {
            bridgeOutOfRange(raw, outOfRange);
        }
        int bounded = 0;
        double[][] filtered = new double[ANGLES][];
        List<ChannelCutoff> cutoffs = new ArrayList<>();
        for (int f = 0; f < ANGLES; f++) {
            double fc = cutoffHz;
            if (auto) {
                ResidualAnalysis.Choice c = ResidualAnalysis.choose(raw[f], sampleRateHz);
                fc = c.cutoffHz();
                if (!c.constant()) {
                    cutoffs.add(new ChannelCutoff(TaskReader.POSTURE_ANGLES.get(f), "deg", c));
                }
            }
            filtered[f] = smoothing.apply(raw[f], sampleRateHz, fc);
            for (int i = 0; i < n; i++) {
                // the filter's input is in range (clamped above): keep its ringing inside it too
                if (filtered[f][i] < MIN_DEG[f] || filtered[f][i] > MAX_DEG[f]) {
                    filtered[f][i] = Math.max(MIN_DEG[f], Math.min(MAX_DEG[f], filtered[f][i]));
                    bounded++;
                }
            }
        }
        // without a shoulder column the arms hang under gravity in every frame (as in task files)
        boolean armsHang = columns.stream().noneMatch(c -> c.field() == SHOULDER
                || c.mapping() != null && (c.mapping().role() == OpenSimCoordinates.Role.SHOULDER_FLEXION
                || c.mapping().role() == OpenSimCoordinates.Role.SHOULDER_ELEVATION));
        List<Posture> frames = new ArrayList<>(n);
        double[] frame = new double[ANGLES];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < ANGLES; f++) {
                frame[f] = filtered[f][i];
            }
            frames.add(outOfRange.get(i) == null ? posture(frame, armsHang) : null);
        }
        double[] mass = null;
        if (massCol >= 0) {
            mass = new double[n];
            for (int i = 0; i < n; i++) {
                mass[i] = rows.get(i)[massCol];
            }
        }
        double[][] base = openSim ? l5s1AccelerationMps2(rows, columns, degrees, dt, cutoffHz, smoothing, cutoffs) : null;
        for (int i = 0; base != null && i < n; i++) {
            for (int a = 0; a < 3; a++) {
                if (!(Math.abs(base[i][a]) <= LumbarModel.MAX_L5S1_ACCELERATION_MPS2)) {
                    throw new BadInputException(file + ":" + rowLines.get(i) + ": the pelvis columns give the L5-S1 "
                            + "joint centre an acceleration of " + base[i][a] + " m/s2 along " + "xyz".charAt(a)
                            + " at " + t[i] + " s; allowed range [" + -LumbarModel.MAX_L5S1_ACCELERATION_MPS2 + ", "
                            + LumbarModel.MAX_L5S1_ACCELERATION_MPS2 + "] m/s2");
                }
            }
        }
        return new Kinematics(t, frames, bounded, java.util.Collections.unmodifiableList(outOfRange), clamped, mass,
                base, sampleRateHz, List.copyOf(cutoffs));
    }

    /**
     * The step of a number as printed: one unit of its last digit ({@code "0.017"}: 0.001; {@code "1.5e-3"}:
     * 0.0001; {@code "12"}: 1), the most it was rounded by twice over.
     *
     * @param cell a finite number's text
     * @return the value of one unit in its last printed digit
     */
    static double printedResolution(String cell) {
        String c = cell.toLowerCase(Locale.ROOT);
        int e = c.indexOf('e');
        int exponent = 0;
        if (e >= 0) {
            String x = c.substring(e + 1).replace("+", "");
            // beyond ±400 the step is 0 or infinite anyway (and the digits might not fit an int)
            exponent = x.replace("-", "").length() > 3 ? (x.startsWith("-") ? -400 : 400) : Integer.parseInt(x);
            c = c.substring(0, e);
        }
        int dot = c.indexOf('.');
        int decimals = dot < 0 ? 0 : c.length() - dot - 1;
        return Math.pow(10, exponent - decimals);
    }

    /**
     * The coarsest decimal step all times lie on (s): 0.001 for 60 Hz times rounded to the millisecond
     * however they are printed ({@code 0.017}, {@code 0.01700000}, {@code 0.41700000000000004});
     * 0 when they lie on no step of {@value #MAX_TIME_DECIMALS} decimals or fewer (exact 1/60 s steps).
     * A time lies on a step when it is that step's multiple within double round-off.
     */
    static double decimalGridStep(double[] t) {
        for (int k = 0; k <= MAX_TIME_DECIMALS; k++) {
            double scale = Math.pow(10, k);
            boolean on = true;
            for (int i = 0; i < t.length && on; i++) {
                on = Math.abs(t[i] * scale - Math.rint(t[i] * scale)) <= 1e-9 * Math.max(1, Math.abs(t[i] * scale));
            }
            if (on) {
                return 1 / scale;
            }
        }
        return 0;
    }

    /** Most decimals of a time's rounding {@link #decimalGridStep} looks for (1 ns). */
    static final int MAX_TIME_DECIMALS = 9;

    /**
     * Relative round-off within which two values written for the same state count as equal: RRA's repeated
     * last state in the Gait2354 and Hamner pipelines of opensim-models differs from the row before by up
     * to 5e-11 of a value (the end state computed twice). A judgement, far below any change of a measured
     * or simulated coordinate between two samples.
     */
    static final double REPEAT_RELATIVE_TOLERANCE = 1e-9;

    /**
     * Relative round-off within which the time of a repeated state equals the previous one: 4e-14 of it in
     * the same files (2.7e-14 s at 1.249 s, 6.6e-14 s at 1.599 s). A judgement, 25 times that.
     */
    static final double REPEAT_TIME_RELATIVE_TOLERANCE = 1e-12;

    /**
     * Whether a row repeats the one before it: its time equal within {@link #REPEAT_TIME_RELATIVE_TOLERANCE}
     * of its magnitude, every other read cell within {@link #REPEAT_RELATIVE_TOLERANCE} of its magnitude (at
     * least 1) or the coarser of the two cells' printed steps.
     */
    private static boolean repeats(double[] row, double[] resolution, double[] previous, double[] previousResolution,
                                   boolean[] unread, int timeCol) {
        for (int c = 0; c < row.length; c++) {
            double tolerance = c == timeCol ? REPEAT_TIME_RELATIVE_TOLERANCE * Math.abs(row[c])
                    : Math.max(Math.max(resolution[c], previousResolution[c]),
                    REPEAT_RELATIVE_TOLERANCE * Math.max(1, Math.abs(row[c])));
            if (!unread[c] && Math.abs(row[c] - previous[c]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * The most a rotational coordinate used by the model can be in a file in radians (rad): a full turn.
     * A larger value means angles in degrees under an {@code inDegrees=no} header, as OpenSim 3's
     * analyses wrote (opensim-core issue #2761; the Gait2392 pipeline's CMC and RRA {@code Kinematics_q.sto}
     * in opensim-org/opensim-models hold 18 for an 18 deg hip flexion). The heading
     * ({@code pelvis_rotation}) may wind beyond a turn and is not checked.
     */
    static final double MAX_RADIANS = 2 * Math.PI;

    /** A file in radians whose angle exceeds {@link #MAX_RADIANS} is refused at that cell. */
    private static void checkRadians(String file, int line, String[] names, List<Column> columns, double[] row) {
        for (Column c : columns) {
            OpenSimCoordinates.Role role = c.mapping().role();
            if (role.describesPosture() && role != OpenSimCoordinates.Role.PELVIS_ROTATION
                    && !(Math.abs(row[c.index()]) <= MAX_RADIANS)) {
                throw new BadInputException(file + ":" + line + ":" + (c.index() + 1) + ": " + names[c.index()] + " = "
                        + row[c.index()] + " rad (" + Math.round(Math.toDegrees(row[c.index()])) + " deg) is more than a "
                        + "full turn: the header says inDegrees=no (radians); if the file holds degrees (OpenSim 3's "
                        + "analyses wrote inDegrees=no over degrees), set inDegrees=yes");
            }
        }
    }

    /**
     * Replaces every angle of each frame out of range by the linear interpolation between the nearest
     * frames in range before and after it (the nearest one's value at either end; unchanged if no
     * frame is in range): the filter's input for frames that get no posture.
     */
    private static void bridgeOutOfRange(double[][] raw, List<String> outOfRange) {
        int n = outOfRange.size();
        int i = 0;
        while (i < n) {
            if (outOfRange.get(i) == null) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && outOfRange.get(end) != null) {
                end++;
            }
            int before = i - 1;
            int after = end < n ? end : -1;
            for (int j = i; j < end; j++) {
                for (double[] angle : raw) {
                    if (before >= 0 && after >= 0) {
                        double u = (j - before) / (double) (after - before);
                        angle[j] = angle[before] + u * (angle[after] - angle[before]);
                    } else if (before >= 0 || after >= 0) {
                        angle[j] = angle[before >= 0 ? before : after];
                    }
                }
            }
            i = end;
        }
    }

    /**
     * @param frame a frame's recorded posture angles (deg)
     * @param openSim whether they come from OpenSim coordinates
     * @return every angle outside the model's range with its value and the range, joined by
     *     {@code "; "} (no commas: a CSV cell), or null if all are in range
     */
    private static String outOfRangeReason(double[] frame, boolean openSim) {
        StringBuilder b = new StringBuilder();
        for (int f = 0; f < ANGLES; f++) {
            if (!(frame[f] >= MIN_DEG[f] && frame[f] <= MAX_DEG[f])) {
                b.append(b.length() == 0 ? "" : "; ").append(TaskReader.POSTURE_ANGLES.get(f)).append(" = ")
                        .append(frame[f]).append(" deg is outside ")
                        .append(RangeText.interval(MIN_DEG[f], MAX_DEG[f], " to ")).append(" deg");
            }
        }
        if (b.length() > 0 && openSim) {
            b.append(" (from the OpenSim coordinates of this row)");
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static Posture posture(double[] a, boolean armsHang) {
        return new Posture(a[TRUNK], a[LUMBAR], a[BEND], a[TWIST], a[HIP], a[KNEE], armsHang ? Double.NaN : a[SHOULDER],
                a[ELBOW], a[ROLL], Set.of(Support.FEET), armsHang, a[ANKLE], a[ABDUCTION],
                a[ADDUCTION]);
    }

    /** A single-joint lumbar column ({@code lumbar_extension}) and per-level ones cannot be mixed. */
    private static void checkLumbarColumns(String file, int headerLine, String[] names, List<Column> columns) {
        for (Column a : columns) {
            for (Column b : columns) {
                if (a.mapping().role() == b.mapping().role() && a.mapping().summed() != b.mapping().summed()) {
                    throw new BadInputException(file + ":" + (headerLine + 1) + ":" + (b.index() + 1) + ": \""
                            + names[b.index()] + "\" and \"" + names[a.index()] + "\" describe the same lumbar motion "
                            + "(per-level and single-joint lumbar coordinates cannot be mixed)");
                }
            }
        }
    }

    /**
     * A glenohumeral plane of elevation needs its side's elevation and the reverse (the pair gives the
     * arm's direction), and the pairs cannot be mixed with {@code arm_flex} columns.
     */
    private static void checkShoulderColumns(String file, int headerLine, String[] names, List<Column> columns) {
        Column flexion = null;
        Column pair = null;
        for (Column a : columns) {
            OpenSimCoordinates.Role role = a.mapping().role();
            flexion = role == OpenSimCoordinates.Role.SHOULDER_FLEXION ? a : flexion;
            if (role != OpenSimCoordinates.Role.SHOULDER_ELEVATION_PLANE && role != OpenSimCoordinates.Role.SHOULDER_ELEVATION) {
                continue;
            }
            pair = a;
            OpenSimCoordinates.Role other = role == OpenSimCoordinates.Role.SHOULDER_ELEVATION
                    ? OpenSimCoordinates.Role.SHOULDER_ELEVATION_PLANE : OpenSimCoordinates.Role.SHOULDER_ELEVATION;
            String otherName = other == OpenSimCoordinates.Role.SHOULDER_ELEVATION ? "sh_elev" : "sh_plane_elev";
            if (columns.stream().noneMatch(b -> b.mapping().role() == other && side(b) == side(a))) {
                throw new BadInputException(file + ":" + (headerLine + 1) + ":" + (a.index() + 1) + ": \"" + names[a.index()]
                        + "\" needs the column " + otherName + "_" + side(a) + " (the two give the arm's direction)");
            }
        }
        if (flexion != null && pair != null) {
            throw new BadInputException(file + ":" + (headerLine + 1) + ":" + (pair.index() + 1) + ": \""
                    + names[pair.index()] + "\" and \"" + names[flexion.index()] + "\" describe the same shoulder "
                    + "(glenohumeral and arm_flex coordinates cannot be mixed)");
        }
    }

    /** The side of an OpenSim coordinate ({@code 'r'} or {@code 'l'}, its last letter). */
    private static char side(Column c) {
        return c.coordinate().charAt(c.coordinate().length() - 1);
    }

    /**
     * A Y-X-Y glenohumeral joint's shoulder flexion (deg): the angle of the humerus in the thorax's
     * sagittal plane, {@code atan2(sin(plane) sin(elevation), cos(elevation))}. The humerus, hanging
     * along -Y at zero, turned by the elevation about -X and then by the plane of elevation about Y
     * (right arm; the left arm's joint mirrors both axes, +X and -Y), points along
     * {@code (sin(plane) sin(elevation), -cos(elevation), ±cos(plane) sin(elevation))}; its angle in the
     * X-Y plane is what {@code arm_flex} is for the Rajagopal family's Z-X-Y shoulder
     * ({@code Rz(flex) Rx(add)} takes -Y to {@code (sin(flex) cos(add), -cos(flex) cos(add), ...)}), so
     * both families give the same shoulder flexion for the same arm.
     */
    static double shoulderFlexionFromElevationDeg(double planeDeg, double elevationDeg) {
        double p = Math.toRadians(planeDeg), e = Math.toRadians(elevationDeg);
        return Math.toDegrees(Math.atan2(Math.sin(p) * Math.sin(e), Math.cos(e)));
    }

    private static double[] csvAngles(double[] row, List<Column> columns) {
        double[] a = new double[ANGLES];
        for (Column c : columns) {
            a[c.field()] = row[c.index()];
        }
        return a;
    }

    /** The posture angles of one row of OpenSim coordinates (deg). */
    private static double[] openSimAngles(double[] row, List<Column> columns, boolean degrees, boolean flipKnee) {
        double[] sum = new double[OpenSimCoordinates.Role.values().length];
        int[] count = new int[sum.length];
        for (Column c : columns) {
            int r = c.mapping().role().ordinal();
            sum[r] += degrees ? row[c.index()] : Math.toDegrees(row[c.index()]);
            count[r]++;
        }
        double[] a = new double[ANGLES];
        double lumbar = -combined(sum, count, OpenSimCoordinates.Role.LUMBAR_EXTENSION, columns);
        double[] pelvis = pelvisForwardAndRollDeg(sum[OpenSimCoordinates.Role.PELVIS_TILT.ordinal()],
                sum[OpenSimCoordinates.Role.PELVIS_LIST.ordinal()], sum[OpenSimCoordinates.Role.PELVIS_ROTATION.ordinal()]);
        a[TRUNK] = pelvis[0] + lumbar;
        a[LUMBAR] = lumbar;
        a[BEND] = combined(sum, count, OpenSimCoordinates.Role.LUMBAR_BENDING, columns);
        a[TWIST] = combined(sum, count, OpenSimCoordinates.Role.LUMBAR_ROTATION, columns);
        a[HIP] = combined(sum, count, OpenSimCoordinates.Role.HIP_FLEXION, columns);
        double knee = combined(sum, count, OpenSimCoordinates.Role.KNEE_ANGLE, columns);
        a[KNEE] = flipKnee ? -knee : knee;
        a[SHOULDER] = count[OpenSimCoordinates.Role.SHOULDER_ELEVATION.ordinal()] > 0
                ? glenohumeralFlexion(row, columns, degrees)
                : combined(sum, count, OpenSimCoordinates.Role.SHOULDER_FLEXION, columns);
        a[ELBOW] = combined(sum, count, OpenSimCoordinates.Role.ELBOW_FLEXION, columns);
        a[ROLL] = pelvis[1];
        return a;
    }

    /** The mean over both sides of {@link #shoulderFlexionFromElevationDeg} (deg). */
    private static double glenohumeralFlexion(double[] row, List<Column> columns, boolean degrees) {
        double sum = 0;
        int arms = 0;
        for (Column e : columns) {
            if (e.mapping().role() != OpenSimCoordinates.Role.SHOULDER_ELEVATION) {
                continue;
            }
            for (Column p : columns) {
                if (p.mapping().role() == OpenSimCoordinates.Role.SHOULDER_ELEVATION_PLANE && side(p) == side(e)) {
                    double plane = row[p.index()], elevation = row[e.index()];
                    sum += shoulderFlexionFromElevationDeg(degrees ? plane : Math.toDegrees(plane),
                            degrees ? elevation : Math.toDegrees(elevation));
                    arms++;
                }
            }
        }
        return sum / arms;
    }

    /** Sum (per-level joints) or mean (both sides) of a role's columns; 0 when absent. */
    private static double combined(double[] sum, int[] count, OpenSimCoordinates.Role role, List<Column> columns) {
        int r = role.ordinal();
        if (count[r] == 0) {
            return 0;
        }
        boolean summed = false;
        for (Column c : columns) {
            summed |= c.mapping().role() == role && c.mapping().summed();
        }
        return summed ? sum[r] : sum[r] / count[r];
    }

    /**
     * The pelvis's forward rotation in its own sagittal plane and its roll (deg), from OpenSim's
     * ground-pelvis rotation {@code R = Rz(tilt) Rx(list) Ry(rotation)} with the heading about the
     * vertical (ground Y) removed: the heading {@code h} is the rotation about Y that brings the
     * pelvis's lateral axis into the ground's Y-Z plane (pointing to +Z), and what is left,
     * {@code Ry(h) R}, is the model's pelvis orientation {@code Rx(roll) Rz(-forward)}.
     *
     * @return {forward, roll, heading} (deg); forward positive = leaning forward, roll positive = onto the
     *     right side; heading {@code h} as above ({@code Ry(h)} turns a ground vector into the model's frame)
     */
    static double[] pelvisForwardAndRollDeg(double tiltDeg, double listDeg, double rotationDeg) {
        double t = Math.toRadians(tiltDeg), l = Math.toRadians(listDeg), r = Math.toRadians(rotationDeg);
        double ct = Math.cos(t), st = Math.sin(t), cl = Math.cos(l), sl = Math.sin(l), cr = Math.cos(r), sr = Math.sin(r);
        // columns of R = Rz(t) Rx(l) Ry(r): the pelvis's anterior (x) and lateral (z) axes in the ground
        double xx = ct * cr - st * sl * sr, xy = st * cr + ct * sl * sr, xz = -cl * sr;
        double zx = ct * sr + st * sl * cr, zy = st * sr - ct * sl * cr, zz = cl * cr;
        double rho = Math.hypot(zx, zz);
        double ch = rho > 0 ? zz / rho : 1, sh = rho > 0 ? -zx / rho : 0;
        double roll = Math.atan2(-zy, rho);
        // the anterior axis without the heading; the model's Rx(roll) Rz(-p) has it at (cos p, -cos(roll) sin p, -sin(roll) sin p)
        double ax = ch * xx + sh * xz;
        double az = -sh * xx + ch * xz;
        double sinP = -(Math.cos(roll) * xy + Math.sin(roll) * az);
        return new double[] {Math.toDegrees(Math.atan2(sinP, ax)), Math.toDegrees(roll), Math.toDegrees(Math.atan2(sh, ch))};
    }

    /**
     * The acceleration of the L5-S1 joint centre, placed at OpenSim's back joint
     * ({@link OpenSimCoordinates#BACK_JOINT_IN_PELVIS_M} in the pelvis frame), from the pelvis
     * origin's translation and the pelvis orientation {@code Rz(tilt) Rx(list) Ry(rotation)}: the
     * joint's path in the ground is low-pass filtered as the angles are, differentiated twice by
     * central differences, and each frame's acceleration is turned into that frame's heading-free
     * frame (the model's world: x anterior, y up, z right). With {@link #AUTO_CUTOFF} each axis of
     * the path gets the cut-off residual analysis chooses for it, added to {@code cutoffs}.
     *
     * @return per frame {ax, ay, az} (m/s²), zero at both ends; null without translation columns
     */
    private static double[][] l5s1AccelerationMps2(List<double[]> rows, List<Column> columns, boolean degrees,
                                                   double dt, double cutoffHz, Smoothing smoothing,
                                                   List<ChannelCutoff> cutoffs) {
        int[] translation = {-1, -1, -1};
        int[] rotation = {-1, -1, -1};
        for (Column c : columns) {
            switch (c.mapping().role()) {
                case PELVIS_TX -> translation[0] = c.index();
                case PELVIS_TY -> translation[1] = c.index();
                case PELVIS_TZ -> translation[2] = c.index();
                case PELVIS_TILT -> rotation[0] = c.index();
                case PELVIS_LIST -> rotation[1] = c.index();
                case PELVIS_ROTATION -> rotation[2] = c.index();
                default -> { }
            }
        }
        if (translation[0] < 0 && translation[1] < 0 && translation[2] < 0) {
            return null;
        }
        int n = rows.size();
        double[][] joint = new double[3][n];
        double[] headingRad = new double[n];
        double bx = OpenSimCoordinates.BACK_JOINT_IN_PELVIS_M[0];
        double by = OpenSimCoordinates.BACK_JOINT_IN_PELVIS_M[1];
        for (int i = 0; i < n; i++) {
            double[] row = rows.get(i);
            double t = radians(row, rotation[0], degrees);
            double l = radians(row, rotation[1], degrees);
            double r = radians(row, rotation[2], degrees);
            double ct = Math.cos(t), st = Math.sin(t), cl = Math.cos(l), sl = Math.sin(l), cr = Math.cos(r), sr = Math.sin(r);
            // R e_x and R e_y of R = Rz(t) Rx(l) Ry(r); the joint lies in the pelvis's sagittal plane
            joint[0][i] = (translation[0] < 0 ? 0 : row[translation[0]]) + bx * (ct * cr - st * sl * sr) - by * st * cl;
            joint[1][i] = (translation[1] < 0 ? 0 : row[translation[1]]) + bx * (st * cr + ct * sl * sr) + by * ct * cl;
            joint[2][i] = (translation[2] < 0 ? 0 : row[translation[2]]) - bx * cl * sr + by * sl;
            headingRad[i] = Math.toRadians(pelvisForwardAndRollDeg(Math.toDegrees(t), Math.toDegrees(l),
                    Math.toDegrees(r))[2]);
        }
        for (int a = 0; a < 3; a++) {
            double fc = cutoffHz;
            if (cutoffHz == AUTO_CUTOFF) {
                ResidualAnalysis.Choice c = ResidualAnalysis.choose(joint[a], 1 / dt);
                fc = c.cutoffHz();
                if (!c.constant()) {
                    cutoffs.add(new ChannelCutoff(JOINT_PATH_CHANNELS.get(a), "m", c));
                }
            }
            joint[a] = smoothing.apply(joint[a], 1 / dt, fc);
        }
        double[][] out = new double[n][3];
        for (int i = 1; i < n - 1; i++) {
            double[] g = new double[3];
            for (int a = 0; a < 3; a++) {
                g[a] = (joint[a][i + 1] - 2 * joint[a][i] + joint[a][i - 1]) / (dt * dt);
            }
            double ch = Math.cos(headingRad[i]), sh = Math.sin(headingRad[i]);
            out[i][0] = ch * g[0] + sh * g[2];
            out[i][1] = g[1];
            out[i][2] = -sh * g[0] + ch * g[2];
        }
        return out;
    }

    /** A rotational coordinate of a row in radians, 0 when the column is absent. */
    private static double radians(double[] row, int column, boolean degrees) {
        if (column < 0) {
            return 0;
        }
        return degrees ? Math.toRadians(row[column]) : row[column];
    }

    /** Whether the knee columns' values are mostly negative (negative-flexion model families). */
    private static boolean mostlyNegative(List<double[]> rows, List<Column> columns, boolean degrees) {
        int neg = 0;
        int all = 0;
        for (double[] row : rows) {
            for (Column c : columns) {
                if (c.mapping().role() == OpenSimCoordinates.Role.KNEE_ANGLE) {
                    neg += row[c.index()] < 0 ? 1 : 0;
                    all++;
                }
            }
        }
        return neg > all / 2;
    }

    /**
     * Zero-lag low-pass: a 2nd-order Butterworth filter run forwards and backwards (4th order in
     * effect, no phase shift), over the signal padded at both ends by its odd reflection (one
     * second or three periods of the cut-off, whichever is longer, or the whole signal if shorter).
     * Each pass starts in the steady state of its first value (the filter runs on the signal minus
     * that value, which is added back), so there is no start-up transient and a constant signal
     * comes out unchanged.
     */
    static double[] filter(double[] x, double sampleRateHz, double cutoffHz) {
        if (cutoffHz <= 0 || cutoffHz >= 0.45 * sampleRateHz) {
            return x.clone();
        }
        int n = x.length;
        int pad = (int) Math.min(n - 1, Math.max(Math.round(sampleRateHz), Math.round(3 * sampleRateHz / cutoffHz)));
        double[] y = new double[n + 2 * pad];
        for (int i = 0; i < pad; i++) {
            y[i] = 2 * x[0] - x[pad - i];
            y[n + pad + i] = 2 * x[n - 1] - x[n - 2 - i];
        }
        System.arraycopy(x, 0, y, pad, n);
        for (int pass = 0; pass < 2; pass++) {
            Butterworth b = new Butterworth();
            b.lowPass(ORDER, sampleRateHz, cutoffHz);
            double start = y[0];
            for (int i = 0; i < y.length; i++) {
                y[i] = b.filter(y[i] - start) + start;
            }
            reverse(y);
        }
        double[] out = new double[n];
        System.arraycopy(y, pad, out, 0, n);
        return out;
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
