package org.lumbosim.solver;

/**
 * Step length along a Newton direction {@code d} of the dual: the full step if it passes the
 * Armijo test {@code g(λ + t d) >= g(λ) + 1e-4 t (r·d)} (Armijo L (1966), "Minimization of
 * functions having Lipschitz continuous first partial derivatives", Pacific J Math 16:1-3),
 * otherwise halving. For squared stress a failed full step goes straight to the exact maximiser
 * along {@code d} ({@link ExactLineSearch}), accepted if it raises the dual, halving on from it if
 * round-off keeps it from doing so. Where two dual values differ only in their round-off (either
 * criterion), the step is judged by the slope at the new point instead: the "approximate Wolfe"
 * condition {@code r(λ + t d)·d >= -(1 - 2·1e-4) r(λ)·d} of Hager WW, Zhang H (2005), "A new
 * conjugate gradient method with guaranteed descent and an efficient line search", SIAM J Optim
 * 16:170-192.
 */
final class DualLineSearch {
    /** Sufficient-increase constant of the Armijo test. */
    static final double ARMIJO = 1e-4;
    /** Largest number of step-length reductions before the search gives up. */
    static final int MAX_HALVINGS = 60;
    /**
     * Relative change of the dual function below which its values are round-off: there the line
     * search judges a step by the slope at the new point instead (approximate Wolfe, Hager and
     * Zhang 2005). The dual function is of the order of the criterion, sum(stress^3) or
     * sum(stress^2) (up to 2e17 Pa^3 or 3e11 Pa^2 per muscle), so near the solution the gain of a
     * step, about (residual)^2 / curvature, is lost in its last digits and the plain Armijo test is
     * decided by round-off (the cause of the former cubed-stress stalls at 1e-8 to 1e-4 N·m, and of
     * a squared-stress stall at 2.2e-9 N·m where a nearly saturated problem had dual variables of
     * 1.75e12: dual value 2.3e12, one unit in its last place 5e-4, the step's gain 2e-5).
     */
    static final double DUAL_VALUE_NOISE = 1e-10;

    private final QpProblem p;
    private final DualState st;
    private final DualFunction fn;
    private final ExactLineSearch exact;
    /** Dual variables at the start of the search. */
    private final double[] lambdaOld;
    /** {@code Aᵀλ} at the start of the search (squared stress). */
    private final double[] sOld;
    /** Dual value at the accepted point. */
    private double value;

    /**
     * @param problem the problem
     * @param state the dual variables, moved along the direction
     * @param function evaluates the dual at each trial point
     */
    DualLineSearch(QpProblem problem, DualState state, DualFunction function) {
        p = problem;
        st = state;
        fn = function;
        exact = new ExactLineSearch(problem);
        lambdaOld = new double[problem.mMax];
        sOld = new double[problem.nMax];
    }

    /**
     * Moves the dual variables along {@code d} to an accepted step, evaluating the dual there.
     * Needs the state evaluated at the start (forces, {@code Aᵀλ}, residual {@code r} = the dual's
     * gradient).
     *
     * @param power 2 (squared stress) or 3 (cubed stress)
     * @param g the dual value at the start
     * @param d the ascent direction
     * @return whether a step was accepted; if not, the dual variables are at the last trial point
     *         (see {@link #restoreStart})
     */
    boolean search(int power, double g, double[] d) {
        int m = p.m;
        double[] lambda = st.lambda;
        double slope = 0;
        for (int j = 0; j < m; j++) {
            slope += st.r[j] * d[j];
            lambdaOld[j] = lambda[j];
        }
        if (power == 2) {
            System.arraycopy(st.s, 0, sOld, 0, p.n);
        }
        double t = 1;
        boolean exactTried = power != 2;
        boolean atExact = false;
        double gNew = g;
        for (int k = 0; k < MAX_HALVINGS; k++) {
            for (int j = 0; j < m; j++) {
                lambda[j] = lambdaOld[j] + t * d[j];
            }
            gNew = fn.evaluate(power);
            // where the two dual values differ only in their round-off, that difference decides
            // nothing, either way: the slope alone judges the step
            boolean accepted = Math.abs(gNew - g) <= DUAL_VALUE_NOISE * Math.abs(g)
                    ? slopeHolds(slope, d)
                    : gNew >= g + ARMIJO * t * slope || atExact && gNew > g;
            if (accepted) {
                value = gNew;
                return true;
            }
            if (!exactTried) {
                // the full step failed: go straight to the maximiser along d instead of halving
                exactTried = true;
                double te = exact.maximiser(d, sOld);
                if (te > 0 && te < t) {
                    t = te;
                    atExact = true;
                    continue;
                }
            }
            atExact = false;
            t *= 0.5;
        }
        value = gNew;
        return false;
    }

    /** @return the dual value at the point accepted by the last {@link #search} */
    double value() {
        return value;
    }

    /** Returns the dual variables to the start of the last {@link #search} (not evaluated). */
    void restoreStart() {
        System.arraycopy(lambdaOld, 0, st.lambda, 0, p.m);
    }

    /**
     * Approximate Wolfe test of the step just evaluated: the dual's slope along {@code d} there,
     * {@code r·d}, is at least {@code -(1 - 2 ARMIJO)} times the slope at the start. The dual is
     * concave, so with the trapezoid rule on its slope this is the Armijo condition; it is free of
     * the cancellation in the difference of two dual values. Sets the residual norm of the
     * evaluated point.
     */
    private boolean slopeHolds(double slope, double[] d) {
        st.residualNorm(p.m);
        double slopeNew = 0;
        for (int j = 0; j < p.m; j++) {
            slopeNew += st.r[j] * d[j];
        }
        return slopeNew >= -(1 - 2 * ARMIJO) * slope;
    }
}
