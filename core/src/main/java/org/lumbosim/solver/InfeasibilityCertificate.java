package org.lumbosim.solver;

import java.util.Arrays;

/**
 * Proofs that no forces within the bounds balance the moments, the only grounds on which a solve
 * returns {@link QpStatus#INFEASIBLE}: a row that cannot be met even with every muscle at the bound
 * that helps it, or a Farkas certificate, dual variables {@code λ} with
 * {@code b·λ > Σ max(u_i (Aᵀλ)_i, l_i (Aᵀλ)_i)}: every {@code F} in the bounds {@code [l_i, u_i]}
 * has {@code λ·(A F) <= Σ max(u_i (Aᵀλ)_i, l_i (Aᵀλ)_i) < λ·b} (without lower bounds the support
 * is {@code Σ u_i max(0, (Aᵀλ)_i)}), so {@code A F ≠ b} (Farkas J (1902), "Theorie der
 * einfachen Ungleichungen", J Reine Angew Math 124:1-27). An infeasible problem drives the dual
 * Newton iterates off along such a direction, so the test runs on the current iterate.
 */
final class InfeasibilityCertificate {
    /** Relative margin by which the certificate's inequality must hold, against round-off. */
    static final double FARKAS_MARGIN = 1e-9;

    private final QpProblem p;
    private final DualState st;
    /** Per row, the largest sum of coefficient times force the muscles can reach within their bounds. */
    private final double[] reachUp;
    /** Per row, the smallest such sum. */
    private final double[] reachDown;

    /**
     * @param problem the problem
     * @param state the current dual variables and {@code Aᵀλ}; receives the unreachable row
     */
    InfeasibilityCertificate(QpProblem problem, DualState state) {
        p = problem;
        st = state;
        reachUp = new double[problem.mMax];
        reachDown = new double[problem.mMax];
    }

    /**
     * Whether some row cannot be met even with every muscle at the bound that helps it, by more
     * than {@code tol}; if so, sets the state's worst row to it and its residual to the shortfall.
     *
     * @param tol tolerance on the moment balance (N·m)
     * @return whether such a row exists
     */
    boolean rowUnreachable(double tol) {
        int m = p.m;
        Arrays.fill(reachUp, 0, m, 0);
        Arrays.fill(reachDown, 0, m, 0);
        for (int i = 0; i < p.n; i++) {
            int col = i * p.mMax;
            for (int j = p.rowLo[i], hi = p.rowHi[i]; j < hi; j++) {
                double cu = p.a[col + j] * p.upper[i];
                double cl = p.a[col + j] * p.lower[i];
                // without a lower bound cl is zero and the sums are those of the upper bounds alone
                if (cu > cl) {
                    reachUp[j] += cu;
                    reachDown[j] += cl;
                } else {
                    reachUp[j] += cl;
                    reachDown[j] += cu;
                }
            }
        }
        double[] b = p.b;
        for (int j = 0; j < m; j++) {
            if (b[j] > reachUp[j] + tol || b[j] < reachDown[j] - tol) {
                st.worstRow = j;
                st.residualNm = b[j] > reachUp[j] ? b[j] - reachUp[j] : reachDown[j] - b[j];
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the current dual variables are a Farkas certificate, with a relative margin of
     * {@value #FARKAS_MARGIN}. Needs {@code Aᵀλ} of the current dual variables in the state.
     *
     * @return whether they prove that no feasible forces exist
     */
    boolean farkas() {
        double bl = 0;
        double scale = 0;
        for (int j = 0; j < p.m; j++) {
            bl += p.b[j] * st.lambda[j];
        }
        double support = 0;
        for (int i = 0; i < p.n; i++) {
            double si = st.s[i];
            if (si > 0) {
                support += p.upper[i] * si;
            } else if (p.lower[i] > 0) {
                support += p.lower[i] * si;
            }
            scale += p.upper[i] * Math.abs(si);
        }
        return bl - support > FARKAS_MARGIN * (scale + Math.abs(bl)) && bl - support > 0;
    }
}
