package org.lumbosim.anthropometry;

/**
 * How the trunk's mass is spread over the vertebral levels, so that the mass above each lumbar disc
 * is known.
 *
 * <p>Per-level slice masses: the fully articulated thoracolumbar OpenSim model of Bruno AG,
 * Bouxsein ML, Anderson DE (2015), "Development and validation of a musculoskeletal model of the
 * fully articulated thoracolumbar spine and rib cage", J Biomech Eng 137(8):081003, whose slice
 * masses follow the CT data of Pearsall DJ, Reid JG, Livingston LA (1996), "Segmental inertial
 * parameters of the human trunk as determined from computed tomography", Ann Biomed Eng
 * 24:198-210. Fractions were computed from the model's segment masses (77.97 kg model); they agree
 * with the end values in Pearsall's abstract (1.1 % body mass at T1, about 2.6 % at L5). Anterior
 * offsets of the slices' centres of mass: Pearsall et al. (1996), abstract (slice CoM up to 5.0 cm
 * anterior of the vertebral centroid in the lower thoracic region; upper trunk CoM 4.0 cm anterior of
 * T7/T8; middle trunk CoM 1.0 cm anterior of L3/L4). The per-level table of Pearsall was not re-read.
 */
public final class TrunkMassDistribution {
    private TrunkMassDistribution() {
    }

    /** Mass of the L5 slice (vertebra and surrounding soft tissue), fraction of body mass (Bruno 2015). */
    public static final double L5_SLICE_MASS_FRACTION = 0.0282;
    /** Mass of the L4 slice, fraction of body mass (Bruno 2015). */
    public static final double L4_SLICE_MASS_FRACTION = 0.0267;
    /** Mass of the L3 slice, fraction of body mass (Bruno 2015). */
    public static final double L3_SLICE_MASS_FRACTION = 0.0260;
    /** Mass of the L2 slice, fraction of body mass (Bruno 2015). */
    public static final double L2_SLICE_MASS_FRACTION = 0.0253;
    /** Mass of the L1 slice, fraction of body mass (Bruno 2015). */
    public static final double L1_SLICE_MASS_FRACTION = 0.0258;
    /** Mass of the thoracic slices T1..T12 with the rib cage, fraction of body mass (Bruno 2015). */
    public static final double THORACIC_MASS_FRACTION = 0.1957;

    /** Mass of the T1 slice, fraction of body mass (Pearsall 1996 abstract: 1.1 %). */
    public static final double T1_SLICE_MASS_FRACTION = 0.011;
    /** Mass of the T12 slice, fraction of body mass (Bruno 2015 model, 2.5 %). */
    public static final double T12_SLICE_MASS_FRACTION = 0.025;

    /**
     * Anterior offset of a lumbar slice's CoM from its vertebral body centre (m): Pearsall 1996,
     * middle trunk CoM 1.0 cm anterior of L3/L4.
     */
    public static final double LUMBAR_SLICE_COM_ANTERIOR_M = 0.010;
    /**
     * Anterior offset of the thoracic slices' CoM from the thoracic spine line (m): Pearsall 1996,
     * upper trunk CoM 4.0 cm anterior of T7/T8.
     */
    public static final double THORACIC_COM_ANTERIOR_M = 0.040;

    /**
     * Height of the thoracic CoM above T12-L1 as a fraction of the T12-L1 to C7 distance. Derived,
     * not measured: slice masses taken to vary linearly from {@link #T12_SLICE_MASS_FRACTION} at T12
     * to {@link #T1_SLICE_MASS_FRACTION} at T1, whose centroid lies at
     * {@code (2*m_T1 + m_T12) / (3*(m_T1 + m_T12))} of the length from the heavier end.
     *
     * @return the fraction (about 0.435)
     */
    public static double thoracicComHeightFraction() {
        return (2 * T1_SLICE_MASS_FRACTION + T12_SLICE_MASS_FRACTION)
                / (3 * (T1_SLICE_MASS_FRACTION + T12_SLICE_MASS_FRACTION));
    }
}
