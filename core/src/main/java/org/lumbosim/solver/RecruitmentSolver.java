package org.lumbosim.solver;

import org.lumbosim.internal.Checks;

/**
 * Immutable settings of the recruitment solver: the criterion, the tolerance on the moment balance
 * and the iteration limit. The solver itself works on a {@link QpWorkspace}.
 *
 * <p>Problem: find muscle forces {@code F} minimising the criterion subject to {@code A F = b}
 * (moment balance, one row per level and axis) and {@code 0 <= F_i <= u_i}. Method: Newton's method
 * on the concave dual function of the separable problem (a semismooth Newton method; each muscle's
 * force is an explicit clamp of the dual variables), with a backtracking line search, warm-started
 * from the previous dual solution when the workspace is reused.
 *
 * @param criterion what the muscles minimise
 * @param toleranceNm largest accepted moment residual (N·m), in [1e-14, 1e-2]
 * @param maxIterations iteration limit, in [1, 10000]
 */
public record RecruitmentSolver(RecruitmentCriterion criterion, double toleranceNm, int maxIterations) {

    /** How much longer a min-max bisection trial runs when its first attempt decides nothing. */
    private static final int UNDECIDED_TRIAL_ITERATION_FACTOR = 10;
    /**
     * Relative width of the proved min-max bracket below which an undecided trial ends the
     * bisection. Both ends are proved: the lower by an infeasibility proof (or zero), the upper by
     * forces that balance within the bound, so stopping there returns a largest stress within this
     * fraction of the optimum. Trials that neither converge nor prove infeasibility occur close to
     * the optimum (on the 32 benchmark problems within 1e-7 to 7e-7 of it, once 2e-5), where the
     * dual is nearly unbounded; before this rule each ran 200 + 2,000 Newton iterations (11,591 per
     * 210-muscle solve in all). Below the 1e-6 agreement asked of min-max against an LP solver.
     */
    static final double MIN_MAX_CERTIFIED_GAP = 5e-7;
    /**
     * Relative width of the proved min-max bracket (smallest feasible bound over the largest bound
     * proved infeasible) at which the bisection ends: the result is then within this fraction of
     * the optimum. Narrower brackets cost the slowest trials and change the forces only in the
     * last digits.
     */
    static final double MIN_MAX_PROVED_BRACKET = 1e-8;
    /** Relative width of the bracket at which the bisection ends in any case. */
    private static final double MIN_MAX_BRACKET = 1e-10;

    /** Checks every field. */
    public RecruitmentSolver {
        if (criterion == null) {
            throw new IllegalArgumentException("criterion is missing: one of squared-stress, cubed-stress, min-max");
        }
        Checks.inRange("toleranceNm", toleranceNm, 1e-14, 1e-2, "N·m");
        Checks.inRange("maxIterations", maxIterations, 1, 10000, "");
    }

    /** @return squared stress, tolerance 1e-9 N·m, at most 200 iterations */
    public static RecruitmentSolver defaults() {
        return new RecruitmentSolver(RecruitmentCriterion.SQUARED_STRESS, 1e-9, 200);
    }

    /**
     * @param c criterion
     * @return a copy with another criterion
     */
    public RecruitmentSolver withCriterion(RecruitmentCriterion c) {
        return new RecruitmentSolver(c, toleranceNm, maxIterations);
    }

    /**
     * @param tol tolerance (N·m)
     * @return a copy with another tolerance
     */
    public RecruitmentSolver withToleranceNm(double tol) {
        return new RecruitmentSolver(criterion, tol, maxIterations);
    }

    /**
     * @param n iteration limit
     * @return a copy with another iteration limit
     */
    public RecruitmentSolver withMaxIterations(int n) {
        return new RecruitmentSolver(criterion, toleranceNm, n);
    }

    /**
     * Solves the problem held in {@code ws} (inputs {@code a}, {@code b}, {@code pcsa}, {@code upper},
     * sizes set by {@link QpWorkspace#setSize}). Allocates nothing.
     *
     * @param ws the problem and scratch storage; modified: forces, dual variables, counters
     * @return the outcome; forces are in {@link QpWorkspace#force(int)}
     */
    public QpStatus solve(QpWorkspace ws) {
        if (criterion == RecruitmentCriterion.MIN_MAX) {
            return solveMinMax(ws);
        }
        return ws.newton(criterion == RecruitmentCriterion.CUBED_STRESS ? 3 : 2, toleranceNm, maxIterations);
    }

    /**
     * Min-max stress by bisection on the common stress bound {@code s}: the problem with bounds
     * {@code F_i <= min(u_i, s * pcsa_i)} is feasible exactly when {@code s} is at least the optimum.
     * The final forces are those of least squared stress under the smallest bound found feasible:
     * the solution of the last successful solve, kept rather than recomputed (a re-solve at that
     * barely feasible bound, warm-started from a failed trial, may not converge). The bisection
     * ends when the smallest feasible bound is within {@value #MIN_MAX_PROVED_BRACKET} of the
     * largest bound proved infeasible, or within {@value #MIN_MAX_CERTIFIED_GAP} when a trial
     * decides nothing (then the returned largest stress is at most that fraction above the
     * optimum), or when the bracket is within 1e-10 in any case.
     */
    private QpStatus solveMinMax(QpWorkspace ws) {
        QpStatus full = ws.newton(2, toleranceNm, maxIterations);
        if (full != QpStatus.OK) {
            return full;
        }
        ws.saveSolution();
        int total = ws.iterations;
        double hi = 0;
        for (int i = 0; i < ws.n; i++) {
            hi = Math.max(hi, ws.f[i] / ws.pcsa[i]);
        }
        double lo = 0;
        ws.saveUpper();
        ws.hessianUpdates = false;
        try {
            bisect(ws, lo, hi, total);
        } finally {
            ws.hessianUpdates = true;
        }
        return QpStatus.OK;
    }

    /** The bisection of {@link #solveMinMax} from the bracket [lo, hi], the full problem's solution saved. */
    private void bisect(QpWorkspace ws, double lo, double hi, int total) {
        // the largest bound proved too small (an infeasibility proof); lo may pass it after an undecided long trial
        double provedLo = lo;
        for (int it = 0; it < 60 && hi - lo > MIN_MAX_BRACKET * hi && hi - provedLo > MIN_MAX_PROVED_BRACKET * hi; it++) {
            double mid = 0.5 * (lo + hi);
            ws.capStress(mid);
            QpStatus s = ws.newton(2, toleranceNm, maxIterations);
            total += ws.iterations;
            if (s == QpStatus.NOT_CONVERGED && hi - provedLo <= MIN_MAX_CERTIFIED_GAP * hi) {
                // undecided this close to the optimum: [provedLo, hi] already brackets it to the
                // certified gap, so keep the solution at hi rather than run a long trial that rarely decides
                break;
            }
            if (s == QpStatus.NOT_CONVERGED) {
                // neither solved nor proved infeasible: one more, longer try from zero dual variables
                // (bounds close to the optimum make the dual nearly unbounded and Newton slow)
                ws.resetWarmStart();
                s = ws.newton(2, toleranceNm, UNDECIDED_TRIAL_ITERATION_FACTOR * maxIterations);
                total += ws.iterations;
            }
            if (s == QpStatus.OK) {
                hi = mid;
                ws.saveSolution();
            } else {
                if (s == QpStatus.INFEASIBLE) {
                    provedLo = mid;
                }
                lo = mid;
                // an infeasible trial drives the dual variables off along a Farkas direction: start
                // the next trial from the converged ones of the last feasible bound instead
                ws.restoreLambda();
            }
        }
        // the forces and dual variables of the last feasible bound: no re-solve, and the next solve's
        // warm start does not inherit the diverged dual variables of an infeasible trial
        ws.restoreUpper();
        ws.restoreSolution();
        ws.iterations = total;
    }
}
