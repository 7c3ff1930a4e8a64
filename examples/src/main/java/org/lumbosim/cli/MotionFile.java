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
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import uk.me.berndporr.iirj.Butterworth;

/**
 * Reads kinematics over time from a CSV file (column {@code time} in seconds and any posture angle
 * columns named as in task files, degrees) or an OpenSim motion file ({@code .mot}/{@code .sto}:
 * header up to {@code endheader}, {@code inDegrees=yes|no}, then a line of column names and rows of
 * numbers), low-pass filters every angle with a zero-lag Butterworth filter, and builds a posture
 * per frame.
 *
 * <p>OpenSim coordinates map to posture fields as follows: {@code lumbar_extension} to
 * {@code -lumbarFlexionDeg}; {@code lumbar_bending} to {@code lateralBendDeg}; {@code lumbar_rotation}
 * to {@code axialRotationDeg}; {@code pelvis_tilt} (positive = posterior tilt) to a pelvis rotation
 * of {@code -pelvis_tilt}, so {@code trunkFlexionDeg = -pelvis_tilt - lumbar_extension};
 * {@code pelvis_list} to {@code bodyRollDeg}; {@code hip_flexion_r/l}, {@code arm_flex_r/l},
 * {@code elbow_flex_r/l} to the mean of both sides of {@code hipFlexionDeg},
 * {@code shoulderFlexionDeg}, {@code elbowFlexionDeg}; {@code knee_angle_r/l} to
 * {@code kneeFlexionDeg}, negated when the column's values are mostly negative (the gait2392
 * convention of negative flexion; models such as Rajagopal 2016 use positive flexion). Coordinates
 * of the feet, hand, arm ab/adduction and rotation, hip ab/adduction and rotation, and pelvis
 * translations and rotation are known and ignored; any other name is an error.
 */
final class MotionFile {
    private MotionFile() {
    }

    private static final Set<String> IGNORED_PREFIXES = Set.of("pelvis_tx", "pelvis_ty", "pelvis_tz", "pelvis_rotation",
            "hip_adduction", "hip_rotation", "ankle_angle", "subtalar_angle", "mtp_angle", "arm_add", "arm_rot",
            "pro_sup", "wrist_flex", "wrist_dev");
    private static final int ORDER = 2;

    /** Kinematics read and filtered. */
    record Kinematics(double[] timeS, List<Posture> frames) {
    }

    static Kinematics read(Path file, double cutoffHz) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
        return parse(file.toString(), lines, cutoffHz);
    }

    /**
     * Parses the lines of a motion file.
     *
     * @param file the file's name (its extension selects the format; used in messages)
     * @param lines the file's lines
     * @param cutoffHz low-pass cut-off (Hz); 0 for no filtering
     * @return the kinematics
     * @throws BadInputException naming the file, line and column of the first problem
     */
    static Kinematics parse(String file, List<String> lines, double cutoffHz) {
        String name = file.toLowerCase(Locale.ROOT);
        boolean openSim = name.endsWith(".mot") || name.endsWith(".sto");
        if (!openSim && !name.endsWith(".csv")) {
            throw new BadInputException(file + ": unknown motion format; use .csv, .mot or .sto");
        }
        int headerLine = 0;
        boolean degrees = true;
        String separator = ",";
        if (openSim) {
            separator = "\\s+";
            int i = 0;
            while (i < lines.size() && !lines.get(i).trim().equalsIgnoreCase("endheader")) {
                String l = lines.get(i).trim().toLowerCase(Locale.ROOT);
                if (l.startsWith("indegrees=")) {
                    degrees = l.substring("indegrees=".length()).trim().equals("yes");
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
        for (int c = 0; c < names.length; c++) {
            names[c] = names[c].trim();
            if (names[c].equals("time") || names[c].equals("timeS")) {
                timeCol = c;
            }
        }
        if (timeCol < 0) {
            throw new BadInputException(file + ":" + (headerLine + 1) + ": no 'time' column among " + String.join(", ", names));
        }
        Map<String, List<Integer>> mapped = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            if (c == timeCol) {
                continue;
            }
            String field = openSim ? openSimField(names[c]) : csvField(names[c]);
            if (field == null && openSim && ignored(names[c])) {
                continue;
            }
            if (field == null) {
                throw new BadInputException(file + ":" + (headerLine + 1) + ":" + (c + 1) + ": unknown column \""
                        + names[c] + "\"; " + (openSim ? "see the coordinate mapping in docs" : "accepted: time, "
                        + String.join(", ", TaskReader.POSTURE_ANGLES)));
            }
            mapped.computeIfAbsent(field, k -> new ArrayList<>()).add(c);
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (l.isEmpty()) {
                continue;
            }
            String[] cells = l.split(separator);
            if (cells.length != names.length) {
                throw new BadInputException(file + ":" + (i + 1) + ": " + cells.length + " values, expected " + names.length);
            }
            double[] row = new double[names.length];
            for (int c = 0; c < cells.length; c++) {
                try {
                    row[c] = Double.parseDouble(cells[c].trim());
                } catch (NumberFormatException e) {
                    row[c] = Double.NaN;
                }
                if (!Double.isFinite(row[c])) {
                    throw new BadInputException(file + ":" + (i + 1) + ":" + (c + 1) + ": \"" + cells[c].trim()
                            + "\" (" + names[c] + ") is not a finite number");
                }
            }
            if (!rows.isEmpty() && !(row[timeCol] > rows.get(rows.size() - 1)[timeCol])) {
                throw new BadInputException(file + ":" + (i + 1) + ":" + (timeCol + 1) + ": time " + row[timeCol]
                        + " s does not increase (previous " + rows.get(rows.size() - 1)[timeCol] + " s)");
            }
            rows.add(row);
            rowLines.add(i + 1);
        }
        int n = rows.size();
        if (n < 3) {
            throw new BadInputException(file + ": " + n + " frames; at least 3 are needed");
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rows.get(i)[timeCol];
        }
        double dt = (t[n - 1] - t[0]) / (n - 1);
        for (int i = 1; i < n; i++) {
            if (Math.abs(t[i] - t[i - 1] - dt) > 0.01 * dt) {
                throw new BadInputException(file + ":" + rowLines.get(i) + ":" + (timeCol + 1) + ": time step "
                        + (t[i] - t[i - 1]) + " s differs from the mean " + dt + " s by more than 1 % (uniform sampling needed)");
            }
        }
        Map<String, double[]> signals = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : mapped.entrySet()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int c : e.getValue()) {
                    sum += rows.get(i)[c];
                }
                v[i] = sum / e.getValue().size();
                if (openSim && !degrees) {
                    v[i] = Math.toDegrees(v[i]);
                }
            }
            if (e.getKey().equals("kneeFlexionDeg") && openSim && mostlyNegative(v)) {
                for (int i = 0; i < n; i++) {
                    v[i] = -v[i];
                }
            }
            signals.put(e.getKey(), filter(v, 1 / dt, cutoffHz));
        }
        List<Posture> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lumbar = openSim ? -value(signals, "lumbarExtension", i) : value(signals, "lumbarFlexionDeg", i);
            double trunk = openSim ? -value(signals, "pelvisTiltDeg", i) + lumbar : value(signals, "trunkFlexionDeg", i);
            try {
                frames.add(new Posture(trunk, lumbar, value(signals, "lateralBendDeg", i),
                        value(signals, "axialRotationDeg", i), value(signals, "hipFlexionDeg", i),
                        value(signals, "kneeFlexionDeg", i), value(signals, "shoulderFlexionDeg", i),
                        value(signals, "elbowFlexionDeg", i), value(signals, "bodyRollDeg", i), Set.of(Support.FEET)));
            } catch (ParameterOutOfRangeException e) {
                throw new BadInputException(file + ":" + rowLines.get(i) + ": " + e.getMessage()
                        + (openSim ? " (after mapping OpenSim coordinates)" : "") + " (after filtering)");
            }
        }
        return new Kinematics(t, frames);
    }

    private static boolean mostlyNegative(double[] v) {
        int neg = 0;
        for (double x : v) {
            neg += x < 0 ? 1 : 0;
        }
        return neg > v.length / 2;
    }

    private static double value(Map<String, double[]> signals, String field, int i) {
        double[] v = signals.get(field);
        return v == null ? 0 : v[i];
    }

    private static boolean ignored(String name) {
        for (String p : IGNORED_PREFIXES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String csvField(String name) {
        return TaskReader.POSTURE_ANGLES.contains(name) ? name : null;
    }

    /** OpenSim coordinate to an internal signal name (pelvis tilt kept apart; see the class doc). */
    private static String openSimField(String name) {
        return switch (name) {
            case "lumbar_extension" -> "lumbarExtension";
            case "lumbar_bending" -> "lateralBendDeg";
            case "lumbar_rotation" -> "axialRotationDeg";
            case "pelvis_tilt" -> "pelvisTiltDeg";
            case "pelvis_list" -> "bodyRollDeg";
            case "hip_flexion_r", "hip_flexion_l" -> "hipFlexionDeg";
            case "knee_angle_r", "knee_angle_l" -> "kneeFlexionDeg";
            case "arm_flex_r", "arm_flex_l" -> "shoulderFlexionDeg";
            case "elbow_flex_r", "elbow_flex_l" -> "elbowFlexionDeg";
            default -> null;
        };
    }

    /**
     * Zero-lag low-pass: a 2nd-order Butterworth filter run forwards and backwards (4th order in
     * effect, no phase shift), over the signal padded at both ends by its odd reflection (one
     * second, or the whole signal if shorter) to damp start-up transients.
     */
    static double[] filter(double[] x, double sampleRateHz, double cutoffHz) {
        if (cutoffHz <= 0 || cutoffHz >= 0.45 * sampleRateHz) {
            return x.clone();
        }
        int n = x.length;
        int pad = Math.min(n - 1, (int) Math.round(sampleRateHz));
        double[] y = new double[n + 2 * pad];
        for (int i = 0; i < pad; i++) {
            y[i] = 2 * x[0] - x[pad - i];
            y[n + pad + i] = 2 * x[n - 1] - x[n - 2 - i];
        }
        System.arraycopy(x, 0, y, pad, n);
        for (int pass = 0; pass < 2; pass++) {
            Butterworth b = new Butterworth();
            b.lowPass(ORDER, sampleRateHz, cutoffHz);
            for (int i = 0; i < y.length; i++) {
                y[i] = b.filter(y[i]);
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
