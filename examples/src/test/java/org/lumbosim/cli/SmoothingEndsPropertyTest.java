package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The physics hunt (fourteenth session) over the motion command's smoothing: the zero-lag Butterworth filter
 * ({@link MotionFile#filter}) and the Savitzky-Golay smoothing ({@link SavitzkyGolay#smooth}) over seeded random
 * records (1-3,000 samples at 1-2,000 Hz, cut-offs from the least accepted, {@link MotionFile#MIN_CUTOFF_PER_SAMPLE_RATE}
 * of the rate, to half the rate; random walks, sines with noise, steps, spikes, constants, values up to 1e6) never
 * give a NaN or an infinite value, at the record's ends or elsewhere, keep the record's length, return a constant
 * record unchanged (1e-9 relative), stay within ten times the record's largest deviation from its first value, and
 * Savitzky-Golay returns a cubic unchanged (1e-6 of its range), ends included. {@code -Dphysfuzz.scale=N}.
 */
class SmoothingEndsPropertyTest {
    static final long SEED = 20261441L;
    static final int SCALE = Integer.getInteger("physfuzz.scale", 1);

    /** A record: samples, rate (Hz), cut-off (Hz) and what kind of signal. */
    record Record(double[] x, double rateHz, double cutoffHz, String kind) {
        @Override
        public String toString() {
            return kind + ", " + x.length + " samples at " + rateHz + " Hz, cut-off " + cutoffHz + " Hz";
        }
    }

    static Stream<Arguments> records() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        return IntStream.range(0, 300 * SCALE).mapToObj(i -> Arguments.of(i, record(rnd))).toList().stream();
    }

    static Record record(SplittableRandom rnd) {
        int n = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(12) : 1 + rnd.nextInt(3000);
        double rate = rnd.nextBoolean() ? new double[] {1, 30, 60, 100, 120, 240, 1000, 2000}[rnd.nextInt(8)]
                : 1 + rnd.nextDouble() * 1999;
        double lo = Math.log(MotionFile.MIN_CUTOFF_PER_SAMPLE_RATE);
        double share = rnd.nextInt(10) == 0 ? MotionFile.MIN_CUTOFF_PER_SAMPLE_RATE
                : Math.exp(lo + rnd.nextDouble() * (Math.log(0.5) - lo));
        double scale = rnd.nextInt(5) == 0 ? 1e6 : 1 + rnd.nextDouble() * 90;
        double[] x = new double[n];
        String kind;
        switch (rnd.nextInt(5)) {
            case 0 -> {
                kind = "random walk";
                for (int i = 1; i < n; i++) {
                    x[i] = x[i - 1] + scale * 0.01 * rnd.nextGaussian();
                }
            }
            case 1 -> {
                kind = "sine with noise";
                double f = rnd.nextDouble() * rate / 2;
                for (int i = 0; i < n; i++) {
                    x[i] = scale * Math.sin(2 * Math.PI * f * i / rate) + scale * 0.05 * rnd.nextGaussian();
                }
            }
            case 2 -> {
                kind = "step";
                int at = rnd.nextInt(n);
                for (int i = at; i < n; i++) {
                    x[i] = scale;
                }
            }
            case 3 -> {
                kind = "spikes";
                for (int i = 0; i < n; i++) {
                    x[i] = rnd.nextInt(20) == 0 ? scale * (rnd.nextBoolean() ? 1 : -1) : 0;
                }
            }
            default -> {
                kind = "constant";
                java.util.Arrays.fill(x, scale * (rnd.nextBoolean() ? 1 : -1));
            }
        }
        return new Record(x, rate, share * rate, kind);
    }

    @ParameterizedTest(name = "seed " + SEED + " case {0}: {1}")
    @MethodSource("records")
    void smoothingIsFiniteAtTheEndsAndKeepsAConstant(int index, Record r) {
        double spread = 0;
        for (double v : r.x()) {
            spread = Math.max(spread, Math.abs(v - r.x()[0]));
        }
        for (String how : new String[] {"butterworth", "savitzky-golay"}) {
            double[] y = how.equals("butterworth") ? MotionFile.filter(r.x(), r.rateHz(), r.cutoffHz())
                    : SavitzkyGolay.smooth(r.x(), r.rateHz(), r.cutoffHz());
            assertThat(y).as("%s length", how).hasSize(r.x().length);
            for (int i = 0; i < y.length; i++) {
                assertThat(Double.isFinite(y[i])).as("%s sample %s of %s: %s", how, i, y.length, y[i]).isTrue();
                assertThat(Math.abs(y[i] - r.x()[0])).as("%s sample %s deviation", how, i)
                        .isLessThanOrEqualTo(10 * spread + 1e-9 * Math.abs(r.x()[0]));
            }
        }
    }

    @ParameterizedTest(name = "seed " + SEED + " case {0}: {1}")
    @MethodSource("records")
    void savitzkyGolayKeepsACubic(int index, Record r) {
        int n = r.x().length;
        double[] c = new double[n];
        double a = r.x()[0] / 1e3;
        double range = 0;
        for (int i = 0; i < n; i++) {
            double t = i / (double) Math.max(1, n - 1);
            c[i] = 1 + a * t - 2 * t * t + 3 * t * t * t;
            range = Math.max(range, Math.abs(c[i]));
        }
        double[] y = SavitzkyGolay.smooth(c, r.rateHz(), r.cutoffHz());
        for (int i = 0; i < n; i++) {
            assertThat(Math.abs(y[i] - c[i])).as("sample %s of %s: %s against %s", i, n, y[i], c[i])
                    .isLessThanOrEqualTo(1e-6 * range);
        }
    }
}
