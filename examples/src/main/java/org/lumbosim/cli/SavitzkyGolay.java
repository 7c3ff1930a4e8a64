package org.lumbosim.cli;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Savitzky-Golay smoothing of a uniformly sampled signal: each sample is replaced by the value at
 * that sample of the least-squares cubic fitted over a window of samples around it (Savitzky A,
 * Golay MJE 1964, Anal Chem 36:1627). The window is the one whose smoothing has its -3 dB (half
 * power) frequency nearest the given cut-off, found from the window's own frequency response (a
 * cubic fit over 2M + 1 samples has it near {@code 0.51 / M} cycles per sample; Schafer RW 2011, "What
 * is a Savitzky-Golay filter?", IEEE Signal Process Mag 28(4):111-117, gives an approximation). The
 * first and last half windows take the values of
 * the cubic fitted to the first and last full window, so no padding is needed. A polynomial of
 * degree up to 3 (a constant in particular) comes out unchanged to round-off.
 */
final class SavitzkyGolay {
    private SavitzkyGolay() {
    }

    /** Degree of the fitted polynomial: a cubic. */
    static final int ORDER = 3;
    /** Longest window (samples); a lower cut-off than it allows gets this window (and is smoothed less). */
    static final int MAX_WINDOW = 4001;
    /** Power gain at the cut-off (-3 dB). */
    private static final double HALF_POWER_GAIN = Math.sqrt(0.5);

    /**
     * @param sampleRateHz sampling rate (Hz)
     * @param cutoffHz the wanted -3 dB frequency (Hz), positive
     * @return the odd window length (samples) whose smoothing's half-power frequency is nearest that
     *     cut-off, at least {@code ORDER + 2} and at most {@link #MAX_WINDOW}
     */
    static int window(double sampleRateHz, double cutoffHz) {
        double f = cutoffHz / sampleRateHz;
        // the gain at f falls as the window grows: bisect on the half width for the half-power crossing
        int lo = (ORDER + 1) / 2;
        int hi = MAX_WINDOW / 2;
        if (gain(lo, f) <= HALF_POWER_GAIN) {
            return 2 * lo + 1;
        }
        if (gain(hi, f) >= HALF_POWER_GAIN) {
            return 2 * hi + 1;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            if (gain(mid, f) > HALF_POWER_GAIN) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 2 * (Math.abs(gain(lo, f) - HALF_POWER_GAIN) <= Math.abs(gain(hi, f) - HALF_POWER_GAIN) ? lo : hi) + 1;
    }

    /** The amplitude gain at {@code f} cycles per sample of the centre weights of a window of half width {@code h}. */
    private static double gain(int h, double f) {
        double[] w = centreWeights(2 * h + 1);
        double g = 0;
        for (int j = 0; j < w.length; j++) {
            // symmetric weights: the response is real
            g += w[j] * Math.cos(2 * Math.PI * f * (j - h));
        }
        return Math.abs(g);
    }

    private static double[] centreWeights(int len) {
        double[][] v = powers(len);
        return weights(hat(v), v[len / 2]);
    }

    /** {@code V[j][k] = u_j^k} with {@code u_j = (j - h) / h} in [-1, 1] (scaled for conditioning). */
    private static double[][] powers(int len) {
        int h = len / 2;
        double[][] v = new double[len][ORDER + 1];
        for (int j = 0; j < len; j++) {
            double u = (j - h) / (double) Math.max(h, 1);
            double p = 1;
            for (int k = 0; k <= ORDER; k++) {
                v[j][k] = p;
                p *= u;
            }
        }
        return v;
    }

    /** {@code (V^T V)^-1 V^T}: row k gives the fitted polynomial's k-th coefficient from the window's samples. */
    private static double[][] hat(double[][] v) {
        RealMatrix vm = MatrixUtils.createRealMatrix(v);
        return MatrixUtils.inverse(vm.transpose().multiply(vm)).multiply(vm.transpose()).getData();
    }

    /**
     * Smooths a signal; returns a copy unchanged when the cut-off is 0 (no smoothing) or at or above
     * 0.45 of the sampling rate (as the Butterworth filter does), or the signal is shorter than the
     * shortest window.
     *
     * @param x the samples (not modified)
     * @param sampleRateHz sampling rate (Hz)
     * @param cutoffHz -3 dB frequency (Hz); 0 for none
     * @return the smoothed samples
     */
    static double[] smooth(double[] x, double sampleRateHz, double cutoffHz) {
        int n = x.length;
        if (cutoffHz <= 0 || cutoffHz >= 0.45 * sampleRateHz || n < ORDER + 2) {
            return x.clone();
        }
        int len = Math.min(window(sampleRateHz, cutoffHz), n % 2 == 1 ? n : n - 1);
        int h = len / 2;
        double[][] v = powers(len);
        double[][] hat = hat(v);
        double[] centre = weights(hat, v[h]);
        double[] out = new double[n];
        for (int i = h; i < n - h; i++) {
            double s = 0;
            for (int j = 0; j < len; j++) {
                s += centre[j] * x[i - h + j];
            }
            out[i] = s;
        }
        for (int i = 0; i < h; i++) {
            out[i] = dot(weights(hat, v[i]), x, 0);
            out[n - 1 - i] = dot(weights(hat, v[len - 1 - i]), x, n - len);
        }
        return out;
    }

    /** The weights that give the fitted polynomial's value at the position whose powers are {@code at}. */
    private static double[] weights(double[][] hat, double[] at) {
        int len = hat[0].length;
        double[] w = new double[len];
        for (int k = 0; k <= ORDER; k++) {
            for (int j = 0; j < len; j++) {
                w[j] += at[k] * hat[k][j];
            }
        }
        return w;
    }

    private static double dot(double[] w, double[] x, int from) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * x[from + j];
        }
        return s;
    }
}
