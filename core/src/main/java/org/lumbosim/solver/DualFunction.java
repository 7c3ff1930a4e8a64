package org.lumbosim.solver;

/**
 * Evaluates the concave dual function of the separable recruitment problem at the current dual
 * variables, in one pass over the coefficients: {@code s = Aᵀλ}, each force as the explicit clamp
 * to {@code [l_i, u_i]} of the minimiser of {@code φ(F/p) - s F} ({@code p² s} for squared stress,
 * {@code p^1.5 √s} for cubed stress), {@code dF/ds}, the residual {@code b - A F} (the dual's
 * gradient) and the dual value {@code λ·b + Σ (φ(F_i/p_i) - s_i F_i)}.
 */
final class DualFunction {
    private final QpProblem p;
    private final DualState st;
    /** Scratch for {@link #balanceResidual}, which must leave the solve's residual alone. */
    private final double[] rowScratch;

    /**
     * @param problem the problem
     * @param state the dual variables read and the forces, derivatives and residual written
     */
    DualFunction(QpProblem problem, DualState state) {
        p = problem;
        st = state;
        rowScratch = new double[problem.mMax];
    }

    /**
     * Forces for the current dual variables and their residual {@code r = b - A F}; counts one
     * evaluation. {@link DualState#residualNorm} then gives the residual's largest entry.
     *
     * @param power 2 (squared stress) or 3 (cubed stress)
     * @return the dual function's value
     */
    double evaluate(int power) {
        int m = p.m;
        int n = p.n;
        int mMax = p.mMax;
        double[] a = p.a;
        double[] b = p.b;
        double[] lambda = st.lambda;
        double[] r = st.r;
        st.dualEvaluations++;
        st.residualCurrent = false;
        double g = 0;
        for (int j = 0; j < m; j++) {
            g += lambda[j] * b[j];
        }
        // the residual r = b - A F is accumulated in the same pass (same order of operations as residual())
        System.arraycopy(b, 0, r, 0, m);
        for (int i = 0; i < n; i++) {
            double si = 0;
            int col = i * mMax;
            int lo = p.rowLo[i];
            int hi = p.rowHi[i];
            for (int j = lo; j < hi; j++) {
                si += a[col + j] * lambda[j];
            }
            st.s[i] = si;
            double pi = p.pcsa[i];
            double fi;
            double di;
            if (si <= 0) {
                fi = 0;
                di = 0;
            } else if (power == 2) {
                fi = si * pi * pi;
                di = pi * pi;
            } else {
                double p15 = pi * Math.sqrt(pi);
                double rs = Math.sqrt(si);
                fi = p15 * rs;
                di = p15 / (2 * rs);
            }
            if (fi < p.lower[i]) {
                // strict, so that with no lower bound (l_i = 0) nothing changes
                fi = p.lower[i];
                di = 0;
            }
            if (fi >= p.upper[i]) {
                fi = p.upper[i];
                di = 0;
            }
            st.f[i] = fi;
            st.dfds[i] = di;
            if (fi != 0) {
                for (int j = lo; j < hi; j++) {
                    r[j] -= a[col + j] * fi;
                }
            }
            double stress = fi / pi;
            double phi = power == 2 ? 0.5 * stress * stress : stress * stress * stress / 3;
            g += phi - si * fi;
        }
        return g;
    }

    /**
     * Largest absolute entry of {@code b - A F} for the current forces, computed in scratch with
     * the same arithmetic as {@link #evaluate}; changes no state of the solve.
     *
     * @return the residual (N·m)
     */
    double balanceResidual() {
        double[] d = rowScratch;
        System.arraycopy(p.b, 0, d, 0, p.m);
        for (int i = 0; i < p.n; i++) {
            double fi = st.f[i];
            if (fi != 0) {
                int col = i * p.mMax;
                for (int j = p.rowLo[i], hi = p.rowHi[i]; j < hi; j++) {
                    d[j] -= p.a[col + j] * fi;
                }
            }
        }
        double max = 0;
        for (int j = 0; j < p.m; j++) {
            max = Math.max(max, Math.abs(d[j]));
        }
        return max;
    }
}
