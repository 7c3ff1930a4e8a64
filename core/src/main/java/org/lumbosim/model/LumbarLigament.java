package org.lumbosim.model;

/**
 * The cited constants of the lumbar ligaments, one constant per ligament: the nonlinear
 * tension-only law of every level (fibre count, linear-region stiffness per fibre, reference
 * strain, toe-to-linear transition strain, neutral fibre length) and the line of action's sagittal
 * moment arm and lateral offset about the disc centre. Level order L5-S1, L4-L5, L3-L4, L2-L3, L1-L2.
 *
 * <p><b>Law</b> (Blankevoort L, Huiskes R (1991), J Biomech Eng 113:263-269, in the form of the
 * calibrated lumbosacral model of Remus R, Lipphaus A, Neumann M, Bender B (2021), "Calibration and
 * validation of a novel hybrid model of the lumbosacral spine in ArtiSynth - The passive
 * structures", PLoS ONE 16(4):e0250456): each fibre of neutral length {@code L} has the rest length
 * {@code l0 = L (1 + εr)}; at length {@code l} its strain is {@code ε = (l - l0) / l0} and its
 * tension {@code F = k ε² / (2 εt)} for {@code 0 < ε < εt} (the toe region), {@code k (ε - εt / 2)}
 * above, zero below. A negative {@code εr} is a pre-strain (the fibre is taut in the neutral
 * posture), a positive one a slack. <b>How read</b>: the model files of the authors' public
 * repository (github RemusR9/artisynth_lumbosacralSpineModel, commit bb81cb1f75c2,
 * hybrid_LSS_model/src/artisynth/models/passiveComponents_PlosOne: law in
 * myMaterials/MyUWLigamentMaterial.java, rest length in LSSBase.java, parameters in
 * geometry/L??_Ligs_{AS,MP}_UWMat.lig read with the columns of MyImportFunctions.java: εr, εt, k),
 * i.e. calibrated model parameters, not tissue tests (the calibration is the paper's; its tables
 * were not read). Every fibre of a ligament gets the ligament's k (LSSBase.java), so the whole
 * ligament's linear-region stiffness is the fibre count times k; the fibre counts and the neutral
 * fibre lengths (mean over the ligament's fibres; the ALL and PLL fibres are multi-point paths over
 * the disc, summed) were derived by us from geometry/L??_Ligs_{AS,MP}.lig. The model's names read
 * "L45_" in every file (copy-paste); the level is taken from the file name.
 *
 * <p><b>Lines of action</b>: the AnyBody Managed Model Repository standard trunk in its neutral
 * posture (github AnyBody/ammr, commit ef387217a8c6, Body/AAUHuman/Trunk/TrunkData1.1/
 * LumbarNodes.any and the level ligament files): signed perpendicular distance in the sagittal
 * plane from the midpoint of the lower vertebra's superior endplate to the line through the two
 * attachment nodes (+ posterior), and the mean lateral offset of the right-side nodes of LF and ITL;
 * derived from the node coordinates by the compiler of the project's reference table
 * ({@code lumbar_ligaments.csv}), not published values. That endplate midpoint is our disc centre
 * (the joint centre of the level); the level rotates about AMMR's joint node, behind it
 * ({@link SegmentRotationCentre}), about which these arms are AMMR's own. Mixing the two models (Remus's law and
 * lengths, AMMR's lever arms) is our choice: our spine has AMMR-like landmarks and no ArtiSynth
 * joint centres.
 *
 * <p>Not modelled: the capsular ligaments (Remus: {@code εr = 0.55}, slack until the capsule is
 * stretched by 55 %; no AMMR line of action in the reference table), AMMR's medial ITL element.
 * The ligamentum flavum, a single fibre set across the midline in Remus's model, is split into two
 * bands at AMMR's lateral offsets, each with half the fibres.
 */
enum LumbarLigament {
    /** Anterior longitudinal ligament (midline, in front of the disc centre); 9 multi-point fibres. */
    ALL(false, 9, new double[] {291, 485, 582, 509.25, 412.25}, -0.03, new double[] {0.08, 0.08, 0.07, 0.07, 0.07},
            new double[] {15.07, 15.78, 13.98, 12.64, 12.22},
            new double[] {-18.5, -15.2, -14.9, -15.4, -15.0}, new double[] {0, 0, 0, 0, 0}),
    /** Posterior longitudinal ligament (midline); 5 multi-point fibres, slack by 12 %. */
    PLL(false, 5, new double[] {246, 290, 118.9, 411.8, 191.4}, 0.12, new double[] {0.23, 0.23, 0.23, 0.23, 0.23},
            new double[] {9.55, 10.26, 9.82, 10.23, 9.45},
            new double[] {8.4, 18.4, 19.0, 15.7, 15.8}, new double[] {0, 0, 0, 0, 0}),
    /** Ligamentum flavum (11 fibres; two bands at AMMR's lateral offsets). */
    LF(true, 11, new double[] {22.2, 30.0, 38.1, 27.6, 25.5}, -0.03, new double[] {0.09, 0.09, 0.09, 0.09, 0.09},
            new double[] {23.26, 16.75, 20.37, 21.95, 24.19},
            new double[] {20.1, 25.7, 27.8, 28.6, 27.1}, new double[] {9.5, 8.8, 7.8, 6.5, 6.0}),
    /** Interspinous ligament (midline); 8 fibres. */
    ISL(false, 8, new double[] {2.58, 2.5, 3.5, 2.75, 2.88}, -0.02, new double[] {0.05, 0.05, 0.05, 0.05, 0.05},
            new double[] {12.35, 8.73, 10.79, 12.26, 17.31},
            new double[] {30.9, 33.7, 43.5, 28.6, 42.1}, new double[] {0, 0, 0, 0, 0}),
    /** Supraspinous ligament (midline); 1 fibre. */
    SSL(false, 1, new double[] {19.88, 28.0, 36.4, 38.64, 35.84}, -0.08, new double[] {0.2, 0.2, 0.2, 0.2, 0.2},
            new double[] {21.47, 20.10, 26.92, 30.49, 31.59},
            new double[] {40.2, 52.6, 54.4, 43.0, 56.1}, new double[] {0, 0, 0, 0, 0}),
    /**
     * Intertransverse ligament, one band per side of 2 fibres each (Remus's counts are per side; the
     * fibre count below is both sides together).
     */
    ITL(true, 4, new double[] {150, 150, 150, 150, 150}, 0.02, new double[] {0.1, 0.1, 0.1, 0.1, 0.1},
            new double[] {15.43, 28.81, 29.00, 31.97, 29.40},
            new double[] {5.9, 29.8, 29.3, 29.8, 31.6}, new double[] {37.9, 32.6, 33.2, 34.1, 34.3});

    /** Every ligament, in declaration order. */
    static final LumbarLigament[] ALL_LIGAMENTS = values();
    /** Number of line elements per level (a bilateral ligament has one per side). */
    static final int ELEMENTS_PER_LEVEL = elementCount();

    private final boolean bilateral;
    private final int fibres;
    private final double[] fibreStiffnessN;
    private final double referenceStrain;
    private final double[] transitionStrain;
    private final double[] neutralLengthMm;
    private final double[] momentArmMm;
    private final double[] lateralOffsetMm;

    LumbarLigament(boolean bilateral, int fibres, double[] fibreStiffnessN, double referenceStrain,
                   double[] transitionStrain, double[] neutralLengthMm, double[] momentArmMm,
                   double[] lateralOffsetMm) {
        this.bilateral = bilateral;
        this.fibres = fibres;
        this.fibreStiffnessN = fibreStiffnessN;
        this.referenceStrain = referenceStrain;
        this.transitionStrain = transitionStrain;
        this.neutralLengthMm = neutralLengthMm;
        this.momentArmMm = momentArmMm;
        this.lateralOffsetMm = lateralOffsetMm;
    }

    private static int elementCount() {
        int n = 0;
        for (LumbarLigament l : values()) {
            n += l.sides();
        }
        return n;
    }

    /** @return 2 for a ligament with a band on each side, else 1 */
    int sides() {
        return bilateral ? 2 : 1;
    }

    /**
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @return linear-region stiffness of the whole ligament, all fibres of both sides (N per unit strain)
     */
    double linearStiffnessN(int level) {
        return fibres * fibreStiffnessN[level];
    }

    /** @return reference strain εr: rest length = neutral length × (1 + εr) (dimensionless) */
    double referenceStrain() {
        return referenceStrain;
    }

    /**
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @return strain at the end of the toe region, εt (dimensionless)
     */
    double transitionStrain(int level) {
        return transitionStrain[level];
    }

    /**
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @return mean neutral fibre length (mm, Remus et al.'s model)
     */
    double neutralLengthMm(int level) {
        return neutralLengthMm[level];
    }

    /**
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @return sagittal moment arm about the disc centre (mm, + posterior, AMMR standard trunk)
     */
    double momentArmMm(int level) {
        return momentArmMm[level];
    }

    /**
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @return lateral offset of each side's band from the midsagittal plane (mm; 0 for a midline ligament)
     */
    double lateralOffsetMm(int level) {
        return lateralOffsetMm[level];
    }

    /**
     * The law of a ligament (all its fibres on one line) at a strain.
     *
     * @param linearStiffnessN linear-region stiffness (N per unit strain)
     * @param transitionStrain εt (dimensionless), positive
     * @param strain ε relative to the rest length (dimensionless)
     * @return tension (N), zero when the ligament is slack
     */
    static double tensionN(double linearStiffnessN, double transitionStrain, double strain) {
        if (strain <= 0) {
            return 0;
        }
        return strain < transitionStrain ? linearStiffnessN * strain * strain / (2 * transitionStrain)
                : linearStiffnessN * (strain - transitionStrain / 2);
    }

    /**
     * The derivative of {@link #tensionN} with respect to the strain: {@code k ε / εt} in the toe
     * region, {@code k} above, zero when slack (the law is continuously differentiable, so the two
     * regions meet at {@code k}).
     *
     * @param linearStiffnessN linear-region stiffness (N per unit strain)
     * @param transitionStrain εt (dimensionless), positive
     * @param strain ε relative to the rest length (dimensionless)
     * @return tension per unit strain (N)
     */
    static double tensionPerStrainN(double linearStiffnessN, double transitionStrain, double strain) {
        if (strain <= 0) {
            return 0;
        }
        return strain < transitionStrain ? linearStiffnessN * strain / transitionStrain : linearStiffnessN;
    }
}
