package org.lumbosim.reference;

/**
 * Published ranges of the two constants that turn a disc compression into an intradiscal pressure,
 * {@code p0 + factor F / A}, for the uncertainty band of {@link WilkeValidation}. Shared reference
 * data {@code idp_force_relation.md} (section 1) and {@code lumbar_disc_areas.csv}; both secondary.
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
     * Cross-sectional area of the L4-L5 disc of the subject of Wilke et al. (1999), Spine 24(8):755-762,
     * p. 756 (mm²): "The cross-sectional area was 1800 mm²". Secondary quote (cloud-itonami/suji);
     * measurement method unknown. Row 1 of {@code lumbar_disc_areas.csv}. One end of the area range of
     * the band; the other is the model's own area for the subject.
     */
    public static final double WILKE_SUBJECT_DISC_AREA_L4_L5_MM2 = 1800;
}
