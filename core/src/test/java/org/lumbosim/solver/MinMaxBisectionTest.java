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
            double provedLo = ws.minMaxProvedLowerStressPa();
            assertThat(provedLo).as("%s: proved lower bound", what).isLessThanOrEqualTo(expected * (1 + 1e-12));
            assertThat(max - provedLo).as("%s: proved bracket", what)
                    .isLessThanOrEqualTo(MinMaxBisection.MIN_MAX_CERTIFIED_GAP * max);
            assertThat(ws.iterations()).as("%s: Newton iterations of every trial", what).isGreaterThan(1);
        }
        assertThat(boundsActive).as("forces at their lowered bounds below the optimal stress").isPositive();
    }

    /**
     * Runs each bisection trial with the model's Newton method but reports those whose bound lies
     * strictly inside a window as undecided ({@link QpStatus#NOT_CONVERGED}), as the nearly
     * unbounded dual next to the optimum does; counts the trials that follow the first undecided one.
     */
    private static final class UndecidedWindow implements MinMaxBisection.Trial {
        private final QpWorkspace ws;
        private final double fromPa;
        private final double toPa;
        /** Bound of the first undecided trial (Pa), NaN while there is none. */
        double undecidedPa = Double.NaN;
        /** Trials after the first undecided one, other than its retry at the same bound. */
        int trialsAfter;

        UndecidedWindow(QpWorkspace ws, double fromPa, double toPa) {
            this.ws = ws;
            this.fromPa = fromPa;
            this.toPa = toPa;
        }

        @Override
        public QpStatus solve(int power, double tol, int maxIterations) {
            // every muscle's own bound is above the window, so muscle 0's capped bound is the trial's
            double bound = ws.problem.upper[0] / ws.problem.pcsa[0];
            QpStatus s = ws.newton.solve(power, tol, maxIterations);
            if (!Double.isNaN(undecidedPa) && bound != undecidedPa) {
                trialsAfter++;
            }
            if (bound > fromPa && bound < toPa) {
                if (Double.isNaN(undecidedPa)) {
                    undecidedPa = bound;
                }
                return QpStatus.NOT_CONVERGED;
            }
            return s;
        }
    }

    /**
     * A trial that stays undecided after its retry ends the bisection, and the proved bracket it
     * leaves holds the optimum: with undecided trials just above the optimum (feasible bounds) and
     * just below it (infeasible ones). Before, such a trial counted as infeasible: the bisection
     * went on above a bound never proved infeasible (with the window above the optimum, above the
     * optimum itself), and the proved bracket was not what its stopping rule consulted.
     */
    @Test
    void anUndecidedTrialEndsTheBisectionWithAProvedBracketAroundTheOptimum() {
        double[] a = {0.03, 0.05, 0.08, 0.06};
        double[] pcsa = {5e-4, 12e-4, 8e-4, 20e-4};
        double[] u = new double[a.length];
        double reach = 0;
        for (int i = 0; i < a.length; i++) {
            u[i] = 1e6 * pcsa[i];
            reach += a[i] * u[i];
        }
        double b = 0.4 * reach;
        double optimum = optimalStress(a, pcsa, u, b);
        double window = 1e-3 * optimum;
        for (boolean above : new boolean[] {true, false}) {
            QpWorkspace ws = new QpWorkspace(1, a.length);
            ws.setSize(1, a.length);
            for (int i = 0; i < a.length; i++) {
                ws.setA(0, i, a[i]);
                ws.setMuscle(i, pcsa[i], u[i]);
            }
            ws.setB(0, b);
            UndecidedWindow trials = above ? new UndecidedWindow(ws, optimum, optimum + window)
                    : new UndecidedWindow(ws, optimum - window, optimum);
            String what = (above ? "undecided above" : "undecided below") + " the optimum " + optimum + " Pa";
            assertThat(MinMaxBisection.solve(ws, TOL_NM, 200, trials)).as(what).isEqualTo(QpStatus.OK);
            assertThat(trials.undecidedPa).as("%s: a trial in the window", what).isNotNaN();
            assertThat(trials.trialsAfter).as("%s: trials after the undecided one and its retry", what).isZero();
            double max = 0;
            double moment = 0;
            for (int i = 0; i < a.length; i++) {
                max = Math.max(max, ws.force(i) / pcsa[i]);
                moment += a[i] * ws.force(i);
                assertThat(ws.upperN(i)).as("%s: bound %s restored", what, i).isEqualTo(u[i]);
            }
            assertThat(Math.abs(moment - b)).as(what).isLessThanOrEqualTo(TOL_NM);
            double provedLo = ws.minMaxProvedLowerStressPa();
            assertThat(provedLo).as("%s: proved lower bound", what).isLessThanOrEqualTo(optimum);
            assertThat(max).as("%s: largest stress", what).isGreaterThanOrEqualTo(optimum * (1 - 1e-12));
            assertThat(max - provedLo).as("%s: the wider bracket left by the undecided trial", what)
                    .isGreaterThan(MinMaxBisection.MIN_MAX_PROVED_BRACKET * max);
        }
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
        assertThat(ws.minMaxProvedLowerStressPa()).as("no bracket without forces").isNaN();
        for (int i = 0; i < 4; i++) {
            assertThat(ws.upperN(i)).isEqualTo(600.0);
        }
    }
}
