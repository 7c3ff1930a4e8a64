package org.lumbosim.solver;

/**
 * Scratch storage and problem data of one recruitment problem: {@code m} equations (moment balance
 * rows), {@code n} muscles. Sized once for the largest problem, then reused: a solve allocates
 * nothing. Keeps the dual variables between solves, which warm-starts the next one.
 *
 * <p>Not thread-safe: use one workspace per thread.
 */
public final class QpWorkspace {
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;
    /**
     * Relative change of the dual function below which its values are round-off: there the line
     * search judges a cubed-stress step by the slope at the new point instead (the "approximate
     * Wolfe" condition of Hager WW, Zhang H (2005), "A new conjugate gradient method with guaranteed
     * descent and an efficient line search", SIAM J Optim 16:170-192). The cubed dual function is
     * of the order of sum(stress^3) (up to 2e17 Pa^3 per muscle at 0.6 MPa), so near the solution the gain of a
     * step, about (residual)^2 / curvature, is lost in its last digits and the plain Armijo test
     * rejects every step (the cause of the former cubed-stress stalls at 1e-8 to 1e-4 N·m).
     */
    private static final double DUAL_VALUE_NOISE = 1e-10;
    /**
     * Largest ratio of the diagonal terms removed from the updated Hessian since its last rebuild to
     * the diagonal entry left: beyond it the Hessian is rebuilt, so that the round-off of the
     * subtractions (about 1e-16 of what was removed) stays below about 1e-14 of the entry.
     */
    private static final double UPDATE_CANCELLATION_LIMIT = 100;

    final int mMax;
    final int nMax;
    int m;
    int n;
    /** Coefficients, column-major: {@code a[col * mMax + row]}; only rows in [rowLo, rowHi) are read. */
    final double[] a;
    private final int[] rowLo;
    private final int[] rowHi;
    final double[] b;
    final double[] pcsa;
    final double[] upper;
    private final double[] upperSaved;
    private final double[] fSaved;
    private final double[] lambdaSaved;
    private double residualSaved;
    private int worstRowSaved;
    final double[] lambda;
    private final double[] lambdaOld;
    final double[] f;
    private final double[] s;
    private final double[] dfds;
    private final double[] r;
    private final double[] d;
    private final double[] h;
    /** Envelope of H: the first column of row j that can be non-zero (skyline Cholesky keeps fill-in inside it). */
    private final int[] first;
    /** {@code Aᵀλ} at the start of the current line search (squared stress). */
    private final double[] sOld;
    /** {@code Aᵀd} of the current Newton direction (exact line search). */
    private final double[] delta;
    /** Break points of the exact line search: step lengths and curvature changes, a binary min-heap on {@code evT}. */
    private final double[] evT;
    private final double[] evW;
    /** {@code H} as assembled (lower triangle), kept across the Newton iterations of a squared-stress solve. */
    private final double[] hAsm;
    /** Per row, the diagonal terms subtracted from {@link #hAsm} since it was last rebuilt. */
    private final double[] removedDiag;
    /** The {@code dF/ds} of each muscle that {@link #hAsm} contains. */
    private final double[] dfdsInH;
    /**
     * Whether squared-stress solves may update the Hessian instead of rebuilding it. Off during the
     * min-max bisection: its trials near the optimal bound have nearly unbounded duals, and there the
     * updates' round-off turned one feasible trial of 150 random problems infeasible (optimum 5e-6
     * too high).
     */
    boolean hessianUpdates = true;
    /** Whether {@link #hAsm} belongs to the current solve (so it may be updated rather than rebuilt). */
    private boolean hessianValid;
    /** Dual variables at the start of the current solve (restored if the deferred row test fails). */
    private final double[] lambdaStart;
    /** Whether the current solve has done its {@link #rowInfeasible} test. */
    private boolean rowsChecked;
    /** Whether {@code residualNm} is the residual of the current forces and problem (set by {@link #residual}). */
    private boolean residualCurrent;
    /** Evaluations of the dual function since the workspace was made (all solves; for tests and tuning). */
    long dualEvaluations;
    int iterations;
    private double residualNm;
    private int worstRow;

    /**
     * @param mMax largest number of equations
     * @param nMax largest number of muscles
     */
    public QpWorkspace(int mMax, int nMax) {
        if (mMax < 1 || nMax < 1) {
            throw new IllegalArgumentException("mMax = " + mMax + " and nMax = " + nMax + " must be at least 1");
        }
        this.mMax = mMax;
        this.nMax = nMax;
        a = new double[mMax * nMax];
        rowLo = new int[nMax];
        rowHi = new int[nMax];
        java.util.Arrays.fill(rowHi, mMax);
        b = new double[mMax];
        pcsa = new double[nMax];
        upper = new double[nMax];
        upperSaved = new double[nMax];
        fSaved = new double[nMax];
        lambdaSaved = new double[mMax];
        lambda = new double[mMax];
        lambdaOld = new double[mMax];
        f = new double[nMax];
        s = new double[nMax];
        dfds = new double[nMax];
        r = new double[mMax];
        d = new double[mMax];
        h = new double[mMax * mMax];
        first = new int[mMax];
        sOld = new double[nMax];
        lambdaStart = new double[mMax];
        hAsm = new double[mMax * mMax];
        dfdsInH = new double[nMax];
        removedDiag = new double[mMax];
        delta = new double[nMax];
        evT = new double[2 * nMax];
        evW = new double[2 * nMax];
        m = mMax;
        n = nMax;
    }

    /**
     * Sets the problem size; resets the warm start if the size changes.
     *
     * @param rows number of equations, at most {@code mMax}
     * @param cols number of muscles, at most {@code nMax}
     */
    public void setSize(int rows, int cols) {
        residualCurrent = false;
        if (rows > mMax || cols > nMax || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("problem size " + rows + " x " + cols
                    + " exceeds the workspace's " + mMax + " x " + nMax);
        }
        if (rows != m || cols != n) {
            java.util.Arrays.fill(lambda, 0);
        }
        m = rows;
        n = cols;
        java.util.Arrays.fill(rowLo, 0, cols, 0);
        java.util.Arrays.fill(rowHi, 0, cols, rows);
    }

    /**
     * Declares that muscle {@code col} has non-zero coefficients only in rows {@code [lo, hi)}; the
     * solver then skips the other rows (whose stored values are ignored and read as zero). Reset to
     * all rows by {@link #setSize}.
     *
     * @param col muscle
     * @param lo first row with a non-zero coefficient
     * @param hi one past the last such row
     */
    public void setColumnRows(int col, int lo, int hi) {
        residualCurrent = false;
        if (lo < 0 || hi > m || lo > hi) {
            throw new IllegalArgumentException("rows [" + lo + ", " + hi + ") of column " + col + " are outside [0, " + m + ")");
        }
        rowLo[col] = lo;
        rowHi[col] = hi;
    }

    /** @return number of equations of the current problem */
    public int rows() {
        return m;
    }

    /** @return number of muscles of the current problem */
    public int cols() {
        return n;
    }

    /**
     * @param col muscle
     * @return its physiological cross-sectional area (m²)
     */
    public double pcsaM2(int col) {
        return pcsa[col];
    }

    /**
     * @param col muscle
     * @return its largest allowed force (N)
     */
    public double upperN(int col) {
        return upper[col];
    }

    /**
     * A copy of the current problem (sizes, {@code A} with each column's declared rows, {@code b},
     * PCSA, bounds) in a new workspace of exactly that size, without solution or warm start. Meant for cross-checks against other
     * solvers and for benchmarks; allocates, so it is not for the hot path.
     *
     * @return the copy
     */
    public QpWorkspace copyProblem() {
        QpWorkspace c = new QpWorkspace(m, n);
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                c.a[i * m + j] = getA(j, i);
            }
            c.b[j] = b[j];
        }
        System.arraycopy(pcsa, 0, c.pcsa, 0, n);
        System.arraycopy(upper, 0, c.upper, 0, n);
        System.arraycopy(rowLo, 0, c.rowLo, 0, n);
        System.arraycopy(rowHi, 0, c.rowHi, 0, n);
        return c;
    }

    /** Forgets the warm start (dual variables set to zero). */
    public void resetWarmStart() {
        java.util.Arrays.fill(lambda, 0);
    }

    /**
     * @param row equation
     * @param col muscle
     * @param value moment per unit muscle force (m)
     */
    public void setA(int row, int col, double value) {
        residualCurrent = false;
        a[col * mMax + row] = value;
    }

    /**
     * @param row equation
     * @param col muscle
     * @return coefficient
     */
    public double getA(int row, int col) {
        return row >= rowLo[col] && row < rowHi[col] ? a[col * mMax + row] : 0;
    }

    /**
     * @param row equation
     * @param value right-hand side (N·m)
     */
    public void setB(int row, double value) {
        residualCurrent = false;
        b[row] = value;
    }

    /**
     * @param row equation
     * @return right-hand side (N·m)
     */
    public double getB(int row) {
        return b[row];
    }

    /**
     * @param col muscle
     * @param pcsaM2 physiological cross-sectional area (m²), positive
     * @param upperN largest allowed force (N)
     */
    public void setMuscle(int col, double pcsaM2, double upperN) {
        residualCurrent = false;
        pcsa[col] = pcsaM2;
        upper[col] = upperN;
    }

    /**
     * @param col muscle
     * @return its force in the last solution (N)
     */
    public double force(int col) {
        return f[col];
    }

    /**
     * Largest absolute equation residual {@code |A F - b|} of the current forces (N·m); changes no
     * state of the solve.
     *
     * @return the residual
     */
    public double balanceResidualNm() {
        if (residualCurrent) {
            // computed by the solve with the same arithmetic
            return residualNm;
        }
        System.arraycopy(b, 0, d, 0, m);
        for (int i = 0; i < n; i++) {
            double fi = f[i];
            if (fi != 0) {
                int col = i * mMax;
                for (int j = rowLo[i], hi = rowHi[i]; j < hi; j++) {
                    d[j] -= a[col + j] * fi;
                }
            }
        }
        double max = 0;
        for (int j = 0; j < m; j++) {
            max = Math.max(max, Math.abs(d[j]));
        }
        return max;
    }

    /**
     * Evaluations of the dual function (each one pass over the coefficients: forces for the current
     * dual variables and their moment residual) since the workspace was made, over all solves. The
     * cost of a solve is roughly this count times one pass, plus one Hessian assembly per solve.
     *
     * @return the count
     */
    public long dualEvaluations() {
        return dualEvaluations;
    }

    /** @return Newton iterations of the last solve (all stages for min-max) */
    public int iterations() {
        return iterations;
    }

    /** @return largest absolute equation residual of the last solve (N·m) */
    public double residualNm() {
        return residualNm;
    }

    /** @return the equation with the largest residual in the last solve (meaningful when not OK) */
    public int worstRow() {
        return worstRow;
    }

    void saveUpper() {
        System.arraycopy(upper, 0, upperSaved, 0, n);
    }

    /** Returns to the dual variables stored by {@link #saveSolution()}. */
    void restoreLambda() {
        System.arraycopy(lambdaSaved, 0, lambda, 0, m);
    }

    void restoreUpper() {
        System.arraycopy(upperSaved, 0, upper, 0, n);
    }

    /** Remembers the current solution (forces, dual variables, residual). */
    void saveSolution() {
        System.arraycopy(f, 0, fSaved, 0, n);
        System.arraycopy(lambda, 0, lambdaSaved, 0, m);
        residualSaved = residualNm;
        worstRowSaved = worstRow;
    }

    /** Returns to the solution stored by {@link #saveSolution()}. */
    void restoreSolution() {
        residualCurrent = false;
        System.arraycopy(fSaved, 0, f, 0, n);
        System.arraycopy(lambdaSaved, 0, lambda, 0, m);
        residualNm = residualSaved;
        worstRow = worstRowSaved;
    }

    void capStress(double stress) {
        for (int i = 0; i < n; i++) {
            upper[i] = Math.min(upperSaved[i], stress * pcsa[i]);
        }
    }

    /**
     * Primal forces for the current dual variables and their residual {@code r = b - A F}; returns
     * the dual function's value. {@link #residualNorm} then gives the residual's largest entry.
     */
    private double primal(int power) {
        dualEvaluations++;
        residualCurrent = false;
        double g = 0;
        for (int j = 0; j < m; j++) {
            g += lambda[j] * b[j];
        }
        // the residual r = b - A F is accumulated in the same pass (same order of operations as residual())
        System.arraycopy(b, 0, r, 0, m);
        for (int i = 0; i < n; i++) {
            double si = 0;
            int col = i * mMax;
            int lo = rowLo[i];
            int hi = rowHi[i];
            for (int j = lo; j < hi; j++) {
                si += a[col + j] * lambda[j];
            }
            s[i] = si;
            double p = pcsa[i];
            double fi;
            double di;
            if (si <= 0) {
                fi = 0;
                di = 0;
            } else if (power == 2) {
                fi = si * p * p;
                di = p * p;
            } else {
                double p15 = p * Math.sqrt(p);
                double rs = Math.sqrt(si);
                fi = p15 * rs;
                di = p15 / (2 * rs);
            }
            if (fi >= upper[i]) {
                fi = upper[i];
                di = 0;
            }
            f[i] = fi;
            dfds[i] = di;
            if (fi != 0) {
                for (int j = lo; j < hi; j++) {
                    r[j] -= a[col + j] * fi;
                }
            }
            double stress = fi / p;
            double phi = power == 2 ? 0.5 * stress * stress : stress * stress * stress / 3;
            g += phi - si * fi;
        }
        return g;
    }

    /** Recomputes {@code r = b - A F} for the current forces (after {@code r} served as scratch), then {@link #residualNorm}. */
    private double residual() {
        System.arraycopy(b, 0, r, 0, m);
        for (int i = 0; i < n; i++) {
            double fi = f[i];
            if (fi != 0) {
                int col = i * mMax;
                for (int j = rowLo[i], hi = rowHi[i]; j < hi; j++) {
                    r[j] -= a[col + j] * fi;
                }
            }
        }
        return residualNorm();
    }

    /** Largest absolute entry of {@code r} (as left by {@link #primal}): sets the residual and worst row. */
    private double residualNorm() {
        double max = 0;
        int worst = 0;
        for (int j = 0; j < m; j++) {
            if (Math.abs(r[j]) > max) {
                max = Math.abs(r[j]);
                worst = j;
            }
        }
        worstRow = worst;
        residualNm = max;
        residualCurrent = true;
        return max;
    }

    /** Rows that cannot be met even with every muscle at the bound that helps. */
    private boolean rowInfeasible(double tol) {
        // r and d serve as scratch: the largest positive and negative reachable sum of each row
        java.util.Arrays.fill(r, 0, m, 0);
        java.util.Arrays.fill(d, 0, m, 0);
        for (int i = 0; i < n; i++) {
            int col = i * mMax;
            for (int j = rowLo[i], hi = rowHi[i]; j < hi; j++) {
                double c = a[col + j] * upper[i];
                if (c > 0) {
                    r[j] += c;
                } else {
                    d[j] += c;
                }
            }
        }
        for (int j = 0; j < m; j++) {
            if (b[j] > r[j] + tol || b[j] < d[j] - tol) {
                worstRow = j;
                residualNm = b[j] > r[j] ? b[j] - r[j] : d[j] - b[j];
                return true;
            }
        }
        return false;
    }

    /** Farkas certificate: b·λ > Σ u_i max(0, (Aᵀλ)_i) proves that no feasible forces exist. */
    private boolean certifiedInfeasible() {
        double bl = 0;
        double scale = 0;
        for (int j = 0; j < m; j++) {
            bl += b[j] * lambda[j];
        }
        double support = 0;
        for (int i = 0; i < n; i++) {
            if (s[i] > 0) {
                support += upper[i] * s[i];
            }
            scale += upper[i] * Math.abs(s[i]);
        }
        return bl - support > 1e-9 * (scale + Math.abs(bl)) && bl - support > 0;
    }

    /**
     * Makes {@code h} (lower triangle, inside the envelope {@code first}) equal to
     * {@code H = A diag(dF/ds) Aᵀ}, assembled column by column over each column's rows into
     * {@code hAsm}, which the factorisation leaves intact. For squared stress {@code dF/ds} is
     * {@code PCSA²} or 0, so from one Newton iteration to the next only the muscles that reached or
     * left a bound change {@code H}: while that is at most a quarter of them, {@code H} is updated by
     * their rank-one terms instead of being rebuilt (exact up to round-off; rebuilt at the start of
     * every solve, since the problem may have changed).
     */
    private void assembleHessian(int power) {
        if (power == 2 && hessianValid && hessianUpdates) {
            int changed = 0;
            for (int i = 0; i < n; i++) {
                if (dfds[i] != dfdsInH[i]) {
                    changed++;
                }
            }
            if (4 * changed <= n) {
                for (int i = 0; i < n; i++) {
                    double dd = dfds[i] - dfdsInH[i];
                    if (dd != 0) {
                        dfdsInH[i] = dfds[i];
                        addColumn(i, dd);
                    }
                }
                if (updateAccurate()) {
                    copyHessian();
                    return;
                }
            }
        }
        for (int j = 0; j < m; j++) {
            java.util.Arrays.fill(hAsm, j * mMax, j * mMax + j + 1, 0);
            first[j] = j;
            removedDiag[j] = 0;
        }
        for (int i = 0; i < n; i++) {
            double di = dfds[i];
            dfdsInH[i] = di;
            if (di != 0) {
                addColumn(i, di);
            }
        }
        hessianValid = power == 2;
        copyHessian();
    }

    /**
     * Whether every diagonal entry of the updated {@code H} is still large against what was
     * subtracted from it since the last rebuild ({@link #UPDATE_CANCELLATION_LIMIT}): otherwise the
     * update's round-off would be a noticeable part of a nearly singular {@code H}.
     */
    private boolean updateAccurate() {
        for (int j = 0; j < m; j++) {
            if (removedDiag[j] > UPDATE_CANCELLATION_LIMIT * hAsm[j * mMax + j]) {
                return false;
            }
        }
        return true;
    }

    /** Adds {@code w a_i a_iᵀ} (column i over its rows) to the lower triangle of {@code hAsm}, widening the envelope. */
    private void addColumn(int i, double w) {
        int col = i * mMax;
        int lo = rowLo[i];
        for (int j = lo, hi = rowHi[i]; j < hi; j++) {
            if (lo < first[j]) {
                first[j] = lo;
            }
            if (w < 0) {
                removedDiag[j] -= w * a[col + j] * a[col + j];
            }
            double aj = a[col + j] * w;
            if (aj == 0) {
                continue;
            }
            int rowJ = j * mMax;
            for (int k = lo; k <= j; k++) {
                hAsm[rowJ + k] += aj * a[col + k];
            }
        }
    }

    /** Copies the assembled {@code H} (its envelope) into {@code h}, which the Cholesky factorisation overwrites. */
    private void copyHessian() {
        for (int j = 0; j < m; j++) {
            int rj = j * mMax;
            System.arraycopy(hAsm, rj + first[j], h, rj + first[j], j - first[j] + 1);
        }
    }

    /** Cholesky solve of (H + reg I) d = r, H assembled in h (lower triangle, overwritten); false if not positive definite. */
    private boolean cholSolve(double reg) {
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
        for (int j = 0; j < m; j++) {
            double sum = r[j];
            int rj = j * mMax;
            for (int k = first[j]; k < j; k++) {
                sum -= h[rj + k] * d[k];
            }
            d[j] = sum / h[rj + j];
        }
        for (int j = m - 1; j >= 0; j--) {
            d[j] /= h[j * mMax + j];
            double dj = d[j];
            int rj = j * mMax;
            for (int k = first[j]; k < j; k++) {
                d[k] -= h[rj + k] * dj;
            }
        }
        return true;
    }

    private double maxHessianDiagonal() {
        double max = 0;
        for (int j = 0; j < m; j++) {
            max = Math.max(max, h[j * mMax + j]);
        }
        return max;
    }

    QpStatus newton(int power, double tol, int maxIterations) {
        iterations = 0;
        // squared stress defers the row test until the solve has not converged at once (it cannot
        // converge when the test fails): a solve that ends after its first step skips it. The outcome
        // is the same as testing first: dual variables back to their start, zero forces.
        rowsChecked = power != 2;
        if (rowsChecked && rowInfeasible(tol)) {
            java.util.Arrays.fill(f, 0, n, 0);
            residualCurrent = false;
            return QpStatus.INFEASIBLE;
        }
        System.arraycopy(lambda, 0, lambdaStart, 0, m);
        hessianValid = false;
        if (power == 3 && allZero()) {
            newton(2, tol, maxIterations);
            rowsChecked = true;
        }
        double g = primal(power);
        double rn = residualNorm();
        while (iterations < maxIterations) {
            if (rn <= tol) {
                return QpStatus.OK;
            }
            assembleHessian(power);
            double hmax = maxHessianDiagonal();
            double reg = hmax > 0 ? 1e-13 * hmax : 1e-6;
            while (!cholSolve(reg)) {
                copyHessian();
                reg = reg * 100 + 1e-300;
            }
            double slope = 0;
            for (int j = 0; j < m; j++) {
                slope += r[j] * d[j];
                lambdaOld[j] = lambda[j];
            }
            if (power == 2) {
                System.arraycopy(s, 0, sOld, 0, n);
            }
            double t = 1;
            boolean accepted = false;
            boolean exactTried = power != 2;
            boolean exact = false;
            double gNew = g;
            for (int k = 0; k < MAX_HALVINGS; k++) {
                for (int j = 0; j < m; j++) {
                    lambda[j] = lambdaOld[j] + t * d[j];
                }
                gNew = primal(power);
                if (gNew >= g + ARMIJO * t * slope
                        || exact && gNew > g
                        || power == 3 && Math.abs(gNew - g) <= DUAL_VALUE_NOISE * Math.abs(g) && slopeHolds(slope)) {
                    accepted = true;
                    break;
                }
                if (!exactTried) {
                    // the full step failed: go straight to the maximiser along d instead of halving
                    exactTried = true;
                    double te = exactStep();
                    if (te > 0 && te < t) {
                        t = te;
                        exact = true;
                        continue;
                    }
                }
                exact = false;
                t *= 0.5;
            }
            iterations++;
            if (!accepted) {
                System.arraycopy(lambdaOld, 0, lambda, 0, m);
                primal(power);
                rn = residualNorm();
                if (rn <= tol) {
                    return QpStatus.OK;
                }
                if (deferredRowsInfeasible(tol)) {
                    return QpStatus.INFEASIBLE;
                }
                return certifiedInfeasible() ? QpStatus.INFEASIBLE : QpStatus.NOT_CONVERGED;
            }
            g = gNew;
            rn = residualNorm();
            if (rn > tol && deferredRowsInfeasible(tol)) {
                return QpStatus.INFEASIBLE;
            }
            if (rn > tol && certifiedInfeasible()) {
                return QpStatus.INFEASIBLE;
            }
        }
        return rn <= tol ? QpStatus.OK : QpStatus.NOT_CONVERGED;
    }

    /**
     * Exact line search for squared stress: the step length {@code t} in (0, 1) that maximises the
     * dual {@code g(λ + t d)} along the Newton direction {@code d}, or 1 if the dual still rises at
     * {@code t = 1}. Each force is a clamp of {@code q_i (s_i + t δ_i)} ({@code q_i = PCSA_i²},
     * {@code δ = Aᵀd}), so the slope {@code g'(t) = b·d - Σ δ_i F_i(t)} is continuous, non-increasing
     * and piecewise linear: its curvature {@code -g''} is {@code Σ q_i δ_i²} over the muscles strictly
     * between their bounds, and changes only where a muscle reaches or leaves a bound. The break
     * points in (0, 1) are visited in order (binary heap) until the slope reaches zero. Needs
     * {@code sOld = Aᵀλ} of the start and {@code lambdaOld}, {@code d}; allocates nothing.
     *
     * @return the maximising step length, or a value {@code <= 0} if the dual does not rise along d
     */
    private double exactStep() {
        double gp = 0;
        for (int j = 0; j < m; j++) {
            gp += b[j] * d[j];
        }
        double c1 = 0;
        int events = 0;
        for (int i = 0; i < n; i++) {
            double di = 0;
            int col = i * mMax;
            for (int j = rowLo[i], hi = rowHi[i]; j < hi; j++) {
                di += a[col + j] * d[j];
            }
            delta[i] = di;
            double p = pcsa[i];
            double q = p * p;
            double s0 = sOld[i];
            double u = upper[i];
            // force at the start, exactly as primal() computes it
            double f0 = s0 <= 0 ? 0 : s0 * q;
            if (f0 >= u) {
                f0 = u;
            }
            gp -= di * f0;
            if (di == 0 || !(u > 0)) {
                continue;
            }
            double sigma = u / q;
            double tA = di > 0 ? -s0 / di : (sigma - s0) / di;
            double tB = di > 0 ? (sigma - s0) / di : -s0 / di;
            double w = q * di * di;
            if (tB <= 0) {
                continue;
            }
            if (tA <= 0) {
                c1 += w;
            } else if (tA < 1) {
                evT[events] = tA;
                evW[events++] = w;
            } else {
                continue;
            }
            if (tB < 1) {
                evT[events] = tB;
                evW[events++] = -w;
            }
        }
        if (!(gp > 0)) {
            return 0;
        }
        for (int k = events / 2 - 1; k >= 0; k--) {
            siftDown(k, events);
        }
        double t = 0;
        while (true) {
            double next = events > 0 ? evT[0] : 1;
            if (c1 > 0 && gp <= c1 * (next - t)) {
                return t + gp / c1;
            }
            gp -= c1 * (next - t);
            t = next;
            if (events == 0) {
                return 1;
            }
            c1 += evW[0];
            events--;
            evT[0] = evT[events];
            evW[0] = evW[events];
            siftDown(0, events);
            if (c1 < 0) {
                c1 = 0;
            }
        }
    }

    /** Restores the min-heap order of {@code evT[0, size)} below {@code k}. */
    private void siftDown(int k, int size) {
        double tk = evT[k];
        double wk = evW[k];
        while (true) {
            int c = 2 * k + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && evT[c + 1] < evT[c]) {
                c++;
            }
            if (evT[c] >= tk) {
                break;
            }
            evT[k] = evT[c];
            evW[k] = evW[c];
            k = c;
        }
        evT[k] = tk;
        evW[k] = wk;
    }

    /**
     * The deferred {@link #rowInfeasible} test of a squared-stress solve, done once: when it fails,
     * restores the dual variables of the start, sets zero forces and returns true; otherwise
     * restores the residual of the current forces (the test uses {@code r} and {@code d} as scratch).
     */
    private boolean deferredRowsInfeasible(double tol) {
        if (rowsChecked) {
            return false;
        }
        rowsChecked = true;
        if (rowInfeasible(tol)) {
            System.arraycopy(lambdaStart, 0, lambda, 0, m);
            java.util.Arrays.fill(f, 0, n, 0);
            residualCurrent = false;
            iterations = 0;
            return true;
        }
        residual();
        return false;
    }

    /**
     * Approximate Wolfe test of the step just evaluated by {@link #primal}: the dual's slope along
     * {@code d} there, {@code r·d}, is at least {@code -(1 - 2 ARMIJO)} times the slope at the start.
     * The dual is concave, so with the trapezoid rule on its slope this is the Armijo condition; it
     * is free of the cancellation in the difference of two dual values. Overwrites {@code r} (the
     * residual of the evaluated point).
     */
    private boolean slopeHolds(double slope) {
        residualNorm();
        double slopeNew = 0;
        for (int j = 0; j < m; j++) {
            slopeNew += r[j] * d[j];
        }
        return slopeNew >= -(1 - 2 * ARMIJO) * slope;
    }

    private boolean allZero() {
        for (int j = 0; j < m; j++) {
            if (lambda[j] != 0) {
                return false;
            }
        }
        return true;
    }
}
