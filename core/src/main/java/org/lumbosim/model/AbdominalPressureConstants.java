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

    /** Area of the abdominal cavity on which the pressure acts (m²): 465 cm², Chaffin et al. (1999), recalled. */
    public static final double AREA_M2 = 465e-4;
    /** Arm of the pressure force in front of every disc centre (m): 11 cm, Chaffin et al. (1999), recalled. */
    public static final double MOMENT_ARM_M = 0.11;

    /**
     * Longitudinal (vertical) membrane tension of the anterior abdominal wall per unit of pressure
     * (N/m per Pa, that is m): 0.075 m. Förstemann T et al. (2011), "Forces and deformations of the
     * abdominal wall: a mechanical and geometrical approach to the linea alba", J Biomech 44:600-606
     * (authors and pages recalled, not checked), abstract (primary; discovery.researcher.life): from
     * MRI, principal radii of curvature of the wall about 470 mm longitudinally and 200 mm
     * transversely; by Laplace's law an abdominal pressure of about 20 kPa corresponds to biaxial
     * forces of about 3.4 N/mm transversely and 1.5 N/mm longitudinally (3.4/0.2 + 1.5/0.47 = 20.2
     * kPa). Derived here: 1.5 N/mm / 20 kPa. The longitudinal share is what the pressure costs in the
     * sagittal plane: the transverse (hoop) tension is horizontal and pulls on neither end of the
     * trunk, the longitudinal tension pulls the thorax towards the pelvis in front of the spine.
     */
    public static final double LONGITUDINAL_TENSION_PER_PRESSURE_M = 1.5e3 / 20e3;
}
