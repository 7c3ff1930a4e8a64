package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MinMaxBisection} alone, on one-row problems whose min-max stress has a closed form: with
 * positive moment arms {@code a_i}, the smallest {@code s} with
 * {@code Σ a_i min(u_i, s PCSA_i) = b} (piecewise linear and increasing in {@code s}, solved here
 * exactly between its break points {@code u_i / PCSA_i}).
 */
class MinMaxBisectionTest {
    private static final long SEED = 20261207L;
    private static final double TOL_NM = 1e-9;

    private static double optimalStress(double[] a, double[] pcsa, double[] u, double b) {
        int n = a.length;
        double[] breaks = new double[n];
        for (int i = 0; i < n; i++) {
            breaks[i] = u[i] / pcsa[i];
        }
        Arrays.sort(breaks);
        double lo = 0;
        for (double hi : breaks) {
            // on [lo, hi] the muscles with u_i / p_i >= hi are below their bounds
            double capped = 0;
            double slope = 0;
            for (int i = 0; i < n; i++) {
                if (u[i] / pcsa[i] <= lo) {
                    capped += a[i] * u[i];
                } else {
                    slope += a[i] * pcsa[i];
                }
            }
            if (capped + slope * hi >= b) {
                return (b - capped) / slope;
            }
            lo = hi;
        }
        throw new AssertionError("b beyond the reach");
    }

    @Test
    void findsTheClosedFormOptimumAndRestoresTheBounds() {
        Random rnd = new Random(SEED);
        int boundsActive = 0;
        for (int trial = 0; trial < 100; trial++) {
            int n = 3 + rnd.nextInt(20);
            QpWorkspace ws = new QpWorkspace(1, n);
            ws.setSize(1, n);
            double[] a = new double[n];
            double[] pcsa = new double[n];
            double[] u = new double[n];
            double reach = 0;
            for (int i = 0; i < n; i++) {
                a[i] = 0.01 + 0.09 * rnd.nextDouble();
                pcsa[i] = 1e-4 + 19e-4 * rnd.nextDouble();
                u[i] = 0.6e6 * pcsa[i] * (rnd.nextDouble() < 0.3 ? 0.2 + 0.8 * rnd.nextDouble() : 1);
                ws.setA(0, i, a[i]);
                ws.setMuscle(i, pcsa[i], u[i]);
                reach += a[i] * u[i];
            }
            double b = (0.3 + 0.69 * rnd.nextDouble()) * reach;
            ws.setB(0, b);
            double expected = optimalStress(a, pcsa, u, b);
            String what = "trial " + trial + ", optimum " + expected + " Pa";
            assertThat(MinMaxBisection.solve(ws, TOL_NM, 200)).as(what).isEqualTo(QpStatus.OK);
            double max = 0;
            double moment = 0;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, ws.force(i) / pcsa[i]);
                moment += a[i] * ws.force(i);
                assertThat(ws.upperN(i)).as("%s: bound %s restored", what, i).isEqualTo(u[i]);
                assertThat(ws.force(i)).isBetween(0.0, u[i]);
                boundsActive += ws.force(i) == u[i] ? 1 : 0;
            }
            assertThat(Math.abs(moment - b)).as(what).isLessThanOrEqualTo(TOL_NM);
            assertThat(max).as("%s: largest stress", what).isBetween(expected * (1 - 1e-12),
                    expected * (1 + 2 * MinMaxBisection.MIN_MAX_PROVED_BRACKET));
            assertThat(ws.iterations()).as("%s: Newton iterations of every trial", what).isGreaterThan(1);
        }
        assertThat(boundsActive).as("forces at their lowered bounds below the optimal stress").isPositive();
    }

    @Test
    void anInfeasibleProblemIsReportedWithTheBoundsUnchanged() {
        QpWorkspace ws = new QpWorkspace(1, 4);
        ws.setSize(1, 4);
        for (int i = 0; i < 4; i++) {
            ws.setA(0, i, 0.05);
            ws.setMuscle(i, 1e-3, 600);
        }
        ws.setB(0, 4 * 0.05 * 600 + 1);
        assertThat(MinMaxBisection.solve(ws, TOL_NM, 200)).isEqualTo(QpStatus.INFEASIBLE);
        for (int i = 0; i < 4; i++) {
            assertThat(ws.upperN(i)).isEqualTo(600.0);
        }
    }
}
