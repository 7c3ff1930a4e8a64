package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Savitzky-Golay smoothing: polynomials kept, the window's cut-off, and the acceleration error on a noisy angle. */
class SavitzkyGolayTest {

    @Test
    void aCubicAndAConstantComeOutUnchangedEdgesIncluded() {
        int n = 300;
        double rate = 100;
        double[] cubic = new double[n];
        double[] constant = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            cubic[i] = 3 - 2 * t + 0.5 * t * t - 0.1 * t * t * t;
            constant[i] = 51.9;
        }
        double[] c = SavitzkyGolay.smooth(cubic, rate, 6);
        double[] k = SavitzkyGolay.smooth(constant, rate, 0.5);
        for (int i = 0; i < n; i++) {
            assertThat(c[i]).as("frame %d", i).isCloseTo(cubic[i], within(1e-9));
            assertThat(k[i]).as("frame %d", i).isCloseTo(51.9, within(1e-9));
        }
    }

    @Test
    void theWindowPutsTheHalfPowerPointNearTheCutOff() {
        for (double[] rc : new double[][] {{100, 6}, {1000, 6}, {60, 6}, {200, 10}}) {
            double rate = rc[0];
            double cutoff = rc[1];
            int len = SavitzkyGolay.window(rate, cutoff);
            assertThat(len % 2).isEqualTo(1);
            // the centre weights are the response to a unit impulse in the middle of a long signal
            double[] impulse = new double[4 * len + 1];
            impulse[2 * len] = 1;
            double[] w = SavitzkyGolay.smooth(impulse, rate, cutoff);
            double re = 0;
            double im = 0;
            for (int j = 0; j < w.length; j++) {
                re += w[j] * Math.cos(2 * Math.PI * cutoff / rate * (j - 2 * len));
                im += w[j] * Math.sin(2 * Math.PI * cutoff / rate * (j - 2 * len));
            }
            double gain = Math.hypot(re, im);
            // the window changes in steps of two samples: the nearest one is within a few per cent for these
            assertThat(gain).as("%s Hz at %s Hz, window %d", cutoff, rate, len).isCloseTo(Math.sqrt(0.5), within(0.05));
        }
    }

    @Test
    void smoothingBeforeCentralDifferencesCutsTheAccelerationErrorLessThanTheButterworthFilter() {
        double rate = 100;
        int n = 401;
        double[] noisy = new double[n];
        double[] exact = new double[n];
        Random random = new Random(13);
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            double w1 = 2 * Math.PI;
            double w2 = 5 * Math.PI;
            noisy[i] = 20 * Math.sin(w1 * t) + 10 * Math.sin(w2 * t) + 0.5 * random.nextGaussian();
            exact[i] = -20 * w1 * w1 * Math.sin(w1 * t) - 10 * w2 * w2 * Math.sin(w2 * t);
        }
        double raw = accelerationRmsError(noisy, exact, rate);
        double sg = accelerationRmsError(SavitzkyGolay.smooth(noisy, rate, MotionCommand.DEFAULT_CUTOFF_HZ), exact, rate);
        double bw = accelerationRmsError(MotionFile.filter(noisy, rate, MotionCommand.DEFAULT_CUTOFF_HZ), exact, rate);
        System.out.printf(Locale.ROOT, "acceleration RMS error (deg/s^2), frames 50..350: raw %.0f, Savitzky-Golay %.0f,"
                + " Butterworth %.0f%n", raw, sg, bw);
        // a cubic fit passes more of the noise above the cut-off than the 4th-order zero-lag Butterworth
        assertThat(sg).isLessThan(raw / 5).isGreaterThan(bw);
    }

    private static double accelerationRmsError(double[] x, double[] exact, double rate) {
        double sum = 0;
        int m = 0;
        for (int i = 50; i < x.length - 50; i++) {
            double a = (x[i + 1] - 2 * x[i] + x[i - 1]) * rate * rate;
            sum += (a - exact[i]) * (a - exact[i]);
            m++;
        }
        return Math.sqrt(sum / m);
    }
}
