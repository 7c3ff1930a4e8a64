package org.lumbosim.solver;

import java.util.Arrays;

/**
 * The data of one recruitment problem, {@code min Σ φ(F_i / PCSA_i)} subject to {@code A F = b},
 * {@code l_i <= F_i <= u_i} ({@code l_i = 0} unless a minimum force is set): sizes, the coefficients {@code A} stored by column with each column's
 * rows {@code [rowLo, rowHi)} (outside them a coefficient reads as zero and is never touched), the
 * right-hand sides, PCSA and the lower and upper force bounds. Holds nothing of a solution. Sized once for the largest
 * problem.
 */
final class QpProblem {
    /** Largest number of equations; also the stride of a column in {@link #a}. */
    final int mMax;
    /** Largest number of muscles. */
    final int nMax;
    /** Number of equations of the current problem. */
    int m;
    /** Number of muscles of the current problem. */
    int n;
    /** Coefficients, column-major: {@code a[col * mMax + row]}; only rows in [rowLo, rowHi) are read. */
    final double[] a;
    /** Per column, the first row that may hold a non-zero coefficient. */
    final int[] rowLo;
    /** Per column, one past the last row that may hold a non-zero coefficient. */
    final int[] rowHi;
    /** Right-hand sides (N·m). */
    final double[] b;
    /** Physiological cross-sectional areas (m²). */
    final double[] pcsa;
    /** Upper force bounds (N); lowered by {@link #capStress} during the min-max bisection. */
    final double[] upper;
    /** Lower force bounds (N), zero unless a minimum force is set; never above {@link #upper}. */
    final double[] lower;
    /** The bounds as set by the caller, while {@link #capStress} has lowered {@link #upper}. */
    private final double[] upperSaved;

    /**
     * @param mMax largest number of equations, at least 1
     * @param nMax largest number of muscles, at least 1
     */
    QpProblem(int mMax, int nMax) {
        this.mMax = mMax;
        this.nMax = nMax;
        a = new double[mMax * nMax];
        rowLo = new int[nMax];
        rowHi = new int[nMax];
        Arrays.fill(rowHi, mMax);
        b = new double[mMax];
        pcsa = new double[nMax];
        upper = new double[nMax];
        lower = new double[nMax];
        upperSaved = new double[nMax];
        m = mMax;
        n = nMax;
    }

    /**
     * Sets the problem size and declares every column to span all rows.
     *
     * @param rows number of equations, in [1, mMax]
     * @param cols number of muscles, in [1, nMax]
     * @return whether the size changed
     */
    boolean resize(int rows, int cols) {
        if (rows > mMax || cols > nMax || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("problem size " + rows + " x " + cols
                    + " exceeds the workspace's " + mMax + " x " + nMax);
        }
        boolean changed = rows != m || cols != n;
        m = rows;
        n = cols;
        Arrays.fill(rowLo, 0, cols, 0);
        Arrays.fill(rowHi, 0, cols, rows);
        return changed;
    }

    /**
     * @param col muscle
     * @param lo first row with a non-zero coefficient
     * @param hi one past the last such row
     */
    void setColumnRows(int col, int lo, int hi) {
        if (lo < 0 || hi > m || lo > hi) {
            throw new IllegalArgumentException("rows [" + lo + ", " + hi + ") of column " + col + " are outside [0, " + m + ")");
        }
        rowLo[col] = lo;
        rowHi[col] = hi;
    }

    /**
     * @param row equation
     * @param col muscle
     * @return the coefficient, zero outside the column's declared rows
     */
    double coefficient(int row, int col) {
        return row >= rowLo[col] && row < rowHi[col] ? a[col * mMax + row] : 0;
    }

    /**
     * Copies this problem into {@code c}, whose size must be exactly this problem's ({@code c.mMax == m}).
     *
     * @param c the destination
     */
    void copyInto(QpProblem c) {
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                c.a[i * m + j] = coefficient(j, i);
            }
            c.b[j] = b[j];
        }
        System.arraycopy(pcsa, 0, c.pcsa, 0, n);
        System.arraycopy(upper, 0, c.upper, 0, n);
        System.arraycopy(lower, 0, c.lower, 0, n);
        System.arraycopy(rowLo, 0, c.rowLo, 0, n);
        System.arraycopy(rowHi, 0, c.rowHi, 0, n);
    }

    /** Remembers the caller's bounds before {@link #capStress} lowers them. */
    void saveUpper() {
        System.arraycopy(upper, 0, upperSaved, 0, n);
    }

    /** Returns to the bounds remembered by {@link #saveUpper}. */
    void restoreUpper() {
        System.arraycopy(upperSaved, 0, upper, 0, n);
    }

    /**
     * @return the smallest common stress bound that leaves every muscle's range non-empty,
     *     {@code max_i l_i / PCSA_i} (Pa; 0 without lower bounds): every smaller bound is infeasible
     */
    double lowestCapStress() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s = Math.max(s, lower[i] / pcsa[i]);
        }
        return s;
    }

    /**
     * Caps every bound at a common stress: {@code u_i = min(saved u_i, stress * PCSA_i)}.
     *
     * @param stress the largest allowed stress (Pa), at least {@link #lowestCapStress}
     */
    void capStress(double stress) {
        for (int i = 0; i < n; i++) {
            upper[i] = Math.min(upperSaved[i], stress * pcsa[i]);
        }
    }
}
