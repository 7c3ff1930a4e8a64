package org.lumbosim.solver;

/**
 * Newton's method on the concave dual of the separable recruitment problem (a semismooth Newton
 * method: the forces, explicit clamps of {@code Aᵀλ}, make the dual's gradient {@code b - A F}
 * piecewise smooth; Qi L, Sun J (1993), "A nonsmooth version of Newton's method", Math Program
 * 58:353-367). Each iteration solves {@code (H + reg I) d = b - A F} with
 * {@code H = A diag(dF/ds) Aᵀ} ({@link DualHessian}, {@link EnvelopeCholesky}; {@code reg} is
 * 1e-13 of H's largest diagonal entry, raised a hundredfold while the factorisation fails), then
 * finds a step along {@code d} ({@link DualLineSearch}). Starts from the dual variables left in the
 * state (warm start); a cold cubed-stress solve starts from the squared-stress solution. Stops when
 * the largest residual is within the tolerance, at the iteration limit, or with a proof of
 * infeasibility ({@link InfeasibilityCertificate}). A cubed-stress solve whose residual has not
 * halved in {@value #STALLED_STEPS} accepted steps also tries each further Newton step as
 * linearised forces ({@link NewtonStepForces}: the end of a stall at a kink of the force law).
 * Allocates nothing.
 */
final class DualNewton implements MinMaxBisection.Trial {
    /** Regularisation of the Newton system relative to the Hessian's largest diagonal entry. */
    static final double RELATIVE_REGULARISATION = 1e-13;
    /** Regularisation of the Newton system when the Hessian is zero. */
    static final double ZERO_HESSIAN_REGULARISATION = 1e-6;
    /** Factor by which the regularisation grows after a failed factorisation. */
    static final double REGULARISATION_GROWTH = 100;
    /** Added to the grown regularisation, so that a zero one grows too. */
    static final double REGULARISATION_FLOOR = 1e-300;
    /**
     * Accepted steps in a row that have not halved the smallest residual of a cubed-stress solve,
     * after which its Newton steps are also tried as linearised forces ({@link NewtonStepForces}).
     */
    static final int STALLED_STEPS = 3;

    private final QpProblem p;
    private final DualState st;
    private final DualFunction fn;
    private final DualHessian hessian;
    private final EnvelopeCholesky cholesky;
    private final DualLineSearch lineSearch;
    private final InfeasibilityCertificate certificate;
    private final NewtonStepForces stepForces;
    /** The Newton direction. */
    private final double[] d;
    /** Whether the current solve has done its {@link InfeasibilityCertificate#rowUnreachable} test. */
    private boolean rowsChecked;

    /**
     * @param problem the problem
     * @param state the dual variables (start and result) and the forces
     * @param function evaluates the dual on the problem and state
     */
    DualNewton(QpProblem problem, DualState state, DualFunction function) {
        p = problem;
        st = state;
        fn = function;
        hessian = new DualHessian(problem);
        cholesky = new EnvelopeCholesky(problem.mMax);
        lineSearch = new DualLineSearch(problem, state, function);
        certificate = new InfeasibilityCertificate(problem, state);
        stepForces = new NewtonStepForces(problem, state, cholesky);
        d = new double[problem.mMax];
    }

    /**
     * @param allowed whether squared-stress solves may update the Hessian by rank-one terms
     *        (see {@link DualHessian#updatesAllowed})
     */
    void allowHessianUpdates(boolean allowed) {
        hessian.updatesAllowed = allowed;
    }

    /**
     * Solves the problem from the state's dual variables.
     *
     * @param power 2 (squared stress) or 3 (cubed stress)
     * @param tol largest accepted moment residual (N·m)
     * @param maxIterations iteration limit
     * @return the outcome; forces, dual variables, residual and iteration count are in the state
     */
    @Override
    public QpStatus solve(int power, double tol, int maxIterations) {
        int m = p.m;
        st.iterations = 0;
        // squared stress defers the row test until the solve has not converged at once (it cannot
        // converge when the test fails): a solve that ends after its first step skips it. The outcome
        // is the same as testing first: dual variables back to their start, forces at their lower bounds.
        rowsChecked = power != 2;
        if (rowsChecked && certificate.rowUnreachable(tol)) {
            System.arraycopy(p.lower, 0, st.f, 0, p.n);
            st.residualCurrent = false;
            return QpStatus.INFEASIBLE;
        }
        System.arraycopy(st.lambda, 0, st.lambdaStart, 0, m);
        hessian.invalidate();
        if (power == 3 && st.coldStart(m)) {
            solve(2, tol, maxIterations);
            rowsChecked = true;
        }
        double g = fn.evaluate(power);
        double rn = st.residualNorm(m);
        double smallest = rn;
        int stalled = 0;
        while (st.iterations < maxIterations) {
            if (rn <= tol) {
                return QpStatus.OK;
            }
            hessian.assemble(power, st.dfds);
            cholesky.load(hessian.lower, hessian.first, m);
            double hmax = cholesky.maxDiagonal();
            double reg = hmax > 0 ? RELATIVE_REGULARISATION * hmax : ZERO_HESSIAN_REGULARISATION;
            while (!cholesky.solve(reg, st.r, d)) {
                cholesky.load(hessian.lower, hessian.first, m);
                reg = reg * REGULARISATION_GROWTH + REGULARISATION_FLOOR;
            }
            if (power == 3 && stalled >= STALLED_STEPS && stepForces.accept(d, tol)) {
                st.iterations++;
                return QpStatus.OK;
            }
            boolean accepted = lineSearch.search(power, g, d);
            st.iterations++;
            if (!accepted) {
                lineSearch.restoreStart();
                fn.evaluate(power);
                rn = st.residualNorm(m);
                if (rn <= tol) {
                    return QpStatus.OK;
                }
                if (deferredRowsUnreachable(tol)) {
                    return QpStatus.INFEASIBLE;
                }
                return certificate.farkas() ? QpStatus.INFEASIBLE : QpStatus.NOT_CONVERGED;
            }
            g = lineSearch.value();
            rn = st.residualNorm(m);
            if (rn <= 0.5 * smallest) {
                smallest = rn;
                stalled = 0;
            } else {
                stalled++;
            }
            if (rn > tol && deferredRowsUnreachable(tol)) {
                return QpStatus.INFEASIBLE;
            }
            if (rn > tol && certificate.farkas()) {
                return QpStatus.INFEASIBLE;
            }
        }
        return rn <= tol ? QpStatus.OK : QpStatus.NOT_CONVERGED;
    }

    /**
     * The deferred row test of a squared-stress solve, done once: when it fails, restores the dual
     * variables of the start, sets the forces to their lower bounds (zero unless minimum forces are set)
     * and returns true.
     */
    private boolean deferredRowsUnreachable(double tol) {
        if (rowsChecked) {
            return false;
        }
        rowsChecked = true;
        if (certificate.rowUnreachable(tol)) {
            System.arraycopy(st.lambdaStart, 0, st.lambda, 0, p.m);
            System.arraycopy(p.lower, 0, st.f, 0, p.n);
            st.residualCurrent = false;
            st.iterations = 0;
            return true;
        }
        return false;
    }
}
