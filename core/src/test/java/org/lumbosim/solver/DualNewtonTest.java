package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DualNewton} alone, on random feasible problems with banded columns (each muscle spans a
 * random range of rows, as in the model): it reaches the KKT conditions with its own dual
 * variables (checked here with dense arithmetic: balance, bounds, each force the criterion's
 * minimiser for {@code (Aᵀλ)_i}, which is stationarity and the multipliers' signs at the bounds);
 * a converged solve warm-starts the next in no iterations; the iteration limit and the deferred
 * unreachable-row test end a solve as documented; a model problem whose last steps gain less than
 * the dual value's round-off converges.
 */
class DualNewtonTest {
    private static final long SEED = 20261205L;
    private static final double TOL_NM = 1e-8;

    /** The parts of a workspace, wired as {@link QpWorkspace} does. */
    private record Solver(QpProblem p, DualState st, DualNewton newton) {
        static Solver of(QpProblem p) {
            DualState st = new DualState(p.mMax, p.nMax);
            return new Solver(p, st, new DualNewton(p, st, new DualFunction(p, st)));
        }
    }

    /** A random banded problem with {@code b = A F0} for random forces {@code F0} inside the bounds. */
    static QpProblem feasibleBandedProblem(Random rnd) {
        QpProblem p = DualHessianTest.randomBandedProblem(rnd, 15, 60);
        for (int j = 0; j < p.m; j++) {
            p.b[j] = 0;
        }
        for (int i = 0; i < p.n; i++) {
            double f0 = rnd.nextDouble() * p.upper[i];
            for (int j = p.rowLo[i]; j < p.rowHi[i]; j++) {
                p.b[j] += p.coefficient(j, i) * f0;
            }
        }
        return p;
    }

    /** KKT of the criterion {@code Σ (F_i/p_i)^power / power} with the solver's own dual variables, in dense arithmetic. */
    static void assertKkt(QpProblem p, DualState st, int power, double tol, String what) {
        for (int j = 0; j < p.m; j++) {
            double sum = 0;
            for (int i = 0; i < p.n; i++) {
                sum += p.coefficient(j, i) * st.f[i];
            }
            assertThat(Math.abs(sum - p.b[j])).as("%s: |A F - b| in row %s", what, j).isLessThanOrEqualTo(tol);
        }
        for (int i = 0; i < p.n; i++) {
            double f = st.f[i];
            assertThat(f).as("%s: force %s within its bounds", what, i).isBetween(0.0, p.upper[i]);
            double s = 0;
            for (int j = 0; j < p.m; j++) {
                s += p.coefficient(j, i) * st.lambda[j];
            }
            double pi = p.pcsa[i];
            // phi'(F/p)/p = s on a free force; s <= 0 at zero; s >= phi'(u/p)/p at the upper bound
            double gradient = (power == 2 ? f / pi : (f / pi) * (f / pi)) / pi;
            double gradientAtU = (power == 2 ? p.upper[i] / pi : (p.upper[i] / pi) * (p.upper[i] / pi)) / pi;
            double eps = 1e-9 * gradientAtU;
            if (f == 0) {
                assertThat(s).as("%s: (Aᵀλ)_%s at F = 0", what, i).isLessThanOrEqualTo(eps);
            } else if (f == p.upper[i]) {
                assertThat(s).as("%s: (Aᵀλ)_%s at F = u", what, i).isGreaterThanOrEqualTo(gradientAtU - eps);
            } else {
                assertThat(Math.abs(s - gradient)).as("%s: stationarity of free force %s", what, i).isLessThanOrEqualTo(eps);
            }
        }
    }

    @Test
    void reachesKktOnRandomFeasibleBandedProblems() {
        Random rnd = new Random(SEED);
        int free = 0;
        for (int trial = 0; trial < 200; trial++) {
            QpProblem p = feasibleBandedProblem(rnd);
            for (int power = 2; power <= 3; power++) {
                Solver s = Solver.of(p);
                String what = "trial " + trial + ", power " + power + ", " + p.m + " x " + p.n;
                assertThat(s.newton().solve(power, TOL_NM, 500)).as(what).isEqualTo(QpStatus.OK);
                assertThat(s.st().residualNm).as(what).isLessThanOrEqualTo(TOL_NM);
                assertKkt(p, s.st(), power, TOL_NM, what);
                for (int i = 0; i < p.n; i++) {
                    free += s.st().f[i] > 0 && s.st().f[i] < p.upper[i] ? 1 : 0;
                }
                // warm start from the solution: converged before the first iteration, same forces
                double[] f = s.st().f.clone();
                assertThat(s.newton().solve(power, TOL_NM, 500)).isEqualTo(QpStatus.OK);
                assertThat(s.st().iterations).as("%s: warm re-solve iterations", what).isZero();
                assertThat(s.st().f).isEqualTo(f);
            }
        }
        assertThat(free).as("free forces (stationarity checked)").isGreaterThan(2000);
    }

    @Test
    void stopsAtTheIterationLimit() {
        Random rnd = new Random(SEED + 1);
        int limited = 0;
        for (int trial = 0; trial < 50; trial++) {
            QpProblem p = feasibleBandedProblem(rnd);
            Solver s = Solver.of(p);
            QpStatus st = s.newton().solve(2, TOL_NM, 1);
            assertThat(s.st().iterations).isLessThanOrEqualTo(1);
            if (st == QpStatus.NOT_CONVERGED) {
                limited++;
                assertThat(s.st().residualNm).as("trial %s: residual of a stopped solve", trial).isGreaterThan(TOL_NM);
                // the next solve continues from where this one stopped
                assertThat(s.newton().solve(2, TOL_NM, 500)).isEqualTo(QpStatus.OK);
            }
        }
        assertThat(limited).as("cold solves not done in one iteration").isGreaterThan(40);
    }

    @Test
    void unreachableRowEndsTheSolveWithZeroForcesAndTheStartingDuals() {
        Random rnd = new Random(SEED + 2);
        for (int trial = 0; trial < 50; trial++) {
            QpProblem p = feasibleBandedProblem(rnd);
            int row = rnd.nextInt(p.m);
            double reach = 0;
            for (int i = 0; i < p.n; i++) {
                reach += Math.max(0, p.coefficient(row, i)) * p.upper[i];
            }
            p.b[row] = reach + 1;
            for (int power = 2; power <= 3; power++) {
                Solver s = Solver.of(p);
                for (int j = 0; j < p.m; j++) {
                    s.st().lambda[j] = 1e6 * rnd.nextGaussian();
                }
                double[] start = s.st().lambda.clone();
                String what = "trial " + trial + ", power " + power;
                assertThat(s.newton().solve(power, TOL_NM, 500)).as(what).isEqualTo(QpStatus.INFEASIBLE);
                assertThat(s.st().worstRow).as(what).isEqualTo(row);
                assertThat(s.st().residualNm).as("%s: shortfall of the row", what).isCloseTo(1.0, offset(1e-6));
                assertThat(s.st().lambda).as("%s: dual variables of the start", what).isEqualTo(start);
                for (int i = 0; i < p.n; i++) {
                    assertThat(s.st().f[i]).as(what).isZero();
                }
            }
        }
    }

    /**
     * The recruitment problem of a light subject (45.2 kg) lying on the side with 27.6 kg in the
     * hands (squared stress; min-max optimum 0.751 MPa, just below the 0.755 MPa bound, so the dual
     * variables are large: up to 1.75e12). The dual value is then 2.3e12 and a Newton step near the
     * solution (residual 2e-9 N·m) gains about 2e-5, below one unit in its last place (5e-4): the
     * Armijo test was decided by round-off and the solve stalled at 2.185e-9 N·m for 200 or 2,000
     * iterations, warm or cold. Judging such steps by the slope (approximate Wolfe, as for cubed
     * stress) converges, and the result meets the KKT conditions.
     */
    @Test
    void convergesWhereTheLastStepsGainLessThanTheDualsRoundOff() throws IOException {
        QpProblem p = resourceProblem("lying-side-round-off.txt");
        Solver s = Solver.of(p);
        assertThat(s.newton().solve(2, 1e-9, 200)).isEqualTo(QpStatus.OK);
        assertThat(s.st().iterations).as("iterations").isLessThanOrEqualTo(20);
        assertKkt(p, s.st(), 2, 1e-9, "lying on the side");
    }

    /** Reads a problem stored as in {@code lying-side-round-off.txt} ('#' lines are comments). */
    private static QpProblem resourceProblem(String name) throws IOException {
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DualNewtonTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            lines = in.lines().filter(l -> !l.startsWith("#")).toList();
        }
        String[] size = lines.get(0).split(" ");
        int m = Integer.parseInt(size[0]);
        int n = Integer.parseInt(size[1]);
        QpProblem p = new QpProblem(m, n);
        String[] b = lines.get(1).split(" ");
        for (int j = 0; j < m; j++) {
            p.b[j] = Double.parseDouble(b[j]);
        }
        for (int i = 0; i < n; i++) {
            String[] c = lines.get(2 + i).split(" ");
            p.pcsa[i] = Double.parseDouble(c[0]);
            p.lower[i] = Double.parseDouble(c[1]);
            p.upper[i] = Double.parseDouble(c[2]);
            for (int j = 0; j < m; j++) {
                p.a[i * m + j] = Double.parseDouble(c[3 + j]);
            }
        }
        return p;
    }
}
