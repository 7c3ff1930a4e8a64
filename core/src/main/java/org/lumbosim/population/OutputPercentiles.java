package org.lumbosim.population;

import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * Percentiles of one output at one level over the people whose muscles balanced the task.
 *
 * @param level the disc
 * @param quantity the output: {@code compressionN}, {@code apShearN}, {@code lateralShearN} or {@code idpMPa}
 * @param p5 5th percentile (unit of the quantity)
 * @param p50 median
 * @param p95 95th percentile
 * @param mean mean
 */
public record OutputPercentiles(SpinalLevel level, String quantity, double p5, double p50, double p95, double mean) {
    /** Checks that every object component is given. */
    public OutputPercentiles {
        Checks.given(level, "level");
        Checks.given(quantity, "quantity");
    }

    /** The outputs reported for every level, in this order. */
    public static final java.util.List<String> QUANTITIES = java.util.List.of("compressionN", "apShearN", "lateralShearN", "idpMPa");
}
