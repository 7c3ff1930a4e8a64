package org.lumbosim.model;

/**
 * Depth of the lumbar spinous processes below the skin: Kawchuk GN, Prasad N, Parent E, Chapman S,
 * Custodio M, Manzon M, Wiebe A, Dhillon S (2011), Manual Therapy 16(4):384-387,
 * doi:10.1016/j.math.2011.01.007: T1-weighted MRI of 105 consecutive patients referred for lumbar MRI,
 * mean skin to spinous process L1-L5 22.77, 23.00, 27.40, 33.40, 36.65 mm; mean BMI 27.52 kg/m2 (57 men)
 * and 27.02 (women). Read in the <b>abstract</b> (PubMed 21333583, in a public mirror of it; the
 * MedWire News report "Spinal landmark depth increases with BMI" gives the same depths); the paper's
 * tables not read. Used by {@link TrunkThighGeometry}.
 */
final class Kawchuk2011 {
    private Kawchuk2011() {
    }

    /** Skin to the L3 spinous process (mm), Kawchuk et al. 2011 (abstract: mean of 105). */
    static final double SKIN_TO_L3_SPINOUS_MM = 27.40;
    /** Skin to the L4 spinous process (mm), Kawchuk et al. 2011 (abstract: mean of 105). */
    static final double SKIN_TO_L4_SPINOUS_MM = 33.40;
}
