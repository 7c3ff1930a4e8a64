package org.lumbosim.solver;

/**
 * Solves {@code (H + reg I) x = r} for a symmetric positive definite {@code H} stored as its lower
 * triangle inside an envelope (skyline): row {@code j} may be non-zero only from column
 * {@code first[j]}. The Cholesky factor {@code L} has the same envelope (no fill-in outside it), so
 * factorisation and the two triangular solves touch only the envelope (George A, Liu JWH (1981),
 * <i>Computer Solution of Large Sparse Positive Definite Systems</i>, Prentice-Hall, ch. 4). The
 * matrix is copied in by {@link #load} and overwritten by its factor.
 */
final class EnvelopeCholesky {
    /** Row stride of the matrices. */
    private final int mMax;
    /** The loaded matrix, then its factor: row-major lower triangle, {@code h[j * mMax + k]}, k <= j. */
    private final double[] h;
    /** The envelope of the loaded matrix (the caller's array, not copied). */
    private int[] first;
    private int m;

    /** @param mMax largest order (and the row stride of the matrices given to {@link #load}) */
    EnvelopeCholesky(int mMax) {
        this.mMax = mMax;
        h = new double[mMax * mMax];
    }

    /**
     * Copies the envelope of a lower triangle into the factor storage.
     *
     * @param lower row-major lower triangle with row stride {@code mMax}
     * @param envelope per row, its first column that may be non-zero (kept by reference)
     * @param order order of the matrix
     */
    void load(double[] lower, int[] envelope, int order) {
        first = envelope;
        m = order;
        for (int j = 0; j < m; j++) {
            int rj = j * mMax;
            System.arraycopy(lower, rj + first[j], h, rj + first[j], j - first[j] + 1);
        }
    }

    /** @return the largest diagonal entry of the loaded matrix (before {@link #solve}) */
    double maxDiagonal() {
        double max = 0;
        for (int j = 0; j < m; j++) {
            max = Math.max(max, h[j * mMax + j]);
        }
        return max;
    }

    /**
     * Adds {@code reg} to the diagonal of the loaded matrix, factorises it in place and solves.
     * After a failure the matrix must be loaded again.
     *
     * @param reg regularisation added to the diagonal
     * @param r the right-hand side, read
     * @param x the solution, written
     * @return false if the regularised matrix is not positive definite (then {@code x} is undefined)
     */
    boolean solve(double reg, double[] r, double[] x) {
        for (int j = 0; j < m; j++) {
            h[j * mMax + j] += reg;
        }
        // skyline Cholesky: row j has non-zeros only from column first[j]; the factor keeps that envelope
        for (int j = 0; j < m; j++) {
            int rj = j * mMax;
            int fj = first[j];
            for (int i = fj; i < j; i++) {
                int ri = i * mMax;
                double sum = h[rj + i];
                for (int k = Math.max(fj, first[i]); k < i; k++) {
                    sum -= h[rj + k] * h[ri + k];
                }
                h[rj + i] = sum / h[ri + i];
            }
            double diag = h[rj + j];
            for (int k = fj; k < j; k++) {
                diag -= h[rj + k] * h[rj + k];
            }
            if (!(diag > 0)) {
                return false;
            }
            h[rj + j] = Math.sqrt(diag);
        }
        substitute(r, x);
        return true;
    }

    /**
     * Solves with the factor of the last successful {@link #solve} (the same regularised matrix)
     * for another right-hand side.
     *
     * @param r the right-hand side, read
     * @param x the solution, written
     */
    void substitute(double[] r, double[] x) {
        for (int j = 0; j < m; j++) {
            double sum = r[j];
            int rj = j * mMax;
            for (int k = first[j]; k < j; k++) {
                sum -= h[rj + k] * x[k];
            }
            x[j] = sum / h[rj + j];
        }
        for (int j = m - 1; j >= 0; j--) {
            x[j] /= h[j * mMax + j];
            double xj = x[j];
            int rj = j * mMax;
            for (int k = first[j]; k < j; k++) {
                x[k] -= h[rj + k] * xj;
            }
        }
    }
}
