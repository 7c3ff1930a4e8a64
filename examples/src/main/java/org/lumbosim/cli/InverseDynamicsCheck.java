package org.lumbosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;

/**
 * Compares the body-only net lumbar moment of Lumbosim's inverse dynamics with an OpenSim
 * inverse-dynamics result for the same kinematics (issue 13 item 5; the measurement is in
 * docs/research/real-motion/dynamics-check.md). Reads the kinematics as {@code lumbosim motion}
 * does ({@link MotionFile}, same filter, the L5-S1 joint moved with the recorded pelvis), solves
 * every frame with its neighbours (inverse dynamics)
 * and again with itself as both neighbours (quasi-static replay: every derivative zero), and reads
 * the moment the body above L5-S1 needs at the joint, {@link Workspace#netMomentNm} about the
 * flexion axis (positive = the load flexes the trunk, so the muscles must extend it: OpenSim's
 * positive {@code lumbar_extension_moment}). The ID column is interpolated linearly at the
 * kinematics' times; frames outside the ID file's time span are left out of the error. Frames
 * beyond the subject's strength get loads at the strength they require, as in {@code lumbosim
 * motion}.
 *
 * <pre>
 * java -cp "$(./lumbosim classpath)" org.lumbosim.cli.InverseDynamicsCheck IK.mot [--id ID.sto]
 *     [--column lumbar_extension_moment] [--mass-kg 72.6] [--stature-m 1.75] [--sex male]
 *     [--cutoff-hz 6] [--smoothing butterworth|savitzky-golay] [--static STATIC.txt] [--out frames.csv]
 * </pre>
 * Without {@code --id} only the dynamic increment is measured. {@code --static} gives OpenSim's
 * static moment in its own geometry (time and N·m per line), and the check then also compares the
 * inertial parts alone ({@link #inertialError}): the two models place the upper body's mass
 * differently, a difference of definition that the full moments mix into the dynamics.
 */
public final class InverseDynamicsCheck {
    private InverseDynamicsCheck() {
    }

    /** One trial's comparison, per kinematics frame. */
    record Comparison(double[] timeS, double[] openSimNm, double[] dynamicNm, double[] quasiStaticNm,
                      double[] dynamicCompressionN, double[] quasiStaticCompressionN) {
        /** @return root-mean-square of ours (dynamic) minus OpenSim's over the frames that have both (N·m) */
        double rmseNm() {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < timeS.length; i++) {
                if (Double.isFinite(openSimNm[i]) && Double.isFinite(dynamicNm[i])) {
                    sum += (dynamicNm[i] - openSimNm[i]) * (dynamicNm[i] - openSimNm[i]);
                    n++;
                }
            }
            return Math.sqrt(sum / n);
        }

        /** @return the largest |ours - OpenSim's| (N·m) */
        double peakErrorNm() {
            double worst = 0;
            for (int i = 0; i < timeS.length; i++) {
                if (Double.isFinite(openSimNm[i]) && Double.isFinite(dynamicNm[i])) {
                    worst = Math.max(worst, Math.abs(dynamicNm[i] - openSimNm[i]));
                }
            }
            return worst;
        }

        /** @return the largest |OpenSim's moment| over the compared frames (N·m) */
        double openSimPeakNm() {
            double peak = 0;
            for (int i = 0; i < timeS.length; i++) {
                if (Double.isFinite(openSimNm[i]) && Double.isFinite(dynamicNm[i])) {
                    peak = Math.max(peak, Math.abs(openSimNm[i]));
                }
            }
            return peak;
        }

        /** @return the mean of ours (dynamic) minus OpenSim's (N·m) */
        double meanErrorNm() {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < timeS.length; i++) {
                if (Double.isFinite(openSimNm[i]) && Double.isFinite(dynamicNm[i])) {
                    sum += dynamicNm[i] - openSimNm[i];
                    n++;
                }
            }
            return sum / n;
        }

        /** @return the frame with the largest dynamic minus quasi-static L5-S1 compression, or -1 */
        int largestIncrementFrame() {
            int best = -1;
            for (int i = 0; i < timeS.length; i++) {
                double d = dynamicCompressionN[i] - quasiStaticCompressionN[i];
                if (Double.isFinite(d) && (best < 0 || d > dynamicCompressionN[best] - quasiStaticCompressionN[best])) {
                    best = i;
                }
            }
            return best;
        }
    }

    /**
     * Solves every frame of a motion twice, by inverse dynamics and quasi-statically.
     *
     * @param model the subject's model
     * @param k the kinematics (frames without a posture give NaN)
     * @param openSimNm the OpenSim moment at each frame's time, NaN where there is none
     * @return the comparison
     */
    static Comparison compare(LumbarModel model, MotionFile.Kinematics k, double[] openSimNm) {
        double[] t = k.timeS();
        int n = t.length;
        double dt = (t[n - 1] - t[0]) / (n - 1);
        List<Posture> frames = k.frames();
        double[] dynamic = new double[n];
        double[] still = new double[n];
        double[] dynamicC = new double[n];
        double[] stillC = new double[n];
        Workspace ws = model.newWorkspace();
        Workspace qs = model.newWorkspace();
        for (int i = 0; i < n; i++) {
            Posture cur = frames.get(i);
            if (cur == null) {
                dynamic[i] = still[i] = dynamicC[i] = stillC[i] = Double.NaN;
                continue;
            }
            Posture before = i == 0 || frames.get(i - 1) == null ? cur : frames.get(i - 1);
            Posture after = i == n - 1 || frames.get(i + 1) == null ? cur : frames.get(i + 1);
            if (before == cur || after == cur) {
                before = cur;
                after = cur;
            }
            double[] base = k.l5s1AccelerationMps2() == null || before == cur ? new double[3] : k.l5s1AccelerationMps2()[i];
            model.solveFrame(before, cur, after, dt, base, List.of(), ws);
            dynamic[i] = ws.netMomentNm(SpinalLevel.L5_S1, 0);
            dynamicC[i] = ws.solved() || ws.overloaded() ? ws.compressionN(SpinalLevel.L5_S1) : Double.NaN;
            model.solveFrame(cur, cur, cur, dt, List.of(), qs);
            still[i] = qs.netMomentNm(SpinalLevel.L5_S1, 0);
            stillC[i] = qs.solved() || qs.overloaded() ? qs.compressionN(SpinalLevel.L5_S1) : Double.NaN;
        }
        return new Comparison(t, openSimNm, dynamic, still, dynamicC, stillC);
    }

    /**
     * Reads one column of an OpenSim storage file (header up to {@code endheader}) and interpolates
     * it linearly at the given times.
     *
     * @param lines the file's lines
     * @param column the column's name
     * @param timeS where to interpolate
     * @return the values, NaN outside the file's time span
     */
    static double[] column(List<String> lines, String column, double[] timeS) {
        int h = 0;
        while (!lines.get(h).trim().equalsIgnoreCase("endheader")) {
            h++;
        }
        String[] names = lines.get(h + 1).trim().split("\\s+");
        int c = List.of(names).indexOf(column);
        int tc = List.of(names).indexOf("time");
        if (c < 0 || tc < 0) {
            throw new BadInputException("no column " + column + " (or time) among " + String.join(", ", names));
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = h + 2; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (!l.isEmpty()) {
                String[] cells = l.split("\\s+");
                rows.add(new double[] {Double.parseDouble(cells[tc]), Double.parseDouble(cells[c])});
            }
        }
        double[] out = new double[timeS.length];
        int j = 0;
        for (int i = 0; i < timeS.length; i++) {
            double ti = timeS[i];
            out[i] = Double.NaN;
            while (j < rows.size() - 2 && rows.get(j + 1)[0] < ti) {
                j++;
            }
            double[] a = rows.get(j);
            double[] b = rows.get(Math.min(j + 1, rows.size() - 1));
            double tolerance = 1e-6;
            if (ti >= a[0] - tolerance && ti <= b[0] + tolerance) {
                double u = b[0] > a[0] ? Math.max(0, Math.min(1, (ti - a[0]) / (b[0] - a[0]))) : 0;
                out[i] = a[1] + u * (b[1] - a[1]);
            }
        }
        return out;
    }

    /**
     * Compares like with like when the two models place the upper body's mass differently: the
     * inertial parts, ours (inverse dynamics minus the quasi-static replay) against OpenSim's (its ID
     * moment minus its static moment in its own geometry, computed from the model file by
     * docs/research/real-motion/osim_static_moment.py).
     *
     * @param r the comparison
     * @param openSimStaticNm OpenSim's static moment at each frame's time, NaN where there is none
     * @return {rmse, mean error, peak |error|} (N·m) of our inertial part minus OpenSim's
     */
    static double[] inertialError(Comparison r, double[] openSimStaticNm) {
        double sum = 0;
        double mean = 0;
        double peak = 0;
        int n = 0;
        for (int i = 0; i < r.timeS().length; i++) {
            double e = (r.dynamicNm()[i] - r.quasiStaticNm()[i]) - (r.openSimNm()[i] - openSimStaticNm[i]);
            if (Double.isFinite(e)) {
                sum += e * e;
                mean += e;
                peak = Math.max(peak, Math.abs(e));
                n++;
            }
        }
        return new double[] {Math.sqrt(sum / n), mean / n, peak};
    }

    /**
     * Reads a two-column text file (time in s, moment in N·m; lines starting with {@code #} skipped)
     * and interpolates it linearly at the given times.
     *
     * @param lines the file's lines
     * @param timeS where to interpolate
     * @return the values, NaN outside the file's time span
     */
    static double[] twoColumns(List<String> lines, double[] timeS) {
        List<String> table = new ArrayList<>(List.of("endheader", "time value"));
        for (String l : lines) {
            if (!l.isBlank() && !l.trim().startsWith("#")) {
                table.add(l);
            }
        }
        return column(table, "value", timeS);
    }

    /** Writes the per-frame table and the summary lines. */
    static void report(Comparison r, PrintStream out, PrintStream table) {
        if (table != null) {
            table.println("timeS,openSimNm,dynamicNm,quasiStaticNm,dynamicL5S1CompressionN,quasiStaticL5S1CompressionN");
            for (int i = 0; i < r.timeS().length; i++) {
                table.printf(Locale.ROOT, "%.6f,%.4f,%.4f,%.4f,%.2f,%.2f%n", r.timeS()[i], r.openSimNm()[i],
                        r.dynamicNm()[i], r.quasiStaticNm()[i], r.dynamicCompressionN()[i], r.quasiStaticCompressionN()[i]);
            }
        }
        if (Double.isFinite(r.openSimPeakNm()) && r.openSimPeakNm() > 0) {
            double centred = Math.sqrt(Math.max(0, r.rmseNm() * r.rmseNm() - r.meanErrorNm() * r.meanErrorNm()));
            out.printf(Locale.ROOT, "moment: rmseNm=%.2f peakErrorNm=%.2f meanErrorNm=%.2f rmseAboutMeanNm=%.2f"
                    + " openSimPeakNm=%.2f rmsePctOfPeak=%.1f%n", r.rmseNm(), r.peakErrorNm(), r.meanErrorNm(), centred,
                    r.openSimPeakNm(), 100 * r.rmseNm() / r.openSimPeakNm());
        }
        int k = r.largestIncrementFrame();
        if (k >= 0) {
            out.printf(Locale.ROOT, "dynamic increment: largest L5-S1 compression %+.1f N at %.3f s (%.1f -> %.1f N;"
                    + " net moment %.2f -> %.2f N·m)%n", r.dynamicCompressionN()[k] - r.quasiStaticCompressionN()[k],
                    r.timeS()[k], r.quasiStaticCompressionN()[k], r.dynamicCompressionN()[k], r.quasiStaticNm()[k],
                    r.dynamicNm()[k]);
        }
    }

    /**
     * Runs the comparison.
     *
     * @param args the kinematics file and options (see the class comment)
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Options o = Options.parse("InverseDynamicsCheck", List.of(args), List.of("--id", "--column", "--mass-kg",
                "--stature-m", "--sex", "--cutoff-hz", "--smoothing", "--static", "--out"), List.of());
        Path kinematics = Path.of(o.positional("an OpenSim kinematics file: InverseDynamicsCheck IK.mot --id ID.sto"));
        Subject d = Subject.defaultSubject();
        Subject subject = new Subject(o.choice("--sex", d.sex(), Sex::parse, "male, female"),
                o.number("--stature-m", d.statureM(), d::withStatureM),
                o.number("--mass-kg", d.bodyMassKg(), d::withBodyMassKg), d.ageYears());
        MotionFile.Kinematics k = MotionFile.read(kinematics, o.number("--cutoff-hz",
                MotionCommand.DEFAULT_CUTOFF_HZ, 0, MotionCommand.MAX_CUTOFF_HZ, "Hz"), false,
                o.choice("--smoothing", MotionFile.Smoothing.BUTTERWORTH, s -> MotionFile.Smoothing.valueOf(
                        s.toUpperCase(Locale.ROOT).replace('-', '_')), "butterworth, savitzky-golay"));
        double[] openSim = new double[k.timeS().length];
        java.util.Arrays.fill(openSim, Double.NaN);
        if (o.path("--id").isPresent()) {
            openSim = column(Files.readAllLines(o.path("--id").get(), StandardCharsets.UTF_8),
                    o.string("--column").orElse("lumbar_extension_moment"), k.timeS());
        }
        Comparison r = compare(LumbarModel.of(subject).withOverloadPolicy(OverloadPolicy.REPORT), k, openSim);
        if (o.path("--out").isPresent()) {
            try (PrintStream table = new PrintStream(Files.newOutputStream(o.path("--out").get()), true,
                    StandardCharsets.UTF_8)) {
                report(r, System.out, table);
            }
        } else {
            report(r, System.out, null);
        }
        if (o.path("--static").isPresent()) {
            double[] e = inertialError(r, twoColumns(Files.readAllLines(o.path("--static").get(), StandardCharsets.UTF_8),
                    k.timeS()));
            System.out.printf(Locale.ROOT, "inertial part (like with like): rmseNm=%.2f meanErrorNm=%.2f peakErrorNm=%.2f"
                    + " rmsePctOfPeak=%.1f%n", e[0], e[1], e[2], 100 * e[0] / r.openSimPeakNm());
        }
    }
}
