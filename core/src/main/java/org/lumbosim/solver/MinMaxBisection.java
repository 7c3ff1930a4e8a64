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
 * failed trial, may not converge).
 *
 * <p>What is guaranteed: both ends of the bracket {@code [provedLo, hi]} are proved. {@code hi}
 * is a bound under which the returned forces balance the moments (so their largest stress is at
 * most {@code hi}); {@code provedLo} is {@code max l_i / PCSA_i} or the largest bound proved
 * infeasible ({@link InfeasibilityCertificate}), so the optimum is at least {@code provedLo}. Only
 * a proof moves {@code provedLo}: a trial that neither converges nor proves infeasibility (after
 * its longer retry where the bracket is wider than {@value #MIN_MAX_CERTIFIED_GAP} of {@code hi})
 * ends the bisection. The returned largest stress therefore exceeds the optimum by at most
 * {@code hi - provedLo}, which is at most {@value #MIN_MAX_PROVED_BRACKET} of {@code hi} unless an
 * undecided trial ended the bisection; {@code provedLo} is kept for the caller
 * ({@link QpWorkspace#minMaxProvedLowerStressPa}). The result can be too high, never too low.
 */
final class MinMaxBisection {
    /** How much longer a min-max bisection trial runs when its first attempt decides nothing. */
    static final int UNDECIDED_TRIAL_ITERATION_FACTOR = 10;
    /**
     * Relative width of the proved min-max bracket below which an undecided trial ends the
     * bisection at once, without the longer retry. Trials that neither converge nor prove
     * infeasibility occur close to the optimum (on the 32 benchmark problems within 1e-7 to 7e-7 of
     * it, once 2e-5), where the dual is nearly unbounded; a retry costs
     * {@value #UNDECIDED_TRIAL_ITERATION_FACTOR} times the iteration limit and rarely decides. Below
     * the 1e-6 agreement asked of min-max against an LP solver.
     */
    static final double MIN_MAX_CERTIFIED_GAP = 5e-7;
    /**
     * Relative width of the proved min-max bracket (smallest feasible bound over the largest bound
     * proved infeasible) at which the bisection ends: the result is then within this fraction of
     * the optimum. Narrower brackets cost the slowest trials and change the forces only in the
     * last digits.
     */
    static final double MIN_MAX_PROVED_BRACKET = 1e-8;
    /** Largest number of bisection steps. */
    static final int MAX_BISECTIONS = 60;

    /**
     * One trial of the bisection: a solve of the problem under its current (capped) bounds from
     * the state's dual variables. {@link DualNewton} in the model; a test may wrap it to make a
     * trial undecided.
     */
    interface Trial {
        /**
         * @param power 2 (squared stress)
         * @param tol largest accepted moment residual (N·m)
         * @param maxIterations iteration limit
         * @return OK with the forces in the state, INFEASIBLE only with a proof, else NOT_CONVERGED
         */
        QpStatus solve(int power, double tol, int maxIterations);
    }

    private MinMaxBisection() {
    }

    /**
     * Solves the problem of {@code ws} for the min-max criterion. The bisection ends when the
     * smallest feasible bound is within {@value #MIN_MAX_PROVED_BRACKET} of the largest bound
     * proved infeasible, or at the first trial that decides nothing (at once where the proved
     * bracket is within {@value #MIN_MAX_CERTIFIED_GAP}, else after a
     * {@value #UNDECIDED_TRIAL_ITERATION_FACTOR} times longer retry). Either way the returned
     * largest stress exceeds the optimum by at most the proved bracket's width; its lower end is
     * left in {@link QpWorkspace#minMaxProvedLowerStressPa}. Allocates nothing.
     *
     * @param ws the problem and its solver state; bounds restored on return
     * @param tol largest accepted moment residual (N·m)
     * @param maxIterations iteration limit of each trial
     * @return OK, or the outcome of the unbounded problem if that is not OK
     */
    static QpStatus solve(QpWorkspace ws, double tol, int maxIterations) {
        return solve(ws, tol, maxIterations, ws.newton);
    }

    /**
     * {@link #solve(QpWorkspace, double, int)} with the bisection's trials (not the solve of the
     * unbounded problem) run by {@code trial}.
     *
     * @param ws the problem and its solver state; bounds restored on return
     * @param tol largest accepted moment residual (N·m)
     * @param maxIterations iteration limit of each trial
     * @param trial runs each trial on {@code ws}
     * @return OK, or the outcome of the unbounded problem if that is not OK
     */
    static QpStatus solve(QpWorkspace ws, double tol, int maxIterations, Trial trial) {
        QpProblem p = ws.problem;
        DualState st = ws.state;
        st.minMaxProvedLowerStress = Double.NaN;
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
        double provedLo = p.lowestCapStress();
        p.saveUpper();
        ws.newton.allowHessianUpdates(false);
        try {
            st.minMaxProvedLowerStress = bisect(ws, trial, provedLo, hi, total, tol, maxIterations);
        } finally {
            ws.newton.allowHessianUpdates(true);
        }
        return QpStatus.OK;
    }

    /**
     * The bisection of {@link #solve} from the proved bracket [provedLo, hi], the full problem's
     * solution saved.
     *
     * @return the lower end of the proved bracket at the end
     */
    private static double bisect(QpWorkspace ws, Trial trial, double provedLo, double hi, int total,
            double tol, int maxIterations) {
        QpProblem p = ws.problem;
        DualState st = ws.state;
        for (int it = 0; it < MAX_BISECTIONS && hi - provedLo > MIN_MAX_PROVED_BRACKET * hi; it++) {
            double mid = 0.5 * (provedLo + hi);
            p.capStress(mid);
            QpStatus s = trial.solve(2, tol, maxIterations);
            total += st.iterations;
            if (s == QpStatus.NOT_CONVERGED && hi - provedLo > MIN_MAX_CERTIFIED_GAP * hi) {
                // neither solved nor proved infeasible: one more, longer try from zero dual variables
                // (bounds close to the optimum make the dual nearly unbounded and Newton slow)
                st.resetWarmStart();
                s = trial.solve(2, tol, UNDECIDED_TRIAL_ITERATION_FACTOR * maxIterations);
                total += st.iterations;
            }
            if (s == QpStatus.NOT_CONVERGED) {
                // undecided: nothing is known about mid, so the bracket cannot narrow soundly;
                // keep the solution at hi with [provedLo, hi] as the proved bracket
                break;
            }
            if (s == QpStatus.OK) {
                hi = mid;
                st.save(p.m, p.n);
            } else {
                provedLo = mid;
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
        return provedLo;
    }
}
