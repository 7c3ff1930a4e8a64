package org.lumbosim.reference;

import org.lumbosim.model.DiscAreaConstants;

/**
 * Published ranges of the two constants that turn a disc compression into an intradiscal pressure,
 * {@code p0 + factor F / A}, for the uncertainty bands of {@link WilkeValidation}. Shared reference
 * data {@code idp_force_relation.md} (section 1, secondary) and {@code lumbar_disc_areas.csv}
 * (Clouthier et al. 2023, model file).
 */
public final class IdpConversionRange {
    private IdpConversionRange() {
    }

    /**
     * Smallest Nachemson pressure factor of normal lumbar discs (dimensionless): Nachemson A,
     * "Measurement of intradiscal pressure", Acta Orthop Scand 28:269-289, Table 5 (L3 interspace
     * 1.5; also the value of the paper's prose). Secondary: quoted by two independent code bases
     * that read the scan (cloud-itonami/suji, kotoba-lang/biomech).
     */
    public static final double NACHEMSON_FACTOR_MIN = 1.5;

    /** Largest factor of normal discs in the same table (L2 and L4 interspaces 1.7; dimensionless). */
    public static final double NACHEMSON_FACTOR_MAX = 1.7;

    /**
     * Smallest disc area relative to the one the model uses, for the band (dimensionless): the
     * smallest over the mean vertebral endplate area of the 87 adults of Clouthier et al. (2023),
     * superior or inferior endplate, whichever is lower (0.645; model file, see
     * {@link DiscAreaConstants}). The cohort's spread includes its spread of stature (not published
     * in the files), so it overstates the spread of an area derived from stature, and more so that of
     * an area measured on the subject.
     */
    public static final double DISC_AREA_RATIO_MIN = Math.min(
            DiscAreaConstants.CLOUTHIER_ENDPLATE_SUPERIOR_MIN_MM2 / DiscAreaConstants.CLOUTHIER_ENDPLATE_SUPERIOR_MEAN_MM2,
            DiscAreaConstants.CLOUTHIER_ENDPLATE_INFERIOR_MIN_MM2 / DiscAreaConstants.CLOUTHIER_ENDPLATE_INFERIOR_MEAN_MM2);

    /** Largest disc area relative to the model's (dimensionless): largest over mean endplate area, same cohort (1.483). */
    public static final double DISC_AREA_RATIO_MAX = Math.max(
            DiscAreaConstants.CLOUTHIER_ENDPLATE_SUPERIOR_MAX_MM2 / DiscAreaConstants.CLOUTHIER_ENDPLATE_SUPERIOR_MEAN_MM2,
            DiscAreaConstants.CLOUTHIER_ENDPLATE_INFERIOR_MAX_MM2 / DiscAreaConstants.CLOUTHIER_ENDPLATE_INFERIOR_MEAN_MM2);
}
