package org.lumbosim.solver;

import java.util.Arrays;

/**
 * Assembles the negated Hessian of the dual function, {@code H = A diag(dF/ds) Aᵀ}, as a lower
 * triangle inside an envelope ({@link #first}), column by column over each column's rows. For
 * squared stress {@code dF/ds} is {@code PCSA²} or 0, so from one Newton iteration to the next only
 * the muscles that reached or left a bound change {@code H}: while that is at most a quarter of
 * them, {@code H} is updated by their rank-one terms {@code ±PCSA_i² a_i a_iᵀ} instead of being
 * rebuilt (exact up to round-off), and rebuilt when a diagonal entry has lost more than
 * {@value #UPDATE_CANCELLATION_LIMIT} times what is left, to bound the cancellation.
 */
final class DualHessian {
    /**
     * Largest ratio of the diagonal terms removed from the updated Hessian since its last rebuild to
     * the diagonal entry left: beyond it the Hessian is rebuilt, so that the round-off of the
     * subtractions (about 1e-16 of what was removed) stays below about 1e-14 of the entry.
     */
    static final double UPDATE_CANCELLATION_LIMIT = 100;

    private final QpProblem p;
    /** {@code H} as assembled: row-major lower triangle with row stride {@code mMax}. */
    final double[] lower;
    /** Envelope of {@code H}: the first column of row j that can be non-zero. */
    final int[] first;
    /** Per row, the diagonal terms subtracted from {@link #lower} since it was last rebuilt. */
    private final double[] removedDiag;
    /** The {@code dF/ds} of each muscle that {@link #lower} contains. */
    private final double[] dfdsInH;
    /** Whether {@link #lower} belongs to the current solve (so it may be updated rather than rebuilt). */
    private boolean valid;
    /**
     * Whether squared-stress solves may update the Hessian instead of rebuilding it. Off during the
     * min-max bisection: its trials near the optimal bound have nearly unbounded duals, and there the
     * updates' round-off turned one feasible trial of 150 random problems infeasible (optimum 5e-6
     * too high).
     */
    boolean updatesAllowed = true;

    /** @param problem the problem whose coefficients {@code A} are read */
    DualHessian(QpProblem problem) {
        p = problem;
        lower = new double[problem.mMax * problem.mMax];
        first = new int[problem.mMax];
        removedDiag = new double[problem.mMax];
        dfdsInH = new double[problem.nMax];
    }

    /** Marks the assembled {@code H} as stale: the next {@link #assemble} rebuilds it (a new solve). */
    void invalidate() {
        valid = false;
    }

    /**
     * Makes {@link #lower} equal to {@code A diag(dfds) Aᵀ}, by rank-one updates of the previous
     * one when allowed and few enough, else rebuilt.
     *
     * @param power 2 (squared stress: updates allowed) or 3 (cubed stress: always rebuilt)
     * @param dfds per muscle, {@code dF/ds} at the current forces
     */
    void assemble(int power, double[] dfds) {
        int n = p.n;
        if (power == 2 && valid && updatesAllowed) {
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
                    return;
                }
            }
        }
        int mMax = p.mMax;
        for (int j = 0; j < p.m; j++) {
            Arrays.fill(lower, j * mMax, j * mMax + j + 1, 0);
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
        valid = power == 2;
    }

    /**
     * Whether every diagonal entry of the updated {@code H} is still large against what was
     * subtracted from it since the last rebuild ({@link #UPDATE_CANCELLATION_LIMIT}): otherwise the
     * update's round-off would be a noticeable part of a nearly singular {@code H}.
     */
    private boolean updateAccurate() {
        int mMax = p.mMax;
        for (int j = 0; j < p.m; j++) {
            if (removedDiag[j] > UPDATE_CANCELLATION_LIMIT * lower[j * mMax + j]) {
                return false;
            }
        }
        return true;
    }

    /** Adds {@code w a_i a_iᵀ} (column i over its rows) to the lower triangle, widening the envelope. */
    private void addColumn(int i, double w) {
        int mMax = p.mMax;
        double[] a = p.a;
        int col = i * mMax;
        int lo = p.rowLo[i];
        for (int j = lo, hi = p.rowHi[i]; j < hi; j++) {
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
                lower[rowJ + k] += aj * a[col + k];
            }
        }
    }
}
