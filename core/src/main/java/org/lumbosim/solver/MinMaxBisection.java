package org.lumbosim.solver;

/**
 * The min-max stress criterion (Bean JC, Chaffin DB, Schultz AB (1988), "Biomechanical model
 * calculation of muscle contraction forces: a double linear programming method", J Biomech
 * 21:59-66) by bisection on a common stress bound {@code s}: the problem with bounds
 * {@code l_i <= F_i <= min(u_i, s PCSA_i)} is feasible exactly when {@code s} is at least the
 * optimum (never below {@code max l_i / PCSA_i}, where some muscle's range is empty), and
 * each trial is a squared-stress {@link DualNewton} solve. The final forces are those of the
 * smallest bound proved feasible, {@code hi}: the least squared-stress forces under it where the
 * Newton solve solved it, the phase-1 simplex's balancing vertex where only the simplex did; kept
 * rather than recomputed (a re-solve at that barely feasible bound, warm-started from a failed
 * trial, may not converge).
 *
 * <p>What is guaranteed: the returned forces balance the moments within their bounds, with a
 * largest stress of at most {@code hi}, and the optimum is at least {@code provedLo}: the largest
 * bound proved infeasible ({@link InfeasibilityCertificate}), or {@code max l_i / PCSA_i} if none
 * was. Only a proof moves {@code provedLo}. So the returned largest stress exceeds the optimum by
 * at most {@code hi - provedLo}, at most {@value #MIN_MAX_PROVED_BRACKET} of {@code hi} where the
 * bisection ends on its first rule below; {@code provedLo} is left for the caller
 * ({@link QpWorkspace#minMaxProvedLowerStressPa}). The result can be too high, never too low.
 *
 * <p>A trial the Newton solve leaves undecided (neither converged nor proved infeasible: close to
 * the optimum, where the capped problem's dual is nearly unbounded) is decided by a phase-1
 * simplex ({@link FeasibilityLp}), whose answers are proofs too: a Farkas certificate moves
 * {@code provedLo}; forces that balance prove the bound feasible and move {@code hi}, with that
 * vertex as the result unless a smaller bound is proved feasible (a vertex, not the least
 * squared-stress forces: the min-max forces are not unique, and the largest stress is what the
 * criterion asks). Before 2026-12-07 ({@code h8/minmax}) such a vertex moved only {@code lo}, so the
 * result stayed at the smallest bound the Newton solve solved: multi-fascicle {@code sit_up} with
 * 20 kg ended 9.6e-6 above the optimum. A trial neither decides moves {@code lo}, the largest bound
 * tried and not proved feasible, and the search goes on above it.
 * The bisection ends when {@code hi - provedLo <= }{@value #MIN_MAX_PROVED_BRACKET}{@code  hi};
 * at a trial the Newton solve leaves undecided once {@code hi - provedLo <= }
 * {@value #MIN_MAX_CERTIFIED_GAP}{@code  hi}; or when {@code hi - lo <= }
 * {@value #MIN_MAX_PROVED_BRACKET}{@code  hi} (a solvable bound left to find between them would
 * lower the result by less than that; the proved bracket may then be wider, and is reported as
 * it is). As {@code lo >= provedLo}, the last rule contains the first.
 */
final class MinMaxBisection {
    /**
     * Relative width of the proved min-max bracket below which a trial the Newton solve leaves
     * undecided ends the bisection, without asking the phase-1 simplex: the result is then within
     * this fraction of the optimum. Such trials occur close to the optimum (on the 32 benchmark
     * problems within 1e-7 to 7e-7 of it, once 2e-5). Below the 1e-6 agreement asked of min-max
     * against an LP solver.
     */
    static final double MIN_MAX_CERTIFIED_GAP = 5e-7;
    /**
     * Relative width of the bracket at which the bisection ends: between the smallest bound proved
     * feasible {@code hi} and the largest bound tried and not proved feasible {@code lo} (at least the
     * largest bound proved infeasible). Where {@code lo} was proved infeasible the result is then within
     * this fraction of the optimum; where it was left undecided by the Newton solve and the simplex, a
     * solvable bound still to be found above it would lower the result by less than this fraction.
     * Narrower brackets cost the slowest trials (each undecided one 200 Newton iterations and a
     * simplex) and change the largest stress only in the last digits (the forces more where the
     * min-max optimum is degenerate: docs/recruitment.md, "Why the last rule is 1e-8").
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
     * Solves the problem of {@code ws} for the min-max criterion (the rules and guarantee are in the
     * class comment). The returned largest stress exceeds the optimum by at most its distance from
     * the proved lower end, which is left in {@link QpWorkspace#minMaxProvedLowerStressPa}.
     * Allocates nothing.
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
     * {@link #solve(QpWorkspace, double, int)} with the bisection's Newton trials (not the solve of
     * the unbounded problem, nor the phase-1 simplex) run by {@code trial}.
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
        // the largest bound tried and not proved feasible: proved infeasible (provedLo), or undecided
        // by Newton and the phase-1 simplex alike; feasible bounds are searched above it
        double lo = provedLo;
        for (int it = 0; it < MAX_BISECTIONS && hi - lo > MIN_MAX_PROVED_BRACKET * hi; it++) {
            double mid = 0.5 * (lo + hi);
            p.capStress(mid);
            QpStatus s = trial.solve(2, tol, maxIterations);
            total += st.iterations;
            boolean solved = s == QpStatus.OK;
            if (s == QpStatus.NOT_CONVERGED && hi - provedLo <= MIN_MAX_CERTIFIED_GAP * hi) {
                // undecided this close to the optimum: [provedLo, hi] already brackets it to the
                // certified gap, so keep the solution at hi
                break;
            }
            if (s == QpStatus.NOT_CONVERGED) {
                // neither solved nor proved infeasible: the phase-1 simplex decides by proof
                s = ws.feasibility.decide(tol);
            }
            if (solved) {
                hi = mid;
                st.save(p.m, p.n);
            } else if (s == QpStatus.OK) {
                // proved feasible by the simplex: its vertex forces (largest stress at most mid) are
                // the result unless a lower bound is solved; the next trial starts from the dual
                // variables of the last bound Newton solved
                hi = mid;
                st.saveForces(p.n);
                st.restoreLambda(p.m);
            } else {
                if (s == QpStatus.INFEASIBLE) {
                    provedLo = mid;
                }
                lo = mid;
                // an infeasible trial drives the dual variables off along a Farkas direction (and the
                // simplex leaves its own): start the next trial from those of the last solved bound
                st.restoreLambda(p.m);
            }
        }
        // the forces and dual variables of the last solved bound: no re-solve, and the next solve's
        // warm start does not inherit the diverged dual variables of an infeasible trial
        p.restoreUpper();
        st.restore(p.m, p.n);
        st.iterations = total;
        return provedLo;
    }
}
