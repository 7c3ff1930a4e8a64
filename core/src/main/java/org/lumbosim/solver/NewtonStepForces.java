package org.lumbosim.solver;

/**
 * Ends a cubed-stress solve that has stalled at a kink of the force law: the forces of the Newton
 * step's linearised dual map, {@code F + diag(dF/ds) Aᵀd}, clamped to their bounds, taken where they
 * balance every equation within the tolerance and still meet the KKT conditions with the current
 * dual variables {@code λ} to {@value #KKT_RELATIVE} of the largest {@code |Aᵀλ|}. The dual
 * variables stay {@code λ} (the next solve's warm start).
 *
 * <p>Why: for cubed stress each force is {@code p^1.5 √s} with {@code s = (Aᵀλ)_i}, whose slope is
 * unbounded at {@code s = 0}. Where the optimum puts a force at zero with {@code s = 0} exactly (a
 * level deviation's flexing and extending columns, each other's negatives, when the level does not
 * deviate), {@code s} is a sum of dual variables of order 1e13-1e15 that cancel, known only to about
 * one unit in their last place (1e-3 to 1e-1); the force is then known only to {@code p^1.5} times
 * the square root of that, 1e-8 to 1e-6 N·m for a deviation column, above the tolerance however the
 * dual variables are moved (the Newton step flips the sign of {@code s} without shrinking it). The
 * linearised map has no such amplification: {@code A (F + diag(dF/ds) Aᵀd) = b} up to the Newton
 * system's regularisation, and at the kink it gives {@code F + (dF/ds)(-2s) = 0}, the force the
 * optimum has. The forces {@code F(λ)} meet the KKT conditions with {@code λ} exactly but for the
 * balance; the linearised ones balance, and the KKT test bounds how far the step moved them, in
 * marginal cost: little at a stall near the optimum, much at one far from it, which is rejected
 * (there the solve goes on). Allocates nothing.
 */
final class NewtonStepForces {
    /** Largest number of refinements of the direction. */
    static final int REFINEMENTS = 3;
    /**
     * Largest violation of the KKT conditions accepted, relative to the largest {@code |(Aᵀλ)_i|}:
     * a free force's marginal cost {@code (F/p)²/p} may differ from its {@code (Aᵀλ)_i} by this much
     * after the step. Near the optimum the step corrects residuals of 1e-8 to 1e-6 N·m and moves the
     * marginal costs by about 1e-9 of the largest (1.2e-9 seen on a random problem of
     * {@code DeviationPairKinkTest}, which 1e-9 rejected); ten times that is still far below the
     * tests' KKT tolerance (1e-6).
     */
    static final double KKT_RELATIVE = 1e-8;

    private final QpProblem p;
    private final DualState st;
    /** The linearised forces. */
    private final double[] f;
    /** Their residual {@code b - A F}. */
    private final double[] r;
    /** The direction, refined. */
    private final double[] direction;
    /** A refinement of the direction. */
    private final double[] correction;
    /** The factor of the Newton system that gave the direction. */
    private final EnvelopeCholesky cholesky;

    /**
     * @param problem the problem
     * @param state the current forces, {@code Aᵀλ}, {@code dF/ds} and dual variables; the solution if accepted
     * @param factor holds the factor of the regularised Newton system of each direction given to {@link #accept}
     */
    NewtonStepForces(QpProblem problem, DualState state, EnvelopeCholesky factor) {
        p = problem;
        st = state;
        cholesky = factor;
        f = new double[problem.nMax];
        r = new double[problem.mMax];
        direction = new double[problem.mMax];
        correction = new double[problem.mMax];
    }

    /**
     * Forms the linearised forces of the Newton direction {@code d} at the state's evaluated point,
     * clamped to their bounds; while they leave a residual above {@code tol}, refines the direction
     * by the regularised system's solution for that residual, at most {@value #REFINEMENTS} times
     * (iterative refinement: the regularisation leaves {@code reg · d} unbalanced, which is not small
     * where a kink's large {@code dF/ds} has made the system badly conditioned). Where the forces then
     * balance every row within {@code tol} and meet the cubed-stress KKT conditions with the state's
     * {@code λ}, makes them the state's forces (with their residual); otherwise changes nothing.
     *
     * @param d the Newton direction at the state's current dual variables, from the factor held
     * @param tol largest accepted moment residual (N·m)
     * @return whether the state now holds the linearised solution
     */
    boolean accept(double[] d, double tol) {
        int m = p.m;
        System.arraycopy(d, 0, direction, 0, m);
        for (int round = 0; ; round++) {
            if (linearisedResidual() <= tol) {
                break;
            }
            if (round == REFINEMENTS) {
                return false;
            }
            cholesky.substitute(r, correction);
            for (int j = 0; j < m; j++) {
                direction[j] += correction[j];
            }
        }
        if (!kktHolds()) {
            return false;
        }
        System.arraycopy(f, 0, st.f, 0, p.n);
        System.arraycopy(r, 0, st.r, 0, m);
        st.residualNorm(m);
        return true;
    }

    /**
     * Sets {@link #f} to the clamped linearised forces of {@link #direction};
     * returns their largest residual (NaN if any).
     */
    private double linearisedResidual() {
        int mMax = p.mMax;
        double[] a = p.a;
        System.arraycopy(p.b, 0, r, 0, p.m);
        for (int i = 0; i < p.n; i++) {
            int col = i * mMax;
            int lo = p.rowLo[i];
            int hi = p.rowHi[i];
            double ad = 0;
            for (int j = lo; j < hi; j++) {
                ad += a[col + j] * direction[j];
            }
            double fi = st.f[i];
            if (st.dfds[i] != 0) {
                fi = Math.min(p.upper[i], Math.max(p.lower[i], fi + st.dfds[i] * ad));
            }
            f[i] = fi;
            if (fi != 0) {
                for (int j = lo; j < hi; j++) {
                    r[j] -= a[col + j] * fi;
                }
            }
        }
        double max = 0;
        for (int j = 0; j < p.m; j++) {
            if (!(Math.abs(r[j]) <= max)) {
                max = Double.isNaN(r[j]) ? Double.NaN : Math.abs(r[j]);
                if (Double.isNaN(max)) {
                    return max;
                }
            }
        }
        return max;
    }

    /**
     * Whether {@link #f} and {@code s = Aᵀλ} meet the KKT conditions of cubed stress to
     * {@link #KKT_RELATIVE}: {@code (F/p)²/p = s} for a force between its bounds, {@code s} at most
     * that at a lower bound and at least that at an upper bound.
     */
    private boolean kktHolds() {
        double scale = 0;
        for (int i = 0; i < p.n; i++) {
            scale = Math.max(scale, Math.abs(st.s[i]));
        }
        double tol = KKT_RELATIVE * scale;
        for (int i = 0; i < p.n; i++) {
            double s = st.s[i];
            double stress = f[i] / p.pcsa[i];
            double gap = stress * stress / p.pcsa[i] - s;
            // a force fixed by equal bounds meets them whatever s is
            boolean ok = p.lower[i] == p.upper[i] || (f[i] == p.upper[i] ? gap <= tol
                    : f[i] == p.lower[i] ? gap >= -tol
                    : Math.abs(gap) <= tol);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
