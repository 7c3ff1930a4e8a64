package org.lumbosim.solver;

/**
 * One recruitment problem, its solution and the solver's scratch: {@code m} equations (moment
 * balance rows), {@code n} muscles. Sized once for the largest problem, then reused: a solve
 * allocates nothing. Keeps the dual variables between solves, which warm-starts the next one.
 * Solved by {@link RecruitmentSolver#solve}.
 *
 * <p>Not thread-safe: use one workspace per thread.
 */
public final class QpWorkspace {
    /** The problem data. */
    final QpProblem problem;
    /** Forces, dual variables, residual and counters. */
    final DualState state;
    /** The dual function on {@link #problem} and {@link #state}. */
    final DualFunction dual;
    /** The dual Newton method with its scratch. */
    final DualNewton newton;
    /** Decides the min-max bisection's trials that {@link #newton} leaves undecided. */
    final FeasibilityLp feasibility;

    /**
     * @param mMax largest number of equations
     * @param nMax largest number of muscles
     */
    public QpWorkspace(int mMax, int nMax) {
        if (mMax < 1 || nMax < 1) {
            throw new IllegalArgumentException("mMax = " + mMax + " and nMax = " + nMax + " must be at least 1");
        }
        problem = new QpProblem(mMax, nMax);
        state = new DualState(mMax, nMax);
        dual = new DualFunction(problem, state);
        newton = new DualNewton(problem, state, dual);
        feasibility = new FeasibilityLp(problem, state, new InfeasibilityCertificate(problem, state));
    }

    /**
     * Sets the problem size; resets the warm start if the size changes.
     *
     * @param rows number of equations, at most {@code mMax}
     * @param cols number of muscles, at most {@code nMax}
     */
    public void setSize(int rows, int cols) {
        state.residualCurrent = false;
        if (problem.resize(rows, cols)) {
            state.resetWarmStart();
        }
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
        state.residualCurrent = false;
        problem.setColumnRows(col, lo, hi);
    }

    /** @return number of equations of the current problem */
    public int rows() {
        return problem.m;
    }

    /** @return number of muscles of the current problem */
    public int cols() {
        return problem.n;
    }

    /**
     * @param col muscle
     * @return its physiological cross-sectional area (m²)
     */
    public double pcsaM2(int col) {
        return problem.pcsa[col];
    }

    /**
     * @param col muscle
     * @return its largest allowed force (N)
     */
    public double upperN(int col) {
        return problem.upper[col];
    }

    /**
     * A copy of the current problem (sizes, {@code A} with each column's declared rows, {@code b},
     * PCSA, bounds) in a new workspace of exactly that size, without solution or warm start. Meant for cross-checks against other
     * solvers and for benchmarks; allocates, so it is not for the hot path.
     *
     * @return the copy
     */
    public QpWorkspace copyProblem() {
        QpWorkspace c = new QpWorkspace(problem.m, problem.n);
        problem.copyInto(c.problem);
        return c;
    }

    /** Forgets the warm start (dual variables set to zero). */
    public void resetWarmStart() {
        state.resetWarmStart();
    }

    /**
     * @param row equation
     * @param col muscle
     * @param value moment per unit muscle force (m)
     */
    public void setA(int row, int col, double value) {
        state.residualCurrent = false;
        problem.a[col * problem.mMax + row] = value;
    }

    /**
     * @param row equation
     * @param col muscle
     * @return coefficient
     */
    public double getA(int row, int col) {
        return problem.coefficient(row, col);
    }

    /**
     * @param row equation
     * @param value right-hand side (N·m)
     */
    public void setB(int row, double value) {
        state.residualCurrent = false;
        problem.b[row] = value;
    }

    /**
     * @param row equation
     * @return right-hand side (N·m)
     */
    public double getB(int row) {
        return problem.b[row];
    }

    /**
     * Sets a muscle with no minimum force (lower bound 0).
     *
     * @param col muscle
     * @param pcsaM2 physiological cross-sectional area (m²), positive
     * @param upperN largest allowed force (N)
     */
    public void setMuscle(int col, double pcsaM2, double upperN) {
        setMuscle(col, pcsaM2, 0, upperN);
    }

    /**
     * Sets a muscle whose force must lie in {@code [lowerN, upperN]}. Equilibrium stays exact: the
     * other muscles balance whatever moment the minimum forces add.
     *
     * @param col muscle
     * @param pcsaM2 physiological cross-sectional area (m²), positive
     * @param lowerN smallest allowed force (N), in [0, upperN]
     * @param upperN largest allowed force (N)
     * @throws IllegalArgumentException if the lower bound is negative or above the upper one
     */
    public void setMuscle(int col, double pcsaM2, double lowerN, double upperN) {
        if (!(lowerN >= 0 && lowerN <= upperN)) {
            throw new IllegalArgumentException("force bounds [" + lowerN + ", " + upperN + "] N of muscle " + col
                    + " are not 0 <= lower <= upper");
        }
        state.residualCurrent = false;
        problem.pcsa[col] = pcsaM2;
        problem.lower[col] = lowerN;
        problem.upper[col] = upperN;
    }

    /**
     * @param col muscle
     * @return its smallest allowed force (N)
     */
    public double lowerN(int col) {
        return problem.lower[col];
    }

    /**
     * The column's value in the last solution, in the unit of its column: the solver knows columns, not what
     * they stand for, so the name carries no unit. The model's columns: a muscle's force (N), a level
     * deviation's passive moment (N·m), the recruited abdominal pressure (Pa).
     *
     * @param col column
     * @return its value in the last solution
     */
    public double force(int col) {
        return state.f[col];
    }

    /**
     * Largest absolute equation residual {@code |A F - b|} of the current forces (N·m); changes no
     * state of the solve.
     *
     * @return the residual
     */
    public double balanceResidualNm() {
        if (state.residualCurrent) {
            // computed by the solve with the same arithmetic
            return state.residualNm;
        }
        return dual.balanceResidual();
    }

    /**
     * Evaluations of the dual function (each one pass over the coefficients: forces for the current
     * dual variables and their moment residual) since the workspace was made, over all solves. The
     * cost of a solve is roughly this count times one pass, plus one Hessian assembly per solve.
     *
     * @return the count
     */
    public long dualEvaluations() {
        return state.dualEvaluations;
    }

    /** @return Newton iterations of the last solve (all stages for min-max) */
    public int iterations() {
        return state.iterations;
    }

    /**
     * The lower end of the proved bracket of the last min-max solve on this workspace: the
     * largest common stress bound proved too small for any forces to balance the moments (or the
     * largest minimum force over its PCSA, 0 without minimum forces, if no bound was proved
     * infeasible). The min-max optimum lies between it and the largest stress of the returned
     * forces, so the result exceeds the optimum by at most their difference. That is at most 1e-8
     * (relative) unless bisection trials near the optimum could not be solved; then it may be
     * wider (at most 5e-7 where a trial the Newton solve left undecided ended the bisection).
     *
     * @return the proved lower bound of the min-max stress (Pa), or NaN before the first min-max
     *     solve and after one that did not return {@link QpStatus#OK}
     */
    public double minMaxProvedLowerStressPa() {
        return state.minMaxProvedLowerStress;
    }

    /** @return largest absolute equation residual of the last solve (N·m) */
    public double residualNm() {
        return state.residualNm;
    }

    /** @return the equation with the largest residual in the last solve (meaningful when not OK) */
    public int worstRow() {
        return state.worstRow;
    }
}
