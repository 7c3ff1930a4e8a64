package org.lumbosim.solver;

/**
 * The min-max stress criterion (Bean JC, Chaffin DB, Schultz AB (1988), "Biomechanical model
 * calculation of muscle contraction forces: a double linear programming method", J Biomech
 * 21:59-66) by bisection on a common stress bound {@code s}: the problem with bounds
 * {@code l_i <= F_i <= min(u_i, s PCSA_i)} is feasible exactly when {@code s} is at least the
 * optimum (never below {@code max l_i / PCSA_i}, where some muscle's range is empty), and
 * each trial is a squared-stress {@link DualNewton} solve. The final forces are those of least
 * squared stress under the smallest bound found feasible: the solution of the last successful
 * trial, kept rather than recomputed (a re-solve at that barely feasible bound, warm-started from a
 * failed trial, may not converge). The bracket's lower end is certified: {@code provedLo} is the
 * largest bound proved infeasible ({@link InfeasibilityCertificate}), so the result is known to be
 * within the proved bracket's width of the optimum.
 */
final class MinMaxBisection {
    /** How much longer a min-max bisection trial runs when its first attempt decides nothing. */
    static final int UNDECIDED_TRIAL_ITERATION_FACTOR = 10;
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
    static final double MIN_MAX_BRACKET = 1e-10;
    /** Largest number of bisection steps. */
    static final int MAX_BISECTIONS = 60;

    private MinMaxBisection() {
    }

    /**
     * Solves the problem of {@code ws} for the min-max criterion. The bisection ends when the
     * smallest feasible bound is within {@value #MIN_MAX_PROVED_BRACKET} of the largest bound
     * proved infeasible, or within {@value #MIN_MAX_CERTIFIED_GAP} when a trial decides nothing
     * (then the returned largest stress is at most that fraction above the optimum), or when the
     * bracket is within {@value #MIN_MAX_BRACKET} in any case. Allocates nothing.
     *
     * @param ws the problem and its solver state; bounds restored on return
     * @param tol largest accepted moment residual (N·m)
     * @param maxIterations iteration limit of each trial
     * @return OK, or the outcome of the unbounded problem if that is not OK
     */
    static QpStatus solve(QpWorkspace ws, double tol, int maxIterations) {
        QpProblem p = ws.problem;
        DualState st = ws.state;
        QpStatus full = ws.newton.solve(2, tol, maxIterations);
        if (full != QpStatus.OK) {
            return full;
        }
        st.save(p.m, p.n);
        int total = st.iterations;
        double hi = 0;
        for (int i = 0; i < p.n; i++) {
            hi = Math.max(hi, st.f[i] / p.pcsa[i]);
        }
        // below the largest lower-bound stress some muscle's range is empty: infeasible without a trial
        double lo = p.lowestCapStress();
        p.saveUpper();
        ws.newton.allowHessianUpdates(false);
        try {
            bisect(ws, lo, hi, total, tol, maxIterations);
        } finally {
            ws.newton.allowHessianUpdates(true);
        }
        return QpStatus.OK;
    }

    /** The bisection of {@link #solve} from the bracket [lo, hi], the full problem's solution saved. */
    private static void bisect(QpWorkspace ws, double lo, double hi, int total, double tol, int maxIterations) {
        QpProblem p = ws.problem;
        DualState st = ws.state;
        DualNewton newton = ws.newton;
        // the largest bound proved too small (an infeasibility proof); lo may pass it after an undecided long trial
        double provedLo = lo;
        for (int it = 0; it < MAX_BISECTIONS && hi - lo > MIN_MAX_BRACKET * hi && hi - provedLo > MIN_MAX_PROVED_BRACKET * hi; it++) {
            double mid = 0.5 * (lo + hi);
            p.capStress(mid);
            QpStatus s = newton.solve(2, tol, maxIterations);
            total += st.iterations;
            if (s == QpStatus.NOT_CONVERGED && hi - provedLo <= MIN_MAX_CERTIFIED_GAP * hi) {
                // undecided this close to the optimum: [provedLo, hi] already brackets it to the
                // certified gap, so keep the solution at hi rather than run a long trial that rarely decides
                break;
            }
            if (s == QpStatus.NOT_CONVERGED) {
                // neither solved nor proved infeasible: one more, longer try from zero dual variables
                // (bounds close to the optimum make the dual nearly unbounded and Newton slow)
                st.resetWarmStart();
                s = newton.solve(2, tol, UNDECIDED_TRIAL_ITERATION_FACTOR * maxIterations);
                total += st.iterations;
            }
            if (s == QpStatus.OK) {
                hi = mid;
                st.save(p.m, p.n);
            } else {
                if (s == QpStatus.INFEASIBLE) {
                    provedLo = mid;
                }
                lo = mid;
                // an infeasible trial drives the dual variables off along a Farkas direction: start
                // the next trial from the converged ones of the last feasible bound instead
                st.restoreLambda(p.m);
            }
        }
        // the forces and dual variables of the last feasible bound: no re-solve, and the next solve's
        // warm start does not inherit the diverged dual variables of an infeasible trial
        p.restoreUpper();
        st.restore(p.m, p.n);
        st.iterations = total;
    }
}
