package org.lumbosim.model;

/**
 * The minimum-norm kernel of the support reactions: the smallest forces {@code f} with
 * {@code A f = b} for three equations, optionally with every force non-negative (pushes only),
 * found by releasing the most negative force one at a time. Owns its 3 x 3 scratch; allocation-free.
 */
final class MinimumNorm {
    /** Relative ridge added to the normal matrix's diagonal (of its trace), so that rank-deficient contact sets solve. */
    private static final double RIDGE = 1e-12;
    /** Absolute floor of the ridge, for an all-zero matrix. */
    private static final double RIDGE_FLOOR = 1e-300;

    private final double[] m = new double[9];

    /**
     * Minimum-norm solution of {@code A f = b} (three rows, columns {@code a[3c..3c+2]}) over the
     * active columns, the inactive ones zero. With {@code nonNegative}, columns whose force comes
     * out negative are released one at a time, most negative first.
     *
     * @param a the columns (not modified)
     * @param n number of columns
     * @param b right-hand side, three entries (not modified)
     * @param active which columns may carry force (modified: released columns become inactive)
     * @param f the forces (written)
     * @param nonNegative whether every force must be non-negative
     * @return whether a solution with every active force non-negative (or no sign condition) was found
     */
    boolean solve(double[] a, int n, double[] b, boolean[] active, double[] f, boolean nonNegative) {
        for (int round = 0; round <= n; round++) {
            java.util.Arrays.fill(m, 0, 9, 0);
            for (int c = 0; c < n; c++) {
                if (active[c]) {
                    for (int i = 0; i < 3; i++) {
                        for (int j = 0; j < 3; j++) {
                            m[3 * i + j] += a[3 * c + i] * a[3 * c + j];
                        }
                    }
                }
            }
            double eps = RIDGE * (m[0] + m[4] + m[8]) + RIDGE_FLOOR;
            m[0] += eps;
            m[4] += eps;
            m[8] += eps;
            double c00 = m[4] * m[8] - m[5] * m[7];
            double c01 = m[5] * m[6] - m[3] * m[8];
            double c02 = m[3] * m[7] - m[4] * m[6];
            double det = m[0] * c00 + m[1] * c01 + m[2] * c02;
            double y0 = (c00 * b[0] + (m[2] * m[7] - m[1] * m[8]) * b[1] + (m[1] * m[5] - m[2] * m[4]) * b[2]) / det;
            double y1 = (c01 * b[0] + (m[0] * m[8] - m[2] * m[6]) * b[1] + (m[2] * m[3] - m[0] * m[5]) * b[2]) / det;
            double y2 = (c02 * b[0] + (m[1] * m[6] - m[0] * m[7]) * b[1] + (m[0] * m[4] - m[1] * m[3]) * b[2]) / det;
            int worst = -1;
            double worstF = 0;
            for (int c = 0; c < n; c++) {
                f[c] = active[c] ? a[3 * c] * y0 + a[3 * c + 1] * y1 + a[3 * c + 2] * y2 : 0;
                if (nonNegative && active[c] && f[c] < worstF) {
                    worstF = f[c];
                    worst = c;
                }
            }
            if (worst < 0) {
                return true;
            }
            active[worst] = false;
        }
        return false;
    }
}
