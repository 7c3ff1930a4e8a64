package org.lumbosim.anthropometry;

import org.lumbosim.internal.Checks;

/**
 * Segment inertial parameters: de Leva P. (1996), "Adjustments to Zatsiorsky-Seluyanov's segment
 * inertia parameters", Journal of Biomechanics 29(9):1223-1230, Table 4.
 *
 * <p>Mass is a fraction of total body mass; the centre of mass (CoM) is a fraction of the segment's
 * length measured from its proximal (cranial, for head and trunk) endpoint; the length is the
 * sample's mean in metres and is scaled to a subject by {@code statureM / referenceStatureM}. The
 * source sample: 100 young adult men (stature 1.741 m, mass 73.0 kg) and 15 young adult women
 * (stature 1.735 m, mass 61.9 kg) measured by gamma-ray scanning (Zatsiorsky and Seluyanov),
 * adjusted by de Leva to joint-centre endpoints. Standard deviations are not reported in Table 4.
 */
public final class DeLeva1996 {
    private DeLeva1996() {
    }

    /** Stature of the male sample (m), Table 4 footnote. */
    public static final double REFERENCE_STATURE_MALE_M = 1.741;
    /** Stature of the female sample (m), Table 4 footnote. */
    public static final double REFERENCE_STATURE_FEMALE_M = 1.735;

    /**
     * The segments of Table 4 with their endpoints. Values per sex: mass fraction, CoM position as
     * a fraction of length from the first endpoint, and length (m).
     */
    public enum Segment {
        /** Head and neck, vertex (VERT) to 7th cervical vertebra (CERV). */
        HEAD_NECK(0.0694, 0.5976, 0.2429, 0.0668, 0.5894, 0.2437),
        /** Whole trunk, CERV to mid-hip (MIDH, the midpoint of the hip joint centres). */
        TRUNK(0.4346, 0.4486, 0.5319, 0.4257, 0.4151, 0.5293),
        /** Upper part of the trunk, CERV to xiphion (XYPH). */
        UPPER_TRUNK(0.1596, 0.2999, 0.1707, 0.1545, 0.2077, 0.1425),
        /** Middle part of the trunk, XYPH to omphalion (OMPH, the navel). */
        MIDDLE_TRUNK(0.1633, 0.4502, 0.2155, 0.1465, 0.4512, 0.2053),
        /** Lower part of the trunk, OMPH to MIDH. */
        LOWER_TRUNK(0.1117, 0.6115, 0.1457, 0.1247, 0.4920, 0.1815),
        /** Upper arm, shoulder joint centre to elbow joint centre. */
        UPPER_ARM(0.0271, 0.5772, 0.2817, 0.0255, 0.5754, 0.2751),
        /** Forearm, elbow joint centre to wrist joint centre. */
        FOREARM(0.0162, 0.4574, 0.2689, 0.0138, 0.4559, 0.2643),
        /** Hand, wrist joint centre to the 3rd metacarpale (MET3). */
        HAND(0.0061, 0.7900, 0.0862, 0.0056, 0.7474, 0.0780),
        /** Thigh, hip joint centre to knee joint centre. */
        THIGH(0.1416, 0.4095, 0.4222, 0.1478, 0.3612, 0.3685),
        /** Shank, knee joint centre to lateral malleolus. */
        SHANK(0.0433, 0.4459, 0.4340, 0.0481, 0.4416, 0.4323),
        /** Foot, heel to tip of the longest toe. */
        FOOT(0.0137, 0.4415, 0.2581, 0.0129, 0.4014, 0.2283);

        private final double massMale;
        private final double comMale;
        private final double lengthMaleM;
        private final double massFemale;
        private final double comFemale;
        private final double lengthFemaleM;

        Segment(double massMale, double comMale, double lengthMaleM,
                double massFemale, double comFemale, double lengthFemaleM) {
            this.massMale = massMale;
            this.comMale = comMale;
            this.lengthMaleM = lengthMaleM;
            this.massFemale = massFemale;
            this.comFemale = comFemale;
            this.lengthFemaleM = lengthFemaleM;
        }

        /**
         * @param sex which column of Table 4
         * @return segment mass as a fraction of body mass
         */
        public double massFraction(Sex sex) {
            return sex == Sex.MALE ? massMale : massFemale;
        }

        /**
         * @param sex which column of Table 4
         * @return CoM position as a fraction of the segment length from its first endpoint
         */
        public double comFraction(Sex sex) {
            return sex == Sex.MALE ? comMale : comFemale;
        }

        /**
         * @param sex which column of Table 4
         * @return the sample's mean segment length (m), before scaling to a subject
         */
        public double referenceLengthM(Sex sex) {
            return sex == Sex.MALE ? lengthMaleM : lengthFemaleM;
        }
    }

    /** Upper trunk, alternative endpoints CERV-XYPH (Table 4, lower half): radius of gyration about the
     * sagittal (anterior-posterior) axis, fraction of length: 0.505 (male; female 0.466). */
    public static final double UPPER_TRUNK_ALT_R_SAGITTAL = 0.505;
    /** Upper trunk CERV-XYPH: radius of gyration about the transverse (medio-lateral) axis: 0.320 (male). */
    public static final double UPPER_TRUNK_ALT_R_TRANSVERSE = 0.320;
    /** Upper trunk CERV-XYPH: radius of gyration about the longitudinal axis: 0.465 (male). */
    public static final double UPPER_TRUNK_ALT_R_LONGITUDINAL = 0.465;
    /** Head and neck VERT-CERV (alternative row): radius of gyration about the sagittal axis: 0.303 (male). */
    public static final double HEAD_ALT_R_SAGITTAL = 0.303;
    /** Head and neck VERT-CERV: radius of gyration about the transverse axis: 0.315 (male). */
    public static final double HEAD_ALT_R_TRANSVERSE = 0.315;
    /** Head and neck VERT-CERV: radius of gyration about the longitudinal axis: 0.261 (male). */
    public static final double HEAD_ALT_R_LONGITUDINAL = 0.261;

    /** Upper trunk CERV-XYPH (alternative row): length of the male sample (m), 0.2421. */
    public static final double UPPER_TRUNK_ALT_LENGTH_MALE_M = 0.2421;
    /** Upper trunk CERV-XYPH (alternative row): length of the female sample (m), 0.2280. */
    public static final double UPPER_TRUNK_ALT_LENGTH_FEMALE_M = 0.2280;

    /**
     * Head and neck, alternative endpoints VERT-CERV (Table 4, lower half): length of the male
     * sample (m), 0.2429.
     */
    public static final double HEAD_ALT_LENGTH_MALE_M = 0.2429;
    /** Head and neck VERT-CERV (alternative row): length of the female sample (m), 0.2437. */
    public static final double HEAD_ALT_LENGTH_FEMALE_M = 0.2437;
    /** Head and neck VERT-CERV (alternative row): CoM from the vertex, fraction of length, male: 0.5002. */
    public static final double HEAD_ALT_COM_MALE = 0.5002;
    /** Head and neck VERT-CERV (alternative row): CoM from the vertex, fraction of length, female: 0.4841. */
    public static final double HEAD_ALT_COM_FEMALE = 0.4841;

    /**
     * Trunk, alternative endpoints CERV-MIDH (Table 4, lower half): distance from the 7th cervical
     * vertebra to the mid-hip point, male sample (m), 0.6033.
     */
    public static final double TRUNK_CERV_MIDH_LENGTH_MALE_M = 0.6033;
    /** Trunk CERV-MIDH (alternative row): female sample (m), 0.6148. */
    public static final double TRUNK_CERV_MIDH_LENGTH_FEMALE_M = 0.6148;
    /**
     * Trunk, alternative endpoints MIDS-MIDH (Table 4, lower half): distance from the mid-shoulder
     * point (midpoint of the shoulder joint centres) to the mid-hip point, male sample (m), 0.5155.
     */
    public static final double TRUNK_MIDS_MIDH_LENGTH_MALE_M = 0.5155;
    /** Trunk MIDS-MIDH (alternative row): female sample (m), 0.4979. */
    public static final double TRUNK_MIDS_MIDH_LENGTH_FEMALE_M = 0.4979;

    /**
     * Tip of the longest toe ahead of the ankle joint centre, as a fraction of the foot's length
     * (heel to toe tip): 0.75. Assumption of this library (the ankle taken a quarter of the foot
     * length ahead of the heel); Table 4 gives the foot's endpoints (heel, toe tip) but not the ankle.
     */
    public static final double FOOT_TOE_AHEAD_OF_ANKLE = 0.75;
    /**
     * Foot CoM ahead of the ankle joint centre, fraction of the foot's length: 0.19. Derived: the
     * foot CoM at about 44 % of the length from the heel (Table 4, 0.4415 male) less the ankle's
     * assumed 25 % (see {@link #FOOT_TOE_AHEAD_OF_ANKLE}); used for both sexes.
     */
    public static final double FOOT_COM_AHEAD_OF_ANKLE = 0.19;

    /**
     * @param sex which sample
     * @return length of the upper trunk between CERV and XYPH (alternative row, m)
     */
    public static double upperTrunkAltLengthM(Sex sex) {
        Checks.given(sex, "sex", "male or female is needed");
        return sex == Sex.MALE ? UPPER_TRUNK_ALT_LENGTH_MALE_M : UPPER_TRUNK_ALT_LENGTH_FEMALE_M;
    }

    /**
     * @param sex which sample
     * @return length of the head and neck between VERT and CERV (alternative row, m)
     */
    public static double headAltLengthM(Sex sex) {
        Checks.given(sex, "sex", "male or female is needed");
        return sex == Sex.MALE ? HEAD_ALT_LENGTH_MALE_M : HEAD_ALT_LENGTH_FEMALE_M;
    }

    /**
     * @param sex which sample
     * @return the head and neck's CoM from the vertex, fraction of its VERT-CERV length (alternative row)
     */
    public static double headAltComFraction(Sex sex) {
        Checks.given(sex, "sex", "male or female is needed");
        return sex == Sex.MALE ? HEAD_ALT_COM_MALE : HEAD_ALT_COM_FEMALE;
    }

    /**
     * Height of C7 above the shoulder joint centres in the sample: CERV-MIDH less MIDS-MIDH.
     *
     * @param sex which sample
     * @return the difference (m), before scaling to a subject
     */
    public static double c7AboveShouldersM(Sex sex) {
        Checks.given(sex, "sex", "male or female is needed");
        return sex == Sex.MALE ? TRUNK_CERV_MIDH_LENGTH_MALE_M - TRUNK_MIDS_MIDH_LENGTH_MALE_M
                : TRUNK_CERV_MIDH_LENGTH_FEMALE_M - TRUNK_MIDS_MIDH_LENGTH_FEMALE_M;
    }

    /**
     * @param sex which sample
     * @return the sample's mean stature (m)
     */
    public static double referenceStatureM(Sex sex) {
        Checks.given(sex, "sex", "male or female is needed");
        return sex == Sex.MALE ? REFERENCE_STATURE_MALE_M : REFERENCE_STATURE_FEMALE_M;
    }
}
