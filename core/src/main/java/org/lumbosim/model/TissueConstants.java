package org.lumbosim.model;

/**
 * Constants of the passive tissues, the disc, intra-abdominal pressure and muscle strength, each
 * with its source and how firmly it is established. Several could only be confirmed through
 * secondary sources; those are marked so, and the README's validation section discusses their
 * effect.
 */
public final class TissueConstants {
    private TissueConstants() {
    }

    /** Standard acceleration of gravity (m/s²), 3rd CGPM (1901). */
    public static final double GRAVITY_M_PER_S2 = 9.80665;

    /**
     * Intradiscal pressure per mean axial stress: IDP = 1.5 × F / A. Nachemson A (1960), "Lumbar
     * intradiscal pressure", Acta Orthop Scand Suppl 43:1-104; Nachemson A, Morris JM (1964),
     * J Bone Joint Surg Am 46:1077-1092. Dimensionless.
     */
    public static final double NACHEMSON_PRESSURE_FACTOR = 1.5;

    /**
     * Pressure of an unloaded disc (MPa): the swelling pressure the nucleus keeps when no axial
     * force acts, added to the Nachemson relation. Sato K, Kikuchi S, Yonezawa T (1999), "In vivo
     * intradiscal pressure measurement in healthy individuals and in patients with ongoing back
     * problems", Spine 24(23):2468-2474: lying prone at L4-L5, 8 healthy subjects, about 0.09 MPa
     * (secondary; not re-read from the paper).
     */
    public static final double UNLOADED_DISC_PRESSURE_MPA = 0.09;

    /**
     * Anterior-posterior depth of the L4-L5 disc (m): 33.08 mm, MRI of 14 normal adults aged 40-59
     * (Anatomical Sciences Journal, article A-10-159-1; see shared reference disc_geometry.csv).
     * Also used for the levels above L4-L5, for which no depth was available.
     */
    public static final double DISC_DEPTH_L4_L5_M = 0.03308;
    /** Anterior-posterior depth of the L5-S1 disc (m): 31.33 mm, same study. */
    public static final double DISC_DEPTH_L5_S1_M = 0.03133;
    /**
     * Width-to-depth ratio of lumbar endplates (dimensionless), from the CT measurements of Zhou SH,
     * McCarthy ID, McGregor AH, Coombs RRH, Hughes SPF (2000), Eur Spine J 9:242-248 (about 1.5 at
     * L4-L5; secondary, not re-read). The disc section is taken as an ellipse of this depth and width.
     */
    public static final double DISC_WIDTH_TO_DEPTH = 1.5;
    /**
     * Stature of the disc-geometry cohort (m). Not reported by the source; taken as the default
     * subject's stature, so disc areas scale with {@code (statureM / 1.75)^2}. Assumption.
     */
    public static final double DISC_COHORT_STATURE_M = 1.75;

    /**
     * Passive (ligament and disc) moment resisting lumbar flexion, {@code M = A (exp(B x) - 1)} with
     * {@code x} the flexion as a fraction of the range of motion; the same curve mirrored resists
     * extension. Coefficient A (N·m). Engineering estimate, not a fitted curve: it passes through
     * 5 N·m at 60 % and 50 N·m at 100 % of full flexion, the orders of magnitude reported by Adams MA,
     * Dolan P (1991), J Biomech 24:117-126 and Dolan P, Mannion AF, Adams MA (1994), J Biomech
     * 27:1077-1085 (flexion-relaxation near full flexion).
     */
    public static final double PASSIVE_MOMENT_A_NM = 0.1698;
    /** Exponent B of the passive moment curve (dimensionless); see {@link #PASSIVE_MOMENT_A_NM}. */
    public static final double PASSIVE_MOMENT_B = 5.69;

    /**
     * Largest muscle stress in recruitment (Pa): 0.755 MPa (75.5 N/cm²), the mean apparent maximum
     * stress of the trunk extensors of Burkhart KA, Bruno AG, Bouxsein ML, Bean JF, Anderson DE (2018),
     * "Estimating apparent maximum muscle stress of trunk extensor muscles in older adults using
     * subject-specific musculoskeletal models", J Orthop Res 36(1):498-505 (PMC5723244; read from the
     * abstract, primary): 49 adults over 65 years, QCT-based models matched to each subject's measured
     * extension strength; same mean for men and women. Uncertainty: the subjects' values ranged
     * 0.40-1.30 MPa (set per task with {@code TissueParameters}), lower with
     * low back pain; they were older than most users' subjects (the value is likely conservative for
     * younger adults), and it is "apparent" (it absorbs the model's PCSA and moment-arm errors).
     * Replaced 0.6 MPa, a trunk-model bound attributed to Arjmand and Shirazi-Adl (2006) that was
     * never re-read (issue 12 item 6).
     */
    public static final double MAX_MUSCLE_STRESS_PA = 0.755e6;

    /**
     * Intra-abdominal pressure regression of Chaffin DB, Andersson GBJ, Martin BJ, Occupational
     * Biomechanics (3rd ed., 1999): {@code P (mmHg) = 1e-4 × (43 - 0.36 (hipFlexionDeg +
     * kneeFlexionDeg)) × M^1.8}, M the flexion moment at L5-S1 (N·m). Constant term (mmHg scale).
     * Recalled through secondary sources and not re-read; the angles are taken as the hip and knee
     * flexion angles. The bracket is not allowed below zero (a pressure cannot be negative).
     */
    public static final double IAP_CONSTANT = 43;
    /** Angle coefficient of the IAP regression (1/deg); see {@link #IAP_CONSTANT}. */
    public static final double IAP_ANGLE_COEFFICIENT = 0.36;
    /** Overall factor of the IAP regression (mmHg / (N·m)^1.8); see {@link #IAP_CONSTANT}. */
    public static final double IAP_SCALE = 1e-4;
    /** Moment exponent of the IAP regression; see {@link #IAP_CONSTANT}. */
    public static final double IAP_MOMENT_EXPONENT = 1.8;
    /** Diaphragm area on which the abdominal pressure acts (m²): 465 cm², Chaffin et al. (1999). */
    public static final double DIAPHRAGM_AREA_M2 = 465e-4;
    /** Moment arm of the abdominal pressure force anterior of the disc centre (m): 11 cm, Chaffin et al. (1999), recalled. */
    public static final double IAP_MOMENT_ARM_M = 0.11;

    /**
     * Sacral slope in upright standing (deg): 35.3, Moon MS et al. (2018), Clin Orthop Surg
     * 10(3):322, 16 subjects (shared reference spinopelvic_alignment.csv). Sets the angle of the
     * sacral endplate and so of the L5-S1 disc.
     */
    public static final double STANDING_SACRAL_SLOPE_DEG = 35.3;
}
