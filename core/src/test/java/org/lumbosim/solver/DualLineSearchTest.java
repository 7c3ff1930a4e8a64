package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DualLineSearch} alone: the full step when it passes the Armijo test; for squared stress,
 * after a failed full step, the exact maximiser (also where it gains too little for the Armijo
 * test but raises the dual); for cubed stress, acceptance by the slope where two dual values differ
 * only in round-off, and rejection by it where such values would pass the Armijo test.
 */
class DualLineSearchTest {
    private static final long SEED = 20261209L;

    /** Problem, state, dual function and line search, wired as in a workspace. */
    private record Parts(QpProblem p, DualState st, DualFunction fn, DualLineSearch search) {
        static Parts of(QpProblem p) {
            DualState st = new DualState(p.mMax, p.nMax);
            DualFunction fn = new DualFunction(p, st);
            return new Parts(p, st, fn, new DualLineSearch(p, st, fn));
        }

        /** Evaluates the dual at {@code λ0 + t d}; returns its slope along {@code d}. */
        double slope(double[] lambda0, double[] d, double t) {
            for (int j = 0; j < p.m; j++) {
                st.lambda[j] = lambda0[j] + t * d[j];
            }
            fn.evaluate(2);
            double s = 0;
            for (int j = 0; j < p.m; j++) {
                s += st.r[j] * d[j];
            }
            return s;
        }

        /** Sets the dual variables to {@code λ0}, evaluates there and returns the dual value. */
        double start(double[] lambda0, int power) {
            System.arraycopy(lambda0, 0, st.lambda, 0, p.m);
            double g = fn.evaluate(power);
            st.residualNorm(p.m);
            return g;
        }
    }

    /** Random dual variables and a direction along which the squared-stress dual peaks at {@code target}. */
    private static double[][] randomLine(Parts parts, Random rnd, double target) {
        QpProblem p = parts.p();
        double[] lambda0 = new double[p.mMax];
        double[] d = new double[p.mMax];
        for (int j = 0; j < p.m; j++) {
            lambda0[j] = 3e9 * rnd.nextGaussian();
            d[j] = 3e9 * rnd.nextGaussian();
        }
        if (parts.slope(lambda0, d, 0) < 0) {
            for (int j = 0; j < p.m; j++) {
                d[j] = -d[j];
            }
        }
        double hi = 1;
        while (parts.slope(lambda0, d, hi) > 0) {
            hi *= 2;
        }
        double lo = 0;
        for (int k = 0; k < 100; k++) {
            double mid = 0.5 * (lo + hi);
            if (parts.slope(lambda0, d, mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        for (int j = 0; j < p.m; j++) {
            d[j] *= lo / target;
        }
        return new double[][] {lambda0, d};
    }

    @Test
    void takesTheFullStepOrJumpsToTheExactMaximiser() {
        Random rnd = new Random(SEED);
        int full = 0;
        int exact = 0;
        for (int trial = 0; trial < 200; trial++) {
            Parts parts = Parts.of(DualNewtonTest.feasibleBandedProblem(rnd));
            QpProblem p = parts.p();
            boolean beyond = trial % 2 == 0;
            double[][] line = randomLine(parts, rnd, beyond ? 1.5 + rnd.nextDouble() : 0.05 + 0.4 * rnd.nextDouble());
            double[] lambda0 = line[0];
            double[] d = line[1];
            double g0 = parts.start(lambda0, 2);
            double te = new ExactLineSearch(p).maximiser(d, parts.st().s.clone());
            long before = parts.st().dualEvaluations;
            String what = "trial " + trial;
            assertThat(parts.search().search(2, g0, d)).as(what).isTrue();
            long evaluations = parts.st().dualEvaluations - before;
            double t = beyond ? 1 : te;
            for (int j = 0; j < p.m; j++) {
                assertThat(parts.st().lambda[j]).as("%s: λ_%s at step %s", what, j, t).isEqualTo(lambda0[j] + t * d[j]);
            }
            assertThat(evaluations).as("%s: dual evaluations", what).isEqualTo(beyond ? 1L : 2L);
            assertThat(parts.search().value()).as(what).isGreaterThan(g0);
            if (beyond) {
                full++;
            } else {
                exact++;
            }
            parts.search().restoreStart();
            assertThat(parts.st().lambda).as("%s: restored start", what).isEqualTo(lambda0);
        }
        assertThat(full).isEqualTo(100);
        assertThat(exact).isEqualTo(100);
    }

    /**
     * One row; muscle 0 (PCSA 1e6 m², bound 1e6 N) reaches its bound at t = 1e-6, after which the
     * slope drops from 1e6 to 0.5 - t (muscle 1): the maximiser t = 0.5 gains about 0.6, far less
     * than the Armijo test asks (1e-4 x 0.5 x 1e6 = 50), yet it raises the dual and is taken.
     */
    @Test
    void acceptsAnExactMaximiserThatFailsTheArmijoTest() {
        QpProblem p = new QpProblem(1, 2);
        p.pcsa[0] = 1e6;
        p.upper[0] = 1e6;
        p.pcsa[1] = 1;
        p.upper[1] = 1e9;
        p.a[0] = 1;
        p.a[1] = 1;
        p.b[0] = 1e6 + 0.5;
        Parts parts = Parts.of(p);
        double g0 = parts.start(new double[] {0}, 2);
        long before = parts.st().dualEvaluations;
        double[] d = {1};
        assertThat(parts.search().search(2, g0, d)).isTrue();
        assertThat(parts.st().lambda[0]).isCloseTo(0.5, offset(1e-9));
        assertThat(parts.st().dualEvaluations - before).as("full step, then the maximiser").isEqualTo(2L);
        assertThat(parts.search().value() - g0).as("gain").isPositive().isLessThan(1e-4 * 0.5 * p.b[0]);
    }

    /**
     * Cubed stress, row 0: one muscle with {@code F = 1.8 √s} from {@code s = 0}, {@code b = 1},
     * direction {@code d = (1, 0)}: the slope {@code 1 - 1.8 √t} is convex, the full step loses 0.2
     * (the Armijo test fails) although the slope at {@code t = 1}, -0.8, passes the approximate Wolfe
     * test. Row 1 holds a muscle at its bound whose dual variable {@code L} only adds a constant
     * {@code 1/3 - L} to the dual: with {@code L = 1e11} the loss of 0.2 is within 1e-10 of the
     * dual's size, so the slope decides and the full step is taken; with {@code L = 0} the values
     * decide and the step is halved.
     */
    @Test
    void cubedStressJudgesByTheSlopeWhereTheDualsChangeIsWithinItsRoundOff() {
        QpProblem p = new QpProblem(2, 2);
        p.pcsa[0] = Math.pow(1.8, 2.0 / 3);
        p.upper[0] = 1e9;
        p.pcsa[1] = 1;
        p.upper[1] = 1;
        p.a[0] = 1;
        p.setColumnRows(0, 0, 1);
        p.a[2 + 1] = 1;
        p.setColumnRows(1, 1, 2);
        p.b[0] = 1;
        Parts parts = Parts.of(p);
        double[] d = {1, 0};
        for (double big : new double[] {0, 1e11}) {
            double g0 = parts.start(new double[] {0, big}, 3);
            long before = parts.st().dualEvaluations;
            assertThat(parts.search().search(3, g0, d)).isTrue();
            double t = big > 0 ? 1 : 0.5;
            assertThat(parts.st().lambda[0]).as("L = %s: step length", big).isEqualTo(t);
            assertThat(parts.st().dualEvaluations - before).as("L = %s: evaluations", big).isEqualTo(big > 0 ? 1L : 2L);
            if (big > 0) {
                assertThat(parts.st().f[1]).as("muscle 1 at its bound").isEqualTo(1.0);
                assertThat(parts.search().value()).as("the full step lowers the dual").isLessThan(g0);
            }
        }
    }

    /**
     * Cubed stress, row 0: a flexing column ({@code +1}, {@code F = √s}) and an extending one
     * ({@code -1}, {@code F = 0.5 √-s}), {@code b = 0}: a deviation pair whose optimum is zero. From
     * {@code λ = -1} (extending side, force 0.5) the Newton direction {@code d = 2} flips {@code s} to
     * {@code +1} (flexing side, force 1): the dual falls by 1/3 and the slope goes from 1 to -2. Row 1
     * holds a muscle at its bound whose dual variable {@code L} only adds {@code 1/3 - L} to the dual:
     * with {@code L = 1e17} (one unit in the last place: 16) the two dual values are equal in double
     * precision, so the Armijo test would pass on round-off; the slope alone decides and the step is
     * halved to {@code s = 0}, the optimum, as the values decide it with {@code L = 0}.
     */
    @Test
    void roundOffInTheDualValuesDoesNotAcceptAFlipAcrossTheKink() {
        QpProblem p = new QpProblem(2, 3);
        p.pcsa[0] = 1;
        p.upper[0] = 1e9;
        p.a[0] = 1;
        p.setColumnRows(0, 0, 1);
        p.pcsa[1] = 1;
        p.upper[1] = 1;
        p.a[2 + 1] = 1;
        p.setColumnRows(1, 1, 2);
        p.pcsa[2] = Math.pow(0.5, 2.0 / 3);
        p.upper[2] = 1e9;
        p.a[4] = -1;
        p.setColumnRows(2, 0, 1);
        Parts parts = Parts.of(p);
        double[] d = {2, 0};
        for (double big : new double[] {0, 1e17}) {
            double g0 = parts.start(new double[] {-1, big}, 3);
            assertThat(parts.st().f[2]).as("L = %s: extending force", big).isCloseTo(0.5, offset(1e-15));
            long before = parts.st().dualEvaluations;
            assertThat(parts.search().search(3, g0, d)).isTrue();
            assertThat(parts.st().lambda[0]).as("L = %s: halved onto the kink", big).isEqualTo(0.0);
            assertThat(parts.st().dualEvaluations - before).as("L = %s: evaluations", big).isEqualTo(2L);
        }
    }
}
