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
     * Intradiscal pressure measured lying prone (MPa): about 0.09 MPa at L4-L5, mean of 8 healthy
     * subjects. Sato K, Kikuchi S, Yonezawa T (1999), "In vivo intradiscal pressure measurement in
     * healthy individuals and in patients with ongoing back problems", Spine 24(23):2468-2474
     * (secondary; not re-read from the paper, whose abstract is in no store we reached; the subjects'
     * stature, mass and disc area are not known to us). A living disc's pressure: it contains what the
     * posterior ligaments' pre-tension and the back muscles' passive tension press on the disc while
     * lying. Used only to derive {@link #UNLOADED_DISC_PRESSURE_MPA}.
     */
    public static final double LYING_PRONE_PRESSURE_MPA = 0.09;

    /**
     * The disc's own pressure when no force presses on it (MPa): the nucleus's swelling pressure
     * held by its annulus in daytime hydration, without the compression of the ligaments, the muscles
     * or gravity, which the model's disc force {@code F} carries. <b>Derived</b>, once: Sato et al.'s
     * (1999) lying-prone pressure {@link #LYING_PRONE_PRESSURE_MPA} minus what the model's own
     * lying-prone compression adds to it, {@code 0.09 - 1.5 F / A} with {@code F} = 35.60 N (the
     * ligaments' pre-tension, 28.5 N, and the stretched erectors' passive tension, 7.1 N) and
     * {@code A} = 1,953 mm², L4-L5 of the default subject (male, 1.75 m, 70 kg, 45 y: Sato's subjects'
     * anthropometry is not known to us; with Wilke's 1.68 m volunteer and his 1,800 mm² the
     * derivation gives 0.0602) in the {@code lying_prone} preset (Sato's exact posture not known).
     * So the model predicts Sato's pressure for the posture it was measured in, and the pre-tension
     * is counted once, in {@code F}. Until 2026-12-07 (tenth session) the measured 0.09 MPa itself
     * was added to {@code 1.5 F / A}, counting the lying compression twice (lying 0.12 MPa). Re-derived
     * on 2026-12-07 (twelfth session: the erectors' passive tension along each fascicle's own path in both
     * muscle models, {@code PassiveMuscles}; before, the single-equivalent lines carried it and {@code F}
     * was 35.76 N, {@code p0} 0.0625). {@code UnloadedDiscPressureTest} recomputes the derivation and fails if the model's lying
     * compression drifts from it; docs/research/unloaded-pressure.md.
     */
    public static final double UNLOADED_DISC_PRESSURE_MPA = 0.0627;

    /**
     * Stature of the MRI disc-geometry cohort (Anatomical Sciences Journal, article A-10-159-1; shared
     * reference {@code disc_geometry.csv}) (m). Not reported by the source; taken as the default
     * subject's stature, so the diurnal disc's heights scale with {@code statureM / 1.75}.
     * Assumption. (Disc areas have their own anchor: {@link DiscAreaConstants}.)
     */
    public static final double DISC_COHORT_STATURE_M = 1.75;

    /**
     * Flexion stiffness of a lumbar motion segment, disc and ligaments together (N·m/deg), linear,
     * the same at every level: Schmidt H et al. (1998), "The stiffness of lumbar spinal motion
     * segments with a high intensity zone in the anulus fibrosus", Spine 23(20):2167-2173, <b>as
     * encoded in the AnyBody Managed Model Repository</b> (github AnyBody/ammr, commit ef387217a8c6,
     * Body/AAUHuman/Trunk/DiscStiffness.any, "cumulative IVD stiffness"). Model-file value,
     * secondary; not re-read from the paper. Lumbosim uses the disc's share of it
     * ({@link #DISC_SHARE_OF_SEGMENT_STIFFNESS}) as the disc's own bending stiffness, the ligaments
     * being modelled as forces ({@code LumbarLigament}).
     */
    public static final double SEGMENT_FLEXION_STIFFNESS_NM_PER_DEG = 1.8;
    /** Extension stiffness of a motion segment (N·m/deg); source as {@link #SEGMENT_FLEXION_STIFFNESS_NM_PER_DEG}. */
    public static final double SEGMENT_EXTENSION_STIFFNESS_NM_PER_DEG = 2.6;
    /** Lateral bending stiffness of a motion segment (N·m/deg); source as {@link #SEGMENT_FLEXION_STIFFNESS_NM_PER_DEG}. */
    public static final double SEGMENT_LATERAL_BENDING_STIFFNESS_NM_PER_DEG = 2.3;
    /** Axial rotation stiffness of a motion segment (N·m/deg); source as {@link #SEGMENT_FLEXION_STIFFNESS_NM_PER_DEG}. */
    public static final double SEGMENT_AXIAL_ROTATION_STIFFNESS_NM_PER_DEG = 8.4;
    /**
     * Share of the motion segment's stiffness carried by the disc alone when the ligaments are
     * modelled separately (dimensionless): 0.3, the AMMR model's choice in the same file (comment:
     * "30% found empirically, corresponds to the Meijer et al and other publications (for
     * flexion/ext), used for all"). An empirical model choice of another model, not a measurement;
     * Meijer et al. not identified.
     */
    public static final double DISC_SHARE_OF_SEGMENT_STIFFNESS = 0.3;

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
     * Smallest activation of every trunk muscle in postures where the muscles hold the trunk up
     * (standing, unsupported sitting; released where a backrest, a lying surface or a resting trunk
     * carries it), as a fraction of each muscle's largest force: <b>0, for want of a source</b>.
     * Surface EMG shows the erector spinae, obliques and rectus abdominis continuously active in
     * quiet standing (1.0, 2.5 and 0.7 µV against 0.2 µV lying; "Activity in torso muscles during
     * relaxed standing", abstract, not normalised to MVC), the obliques active in unsupported
     * standing and sitting (Snijders CJ et al. (1995) Clin Biomech 10:73-78, abstract, no numbers),
     * and the internal oblique, multifidus and thoracic erector spinae more active in erect than in
     * sway standing and slump sitting (O'Sullivan PB et al. (2002) Spine 27:1238-1244, abstract, no
     * numbers). No relaxed-standing activation as a fraction of maximum (%MVC) could be read; the one
     * sitting value found, 19.7 %RMS-MVC of a lumbar HD-EMG grid (Ringheim I et al. (2019) PLoS ONE
     * 14:e0213778, Table 2), is high against the usual relaxed-sitting range and its task was not
     * checked, so it is not used. A second search (docs/research/upright-activity.md) found only
     * differences between postures (e.g. 3 %MVC less lower-thoracic erector spinae in slumped than
     * in upright sitting: Nairn BC et al. (2013) Man Ther 18:498-505, abstract), no level. A third
     * search read one table, for instructed neutral sitting on a backless chair, not for standing:
     * 4.8-9.9 %MVIC by muscle (O'Sullivan K et al. (2012) Man Ther 17:566-571, Table 1, full text);
     * not used, since its posture is not relaxed, it has no standing counterpart, and as activation
     * floors it gives 2.1-3.7 times Wilke's disc pressures in standing and relaxed sitting. The
     * abdominal flexors have a floor of their own, their stabilising co-activation
     * ({@link UprightCoactivationConstants}, {@link TissueParameters#abdominalCoactivation()}). Set
     * {@link TissueParameters#minimumActivation()} to study a level for every muscle.
     */
    public static final double RELAXED_POSTURE_MINIMUM_ACTIVATION = 0;

    /**
     * Sacral slope in upright standing (deg): 35.3, Moon MS et al. (2018), Clin Orthop Surg
     * 10(3):322, 16 subjects (shared reference spinopelvic_alignment.csv). Sets the angle of the
     * sacral endplate and so of the L5-S1 disc.
     */
    public static final double STANDING_SACRAL_SLOPE_DEG = 35.3;
}
