package org.lumbosim.solver;

/**
 * Exact line search for squared stress: the step length {@code t} in (0, 1) that maximises the
 * dual {@code g(λ + t d)} along a direction {@code d}. Each force is a clamp of
 * {@code q_i (s_i + t δ_i)} ({@code q_i = PCSA_i²}, {@code s = Aᵀλ}, {@code δ = Aᵀd}) to
 * {@code [l_i, u_i]}, so the slope {@code g'(t) = b·d - Σ δ_i F_i(t)} is continuous, non-increasing
 * and piecewise linear: its curvature {@code -g''} is {@code Σ q_i δ_i²} over the muscles strictly
 * between their bounds, and changes only at the break points where a muscle reaches or leaves a
 * bound. The break points in (0, 1) are visited in increasing order, popped from a binary min-heap
 * in preallocated arrays (Williams JWJ (1964), "Algorithm 232: Heapsort", Commun ACM 7:347-348;
 * built bottom-up as in Floyd RW (1964), "Algorithm 245: Treesort 3", Commun ACM 7:701), until the
 * slope reaches zero.
 */
final class ExactLineSearch {
    private final QpProblem p;
    /** Break points: step lengths, a binary min-heap on {@code evT}. */
    private final double[] evT;
    /** Break points: the change of curvature at each. */
    private final double[] evW;

    /** @param problem the problem (coefficients, right-hand sides, PCSA, bounds) */
    ExactLineSearch(QpProblem problem) {
        p = problem;
        evT = new double[2 * problem.nMax];
        evW = new double[2 * problem.nMax];
    }

    /**
     * The maximiser of the squared-stress dual along {@code d} from the point with
     * {@code Aᵀλ = sOld}; allocates nothing.
     *
     * @param d the direction, per equation
     * @param sOld {@code Aᵀλ} at the start, per muscle
     * @return the maximising step length in (0, 1), 1 if the dual still rises at {@code t = 1}, or a
     *         value {@code <= 0} if the dual does not rise along {@code d}
     */
    double maximiser(double[] d, double[] sOld) {
        int m = p.m;
        int mMax = p.mMax;
        double[] a = p.a;
        double gp = 0;
        for (int j = 0; j < m; j++) {
            gp += p.b[j] * d[j];
        }
        double c1 = 0;
        int events = 0;
        for (int i = 0; i < p.n; i++) {
            double di = 0;
            int col = i * mMax;
            for (int j = p.rowLo[i], hi = p.rowHi[i]; j < hi; j++) {
                di += a[col + j] * d[j];
            }
            double pi = p.pcsa[i];
            double q = pi * pi;
            double s0 = sOld[i];
            double u = p.upper[i];
            double lo = p.lower[i];
            // force at the start, exactly as DualFunction.evaluate computes it
            double f0 = s0 <= 0 ? 0 : s0 * q;
            if (f0 < lo) {
                f0 = lo;
            }
            if (f0 >= u) {
                f0 = u;
            }
            gp -= di * f0;
            if (di == 0 || !(u > lo)) {
                continue;
            }
            double sigma = u / q;
            // the force is free for s in (l / q, u / q); without a lower bound that is (0, u / q)
            double sLo = lo / q;
            double tA = di > 0 ? (sLo - s0) / di : (sigma - s0) / di;
            double tB = di > 0 ? (sigma - s0) / di : (sLo - s0) / di;
            double w = q * di * di;
            if (tB <= 0) {
                continue;
            }
            if (tA <= 0) {
                c1 += w;
            } else if (tA < 1) {
                evT[events] = tA;
                evW[events++] = w;
            } else {
                continue;
            }
            if (tB < 1) {
                evT[events] = tB;
                evW[events++] = -w;
            }
        }
        if (!(gp > 0)) {
            return 0;
        }
        for (int k = events / 2 - 1; k >= 0; k--) {
            siftDown(k, events);
        }
        double t = 0;
        while (true) {
            double next = events > 0 ? evT[0] : 1;
            if (c1 > 0 && gp <= c1 * (next - t)) {
                return t + gp / c1;
            }
            gp -= c1 * (next - t);
            t = next;
            if (events == 0) {
                return 1;
            }
            c1 += evW[0];
            events--;
            evT[0] = evT[events];
            evW[0] = evW[events];
            siftDown(0, events);
            if (c1 < 0) {
                c1 = 0;
            }
        }
    }

    /** Restores the min-heap order of {@code evT[0, size)} below {@code k}. */
    private void siftDown(int k, int size) {
        double tk = evT[k];
        double wk = evW[k];
        while (true) {
            int c = 2 * k + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && evT[c + 1] < evT[c]) {
                c++;
            }
            if (evT[c] >= tk) {
                break;
            }
            evT[k] = evT[c];
            evW[k] = evW[c];
            k = c;
        }
        evT[k] = tk;
        evW[k] = wk;
    }
}
