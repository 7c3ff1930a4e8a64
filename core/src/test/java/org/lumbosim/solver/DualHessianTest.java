package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * {@link DualHessian} alone: {@code A diag(w) Aᵀ} assembled, then updated by rank-one terms when a
 * few weights change, against a dense product; and the updated matrix factorised by
 * {@link EnvelopeCholesky} against a dense solve.
 */
class DualHessianTest {
    private static final long SEED = 20261202L;

    /** A random problem with banded columns (each column spans rows [lo, hi)). */
    static QpProblem randomBandedProblem(Random rnd, int mMax, int nMax) {
        QpProblem p = new QpProblem(mMax, nMax);
        int m = 2 + rnd.nextInt(mMax - 1);
        int n = 8 + rnd.nextInt(nMax - 7);
        p.resize(m, n);
        for (int i = 0; i < n; i++) {
            int lo = rnd.nextInt(m);
            int hi = lo + 1 + rnd.nextInt(m - lo);
            p.setColumnRows(i, lo, hi);
            for (int j = 0; j < mMax; j++) {
                // values outside [lo, hi) are stored but must be read as zero
                p.a[i * mMax + j] = -0.1 + 0.2 * rnd.nextDouble();
            }
            double pcsa = 1e-4 + 19e-4 * rnd.nextDouble();
            p.pcsa[i] = pcsa;
            p.upper[i] = 0.6e6 * pcsa;
        }
        return p;
    }

    /** Dense {@code A diag(w) Aᵀ} from {@link QpProblem#coefficient}. */
    static DMatrixRMaj dense(QpProblem p, double[] w) {
        DMatrixRMaj h = new DMatrixRMaj(p.m, p.m);
        for (int j = 0; j < p.m; j++) {
            for (int k = 0; k < p.m; k++) {
                double sum = 0;
                for (int i = 0; i < p.n; i++) {
                    sum += p.coefficient(j, i) * w[i] * p.coefficient(k, i);
                }
                h.set(j, k, sum);
            }
        }
        return h;
    }

    /** Squared-stress weights: PCSA² for a muscle between its bounds, 0 at a bound. */
    private static double[] weights(QpProblem p, Random rnd) {
        double[] w = new double[p.nMax];
        for (int i = 0; i < p.n; i++) {
            w[i] = rnd.nextDouble() < 0.7 ? p.pcsa[i] * p.pcsa[i] : 0;
        }
        return w;
    }

    private static void assertLowerEquals(DualHessian h, DMatrixRMaj ref, QpProblem p, String what) {
        double scale = CommonOps_DDRM.elementMaxAbs(ref);
        for (int j = 0; j < p.m; j++) {
            for (int k = 0; k < h.first[j]; k++) {
                assertThat(ref.get(j, k)).as("%s: H[%s][%s] left of the envelope", what, j, k).isZero();
            }
            for (int k = h.first[j]; k <= j; k++) {
                assertThat(Math.abs(h.lower[j * p.mMax + k] - ref.get(j, k))).as("%s: H[%s][%s]", what, j, k)
                        .isLessThanOrEqualTo(1e-13 * scale);
            }
        }
    }

    @Test
    void assemblesAndUpdatesLikeTheDenseProduct() {
        Random rnd = new Random(SEED);
        int updatedEnvelopesWider = 0;
        for (int trial = 0; trial < 200; trial++) {
            QpProblem p = randomBandedProblem(rnd, 15, 60);
            DualHessian h = new DualHessian(p);
            double[] w = weights(p, rnd);
            h.invalidate();
            h.assemble(2, w);
            assertLowerEquals(h, dense(p, w), p, "trial " + trial + " assembled");
            // a few muscles reach or leave a bound: at most a quarter of them, so H is updated
            double[] w2 = w.clone();
            for (int c = 0; c < p.n / 4; c++) {
                int i = rnd.nextInt(p.n);
                w2[i] = w2[i] == 0 ? p.pcsa[i] * p.pcsa[i] : 0;
            }
            h.assemble(2, w2);
            DMatrixRMaj ref = dense(p, w2);
            assertLowerEquals(h, ref, p, "trial " + trial + " updated");
            DualHessian rebuilt = new DualHessian(p);
            rebuilt.assemble(2, w2);
            for (int j = 0; j < p.m; j++) {
                // an update only widens the envelope; a rebuild gives the active columns' envelope
                assertThat(h.first[j]).isLessThanOrEqualTo(rebuilt.first[j]);
                updatedEnvelopesWider += h.first[j] < rebuilt.first[j] ? 1 : 0;
            }
            // the updated H solves like the dense one
            double[] r = new double[p.m];
            for (int j = 0; j < p.m; j++) {
                r[j] = rnd.nextGaussian();
            }
            double reg = 1e-3 * CommonOps_DDRM.elementMaxAbs(ref) + 1e-12;
            EnvelopeCholesky chol = new EnvelopeCholesky(p.mMax);
            chol.load(h.lower, h.first, p.m);
            double[] x = new double[p.mMax];
            assertThat(chol.solve(reg, r, x)).isTrue();
            for (int j = 0; j < p.m; j++) {
                ref.add(j, j, reg);
            }
            DMatrixRMaj xRef = new DMatrixRMaj(p.m, 1);
            assertThat(CommonOps_DDRM.solve(ref, new DMatrixRMaj(p.m, 1, true, r), xRef)).isTrue();
            double scale = CommonOps_DDRM.elementMaxAbs(xRef);
            for (int j = 0; j < p.m; j++) {
                assertThat(Math.abs(x[j] - xRef.get(j))).as("trial %s: solution %s", trial, j)
                        .isLessThanOrEqualTo(1e-8 * scale);
            }
        }
        assertThat(updatedEnvelopesWider).as("rows where the update kept a wider envelope than a rebuild (update path taken)")
                .isPositive();
    }

    /**
     * A rebuild adds the terms of runs of columns with equal rows four at a time; each entry must still be the
     * column-by-column sum in column order, bit for bit (the golden file's bits): random problems whose columns
     * come in runs of 1-9 equal row ranges, with weights of zero between and within runs and some coefficients
     * exactly zero (a zero term is skipped), against that sum written out. Fails if the terms are added in another
     * order or a zero term is added.
     */
    @Test
    void aRebuildIsTheColumnByColumnSumBitForBit() {
        Random rnd = new Random(SEED + 3);
        int fourAtOnce = 0;
        for (int trial = 0; trial < 300; trial++) {
            int mMax = 16;
            QpProblem p = new QpProblem(mMax, 220);
            int m = 2 + rnd.nextInt(mMax - 1);
            int n = 8 + rnd.nextInt(220 - 7);
            p.resize(m, n);
            int i = 0;
            int longest = 0;
            while (i < n) {
                int lo = rnd.nextInt(m);
                int hi = lo + 1 + rnd.nextInt(m - lo);
                int length = Math.min(n - i, 1 + rnd.nextInt(9));
                longest = Math.max(longest, length);
                for (int c = 0; c < length; c++, i++) {
                    p.setColumnRows(i, lo, hi);
                    for (int j = 0; j < mMax; j++) {
                        p.a[i * mMax + j] = rnd.nextInt(40) == 0 ? 0 : -0.1 + 0.2 * rnd.nextDouble();
                    }
                    p.pcsa[i] = 1e-4 + 19e-4 * rnd.nextDouble();
                }
            }
            double[] w = new double[p.nMax];
            for (int c = 0; c < n; c++) {
                w[c] = rnd.nextDouble() < 0.8 ? p.pcsa[c] * p.pcsa[c] : 0;
            }
            DualHessian h = new DualHessian(p);
            h.assemble(trial % 2 == 0 ? 2 : 3, w);
            double[] expected = new double[mMax * mMax];
            for (int c = 0; c < n; c++) {
                if (w[c] == 0) {
                    continue;
                }
                for (int j = p.rowLo[c]; j < p.rowHi[c]; j++) {
                    double aj = p.a[c * mMax + j] * w[c];
                    if (aj == 0) {
                        continue;
                    }
                    for (int k = p.rowLo[c]; k <= j; k++) {
                        expected[j * mMax + k] += aj * p.a[c * mMax + k];
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                for (int k = h.first[j]; k <= j; k++) {
                    assertThat(Double.doubleToRawLongBits(h.lower[j * mMax + k])).as("trial %s: H[%s][%s]", trial, j, k)
                            .isEqualTo(Double.doubleToRawLongBits(expected[j * mMax + k]));
                }
            }
            fourAtOnce += longest >= 4 ? 1 : 0;
        }
        assertThat(fourAtOnce).as("trials with a run of four or more columns").isGreaterThan(200);
    }

    @Test
    void rebuildsWhenUpdatesAreOffOrTooMany() {
        Random rnd = new Random(SEED + 1);
        for (int trial = 0; trial < 100; trial++) {
            QpProblem p = randomBandedProblem(rnd, 15, 60);
            double[] w = new double[p.nMax];
            for (int i = 0; i < p.n; i++) {
                w[i] = p.pcsa[i] * p.pcsa[i];
            }
            double[] w2 = w.clone();
            // drop every muscle but the first: far more than a quarter changed
            for (int i = 1; i < p.n; i++) {
                w2[i] = 0;
            }
            for (int mode = 0; mode < 3; mode++) {
                DualHessian h = new DualHessian(p);
                h.assemble(2, w);
                if (mode == 1) {
                    h.updatesAllowed = false;
                }
                // mode 2, cubed stress: never updated, whatever changed
                h.assemble(mode == 2 ? 3 : 2, w2);
                String what = "trial " + trial + " mode " + mode;
                // a rebuild: only column 0's rows are in the envelope, every other row is diagonal only
                for (int j = 0; j < p.m; j++) {
                    int expected = j >= p.rowLo[0] && j < p.rowHi[0] ? p.rowLo[0] : j;
                    assertThat(h.first[j]).as("%s: envelope of row %s", what, j).isEqualTo(expected);
                }
                assertLowerEquals(h, dense(p, w2), p, what);
            }
        }
    }

    @Test
    void rebuildsWhenAnUpdateCancelsMostOfADiagonalEntry() {
        QpProblem p = new QpProblem(2, 8);
        p.resize(2, 8);
        for (int i = 0; i < 8; i++) {
            p.pcsa[i] = 1;
            p.upper[i] = 1;
            p.a[i * 2] = i == 0 ? 1e3 : 1;
            p.a[i * 2 + 1] = 1;
        }
        // column 0 spans both rows; drop it and row 1's envelope shrinks only if H is rebuilt
        p.setColumnRows(0, 0, 2);
        for (int i = 1; i < 8; i++) {
            p.setColumnRows(i, 1, 2);
        }
        double[] w = {1, 1, 1, 1, 1, 1, 1, 1};
        DualHessian h = new DualHessian(p);
        h.assemble(2, w);
        assertThat(h.first[1]).isZero();
        double[] w2 = w.clone();
        w2[0] = 0;
        h.assemble(2, w2);
        // row 0 lost 1e6 of 1e6: far beyond the cancellation limit, so H was rebuilt (exactly zero)
        assertThat(h.lower[0]).isZero();
        assertThat(h.first[1]).as("rebuilt envelope of row 1").isEqualTo(1);
        assertThat(h.lower[3]).isEqualTo(7.0);
    }

    /**
     * Two rows; columns 0-2 span both, column 3 only row 0, columns 4-7 only row 1. Dropping
     * columns 0-2 changes 3 of 8 muscles, more than a quarter, so H is rebuilt: row 1's envelope
     * shrinks to the diagonal. Dropping only columns 0 and 1 (a quarter) updates H, which keeps the
     * envelope. Column 3 keeps row 0's diagonal well above what is removed, so the cancellation
     * guard plays no part.
     */
    @Test
    void rebuildsWhenMoreThanAQuarterOfTheMusclesChange() {
        QpProblem p = new QpProblem(2, 8);
        p.resize(2, 8);
        for (int i = 0; i < 8; i++) {
            p.pcsa[i] = 1;
            p.upper[i] = 1;
            p.a[i * 2] = i == 3 ? 10 : 1;
            p.a[i * 2 + 1] = 1;
            p.setColumnRows(i, i < 4 ? 0 : 1, i == 3 ? 1 : 2);
        }
        double[] all = {1, 1, 1, 1, 1, 1, 1, 1};
        for (int dropped = 2; dropped <= 3; dropped++) {
            DualHessian h = new DualHessian(p);
            h.assemble(2, all);
            double[] w = all.clone();
            for (int i = 0; i < dropped; i++) {
                w[i] = 0;
            }
            h.assemble(2, w);
            assertThat(h.first[1]).as("row 1's envelope after dropping %s of 8", dropped).isEqualTo(dropped == 3 ? 1 : 0);
            assertLowerEquals(h, dense(p, w), p, "dropped " + dropped);
        }
    }
}
