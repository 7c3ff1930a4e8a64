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
    /** Scratch of a rebuild: the columns of a run with equal rows ({@link #addRun}) and their {@code dF/ds}. */
    private final int[] run;
    private final double[] runWeight;
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
        run = new int[problem.nMax];
        runWeight = new double[problem.nMax];
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
        // the columns with a term, in order, in runs of equal rows: a run's columns add their terms to each entry
        // four at a time (one load and store of the entry per four terms instead of per term), each entry still
        // receiving its terms one by one in column order, so the sums are the column-by-column ones bit for bit
        int count = 0;
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < n; i++) {
            double di = dfds[i];
            dfdsInH[i] = di;
            if (di == 0) {
                continue;
            }
            if (count > 0 && (p.rowLo[i] != lo || p.rowHi[i] != hi)) {
                addRun(count, lo, hi);
                count = 0;
            }
            lo = p.rowLo[i];
            hi = p.rowHi[i];
            run[count] = i;
            runWeight[count] = di;
            count++;
        }
        if (count > 0) {
            addRun(count, lo, hi);
        }
        valid = power == 2;
    }

    /**
     * Adds the terms of the run's columns ({@link #run}, all over rows {@code [lo, hi)}), in their order: four
     * columns at a time where all four have a non-zero coefficient in the row (else column by column, skipping
     * a zero one as {@link #addColumn} does), then the rest column by column.
     */
    private void addRun(int count, int lo, int hi) {
        int mMax = p.mMax;
        double[] a = p.a;
        int c = 0;
        for (; c + 4 <= count; c += 4) {
            int c0 = run[c] * mMax, c1 = run[c + 1] * mMax, c2 = run[c + 2] * mMax, c3 = run[c + 3] * mMax;
            double w0 = runWeight[c], w1 = runWeight[c + 1], w2 = runWeight[c + 2], w3 = runWeight[c + 3];
            for (int j = lo; j < hi; j++) {
                if (lo < first[j]) {
                    first[j] = lo;
                }
                double a0 = a[c0 + j] * w0;
                double a1 = a[c1 + j] * w1;
                double a2 = a[c2 + j] * w2;
                double a3 = a[c3 + j] * w3;
                if (w0 < 0 || w1 < 0 || w2 < 0 || w3 < 0 || a0 == 0 || a1 == 0 || a2 == 0 || a3 == 0) {
                    for (int q = 0; q < 4; q++) {
                        addColumnRow(run[c + q], runWeight[c + q], lo, j);
                    }
                    continue;
                }
                int rowJ = j * mMax;
                for (int k = lo; k <= j; k++) {
                    lower[rowJ + k] = lower[rowJ + k] + a0 * a[c0 + k] + a1 * a[c1 + k] + a2 * a[c2 + k] + a3 * a[c3 + k];
                }
            }
        }
        for (; c < count; c++) {
            addColumn(run[c], runWeight[c]);
        }
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
        int lo = p.rowLo[i];
        for (int j = lo, hi = p.rowHi[i]; j < hi; j++) {
            addColumnRow(i, w, lo, j);
        }
    }

    /** Adds row j of {@code w a_i a_iᵀ} (column i, whose first row is {@code lo}) to the lower triangle, widening the envelope. */
    private void addColumnRow(int i, double w, int lo, int j) {
        int mMax = p.mMax;
        double[] a = p.a;
        int col = i * mMax;
        if (lo < first[j]) {
            first[j] = lo;
        }
        if (w < 0) {
            removedDiag[j] -= w * a[col + j] * a[col + j];
        }
        double aj = a[col + j] * w;
        if (aj == 0) {
            return;
        }
        int rowJ = j * mMax;
        for (int k = lo; k <= j; k++) {
            lower[rowJ + k] += aj * a[col + k];
        }
    }
}
