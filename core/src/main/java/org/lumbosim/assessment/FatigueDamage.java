package org.lumbosim.assessment;

import org.lumbosim.internal.Checks;

/**
 * Fatigue damage of the lumbar motion segment per loading cycle, in the form used by the Lifting
 * Fatigue Failure Tool (LiFFT; Gallagher S, Sesek RF, Schall MC, Huangfu R (2017), Appl Ergon
 * 63:142-150): cycles to failure {@code N = 902416 × exp(-0.162 × S)}, S the peak compression as a
 * percentage of the segment's ultimate compressive tolerance (UCT), damage per cycle {@code 1/N},
 * and a job's cumulative damage the Miner sum over its tasks. Constants as in the shared reference
 * data {@code limits.csv}, from an open-source implementation (pyergo); secondary, not re-read
 * from the paper. LiFFT itself enters the load through the peak load moment; this class enters it
 * through the compression the model computes, which is the fatigue data's own variable.
 */
public final class FatigueDamage {
    private FatigueDamage() {
    }

    /** Cycles to failure at zero load (cycles). */
    public static final double CYCLES_CONSTANT = 902416;
    /** Exponent per percent of UCT (1/%). */
    public static final double EXPONENT_PER_PERCENT = 0.162;
    /**
     * Default ultimate compressive tolerance of a working-age lumbar segment (N): about 6 kN, the
     * "average working-age" reference used with LiFFT (secondary; measured tolerances scatter from
     * below 1 kN to above 10 kN with age, sex and bone density).
     */
    public static final double DEFAULT_UCT_N = 6000;
    /** Smallest ultimate compressive tolerance accepted (N): a bound on the arithmetic, not a tissue value. */
    public static final double MIN_UCT_N = 1;
    /** Largest ultimate compressive tolerance accepted (N): a bound on the arithmetic, not a tissue value. */
    public static final double MAX_UCT_N = 1e6;

    /**
     * The largest compression whose damage per cycle is a finite number at a tolerance: where
     * {@code exp(0.162 S)} reaches the largest double divided by e (so that the rounding of the exponent cannot
     * reach it), {@code S = (ln(Double.MAX_VALUE) - 1) / 0.162}, about 4,375 % of the tolerance. Beyond it the law's damage is not a number (it was {@code Infinity}, and its product with
     * zero repetitions {@code NaN}); the segment fails in the first cycle long before (at 100 % of the tolerance the
     * law gives 12 cycles' worth of damage per cycle).
     *
     * @param uctN ultimate compressive tolerance (N), in [{@value #MIN_UCT_N}, {@value #MAX_UCT_N}]
     * @return the largest compression {@link #damagePerCycle} accepts at that tolerance (N)
     * @throws org.lumbosim.ParameterOutOfRangeException naming {@code uctN} outside that range (a NaN gave NaN)
     */
    public static double maxCompressionN(double uctN) {
        Checks.inRange("uctN", uctN, MIN_UCT_N, MAX_UCT_N, "N");
        return uctN * (Math.log(Double.MAX_VALUE) - 1) / (100 * EXPONENT_PER_PERCENT);
    }

    /**
     * @param compressionN peak compression of one cycle (N), in [0, {@link #maxCompressionN}(uctN)] and at most 1e6 N
     * @param uctN ultimate compressive tolerance (N, positive)
     * @return the damage of one cycle (dimensionless, finite; failure is predicted when the sum reaches 1)
     * @throws org.lumbosim.ParameterOutOfRangeException naming {@code uctN} outside [1, 1e6] N, or
     *     {@code compressionN} outside its range
     */
    public static double damagePerCycle(double compressionN, double uctN) {
        Checks.inRange("uctN", uctN, MIN_UCT_N, MAX_UCT_N, "N");
        Checks.inRange("compressionN", compressionN, 0, Math.min(1e6, maxCompressionN(uctN)), "N");
        double percent = 100 * compressionN / uctN;
        return Math.exp(EXPONENT_PER_PERCENT * percent) / CYCLES_CONSTANT;
    }
}
