package org.lumbosim.reference;

/**
 * Occupational limits used to grade lumbar disc loads (shared reference data {@code limits.csv}).
 * They are population-level screening thresholds, not tolerances of one person's spine.
 */
public final class OccupationalLimits {
    private OccupationalLimits() {
    }

    /**
     * NIOSH action limit for L5-S1 disc compression (N): most young healthy workers tolerate it.
     * NIOSH (1981), Work Practices Guide for Manual Lifting, DHHS (NIOSH) Publication 81-122; also
     * the biomechanical criterion of Waters TR et al. (1993), Ergonomics 36(7):749-776.
     */
    public static final double NIOSH_1981_ACTION_LIMIT_COMPRESSION_N = 3400;

    /**
     * NIOSH maximum permissible limit for L5-S1 disc compression (N): most workers do not tolerate
     * it. NIOSH (1981), Work Practices Guide for Manual Lifting.
     */
    public static final double NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N = 6400;

    /**
     * Anterior-posterior shear limit at L4-L5/L5-S1 for occasional loading, fewer than 100
     * exposures a day (N). Gallagher S, Marras WS (2012), "Tolerance of the lumbar spine to shear:
     * a review and recommended exposure limits", Clin Biomech 27(10):973-978.
     */
    public static final double GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N = 1000;

    /**
     * Anterior-posterior shear limit at L4-L5/L5-S1 for frequent loading, 100 to 1000 exposures a
     * day (N). Gallagher S, Marras WS (2012), Clin Biomech 27(10):973-978.
     */
    public static final double GALLAGHER_MARRAS_2012_SHEAR_FREQUENT_N = 700;
}
