package org.lumbosim.cli;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Winter's residual analysis: the low-pass cut-off of one recorded channel chosen from the data
 * (Winter DA, Biomechanics and Motor Control of Human Movement, 4th ed., Wiley 2009, section 3.4.4.3
 * "Choice of cutoff frequency: residual analysis", pp. 70-73; read through secondary sources that
 * quote it: the section number and text in PanosTsakonas/MoCap_Data_Minimisation's
 * {@code Residual_analysis_for_filtering.m}, the pages in Julia packages citing it, and the method
 * as implemented by Duarte's {@code optcutfreq}). The residual between the raw and the filtered
 * signal, {@code R(fc) = sqrt(mean((x - filtered(x, fc))^2))}, is computed over a grid of cut-offs;
 * where only noise is being removed it falls on a straight line, whose intercept at 0 Hz estimates
 * the noise's RMS; the chosen cut-off is where the residual comes down to that intercept (signal
 * distortion equal to the noise let through).
 *
 * <p>The filter is {@link MotionFile#filter}, the one {@code lumbosim motion} applies, so the chosen
 * value is what {@code --cutoff-hz} would be given (the design frequency of each of the two passes;
 * the forward-backward filter's -3 dB point lies at about 0.80 times it). Where the line is fitted
 * is not fixed by Winter (the "straight" part read off a plot): here the upper half of the grid,
 * {@value #TAIL_FROM} to {@value #TOP_PER_SAMPLE_RATE} of the sampling rate, a judgement (human
 * movement has little power there, Winter 2009 section 3.4.4; the filter is bypassed from
 * {@value #TOP_PER_SAMPLE_RATE} up). Known limits: the method assumes white noise; data already
 * low-passed upstream (markerless and many marker pipelines) have a tail that is not straight and
 * little white noise, so the intercept is small and the cut-off high; and for second derivatives its
 * cut-offs were found uncorrelated with the optimum (Yu, Gabriel, Noble &amp; An 1999, J Appl
 * Biomech 15:318-329, abstract).
 */
final class ResidualAnalysis {
    private ResidualAnalysis() {
    }

    /** Cut-offs evaluated: this many steps up to {@link #TOP_PER_SAMPLE_RATE} of the sampling rate (the last one excluded). */
    static final int GRID_STEPS = 100;
    /** Highest cut-off, as a fraction of the sampling rate: from here up {@link MotionFile#filter} leaves a signal unfiltered. */
    static final double TOP_PER_SAMPLE_RATE = 0.45;
    /** Where the noise line's fit starts, as a fraction of the sampling rate (the grid's upper half; a judgement, see the class comment). */
    static final double TAIL_FROM = TOP_PER_SAMPLE_RATE / 2;
    /** Bisection steps refining the crossing between two grid points (to 2^-20 of a grid step). */
    private static final int BISECTIONS = 20;

    /**
     * The chosen cut-off of one channel.
     *
     * @param cutoffHz the cut-off (Hz) where the residual meets the noise line's intercept; 0 for a
     *     constant channel (nothing to filter)
     * @param noiseRms the noise line's intercept at 0 Hz: the estimated RMS of the white noise, in the
     *     channel's unit (0 for a constant channel)
     */
    record Choice(double cutoffHz, double noiseRms) {
        /** @return whether the channel was constant (no cut-off chosen) */
        boolean constant() {
            return cutoffHz == 0;
        }
    }

    /**
     * Chooses a channel's cut-off by residual analysis.
     *
     * @param x the recorded values, uniformly sampled, at least 3 (not modified)
     * @param sampleRateHz the sampling rate (Hz), positive
     * @return the cut-off and the noise estimate
     */
    static Choice choose(double[] x, double sampleRateHz) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min == max) {
            return new Choice(0, 0);
        }
        double step = TOP_PER_SAMPLE_RATE * sampleRateHz / GRID_STEPS;
        double[] f = new double[GRID_STEPS - 1];
        double[] r = new double[GRID_STEPS - 1];
        SimpleRegression tail = new SimpleRegression();
        for (int k = 0; k < f.length; k++) {
            f[k] = (k + 1) * step;
            r[k] = residual(x, sampleRateHz, f[k]);
            if (f[k] >= TAIL_FROM * sampleRateHz) {
                tail.addData(f[k], r[k]);
            }
        }
        double a = tail.getIntercept();
        int k = 0;
        while (k < f.length && r[k] > a) {
            k++;
        }
        if (k == 0) {
            // already at or below the noise line at the lowest cut-off: the channel is mostly noise
            return new Choice(f[0], Math.max(a, 0));
        }
        if (k == f.length) {
            // never down to the line (a tail that is not straight): the highest cut-off that filters
            return new Choice(f[f.length - 1], Math.max(a, 0));
        }
        double lo = f[k - 1];
        double hi = f[k];
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (residual(x, sampleRateHz, mid) > a) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new Choice(hi, a);
    }

    /**
     * @return the RMS difference between a signal and its zero-lag low-pass at a cut-off
     */
    static double residual(double[] x, double sampleRateHz, double cutoffHz) {
        double[] y = MotionFile.filter(x, sampleRateHz, cutoffHz);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - y[i];
            sum += d * d;
        }
        return Math.sqrt(sum / x.length);
    }
}
