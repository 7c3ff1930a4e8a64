package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DualFunction} alone: forces, {@code dF/ds} and residual against a direct computation, and
 * the residual {@code b - A F} against central differences of the dual value (it is the dual's
 * gradient), for squared and cubed stress.
 */
class DualFunctionTest {
    private static final long SEED = 20261204L;

    private static QpProblem problem(Random rnd) {
        QpProblem p = DualHessianTest.randomBandedProblem(rnd, 15, 60);
        for (int j = 0; j < p.m; j++) {
            p.b[j] = 200 * rnd.nextGaussian();
        }
        return p;
    }

    /** Force of the criterion {@code Σ (F/p)^power / power} for {@code s = (Aᵀλ)_i}, clamped to the bounds. */
    private static double force(QpProblem p, int i, double s, int power) {
        double pi = p.pcsa[i];
        double free = s <= 0 ? 0 : power == 2 ? pi * pi * s : Math.pow(pi, 1.5) * Math.sqrt(s);
        return Math.min(free, p.upper[i]);
    }

    @Test
    void forcesAndResidualAreTheDualsClampAndGradient() {
        Random rnd = new Random(SEED);
        int atBound = 0;
        int free = 0;
        for (int trial = 0; trial < 100; trial++) {
            QpProblem p = problem(rnd);
            DualState st = new DualState(p.mMax, p.nMax);
            DualFunction fn = new DualFunction(p, st);
            int power = 2 + trial % 2;
            double lambdaScale = power == 2 ? 3e9 : 3e15;
            for (int j = 0; j < p.m; j++) {
                st.lambda[j] = lambdaScale * rnd.nextGaussian();
            }
            long before = st.dualEvaluations;
            double g = fn.evaluate(power);
            assertThat(st.dualEvaluations).isEqualTo(before + 1);
            String what = "trial " + trial + ", power " + power;
            double[] r = new double[p.m];
            double scale = 0;
            for (int j = 0; j < p.m; j++) {
                r[j] = p.b[j];
                scale += Math.abs(p.b[j]);
            }
            for (int i = 0; i < p.n; i++) {
                double s = 0;
                for (int j = 0; j < p.m; j++) {
                    s += p.coefficient(j, i) * st.lambda[j];
                }
                double f = force(p, i, s, power);
                assertThat(st.f[i]).as("%s: force %s", what, i).isCloseTo(f, offset(1e-9 * p.upper[i]));
                if (f == p.upper[i] || f == 0) {
                    assertThat(st.dfds[i]).as("%s: dF/ds at a bound", what).isZero();
                    atBound++;
                } else {
                    double expected = power == 2 ? p.pcsa[i] * p.pcsa[i] : Math.pow(p.pcsa[i], 1.5) / (2 * Math.sqrt(s));
                    assertThat(st.dfds[i]).as("%s: dF/ds of free muscle %s", what, i)
                            .isCloseTo(expected, offset(1e-9 * expected));
                    free++;
                }
                for (int j = 0; j < p.m; j++) {
                    r[j] -= p.coefficient(j, i) * f;
                    scale += Math.abs(p.coefficient(j, i) * f);
                }
            }
            double max = 0;
            for (int j = 0; j < p.m; j++) {
                assertThat(Math.abs(st.r[j] - r[j])).as("%s: residual row %s", what, j).isLessThanOrEqualTo(1e-9 * scale);
                max = Math.max(max, Math.abs(st.r[j]));
            }
            assertThat(st.residualNorm(p.m)).isEqualTo(max);
            assertThat(fn.balanceResidual()).as("%s: balance residual, same arithmetic", what).isEqualTo(max);
            // r is the dual's gradient: central differences of g along each row
            double[] rCopy = st.r.clone();
            for (int j = 0; j < p.m; j++) {
                double h = 1e-7 * lambdaScale;
                double l0 = st.lambda[j];
                st.lambda[j] = l0 + h;
                double gPlus = fn.evaluate(power);
                st.lambda[j] = l0 - h;
                double gMinus = fn.evaluate(power);
                st.lambda[j] = l0;
                double fd = (gPlus - gMinus) / (2 * h);
                double roundOff = 1e-15 * (Math.abs(g) + lambdaScale * scale) / h;
                assertThat(Math.abs(fd - rCopy[j])).as("%s: dg/dλ_%s = %s vs residual %s", what, j, fd, rCopy[j])
                        .isLessThanOrEqualTo(1e-6 * scale + roundOff);
            }
        }
        assertThat(atBound).as("muscles at a bound").isGreaterThan(500);
        assertThat(free).as("muscles between their bounds").isGreaterThan(500);
    }

    @Test
    void balanceResidualLeavesTheSolveAlone() {
        Random rnd = new Random(SEED + 1);
        QpProblem p = problem(rnd);
        DualState st = new DualState(p.mMax, p.nMax);
        DualFunction fn = new DualFunction(p, st);
        for (int j = 0; j < p.m; j++) {
            st.lambda[j] = 3e9 * rnd.nextGaussian();
        }
        fn.evaluate(2);
        double norm = st.residualNorm(p.m);
        double[] r = st.r.clone();
        // forces changed by hand: the balance residual is that of the new forces
        st.f[0] += 1;
        double expected = 0;
        for (int j = 0; j < p.m; j++) {
            expected = Math.max(expected, Math.abs(r[j] - p.coefficient(j, 0)));
        }
        assertThat(fn.balanceResidual()).isCloseTo(expected, offset(1e-9 * (1 + expected)));
        assertThat(st.r).as("the solve's residual vector").isEqualTo(r);
        assertThat(st.residualNm).isEqualTo(norm);
    }
}
