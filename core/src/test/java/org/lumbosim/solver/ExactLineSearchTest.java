package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactLineSearch} alone: along a random direction {@code d} from random dual variables of
 * a random banded problem, the squared-stress dual {@code g(t)} is concave and piecewise
 * quadratic; its maximiser over (0, 1] is found here independently (slope root by bisection, and a
 * grid of 4,001 points) and compared with the heap-based break-point search.
 */
class ExactLineSearchTest {
    private static final long SEED = 20261203L;
    private static final int GRID = 4000;

    /** Everything the reference needs along the line: start {@code s = Aᵀλ0}, {@code δ = Aᵀd}, {@code λ0·b}, {@code b·d}. */
    private record Line(QpProblem p, double[] s0, double[] delta, double lb, double bd) {
        double force(int i, double t) {
            double q = p.pcsa[i] * p.pcsa[i];
            return Math.min(p.upper[i], Math.max(0, q * (s0[i] + t * delta[i])));
        }

        /** The dual {@code g(λ0 + t d)}: {@code λ·b + Σ (½ (F_i/p_i)² - s_i F_i)} with the optimal forces. */
        double value(double t) {
            double g = lb + t * bd;
            for (int i = 0; i < p.n; i++) {
                double f = force(i, t);
                double stress = f / p.pcsa[i];
                g += 0.5 * stress * stress - (s0[i] + t * delta[i]) * f;
            }
            return g;
        }

        /** {@code g'(t) = b·d - Σ δ_i F_i(t)}. */
        double slope(double t) {
            double g = bd;
            for (int i = 0; i < p.n; i++) {
                g -= delta[i] * force(i, t);
            }
            return g;
        }

        /** A size of the terms of the slope, for round-off tolerances. */
        double slopeScale(double t) {
            double sum = Math.abs(bd);
            for (int i = 0; i < p.n; i++) {
                sum += Math.abs(delta[i] * force(i, t));
            }
            return sum;
        }

        /** A size of the terms of the value, for round-off tolerances. */
        double valueScale(double t) {
            double sum = Math.abs(lb) + Math.abs(t * bd);
            for (int i = 0; i < p.n; i++) {
                sum += Math.abs((s0[i] + t * delta[i]) * force(i, t));
            }
            return sum;
        }

        /** The root of the non-increasing slope, by bisection on [0, tMax] (the slope is negative at tMax). */
        double slopeRoot(double tMax) {
            double lo = 0;
            double hi = tMax;
            for (int k = 0; k < 200; k++) {
                double mid = 0.5 * (lo + hi);
                if (slope(mid) > 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return 0.5 * (lo + hi);
        }
    }

    private static double[] transposeTimes(QpProblem p, double[] y) {
        double[] s = new double[p.nMax];
        for (int i = 0; i < p.n; i++) {
            for (int j = 0; j < p.m; j++) {
                s[i] += p.coefficient(j, i) * y[j];
            }
        }
        return s;
    }

    /** A random line whose dual rises at t = 0 and has its maximiser at {@code target} (scaled to it). */
    private static Line randomLine(Random rnd, double target, double[] dOut) {
        QpProblem p = DualHessianTest.randomBandedProblem(rnd, 15, 60);
        for (int j = 0; j < p.m; j++) {
            // b = A F0 for forces F0 inside the bounds: the dual is bounded above
            double sum = 0;
            for (int i = 0; i < p.n; i++) {
                sum += p.coefficient(j, i) * p.upper[i] * ((i * 7 + j) % 5) / 4.0;
            }
            p.b[j] = sum;
        }
        double[] lambda0 = new double[p.mMax];
        double[] d = new double[p.mMax];
        for (int j = 0; j < p.m; j++) {
            // of the order of the dual variables that put a muscle between its bounds
            lambda0[j] = 3e9 * rnd.nextGaussian();
            d[j] = 3e9 * rnd.nextGaussian();
        }
        Line line = line(p, lambda0, d);
        if (line.slope(0) < 0) {
            for (int j = 0; j < p.m; j++) {
                d[j] = -d[j];
            }
            line = line(p, lambda0, d);
        }
        double tMax = 1;
        while (line.slope(tMax) > 0) {
            tMax *= 2;
        }
        double root = line.slopeRoot(tMax);
        for (int j = 0; j < p.m; j++) {
            d[j] *= root / target;
        }
        System.arraycopy(d, 0, dOut, 0, p.mMax);
        return line(p, lambda0, d);
    }

    private static Line line(QpProblem p, double[] lambda0, double[] d) {
        double lb = 0;
        double bd = 0;
        for (int j = 0; j < p.m; j++) {
            lb += lambda0[j] * p.b[j];
            bd += p.b[j] * d[j];
        }
        return new Line(p, transposeTimes(p, lambda0), transposeTimes(p, d), lb, bd);
    }

    @Test
    void findsTheMaximiserOfRandomPiecewiseQuadraticDuals() {
        Random rnd = new Random(SEED);
        int interior = 0;
        int breakPointsPassed = 0;
        for (int trial = 0; trial < 300; trial++) {
            double target = 0.02 + 1.4 * rnd.nextDouble();
            double[] d = new double[15];
            Line line = randomLine(rnd, target, d);
            ExactLineSearch search = new ExactLineSearch(line.p());
            double t = search.maximiser(d, line.s0());
            String what = "trial " + trial + " (maximiser near " + target + ")";
            double tRef = Math.min(1, line.slopeRoot(Math.max(2, 2 * target)));
            if (target > 1.001) {
                assertThat(t).as("%s: the dual still rises at t = 1", what).isEqualTo(1.0);
                continue;
            }
            if (target < 0.999) {
                assertThat(t).as(what).isGreaterThan(0.0).isLessThan(1.0);
                interior++;
                assertThat(Math.abs(line.slope(t))).as("%s: slope at the returned step", what)
                        .isLessThanOrEqualTo(1e-9 * line.slopeScale(t));
            }
            double best = line.value(t);
            double scale = line.valueScale(t);
            assertThat(best).as("%s: g(t) vs g at the bisection root %s", what, tRef)
                    .isGreaterThanOrEqualTo(line.value(tRef) - 1e-12 * scale);
            for (int k = 0; k <= GRID; k++) {
                double tk = k / (double) GRID;
                assertThat(line.value(tk)).as("%s: g on the grid at %s", what, tk)
                        .isLessThanOrEqualTo(best + 1e-12 * scale);
            }
            for (int i = 0; i < line.p().n; i++) {
                // break points between 0 and the maximiser: muscles that reached or left a bound on the way
                boolean atBound0 = line.force(i, 0) == 0 || line.force(i, 0) == line.p().upper[i];
                boolean atBoundT = line.force(i, t) == 0 || line.force(i, t) == line.p().upper[i];
                breakPointsPassed += atBound0 != atBoundT ? 1 : 0;
            }
        }
        assertThat(interior).as("interior maximisers").isGreaterThan(150);
        assertThat(breakPointsPassed).as("bound changes between t = 0 and the maximiser (the heap was used)")
                .isGreaterThan(300);
    }

    @Test
    void returnsNoStepWhereTheDualFallsFromTheStart() {
        Random rnd = new Random(SEED + 1);
        for (int trial = 0; trial < 100; trial++) {
            double[] d = new double[15];
            Line up = randomLine(rnd, 0.5, d);
            for (int j = 0; j < d.length; j++) {
                d[j] = -d[j];
            }
            ExactLineSearch search = new ExactLineSearch(up.p());
            assertThat(search.maximiser(d, up.s0())).as("trial %s: descent direction", trial).isLessThanOrEqualTo(0.0);
        }
    }
}
