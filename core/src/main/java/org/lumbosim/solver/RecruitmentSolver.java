package org.lumbosim.solver;

import org.lumbosim.internal.Checks;

/**
 * Immutable settings of the recruitment solver: the criterion, the tolerance on the moment balance
 * and the iteration limit. The solver itself works on a {@link QpWorkspace}.
 *
 * <p>Problem: find muscle forces {@code F} minimising the criterion subject to {@code A F = b}
 * (moment balance, one row per level and axis) and {@code 0 <= F_i <= u_i}. Method: Newton's method
 * on the concave dual function of the separable problem (a semismooth Newton method; each muscle's
 * force is an explicit clamp of the dual variables; {@code DualNewton}), with a line search
 * ({@code DualLineSearch}), warm-started from the previous dual solution when the workspace is
 * reused; min-max by bisection on a common stress bound ({@code MinMaxBisection}). This record is
 * the driver: it picks the method for the criterion and runs it on the workspace.
 *
 * @param criterion what the muscles minimise
 * @param toleranceNm largest accepted moment residual (N·m), in [1e-14, 1e-2]
 * @param maxIterations iteration limit, in [1, 10000]
 */
public record RecruitmentSolver(RecruitmentCriterion criterion, double toleranceNm, int maxIterations) {

    /** Checks every field. */
    public RecruitmentSolver {
        Checks.given(criterion, "criterion", "one of squared-stress, cubed-stress, min-max");
        Checks.inRange("toleranceNm", toleranceNm, 1e-14, 1e-2, "N·m");
        Checks.wholeInRange("maxIterations", maxIterations, 1, 10000, "");
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
            return MinMaxBisection.solve(ws, toleranceNm, maxIterations);
        }
        return ws.newton.solve(criterion == RecruitmentCriterion.CUBED_STRESS ? 3 : 2, toleranceNm, maxIterations);
    }

    /**
     * Solves the problem held in {@code ws} as if the muscles had no strength limit below
     * {@code boundStressPa}: lifts the bound of each of the first {@code muscles} columns to
     * {@code boundStressPa} times its PCSA (the columns after them, such as the level deviations of
     * the model's passive tissues, keep their bounds: a range of motion is no strength), then
     * solves by min-max recruitment with this record's tolerance and iteration limit, whatever its
     * criterion. The largest stress of the resulting forces is then the least one that balances the
     * problem (the forces are the least squared-stress ones at that stress). The one place where a
     * task beyond the muscles' strength is solved (the required stress of an infeasible task, and
     * the forces of an overloaded one).
     *
     * @param ws the problem and scratch storage; modified: the muscles' bounds, forces, dual variables, counters
     * @param muscles number of leading columns that are muscles, in [0, {@code ws.cols()}]
     * @param boundStressPa the stress the muscles' bounds are lifted to (Pa), positive
     * @return the outcome of the min-max solve; forces are in {@link QpWorkspace#force(int)}
     */
    public QpStatus solveMinMaxWithBoundsLiftedTo(QpWorkspace ws, int muscles, double boundStressPa) {
        for (int i = 0; i < muscles; i++) {
            ws.setMuscle(i, ws.pcsaM2(i), ws.lowerN(i), boundStressPa * ws.pcsaM2(i));
        }
        return MinMaxBisection.solve(ws, toleranceNm, maxIterations);
    }
}
