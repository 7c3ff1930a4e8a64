package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;

/**
 * The inverse-dynamics check of issue 13 item 5 on synthetic OpenSim files (the real trials cannot
 * be committed; their measurement is in docs/research/real-motion/dynamics-check.md): a quasi-static
 * replay equals the static solver frame by frame, a recorded pelvis translation moves the L5-S1
 * joint with the right acceleration and scales the body's moment as gravity would, the ID column
 * is interpolated at the kinematics' times, and the zero-lag filter before central differences
 * cuts the acceleration error of a noisy angle by more than an order of magnitude.
 */
class InverseDynamicsCheckTest {
    private static final double G = 9.80665;

    /** A 100 Hz squat-like trial: lumbar flexion swinging 10-30 deg, the pelvis bobbing 5 cm at 1 Hz. */
    private static List<String> trial(double bobM) {
        List<String> lines = new ArrayList<>(List.of("synthetic", "version=1", "inDegrees=yes", "endheader",
                "time\tpelvis_tilt\tpelvis_list\tpelvis_rotation\tpelvis_tx\tpelvis_ty\tpelvis_tz\tlumbar_extension"
                        + "\thip_flexion_r\thip_flexion_l\tknee_angle_r\tknee_angle_l"));
        for (int i = 0; i <= 300; i++) {
            double t = i / 100.0;
            double lumbar = -20 - 10 * Math.sin(Math.PI * t);
            lines.add(String.format(Locale.ROOT, "%.3f\t-10\t0\t0\t0.2\t%.9f\t0\t%.9f\t30\t30\t40\t40", t,
                    0.9 + bobM * Math.sin(2 * Math.PI * t), lumbar));
        }
        return lines;
    }

    @Test
    void quasiStaticReplayEqualsTheStaticSolverFrameByFrame() {
        MotionFile.Kinematics k = MotionFile.parse("squat.mot", trial(0.05), 6);
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        double[] none = new double[k.timeS().length];
        java.util.Arrays.fill(none, Double.NaN);
        InverseDynamicsCheck.Comparison r = InverseDynamicsCheck.compare(model, k, none);
        Workspace ws = model.newWorkspace();
        for (int i = 0; i < k.timeS().length; i++) {
            Posture p = k.frames().get(i);
            model.solve(p, List.of(), ws);
            assertThat(r.quasiStaticNm()[i]).as("frame %d", i).isEqualTo(ws.netMomentNm(SpinalLevel.L5_S1, 0));
            assertThat(r.quasiStaticCompressionN()[i]).as("frame %d", i)
                    .isCloseTo(ws.compressionN(SpinalLevel.L5_S1), within(1e-6 * ws.compressionN(SpinalLevel.L5_S1)));
        }
        assertThat(r.dynamicNm()).isNotEqualTo(r.quasiStaticNm());
    }

    @Test
    void pelvisTranslationAcceleratesTheJointAndScalesTheMomentAsGravityWould() {
        double bob = 0.05;
        double omega = 2 * Math.PI;
        // a still posture: only the joint's own acceleration acts
        List<String> lines = trial(bob);
        for (int i = 5; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t");
            c[7] = "-20";
            lines.set(i, String.join("\t", c));
        }
        MotionFile.Kinematics k = MotionFile.parse("bob.mot", lines, 6);
        double[][] a = k.l5s1AccelerationMps2();
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        Workspace ws = model.newWorkspace();
        Workspace still = model.newWorkspace();
        for (int i = 50; i <= 250; i++) {
            double t = k.timeS()[i];
            assertThat(a[i][1]).as("vertical acceleration at %s s", t)
                    .isCloseTo(-bob * omega * omega * Math.sin(omega * t), within(0.02 * bob * omega * omega));
            assertThat(a[i][0]).isCloseTo(0, within(1e-9));
            Posture p = k.frames().get(i);
            model.solveFrame(k.frames().get(i - 1), p, k.frames().get(i + 1), 0.01, a[i], List.of(), ws);
            model.solve(p, List.of(), still);
            assertThat(ws.netMomentNm(SpinalLevel.L5_S1, 0))
                    .isCloseTo(still.netMomentNm(SpinalLevel.L5_S1, 0) * (G + a[i][1]) / G, within(1e-9));
        }
        assertThat(MotionFile.parse("bob.csv", List.of("time,lumbarFlexionDeg", "0,10", "0.01,10", "0.02,10"), 6)
                .l5s1AccelerationMps2()).isNull();
    }

    @Test
    void theJointsAccelerationIsTheSameWhicheverWayTheSubjectFaces() {
        List<String> lines = new ArrayList<>(List.of("walk", "inDegrees=yes", "endheader",
                "time\tpelvis_tilt\tpelvis_list\tpelvis_rotation\tpelvis_tx\tpelvis_ty\tpelvis_tz\tlumbar_extension"));
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i <= 200; i++) {
            double t = i / 100.0;
            rows.add(new double[] {t, -10 + 5 * Math.sin(3 * t), 3 * Math.sin(2 * t), 4 * Math.cos(2 * t), 1.2 * t,
                0.9 + 0.03 * Math.sin(11 * t), 0.05 * Math.sin(5 * t), -15});
        }
        double[][] facingX = MotionFile.parse("w.mot", withRows(lines, rows), 6).l5s1AccelerationMps2();
        for (double heading : new double[] {180, 90, -37}) {
            double c = Math.cos(Math.toRadians(heading)), s = Math.sin(Math.toRadians(heading));
            List<double[]> turned = new ArrayList<>();
            for (double[] r : rows) {
                double t = Math.toRadians(r[1]), l = Math.toRadians(r[2]), q = Math.toRadians(r[3]);
                double ct = Math.cos(t), st = Math.sin(t), cl = Math.cos(l), sl = Math.sin(l), cq = Math.cos(q), sq = Math.sin(q);
                // rows of R = Rz(t) Rx(l) Ry(q) needed for R' = Ry(heading) R: R'(0,1), R'(1,1), R'(2,0), R'(2,1), R'(2,2)
                double r01 = -st * cl, r11 = ct * cl, r21 = sl;
                double r00 = ct * cq - st * sl * sq, r20 = -cl * sq, r02 = ct * sq + st * sl * cq, r22 = cl * cq;
                double m01 = c * r01 + s * r21, m11 = r11, m20 = -s * r00 + c * r20, m21 = -s * r01 + c * r21;
                double m22 = -s * r02 + c * r22;
                turned.add(new double[] {r[0], Math.toDegrees(Math.atan2(-m01, m11)), Math.toDegrees(Math.asin(m21)),
                    Math.toDegrees(Math.atan2(-m20, m22)), c * r[4] + s * r[6], r[5], -s * r[4] + c * r[6], r[7]});
            }
            double[][] a = MotionFile.parse("w.mot", withRows(lines, turned), 6).l5s1AccelerationMps2();
            for (int i = 0; i < rows.size(); i++) {
                for (int k = 0; k < 3; k++) {
                    assertThat(a[i][k]).as("heading %s frame %s axis %s", heading, i, k).isCloseTo(facingX[i][k], within(1e-6));
                }
            }
        }
    }

    private static List<String> withRows(List<String> header, List<double[]> rows) {
        List<String> out = new ArrayList<>(header);
        for (double[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (double v : r) {
                b.append(b.length() == 0 ? "" : "\t").append(String.format(Locale.ROOT, "%.12f", v));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void theIdColumnIsInterpolatedAtTheKinematicsTimesAndTheErrorsAreMeasured() {
        List<String> id = new ArrayList<>(List.of("Inverse Dynamics", "endheader", "time\tother\tlumbar_extension_moment"));
        for (int i = 0; i <= 50; i++) {
            id.add(String.format(Locale.ROOT, "%.4f\t0\t%.4f", 1 + i / 50.0, 10 + 20 * (i / 50.0)));
        }
        double[] at = InverseDynamicsCheck.column(id, "lumbar_extension_moment", new double[] {0.5, 1.0, 1.25, 1.51, 2.0, 2.5});
        assertThat(at[0]).isNaN();
        assertThat(at[1]).isCloseTo(10, within(1e-9));
        assertThat(at[2]).isCloseTo(15, within(1e-9));
        assertThat(at[3]).isCloseTo(20.2, within(1e-9));
        assertThat(at[4]).isCloseTo(30, within(1e-9));
        assertThat(at[5]).isNaN();
        InverseDynamicsCheck.Comparison c = new InverseDynamicsCheck.Comparison(new double[] {0, 1, 2},
                new double[] {10, 20, Double.NaN}, new double[] {13, 16, 99}, new double[3], new double[3], new double[3]);
        assertThat(c.rmseNm()).isCloseTo(Math.sqrt(12.5), within(1e-12));
        assertThat(c.peakErrorNm()).isEqualTo(4);
        assertThat(c.meanErrorNm()).isCloseTo(-0.5, within(1e-12));
        assertThat(c.openSimPeakNm()).isEqualTo(20);
    }

    @Test
    void theInertialComparisonRemovesADifferenceOfStaticGeometryAndNothingElse() {
        // ours = OpenSim's + 5 N·m of static geometry everywhere; the inertial parts are equal
        double[] t = {0, 1, 2, 3};
        double[] openSim = {10, 12, 11, Double.NaN};
        double[] openSimStatic = InverseDynamicsCheck.twoColumns(List.of("# OpenSim static moment", "0 9", "1 9",
                "", "2 9"), t);
        assertThat(openSimStatic[3]).isNaN();
        InverseDynamicsCheck.Comparison same = new InverseDynamicsCheck.Comparison(t, openSim,
                new double[] {15, 17, 16, 16}, new double[] {14, 14, 14, 14}, new double[4], new double[4]);
        assertThat(same.meanErrorNm()).isCloseTo(5, within(1e-12));
        double[] e = InverseDynamicsCheck.inertialError(same, openSimStatic);
        assertThat(e[0]).isZero();
        assertThat(e[2]).isZero();
        // an inertial difference stays visible: ours swings 2 N·m more at t = 1
        InverseDynamicsCheck.Comparison other = new InverseDynamicsCheck.Comparison(t, openSim,
                new double[] {15, 19, 16, 16}, new double[] {14, 14, 14, 14}, new double[4], new double[4]);
        e = InverseDynamicsCheck.inertialError(other, openSimStatic);
        assertThat(e[0]).isCloseTo(Math.sqrt(4.0 / 3), within(1e-12));
        assertThat(e[1]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(e[2]).isEqualTo(2);
    }

    @Test
    void zeroLagFilterBeforeCentralDifferencesCutsTheAccelerationErrorOfANoisyAngle() {
        double rate = 100;
        int n = 401;
        double[] noisy = new double[n];
        double[] exactAccel = new double[n];
        Random random = new Random(13);
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            double w1 = 2 * Math.PI, w2 = 5 * Math.PI;
            noisy[i] = 20 * Math.sin(w1 * t) + 10 * Math.sin(w2 * t) + 0.5 * random.nextGaussian();
            exactAccel[i] = -20 * w1 * w1 * Math.sin(w1 * t) - 10 * w2 * w2 * Math.sin(w2 * t);
        }
        double[] filtered = MotionFile.filter(noisy, rate, MotionCommand.DEFAULT_CUTOFF_HZ);
        double raw = 0, smooth = 0, signal = 0;
        int m = 0;
        for (int i = 50; i < n - 50; i++) {
            double dt2 = 1 / (rate * rate);
            double aRaw = (noisy[i + 1] - 2 * noisy[i] + noisy[i - 1]) / dt2;
            double aFiltered = (filtered[i + 1] - 2 * filtered[i] + filtered[i - 1]) / dt2;
            raw += (aRaw - exactAccel[i]) * (aRaw - exactAccel[i]);
            smooth += (aFiltered - exactAccel[i]) * (aFiltered - exactAccel[i]);
            signal += exactAccel[i] * exactAccel[i];
            m++;
        }
        raw = Math.sqrt(raw / m);
        smooth = Math.sqrt(smooth / m);
        signal = Math.sqrt(signal / m);
        System.out.printf(Locale.ROOT, "acceleration RMS error (deg/s^2): raw %.0f, filtered %.0f; signal RMS %.0f%n",
                raw, smooth, signal);
        assertThat(smooth).isLessThan(raw / 20).isLessThan(0.1 * signal);
    }
}
