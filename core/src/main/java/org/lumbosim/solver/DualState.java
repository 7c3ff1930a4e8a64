package org.lumbosim.solver;

import java.util.Arrays;

/**
 * The solution side of a recruitment problem: dual variables {@code λ} (kept between solves as the
 * next solve's warm start), the forces they give with {@code Aᵀλ} and {@code dF/ds}, the residual
 * {@code b - A F} with its largest entry and row, the counters of the last solve, one saved
 * copy of a solution (the min-max bisection's last feasible trial) and the lower end of the
 * min-max bisection's proved bracket.
 */
final class DualState {
    /** Dual variables, one per equation. */
    final double[] lambda;
    /** Dual variables at the start of the current solve (restored if its deferred row test fails). */
    final double[] lambdaStart;
    /** Forces (N). */
    final double[] f;
    /** {@code s = Aᵀλ}, per muscle. */
    final double[] s;
    /** {@code dF_i/ds_i} at the current forces (0 at a bound). */
    final double[] dfds;
    /** Residual {@code b - A F} of the current forces, per equation (N·m). */
    final double[] r;
    /** Whether {@link #residualNm} is the residual of the current forces and problem. */
    boolean residualCurrent;
    /** Largest absolute entry of {@link #r} (N·m), or the shortfall of a row found unreachable. */
    double residualNm;
    /** The row of {@link #residualNm}. */
    int worstRow;
    /** Newton iterations of the last solve (all stages for min-max). */
    int iterations;
    /** Evaluations of the dual function since the workspace was made. */
    long dualEvaluations;
    /**
     * Lower end of the proved bracket of the last min-max solve (Pa): the optimum is at least this;
     * NaN before the first one and after one that did not return OK.
     */
    double minMaxProvedLowerStress = Double.NaN;
    private final double[] fSaved;
    private final double[] lambdaSaved;
    private double residualSaved;
    private int worstRowSaved;

    /**
     * @param mMax largest number of equations
     * @param nMax largest number of muscles
     */
    DualState(int mMax, int nMax) {
        lambda = new double[mMax];
        lambdaStart = new double[mMax];
        f = new double[nMax];
        s = new double[nMax];
        dfds = new double[nMax];
        r = new double[mMax];
        fSaved = new double[nMax];
        lambdaSaved = new double[mMax];
    }

    /** Forgets the warm start: every dual variable set to zero. */
    void resetWarmStart() {
        Arrays.fill(lambda, 0);
    }

    /**
     * @param m number of equations
     * @return whether the first {@code m} dual variables are all zero (a cold start)
     */
    boolean coldStart(int m) {
        for (int j = 0; j < m; j++) {
            if (lambda[j] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Largest absolute entry of {@link #r} over the first {@code m} rows: sets the residual and
     * worst row.
     *
     * @param m number of equations
     * @return the residual (N·m)
     */
    double residualNorm(int m) {
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

    /**
     * Remembers the current solution (forces, dual variables, residual).
     *
     * @param m number of equations
     * @param n number of muscles
     */
    void save(int m, int n) {
        System.arraycopy(f, 0, fSaved, 0, n);
        System.arraycopy(lambda, 0, lambdaSaved, 0, m);
        residualSaved = residualNm;
        worstRowSaved = worstRow;
    }

    /**
     * Remembers the current forces and their residual as the solution, keeping the dual variables
     * stored by the last {@link #save} (the min-max bisection's bound proved feasible by the phase-1
     * simplex: its vertex forces are the result, the last solved trial's dual variables the warm start).
     *
     * @param n number of muscles
     */
    void saveForces(int n) {
        System.arraycopy(f, 0, fSaved, 0, n);
        residualSaved = residualNm;
        worstRowSaved = worstRow;
    }

    /**
     * Returns to the dual variables stored by {@link #save}.
     *
     * @param m number of equations
     */
    void restoreLambda(int m) {
        System.arraycopy(lambdaSaved, 0, lambda, 0, m);
    }

    /**
     * Returns to the solution stored by {@link #save}.
     *
     * @param m number of equations
     * @param n number of muscles
     */
    void restore(int m, int n) {
        residualCurrent = false;
        System.arraycopy(fSaved, 0, f, 0, n);
        System.arraycopy(lambdaSaved, 0, lambda, 0, m);
        residualNm = residualSaved;
        worstRow = worstRowSaved;
    }
}
