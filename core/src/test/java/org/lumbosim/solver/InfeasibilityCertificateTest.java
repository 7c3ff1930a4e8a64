package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link InfeasibilityCertificate} alone: a Farkas direction built into {@code b} is recognised
 * (and the same direction is not, when {@code b} falls short of the bound), no dual variables
 * certify a feasible problem, and an unreachable row is found with its shortfall.
 */
class InfeasibilityCertificateTest {
    private static final long SEED = 20261206L;

    private static double[] transposeTimes(QpProblem p, double[] y) {
        double[] s = new double[p.nMax];
        for (int i = 0; i < p.n; i++) {
            for (int j = 0; j < p.m; j++) {
                s[i] += p.coefficient(j, i) * y[j];
            }
        }
        return s;
    }

    /** {@code Σ u_i max(0, (Aᵀy)_i)}: the largest {@code y·(A F)} over forces within the bounds. */
    private static double support(QpProblem p, double[] y) {
        double[] s = transposeTimes(p, y);
        double sum = 0;
        for (int i = 0; i < p.n; i++) {
            sum += p.upper[i] * Math.max(0, s[i]);
        }
        return sum;
    }

    @Test
    void recognisesAFarkasDirectionOnlyBeyondTheSupport() {
        Random rnd = new Random(SEED);
        for (int trial = 0; trial < 200; trial++) {
            QpProblem p = DualHessianTest.randomBandedProblem(rnd, 15, 60);
            DualState st = new DualState(p.mMax, p.nMax);
            InfeasibilityCertificate cert = new InfeasibilityCertificate(p, st);
            double[] dir = new double[p.mMax];
            double norm2 = 0;
            for (int j = 0; j < p.m; j++) {
                dir[j] = rnd.nextGaussian();
                norm2 += dir[j] * dir[j];
            }
            double support = support(p, dir);
            // the certificate is scale-free: any positive multiple of the direction proves the same
            double scale = Math.exp(20 * rnd.nextDouble());
            for (int j = 0; j < p.m; j++) {
                st.lambda[j] = scale * dir[j];
            }
            double[] s = transposeTimes(p, st.lambda);
            System.arraycopy(s, 0, st.s, 0, p.n);
            for (double factor : new double[] {1.1, 1.001, 0.999, 0.9}) {
                // b = c dir with b·dir = factor x support
                for (int j = 0; j < p.m; j++) {
                    p.b[j] = factor * support / norm2 * dir[j];
                }
                assertThat(cert.farkas()).as("trial %s: b·λ = %s x the support", trial, factor).isEqualTo(factor > 1);
            }
        }
    }

    @Test
    void neverCertifiesAFeasibleProblem() {
        Random rnd = new Random(SEED + 1);
        for (int trial = 0; trial < 100; trial++) {
            QpProblem p = DualNewtonTest.feasibleBandedProblem(rnd);
            DualState st = new DualState(p.mMax, p.nMax);
            InfeasibilityCertificate cert = new InfeasibilityCertificate(p, st);
            for (int k = 0; k < 100; k++) {
                for (int j = 0; j < p.m; j++) {
                    st.lambda[j] = rnd.nextGaussian();
                }
                System.arraycopy(transposeTimes(p, st.lambda), 0, st.s, 0, p.n);
                assertThat(cert.farkas()).as("trial %s, direction %s", trial, k).isFalse();
            }
            assertThat(cert.rowUnreachable(1e-9)).as("trial %s: every row of a feasible problem is reachable", trial).isFalse();
        }
    }

    @Test
    void findsAnUnreachableRowAndItsShortfall() {
        Random rnd = new Random(SEED + 2);
        for (int trial = 0; trial < 100; trial++) {
            QpProblem p = DualNewtonTest.feasibleBandedProblem(rnd);
            DualState st = new DualState(p.mMax, p.nMax);
            InfeasibilityCertificate cert = new InfeasibilityCertificate(p, st);
            int row = rnd.nextInt(p.m);
            boolean up = rnd.nextBoolean();
            double reach = 0;
            for (int i = 0; i < p.n; i++) {
                double c = p.coefficient(row, i) * p.upper[i];
                reach += up ? Math.max(0, c) : Math.min(0, c);
            }
            double tol = 1e-3;
            double sign = up ? 1 : -1;
            p.b[row] = reach + sign * 0.5 * tol;
            assertThat(cert.rowUnreachable(tol)).as("trial %s: within the tolerance of the reach", trial).isFalse();
            p.b[row] = reach + sign * 2.5;
            assertThat(cert.rowUnreachable(tol)).as("trial %s: beyond the reach", trial).isTrue();
            assertThat(st.worstRow).isEqualTo(row);
            assertThat(st.residualNm).as("trial %s: shortfall", trial).isCloseTo(2.5, offset(1e-9));
        }
    }
}
