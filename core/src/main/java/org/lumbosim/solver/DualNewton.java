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
 * Where the Hessian is zero (every force at a bound), the step is lengthened to the first point
 * where a force leaves its bound ({@link #reachFirstRelease}).
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
            if (hmax == 0) {
                reachFirstRelease(power, m);
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
     * Lengthens a step taken where the Hessian is zero (every muscle at a bound, as at a cold start
     * with minimum forces on every muscle) so that it reaches the first point along it where a
     * muscle's force leaves its bound. There the dual is linear along {@code d} (each force is
     * fixed), so a step that stops short of that point gains only its length times the slope, and
     * the next step, again with a zero Hessian, has the same length: {@code d = r / reg}, with the
     * zero Hessian's regularisation {@value #ZERO_HESSIAN_REGULARISATION} setting it, whatever the
     * problem's scale. Measured: minimum forces of 32 % on every muscle with Christophy's coupling,
     * L5-S1 flexion residual 35 N·m: 3.5e7 per step of a dual variable that had to reach about
     * 2e10, not converged in 200 iterations. The same happens to a cold cubed-stress solve with
     * minimum forces: it starts from the squared-stress dual variables, whose forces under the
     * cubed law (stress {@code √(PCSA s)}, the square root of the squared-stress stress in Pa)
     * lie below every floor. A step that reaches a muscle's release already (the
     * usual cold start, where the muscles without a minimum force are released at once) is left
     * alone; so is one along which no muscle is ever released (the dual then rises without bound
     * along it, and the Farkas test proves the problem infeasible).
     *
     * @param power 2 (squared stress) or 3 (cubed stress): the force law whose free range is used
     * @param m number of equations
     */
    private void reachFirstRelease(int power, int m) {
        double first = Double.POSITIVE_INFINITY;
        int mMax = p.mMax;
        double[] a = p.a;
        for (int i = 0; i < p.n; i++) {
            double lo = p.lower[i];
            double up = p.upper[i];
            if (!(up > lo)) {
                continue;
            }
            double di = 0;
            int col = i * mMax;
            for (int j = p.rowLo[i], hi = p.rowHi[i]; j < hi; j++) {
                di += a[col + j] * d[j];
            }
            double pi = p.pcsa[i];
            // the force is free for s in [sLo, sHi): s q or p^1.5 sqrt(s) between the bounds, s positive
            double sLo;
            double sHi;
            if (power == 2) {
                sLo = lo / (pi * pi);
                sHi = up / (pi * pi);
            } else {
                double p15 = pi * Math.sqrt(pi);
                sLo = (lo / p15) * (lo / p15);
                sHi = (up / p15) * (up / p15);
            }
            // with a zero Hessian every force is at a bound: released where s reaches its free range
            double si = st.s[i];
            boolean atUpper = st.f[i] >= up;
            double t = !atUpper && di > 0 ? (sLo - si) / di : atUpper && di < 0 ? (sHi - si) / di : Double.NaN;
            if (t < first) {
                first = t;
            }
        }
        if (first > 1 && first < Double.POSITIVE_INFINITY) {
            for (int j = 0; j < m; j++) {
                d[j] *= first;
            }
        }
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
