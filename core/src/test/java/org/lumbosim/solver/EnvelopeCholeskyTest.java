package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * {@link EnvelopeCholesky} alone: factor and solve of random symmetric positive definite matrices
 * with random envelopes, against EJML's dense solve of the same system.
 */
class EnvelopeCholeskyTest {
    private static final long SEED = 20261201L;
    private static final int M_MAX = 15;

    /**
     * A random SPD matrix {@code B Bᵀ + c I} with {@code B} lower triangular inside the envelope
     * {@code first} (then so is the product), as a row-major lower triangle with stride
     * {@link #M_MAX}; every entry outside the envelope is set to NaN, which the solver must never read.
     */
    private static double[] randomEnvelopeMatrix(Random rnd, int m, int[] first, DMatrixRMaj dense) {
        double[][] bMat = new double[m][m];
        for (int j = 0; j < m; j++) {
            first[j] = rnd.nextInt(j + 1);
            for (int k = first[j]; k <= j; k++) {
                bMat[j][k] = rnd.nextGaussian();
            }
        }
        double shift = 1e-3 + rnd.nextDouble();
        double[] lower = new double[M_MAX * M_MAX];
        Arrays.fill(lower, Double.NaN);
        for (int j = 0; j < m; j++) {
            for (int k = 0; k <= j; k++) {
                double sum = j == k ? shift : 0;
                for (int l = 0; l <= k; l++) {
                    sum += bMat[j][l] * bMat[k][l];
                }
                dense.set(j, k, sum);
                dense.set(k, j, sum);
                if (k >= first[j]) {
                    lower[j * M_MAX + k] = sum;
                } else {
                    assertThat(sum).as("B Bᵀ is zero left of the envelope").isZero();
                }
            }
        }
        return lower;
    }

    private static double[] denseSolve(DMatrixRMaj h, double reg, double[] r, int m) {
        DMatrixRMaj a = h.copy();
        for (int j = 0; j < m; j++) {
            a.add(j, j, reg);
        }
        DMatrixRMaj x = new DMatrixRMaj(m, 1);
        assertThat(CommonOps_DDRM.solve(a, new DMatrixRMaj(m, 1, true, r), x)).isTrue();
        return x.data;
    }

    private static void assertClose(double[] x, double[] ref, int m, double relTol, String what) {
        double scale = 0;
        for (int j = 0; j < m; j++) {
            scale = Math.max(scale, Math.abs(ref[j]));
        }
        for (int j = 0; j < m; j++) {
            assertThat(Math.abs(x[j] - ref[j])).as("%s: x[%s] = %s vs dense %s", what, j, x[j], ref[j])
                    .isLessThanOrEqualTo(relTol * scale);
        }
    }

    @Test
    void solvesLikeADenseSolverOnRandomEnvelopes() {
        Random rnd = new Random(SEED);
        EnvelopeCholesky chol = new EnvelopeCholesky(M_MAX);
        int banded = 0;
        for (int trial = 0; trial < 300; trial++) {
            int m = 1 + rnd.nextInt(M_MAX);
            int[] first = new int[m];
            DMatrixRMaj dense = new DMatrixRMaj(m, m);
            double[] lower = randomEnvelopeMatrix(rnd, m, first, dense);
            double[] r = new double[m];
            for (int j = 0; j < m; j++) {
                r[j] = rnd.nextGaussian();
            }
            double reg = trial % 3 == 0 ? 0.5 * rnd.nextDouble() : 0;
            chol.load(lower, first, m);
            double maxDiag = 0;
            for (int j = 0; j < m; j++) {
                maxDiag = Math.max(maxDiag, dense.get(j, j));
            }
            assertThat(chol.maxDiagonal()).as("trial %s: largest diagonal entry", trial).isEqualTo(maxDiag);
            double[] x = new double[M_MAX];
            assertThat(chol.solve(reg, r, x)).as("trial %s: positive definite", trial).isTrue();
            assertClose(x, denseSolve(dense, reg, r, m), m, 1e-9, "trial " + trial);
            for (int j = 0; j < m; j++) {
                banded += first[j] > 0 ? 1 : 0;
            }
        }
        assertThat(banded).as("rows whose envelope starts right of column 0").isGreaterThan(500);
    }

    @Test
    void rejectsAnIndefiniteMatrixAndSolvesAfterReloadingWithMoreRegularisation() {
        Random rnd = new Random(SEED + 1);
        EnvelopeCholesky chol = new EnvelopeCholesky(M_MAX);
        for (int trial = 0; trial < 50; trial++) {
            int m = 2 + rnd.nextInt(M_MAX - 1);
            int[] first = new int[m];
            DMatrixRMaj dense = new DMatrixRMaj(m, m);
            double[] lower = randomEnvelopeMatrix(rnd, m, first, dense);
            // make it indefinite: subtract more than the largest eigenvalue's share from one diagonal entry
            int j0 = rnd.nextInt(m);
            double big = 10 * CommonOps_DDRM.elementMaxAbs(dense) * m;
            lower[j0 * M_MAX + j0] -= big;
            dense.add(j0, j0, -big);
            double[] r = new double[m];
            for (int j = 0; j < m; j++) {
                r[j] = rnd.nextGaussian();
            }
            double[] x = new double[M_MAX];
            chol.load(lower, first, m);
            assertThat(chol.solve(0, r, x)).as("trial %s: indefinite matrix rejected", trial).isFalse();
            // the failed factorisation overwrote the copy: load again, shift past the negative entry
            chol.load(lower, first, m);
            assertThat(chol.solve(2 * big, r, x)).as("trial %s: regularised", trial).isTrue();
            assertClose(x, denseSolve(dense, 2 * big, r, m), m, 1e-9, "trial " + trial);
        }
    }
}
