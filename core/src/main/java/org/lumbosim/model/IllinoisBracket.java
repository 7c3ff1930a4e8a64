package org.lumbosim.model;

/**
 * A bracket for a root of a decreasing-then-negative function by regula falsi, Illinois variant (the end
 * kept twice in a row has its value halved, so that both ends move), as the solve's trial-solve searches
 * use it: the thighs' push capped so no disc is in tension and the upper contacts' share cut likewise
 * ({@link SolvePipeline}). The lower end {@link #lo} is kept on the non-negative side. Mutable and reused:
 * one per pipeline, so a search allocates nothing.
 */
final class IllinoisBracket {
    /** Lower end: its value is non-negative. */
    double lo;
    /** Upper end: its value is negative, or no solution exists there. */
    double hi;
    /** Value at the lower end, halved by the Illinois rule when that end is kept (a weight for the next trial only). */
    double atLo;
    /** Value at the upper end, halved by the Illinois rule when that end is kept. */
    double atHi;
    /** The value actually found at the lower end (never halved). */
    double foundAtLo;
    /** Which end moved last: -1 the lower, 1 the upper, 2 the upper without a value (bisect next), 0 none yet. */
    private int side;

    /** Starts a search between {@code lo} (value {@code atLo} ≥ 0) and {@code hi} (value {@code atHi} < 0). */
    void start(double lo, double atLo, double hi, double atHi) {
        this.lo = lo;
        this.atLo = atLo;
        this.foundAtLo = atLo;
        this.hi = hi;
        this.atHi = atHi;
        side = 0;
    }

    /** @return the next trial: the regula falsi point, or the midpoint after an end without a value */
    double next() {
        return side == 2 ? (lo + hi) / 2 : lo + (hi - lo) * atLo / (atLo - atHi);
    }

    /** Records the value {@code at} found at trial {@code x}: the end on its side moves there. */
    void found(double x, double at) {
        if (at >= 0) {
            lo = x;
            atLo = at;
            foundAtLo = at;
            atHi = side == -1 ? atHi / 2 : atHi;
            side = -1;
        } else {
            hi = x;
            atHi = at;
            atLo = side == 1 ? atLo / 2 : atLo;
            side = 1;
        }
    }

    /**
     * The one stopping rule of both searches: the value found at the lower end (never the Illinois-halved
     * {@link #atLo}, which measures nothing: halving it can bring it under the tolerance while the lower end is
     * still far from the root) is within {@code valueTolerance} of zero, or the bracket is narrower than
     * {@code widthTolerance}.
     *
     * @param valueTolerance largest value at the lower end that counts as the root
     * @param widthTolerance narrowest bracket worth another trial
     * @return whether the search may stop at {@link #lo}
     */
    boolean converged(double valueTolerance, double widthTolerance) {
        return foundAtLo <= valueTolerance || hi - lo <= widthTolerance;
    }

    /** Records that trial {@code x} has no value (no solution there): the upper end moves in, bisecting next. */
    void noValueAt(double x) {
        hi = x;
        side = 2;
    }
}
