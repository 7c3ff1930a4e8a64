package org.lumbosim.model;

/**
 * Literature constants of the intra-abdominal pressure (IAP) and of the abdominal wall that contains
 * it, with how each was read (see docs/research/intra-abdominal-pressure.md).
 */
public final class AbdominalPressureConstants {
    private AbdominalPressureConstants() {
    }

    /**
     * Intra-abdominal pressure per unit of the net flexion moment at L4-L5 (Pa per N·m): the linear
     * regression of Mairiaux Ph, Davis PR, Stubbs DA, Baty D (1984), "Relation between intra-abdominal
     * pressure and lumbar moments when lifting weights in the erect posture", Ergonomics
     * 27(8):883-894, abstract (read in the abstract, primary): {@code IAP (kPa) = 0.079 M - 1.127},
     * M the moment about L4/5 (N·m) computed from the subject's anthropometry and the photographed
     * posture, r = 0.75; 14 young men, 60 bimanual sagittal lifts in 12 hand positions while standing
     * erect, loads 59-706 N. The abstract prints the intercept as "1127" with its decimal point lost
     * (journal style "0·079"); read as 1.127 kPa, the only reading that keeps the pressure positive at
     * the moments measured. Beyond the measured moments the regression is an extrapolation; the
     * pressure is held at {@link #MAX_PRESSURE_PA}.
     */
    public static final double PA_PER_NM = 79;
    /** Intercept of the IAP regression (Pa), negative: no pressure below 14.3 N·m; see {@link #PA_PER_NM}. */
    public static final double INTERCEPT_PA = -1127;

    /**
     * Physiological ceiling of the pressure (Pa): 26.6 kPa, the mean peak IAP of a maximal Valsalva
     * manoeuvre (SD 6.7 kPa; one man reached 36.9 kPa), the highest of all tasks measured, above the
     * dead lift, leg press, box lift and slide row at each man's four-repetition maximum. Harman EA,
     * Frykman PN, Clagett ER, Kraemer WJ (1988), "Intra-abdominal and intra-thoracic pressures during
     * lifting and jumping", Med Sci Sports Exerc 20(2):195-201, abstract (primary; PubMed), 11 men.
     * The mean, not the one man's peak: the default subject is an average man. The AnyBody AMMR
     * trunk uses the same limit for its recruited pressure, 26,600 Pa = 200 mmHg, after Essendrop M
     * (2003), PhD thesis, National Institute of Occupational Health, Denmark, on well-trained subjects
     * (model file, {@code Body/AAUHuman/Trunk/Buckle.any} and {@code TrunkModel.root.any}; the thesis
     * itself not read). Beyond it the pressure does not rise (reported by
     * {@link Workspace#abdominalPressureAtCeiling()}).
     */
    public static final double MAX_PRESSURE_PA = 26.6e3;

    /**
     * Area of the abdominal cavity's cross-section on which the pressure acts (m²): 465 cm², Chaffin et
     * al. (1999), recalled; the same at every level (no per-level area was found). The AnyBody AMMR
     * trunk's equivalent area is close: {@code pi * 0.12^2} = 452 cm² ({@code Buckle.any},
     * {@code AbdominalVol.Area}; model file).
     */
    public static final double AREA_M2 = 465e-4;

    /*
     * Where the pressure and the wall act (docs/research/intra-abdominal-pressure.md, "Where the pressure
     * acts, level by level"). The AnyBody Managed Model Repository's trunk (github AnyBody/ammr, commit
     * ef387217, model files; AnyBody licence, numbers only carried over) applies its recruited abdominal
     * pressure times its area along the line between a node on the pelvis and a node on the thorax
     * (Body/AAUHuman/Trunk/Buckle.any: the "dvdh" term of the AbdominalVol measure acts along the line H
     * between the two PressureNodes), placed by "geometric/anatomical estimates of pressure surface area
     * and area centroids" (Docs/body/lumbar_spine_model.md); its anterior abdominal wall (the BuckleSeg, on
     * which its rectus abdominis and the rectus-sheath fibres of the obliques insert) spans the two
     * BuckleNodes. All coordinates below are in the one frame in which AMMR gives every trunk node
     * (Body/AAUHuman/Trunk/TrunkData1.1/LumbarNodes.any and ThoracicNodes.any; x anterior, y superior, m,
     * unscaled): the pressure line is read as the axis of the cavity, the locus of the centroids of its
     * cross-sections, and the wall line as the line of its longitudinal tension. They are laid on a
     * subject's spine by the similarity that best lays AMMR's six lumbar disc centres (its joint nodes
     * moved forward to the middle of the endplate below, along that endplate) on the subject's joints.
     */

    /**
     * AMMR's lumbar joint nodes L5-S1, L4-L5, L3-L4, L2-L3, L1-L2, T12-L1 (x, m): {@code L5SacrumJntNode_pos} ..
     * {@code T12L1JntNode_pos}. They are its rotation centres, in the posterior part of each disc, not the
     * disc centres our joints are ({@link SegmentRotationCentre}); {@link AbdominalPressure#lineEnds} moves
     * them to the disc centres before laying AMMR's spine on ours.
     */
    static final double[] AMMR_JOINT_X_M = {0.043, 0.050, 0.050, 0.044, 0.034, 0.022};
    /** The same joint nodes (y, m). */
    static final double[] AMMR_JOINT_Y_M = {-0.005, 0.027, 0.061, 0.094, 0.123, 0.154};
    /**
     * Anterior node of the superior endplate of the vertebra below each of those joints (x, m), LumbarNodes.any:
     * {@code SacrumBaseAnteriorNode_pos}, then L5's .. L1's {@code SuperiorEndplateAnteriorNode_pos}; with
     * the posterior nodes they give each disc's anterior axis and centre, as in {@link SegmentRotationCentre}.
     */
    static final double[] AMMR_ENDPLATE_ANTERIOR_X_M = {0.053, 0.068, 0.068, 0.060, 0.050, 0.039};
    /** The same anterior nodes (y, m). */
    static final double[] AMMR_ENDPLATE_ANTERIOR_Y_M = {-0.014, 0.0202, 0.0585, 0.0959, 0.1278, 0.1579};
    /** The posterior nodes of the same endplates (x, m): {@code SacrumBasePosteriorNode_pos}, {@code SuperiorEndplatePosteriorNode_pos}. */
    static final double[] AMMR_ENDPLATE_POSTERIOR_X_M = {0.032264, 0.044, 0.044, 0.038, 0.0282, 0.017094};
    /** The same posterior nodes (y, m). */
    static final double[] AMMR_ENDPLATE_POSTERIOR_Y_M = {0.004383, 0.0257, 0.0586, 0.0908, 0.1187, 0.149706};
    /** AMMR's pelvis {@code PressureNode_pos} (x, m), LumbarNodes.any: the pelvic end of the pressure line, fixed to the pelvis. */
    static final double AMMR_PELVIS_PRESSURE_NODE_X_M = 0.085;
    /** The same (y, m). */
    static final double AMMR_PELVIS_PRESSURE_NODE_Y_M = -0.140;
    /** AMMR's thorax {@code PressureNode_pos} (x, m), ThoracicNodes.any: the thoracic end of the pressure line, fixed to the thorax. */
    static final double AMMR_THORAX_PRESSURE_NODE_X_M = 0.100;
    /** The same (y, m). */
    static final double AMMR_THORAX_PRESSURE_NODE_Y_M = 0.150;
    /** AMMR's pelvis {@code BuckleNodeBottomCenter_pos} (x, m), LumbarNodes.any: the pelvic end of the anterior wall. */
    static final double AMMR_PELVIS_WALL_NODE_X_M = 0.115;
    /** The same (y, m). */
    static final double AMMR_PELVIS_WALL_NODE_Y_M = -0.140;
    /** AMMR's thorax {@code BuckleNodeTopCenter_pos} (x, m), ThoracicNodes.any: the thoracic end of the anterior wall. */
    static final double AMMR_THORAX_WALL_NODE_X_M = 0.150;
    /** The same (y, m). */
    static final double AMMR_THORAX_WALL_NODE_Y_M = 0.150;

    /**
     * Longitudinal (vertical) membrane tension of the anterior abdominal wall per unit of pressure
     * (N/m per Pa, that is m): 0.075 m. Förstemann T et al. (2011), "Forces and deformations of the
     * abdominal wall: a mechanical and geometrical approach to the linea alba", J Biomech 44:600-606
     * (authors and pages recalled, not checked), abstract (primary; discovery.researcher.life): from
     * MRI, principal radii of curvature of the wall about 470 mm longitudinally and 200 mm
     * transversely; by Laplace's law an abdominal pressure of about 20 kPa corresponds to biaxial
     * forces of about 3.4 N/mm transversely and 1.5 N/mm longitudinally (3.4/0.2 + 1.5/0.47 = 20.2
     * kPa). Derived here: 1.5 N/mm / 20 kPa. The split is that of a passive wall: Laplace gives one
     * equation for the two tensions, and the abstract's second relation is the linea alba region's
     * anisotropic tensile law at strains of about 6 % in both directions, not a measured activity. The
     * longitudinal share is what the pressure costs in the sagittal plane: the transverse (hoop) tension
     * is horizontal and pulls on neither end of the trunk, the longitudinal tension pulls the thorax
     * towards the pelvis in front of the spine. Laplace's tensions are the whole wall's, so the
     * longitudinal tension is carried by the abdominal muscle lines (rectus abdominis and obliques with
     * their aponeuroses), not added to them ({@code AbdominalPressure.carryWall}; used as the least
     * longitudinal pull they give; docs/research/intra-abdominal-pressure.md, "One wall, counted once").
     */
    public static final double LONGITUDINAL_TENSION_PER_PRESSURE_M = 1.5e3 / 20e3;
}
