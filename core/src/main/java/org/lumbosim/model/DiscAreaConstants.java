package org.lumbosim.model;

/**
 * Lumbar disc cross-sectional areas: the anchor measurement, the per-level shape, the scaling rule
 * and the published spread, each with its source and how it was read. A subject's default disc area
 * at level {@code k} is
 *
 * <pre>
 *   A_k = WILKE_SUBJECT_DISC_AREA_L4_L5_MM2 × (depth_k / depth_L4L5)² × (statureM / WILKE_SUBJECT_STATURE_M)²
 * </pre>
 *
 * <p>that is, the one measured disc area (Wilke's volunteer, L4-L5) carried to the other levels by
 * the square of their MRI depth relative to L4-L5 (geometric similarity of the section: same
 * width-to-depth ratio at each level), and to the subject by the square of the stature ratio
 * (geometric similarity of the body). Both similarity steps are assumptions, not fits. No per-level
 * by sex table of measured lumbar disc areas was found in a source that could be read (Tang 2016,
 * Zhou 2000, Panjabi 1992, Pooni 1986: full texts not read); this is a documented gap. The only
 * per-level shape available is the depth of L4-L5 and L5-S1, so the levels above L4-L5 take the
 * L4-L5 area (their discs are probably slightly smaller; the model's validation is at L4-L5).
 */
public final class DiscAreaConstants {
    private DiscAreaConstants() {
    }

    /**
     * Cross-sectional area of the L4-L5 disc of the volunteer of Wilke HJ, Neef P, Caimi M, Hoogland T,
     * Claes LE (1999), "New in vivo measurements of pressures in the intervertebral disc in daily
     * life", Spine 24(8):755-762, p. 756: "The cross-sectional area was 1800 mm²" (mm²). Secondary
     * quote: the verbatim sentence as quoted by the cloud-itonami/suji model
     * ({@code src/suji/methods/spine.cljc}); the primary page was not read; the measurement method is
     * unknown. The anchor of every default disc area.
     */
    public static final double WILKE_SUBJECT_DISC_AREA_L4_L5_MM2 = 1800;

    /**
     * Stature of the same volunteer (m): "stood 1.68 m", Wilke et al. (1999) p. 756. Secondary quote
     * (cloud-itonami/suji, as above), and the body height of all eight Wilke models of the AnyBody
     * Managed Model Repository ({@code Application/Validation/WilkeSpinalDiscPressure}, model file).
     * The reference stature of the area scaling.
     */
    public static final double WILKE_SUBJECT_STATURE_M = 1.68;

    /**
     * Anterior-posterior depth of the L4-L5 disc (mm): 33.08 mm, MRI of 14 normal adults aged 40-59
     * (Anatomical Sciences Journal, article A-10-159-1; project shared reference
     * {@code disc_geometry.csv}; abstract-level table, primary not re-read). Used only as the
     * denominator of the per-level shape.
     */
    public static final double DISC_DEPTH_L4_L5_MM = 33.08;

    /** Anterior-posterior depth of the L5-S1 disc (mm): 31.33 mm, same study as {@link #DISC_DEPTH_L4_L5_MM}. */
    public static final double DISC_DEPTH_L5_S1_MM = 31.33;

    /**
     * Mean superior vertebral endplate area over L2-L5 of 87 patients (30-90 years, 50.6 % female) of
     * Clouthier AL, Wenghofer J, Wai EK, Graham RB (2023), "A morphable lumbar model", J Biomech
     * 146:111421 (mm²): 15.546 cm². Model file: aclouthier/morphable-lumbar-model
     * {@code SSM/meanEndplateAreaSup_y.csv} ([mean, min, max] in cm²). Bony endplate, not disc; no
     * per-level or per-sex values in the files. A cross-check and the source of the area spread.
     */
    public static final double CLOUTHIER_ENDPLATE_SUPERIOR_MEAN_MM2 = 1554.6;
    /** Smallest superior endplate area of the same cohort (mm²): 10.025 cm², same file. */
    public static final double CLOUTHIER_ENDPLATE_SUPERIOR_MIN_MM2 = 1002.5;
    /** Largest superior endplate area of the same cohort (mm²): 23.048 cm², same file. */
    public static final double CLOUTHIER_ENDPLATE_SUPERIOR_MAX_MM2 = 2304.8;
    /**
     * Mean inferior vertebral endplate area over L2-L5 of the same cohort (mm²): 14.853 cm², model file
     * {@code SSM/meanEndplateAreaInf_y.csv} ([mean, min, max] in cm²).
     */
    public static final double CLOUTHIER_ENDPLATE_INFERIOR_MEAN_MM2 = 1485.3;
    /** Smallest inferior endplate area of the same cohort (mm²): 9.6545 cm², same file. */
    public static final double CLOUTHIER_ENDPLATE_INFERIOR_MIN_MM2 = 965.45;
    /** Largest inferior endplate area of the same cohort (mm²): 21.562 cm², same file. */
    public static final double CLOUTHIER_ENDPLATE_INFERIOR_MAX_MM2 = 2156.2;

    /**
     * Smallest disc area a subject may be given (mm²). Not a published value: a plausibility bound
     * below the smallest endplate of the Clouthier cohort (965 mm²) scaled by stature² from Wilke's
     * volunteer (1.68 m) to the smallest accepted stature (1.3 m): 578 mm², rounded down.
     */
    public static final double MIN_GIVEN_DISC_AREA_MM2 = 500;
    /**
     * Largest disc area a subject may be given (mm²). Not a published value: a plausibility bound
     * above the largest endplate of the Clouthier cohort (2305 mm²) scaled by stature² from 1.68 m to
     * the largest accepted stature (2.2 m): 3953 mm², rounded up.
     */
    public static final double MAX_GIVEN_DISC_AREA_MM2 = 4000;
}
