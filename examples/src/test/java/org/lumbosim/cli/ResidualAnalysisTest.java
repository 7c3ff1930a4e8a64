package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Winter's residual analysis ({@link ResidualAnalysis}) on signals whose content is known: sums of
 * sines plus seeded white noise. The chosen cut-off must keep the signal (lie above its highest
 * frequency, where the filter would still take a visible part of the sine away) and lie below the
 * band where only noise is left (the noise line's fit, from {@link ResidualAnalysis#TAIL_FROM} of
 * the sampling rate); the noise line's intercept must estimate the noise's RMS; and filtering at the
 * chosen cut-off must bring the signal nearer to the truth than the raw record.
 */
class ResidualAnalysisTest {

    private static double[] sines(double[] freqHz, double[] ampl, double[] phase, double fs, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < freqHz.length; k++) {
                x[i] += ampl[k] * Math.sin(2 * Math.PI * freqHz[k] * i / fs + phase[k]);
            }
        }
        return x;
    }

    private static double rms(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s / a.length);
    }

    @Test
    void aKnownSignalKeepsItsHighestSineAndTheInterceptIsTheNoise() {
        double fs = 100;
        double[] truth = sines(new double[] {1, 2.5, 4}, new double[] {20, 10, 5}, new double[3], fs, 800);
        Random rnd = new Random(7);
        double sd = 0.5;
        double[] x = truth.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += sd * rnd.nextGaussian();
        }
        ResidualAnalysis.Choice c = ResidualAnalysis.choose(x, fs);
        System.out.printf(Locale.ROOT, "ResidualAnalysisTest: 1 + 2.5 + 4 Hz with 0.5 deg noise at 100 Hz: cut-off %.2f Hz,"
                + " noise RMS %.3f%n", c.cutoffHz(), c.noiseRms());
        assertThat(c.cutoffHz()).isGreaterThan(4).isLessThan(ResidualAnalysis.TAIL_FROM * fs);
        assertThat(c.noiseRms()).isBetween(0.8 * sd, 1.5 * sd);
        double[] y = MotionFile.filter(x, fs, c.cutoffHz());
        // Winter's criterion lets through as much noise as it distorts the signal: less error than raw, not none
        System.out.printf(Locale.ROOT, "ResidualAnalysisTest: RMS error %.3f after filtering, %.3f raw%n", rms(y, truth), rms(x, truth));
        assertThat(rms(y, truth)).as("error after filtering at the chosen cut-off").isLessThan(rms(x, truth));
        // the residual at the chosen cut-off is the noise line's intercept (the crossing, refined by bisection)
        assertThat(ResidualAnalysis.residual(x, fs, c.cutoffHz())).isCloseTo(c.noiseRms(), org.assertj.core.data.Offset.offset(1e-3 * sd));
    }

    /** @return the seeds of the property's cases, one parameterized test each */
    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void overSeededRandomSignalsTheCutoffLiesBetweenTheSignalAndTheNoiseBand(long seed) {
        SplittableRandom rnd = new SplittableRandom(2026_12_07L + seed);
        double fs = rnd.nextDouble(50, 500);
        int n = (int) (fs * rnd.nextDouble(3, 8));
        int m = rnd.nextInt(1, 5);
        // the highest sine at most 6 Hz and 2 % of the sampling rate: human movement, well below the noise band
        double fMax = Math.min(6, 0.02 * fs) * rnd.nextDouble(0.3, 1);
        double[] f = new double[m];
        double[] a = new double[m];
        double[] ph = new double[m];
        double smallest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            f[k] = k == 0 ? fMax : fMax * rnd.nextDouble(0.1, 1);
            a[k] = rnd.nextDouble(1, 20);
            ph[k] = rnd.nextDouble(2 * Math.PI);
            smallest = Math.min(smallest, a[k]);
        }
        double[] truth = sines(f, a, ph, fs, n);
        // white noise from 0.5 % to 10 % of the smallest sine's amplitude
        double sd = smallest * rnd.nextDouble(0.005, 0.1);
        Random noise = new Random(seed);
        double[] x = truth.clone();
        for (int i = 0; i < n; i++) {
            x[i] += sd * noise.nextGaussian();
        }
        ResidualAnalysis.Choice c = ResidualAnalysis.choose(x, fs);
        String what = String.format(Locale.ROOT, "%.1f Hz sampling, %d frames, highest sine %.2f Hz, noise %.4g: cut-off %.2f Hz,"
                + " noise estimate %.4g", fs, n, fMax, sd, c.cutoffHz(), c.noiseRms());
        assertThat(c.cutoffHz()).as(what).isGreaterThan(fMax).isLessThan(ResidualAnalysis.TAIL_FROM * fs);
        assertThat(c.noiseRms()).as(what).isBetween(0.8 * sd, 1.5 * sd);
        assertThat(rms(MotionFile.filter(x, fs, c.cutoffHz()), truth)).as(what).isLessThan(rms(x, truth));
    }

    @Test
    void aConstantChannelHasNothingToFilter() {
        ResidualAnalysis.Choice c = ResidualAnalysis.choose(new double[] {3, 3, 3, 3, 3}, 60);
        assertThat(c.constant()).isTrue();
        assertThat(c.cutoffHz()).isZero();
        assertThat(c.noiseRms()).isZero();
    }

    @Test
    void pureNoiseGetsACutoffAtTheBottomOfTheGrid() {
        Random rnd = new Random(11);
        double fs = 100;
        double[] x = new double[600];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        ResidualAnalysis.Choice c = ResidualAnalysis.choose(x, fs);
        // nothing but noise: the residual follows the noise line from the lowest cut-offs on, so it meets the
        // line's intercept within the grid's first two steps
        double step = ResidualAnalysis.TOP_PER_SAMPLE_RATE * fs / ResidualAnalysis.GRID_STEPS;
        assertThat(c.cutoffHz()).isGreaterThanOrEqualTo(step).isLessThanOrEqualTo(2 * step);
        assertThat(c.noiseRms()).isBetween(0.8, 1.5);
    }
}
