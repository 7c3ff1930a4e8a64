package org.lumbosim.solver;

import java.util.Arrays;

/**
 * Decides whether any forces within the bounds balance the moments, {@code A F = b},
 * {@code l_i <= F_i <= u_i}, by phase 1 of the bounded-variable primal simplex method (Dantzig GB
 * (1963), "Linear programming and extensions", Princeton University Press, ch. 18: variables
 * nonbasic at either bound; Bland RG (1977), "New finite pivoting rules for the simplex method",
 * Math Oper Res 2:103-107, for the choice of the entering and leaving variables, which cannot
 * cycle): one artificial variable per row starts as the basis, and their sum is minimised. Used by
 * the min-max bisection on a trial its Newton solve leaves undecided. The answer is a proof either
 * way, never the simplex's word: feasible only when the forces of the final vertex balance every
 * row within the tolerance, infeasible only when the final phase-1 dual variables pass
 * {@link InfeasibilityCertificate#farkas} (at a phase-1 optimum with a positive sum they are a
 * Farkas certificate: {@code b·y} exceeds the support by that sum). Dense tableau, sized once,
 * recomputed from the data and the basis every {@value #REFACTOR_STEPS} steps and before a
 * phase-1 optimum is accepted (so the pivots' round-off cannot decide); allocates nothing.
 */
final class FeasibilityLp {
    /** Largest number of pivots and bound flips, per row of the problem. */
    static final int MAX_STEPS_PER_ROW = 200;
    /**
     * Pivots and bound flips after which the tableau and the basic variables' values are recomputed
     * from the problem's data ({@link #refactor}), and at a phase-1 optimum reached since the last
     * recomputation. Without it, on the multi-fascicle {@code sit_up} problem with 20 kg capped near
     * its min-max optimum (2026-12-07), the round-off of some 3,600 Gauss-Jordan pivots left the
     * tableau's artificial sum at 0.015 while the vertex's forces missed a row by 0.275 N·m: neither
     * a balancing vertex nor a Farkas certificate. A recomputation costs about as much as
     * {@code m} pivots.
     */
    static final int REFACTOR_STEPS = 50;
    /** Smallest tableau entry, relative to the largest of its column, that may be a pivot. */
    static final double PIVOT_TOLERANCE = 1e-11;
    /** Reduced cost below which (in absolute value, relative to the column's scale) a variable does not enter. */
    static final double COST_TOLERANCE = 1e-12;

    private static final byte LOWER = 0;
    private static final byte UPPER = 1;
    private static final byte BASIC = 2;
    /** A nonbasic artificial variable: left the basis at zero and never enters again. */
    private static final byte DROPPED = 3;

    private final QpProblem p;
    private final DualState st;
    private final InfeasibilityCertificate certificate;
    /** Stride of a tableau row: the muscles and then one artificial column per row. */
    private final int stride;
    /** {@code B⁻¹ [A | diag σ]}, row-major with {@link #stride}. */
    private final double[] t;
    /** Values of the basic variables, per row. */
    private final double[] beta;
    /** Sign of each artificial column (the sign of the row's residual at the start). */
    private final double[] sigma;
    /** Variable that is basic in each row: a muscle {@code < n}, else the artificial {@code n + row}. */
    private final int[] basis;
    /** Per variable (muscles, then artificials): LOWER, UPPER, BASIC or DROPPED. */
    private final byte[] status;
    /** Largest absolute tableau entry of each muscle column at the start (its scale). */
    private final double[] colScale;
    /** The basis matrix {@code B}, row-major {@code m x m}, reduced to the identity by {@link #refactor}. */
    private final double[] basisMatrix;

    /**
     * @param problem the problem (its current, possibly capped, bounds are decided)
     * @param state receives the forces of a feasible vertex or the certificate's dual variables
     * @param certificate checks a Farkas certificate on the state's dual variables
     */
    FeasibilityLp(QpProblem problem, DualState state, InfeasibilityCertificate certificate) {
        p = problem;
        st = state;
        this.certificate = certificate;
        stride = problem.nMax + problem.mMax;
        t = new double[problem.mMax * stride];
        beta = new double[problem.mMax];
        sigma = new double[problem.mMax];
        basis = new int[problem.mMax];
        status = new byte[stride];
        colScale = new double[problem.nMax];
        basisMatrix = new double[problem.mMax * problem.mMax];
    }

    /**
     * Decides the problem under its current bounds.
     *
     * @param tol largest accepted moment residual of the forces (N·m)
     * @return OK with balancing forces in the state's {@code f} (dual variables untouched),
     *     INFEASIBLE with a Farkas certificate in the state's {@code λ} and {@code s = Aᵀλ}, or
     *     NOT_CONVERGED if neither could be proved (state's {@code λ} and {@code s} overwritten)
     */
    QpStatus decide(double tol) {
        start();
        int m = p.m;
        int steps = MAX_STEPS_PER_ROW * m;
        int sinceRefactor = 0;
        while (steps-- > 0) {
            int k = entering();
            if (k < 0) {
                if (sinceRefactor == 0 || !refactor()) {
                    break;
                }
                // the optimum of a tableau recomputed from the data: look again
                sinceRefactor = 0;
                continue;
            }
            step(k, status[k] == LOWER ? 1 : -1);
            if (++sinceRefactor >= REFACTOR_STEPS) {
                if (!refactor()) {
                    break;
                }
                sinceRefactor = 0;
            }
        }
        if (vertexBalances(tol)) {
            return QpStatus.OK;
        }
        return farkas() ? QpStatus.INFEASIBLE : QpStatus.NOT_CONVERGED;
    }

    /** The start: every muscle at its lower bound, the artificials basic at the rows' residuals. */
    private void start() {
        int m = p.m;
        int n = p.n;
        Arrays.fill(t, 0, m * stride, 0);
        for (int j = 0; j < m; j++) {
            beta[j] = p.b[j];
        }
        for (int i = 0; i < n; i++) {
            int col = i * p.mMax;
            for (int j = p.rowLo[i], hi = p.rowHi[i]; j < hi; j++) {
                t[j * stride + i] = p.a[col + j];
                beta[j] -= p.a[col + j] * p.lower[i];
            }
            status[i] = p.upper[i] > p.lower[i] ? LOWER : DROPPED;
        }
        for (int j = 0; j < m; j++) {
            sigma[j] = beta[j] < 0 ? -1 : 1;
            int row = j * stride;
            if (sigma[j] < 0) {
                for (int i = 0; i < n; i++) {
                    t[row + i] = -t[row + i];
                }
                beta[j] = -beta[j];
            }
            t[row + n + j] = 1;
            basis[j] = n + j;
            status[n + j] = BASIC;
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s = Math.max(s, Math.abs(t[j * stride + i]));
            }
            colScale[i] = s;
        }
    }

    /**
     * Bland's rule: the first muscle whose move from its bound lowers the sum of the artificials.
     *
     * @return the entering muscle, or -1 at a phase-1 optimum
     */
    private int entering() {
        int m = p.m;
        int n = p.n;
        for (int i = 0; i < n; i++) {
            byte s = status[i];
            if (s == BASIC || s == DROPPED) {
                continue;
            }
            // reduced cost of a muscle: minus the sum of its entries in the rows of basic artificials
            double d = 0;
            for (int j = 0; j < m; j++) {
                if (basis[j] >= n) {
                    d -= t[j * stride + i];
                }
            }
            double eps = COST_TOLERANCE * colScale[i];
            if (s == LOWER && d < -eps || s == UPPER && d > eps) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves muscle {@code k} from its bound in direction {@code dir} as far as the basic variables'
     * bounds and its own range allow: a bound flip or a pivot (Bland: the lowest-index variable
     * among the tied leaving ones).
     */
    private void step(int k, int dir) {
        int m = p.m;
        int n = p.n;
        double range = p.upper[k] - p.lower[k];
        double best = range;
        int leave = -1;
        boolean leaveToUpper = false;
        double pivTol = PIVOT_TOLERANCE * colScale[k];
        for (int j = 0; j < m; j++) {
            double a = dir * t[j * stride + k];
            if (Math.abs(a) <= pivTol) {
                continue;
            }
            int v = basis[j];
            double limit;
            boolean toUpper;
            if (a > 0) {
                // the basic variable falls towards its lower bound
                double lb = v < n ? p.lower[v] : 0;
                limit = Math.max(0, beta[j] - lb) / a;
                toUpper = false;
            } else if (v < n) {
                limit = Math.max(0, p.upper[v] - beta[j]) / -a;
                toUpper = true;
            } else {
                continue;
            }
            if (limit < best || limit == best && leave >= 0 && v < basis[leave]) {
                best = limit;
                leave = j;
                leaveToUpper = toUpper;
            }
        }
        for (int j = 0; j < m; j++) {
            beta[j] -= dir * t[j * stride + k] * best;
        }
        if (leave < 0) {
            status[k] = status[k] == LOWER ? UPPER : LOWER;
            return;
        }
        int v = basis[leave];
        if (v < n) {
            status[v] = leaveToUpper ? UPPER : LOWER;
        } else {
            status[v] = DROPPED;
        }
        beta[leave] = (status[k] == LOWER ? p.lower[k] : p.upper[k]) + dir * best;
        basis[leave] = k;
        status[k] = BASIC;
        pivot(leave, k);
    }

    /**
     * Recomputes the tableau {@code B⁻¹ [diag(σ) A | I]} and the basic variables' values
     * {@code B⁻¹ diag(σ) (b - Σ A_i F_i)} (sum over the nonbasic muscles at their bounds) from the
     * problem's data and the current basis, by Gauss-Jordan elimination of {@code B} with partial
     * pivoting: the round-off of the pivots so far is discarded.
     *
     * @return false if the basis matrix has a zero pivot; the tableau is then left partly
     *     eliminated and the caller stops (both answers are checked proofs, so neither can be wrong)
     */
    private boolean refactor() {
        int m = p.m;
        int n = p.n;
        int width = n + m;
        Arrays.fill(t, 0, m * stride, 0);
        for (int j = 0; j < m; j++) {
            double r = p.b[j];
            for (int i = 0; i < n; i++) {
                if (status[i] != BASIC) {
                    r -= p.coefficient(j, i) * (status[i] == UPPER ? p.upper[i] : p.lower[i]);
                }
            }
            beta[j] = sigma[j] * r;
            t[j * stride + n + j] = 1;
            for (int c = 0; c < m; c++) {
                int v = basis[c];
                basisMatrix[j * m + c] = v < n ? sigma[j] * p.coefficient(j, v) : v - n == j ? 1 : 0;
            }
        }
        for (int i = 0; i < n; i++) {
            int col = i * p.mMax;
            for (int j = p.rowLo[i], hi = p.rowHi[i]; j < hi; j++) {
                t[j * stride + i] = sigma[j] * p.a[col + j];
            }
        }
        for (int c = 0; c < m; c++) {
            int best = c;
            for (int j = c + 1; j < m; j++) {
                if (Math.abs(basisMatrix[j * m + c]) > Math.abs(basisMatrix[best * m + c])) {
                    best = j;
                }
            }
            double piv = basisMatrix[best * m + c];
            if (!(Math.abs(piv) > 0)) {
                return false;
            }
            if (best != c) {
                swapRows(basisMatrix, m, best, c, m);
                swapRows(t, stride, best, c, width);
                double b = beta[best];
                beta[best] = beta[c];
                beta[c] = b;
            }
            double inv = 1 / piv;
            for (int k = 0; k < m; k++) {
                basisMatrix[c * m + k] *= inv;
            }
            for (int k = 0; k < width; k++) {
                t[c * stride + k] *= inv;
            }
            beta[c] *= inv;
            for (int j = 0; j < m; j++) {
                double f = basisMatrix[j * m + c];
                if (j == c || f == 0) {
                    continue;
                }
                for (int k = 0; k < m; k++) {
                    basisMatrix[j * m + k] -= f * basisMatrix[c * m + k];
                }
                for (int k = 0; k < width; k++) {
                    t[j * stride + k] -= f * t[c * stride + k];
                }
                beta[j] -= f * beta[c];
            }
        }
        return true;
    }

    /** Swaps the first {@code width} entries of rows {@code r1} and {@code r2} of a row-major matrix. */
    private static void swapRows(double[] x, int rowStride, int r1, int r2, int width) {
        for (int k = 0; k < width; k++) {
            double v = x[r1 * rowStride + k];
            x[r1 * rowStride + k] = x[r2 * rowStride + k];
            x[r2 * rowStride + k] = v;
        }
    }

    /** Gauss-Jordan pivot on row {@code r}, column {@code k} of the tableau. */
    private void pivot(int r, int k) {
        int m = p.m;
        int width = p.n + m;
        int pr = r * stride;
        double inv = 1 / t[pr + k];
        for (int c = 0; c < width; c++) {
            t[pr + c] *= inv;
        }
        t[pr + k] = 1;
        for (int j = 0; j < m; j++) {
            if (j == r) {
                continue;
            }
            int row = j * stride;
            double f = t[row + k];
            if (f == 0) {
                continue;
            }
            for (int c = 0; c < width; c++) {
                t[row + c] -= f * t[pr + c];
            }
            t[row + k] = 0;
        }
    }

    /**
     * The forces of the current vertex (nonbasic muscles at their bounds, basic ones clamped into
     * theirs) in the state; whether they balance every row within {@code tol} (if so, their largest
     * residual and its row are the state's).
     */
    private boolean vertexBalances(double tol) {
        int m = p.m;
        int n = p.n;
        for (int i = 0; i < n; i++) {
            st.f[i] = status[i] == UPPER ? p.upper[i] : p.lower[i];
        }
        for (int j = 0; j < m; j++) {
            int v = basis[j];
            if (v < n) {
                st.f[v] = Math.min(p.upper[v], Math.max(p.lower[v], beta[j]));
            }
        }
        double worst = 0;
        int worstRow = 0;
        for (int j = 0; j < m; j++) {
            double r = p.b[j];
            for (int i = 0; i < n; i++) {
                r -= p.coefficient(j, i) * st.f[i];
            }
            if (!(Math.abs(r) <= tol)) {
                return false;
            }
            if (Math.abs(r) > worst) {
                worst = Math.abs(r);
                worstRow = j;
            }
        }
        st.residualNm = worst;
        st.worstRow = worstRow;
        return true;
    }

    /**
     * The phase-1 dual variables {@code y = c_Bᵀ B⁻¹} in the state's {@code λ}, {@code Aᵀy} in its
     * {@code s}; whether they are a Farkas certificate.
     */
    private boolean farkas() {
        int m = p.m;
        int n = p.n;
        // the artificial block of the tableau is B⁻¹ diag(σ); the phase-1 costs are 1 on the artificials
        for (int c = 0; c < m; c++) {
            double y = 0;
            for (int j = 0; j < m; j++) {
                if (basis[j] >= n) {
                    y += t[j * stride + n + c];
                }
            }
            st.lambda[c] = y * sigma[c];
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            int col = i * p.mMax;
            for (int j = p.rowLo[i], hi = p.rowHi[i]; j < hi; j++) {
                s += p.a[col + j] * st.lambda[j];
            }
            st.s[i] = s;
        }
        return certificate.farkas();
    }
}
