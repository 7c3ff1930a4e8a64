package org.lumbosim.model;

/**
 * Coordinate-coupling coefficients of the OpenSim lumbar spine model of Christophy M, Faruk Senan NA,
 * Lotz JC, O'Reilly OM (2012), "A musculoskeletal model for the lumbar spine", Biomech Model
 * Mechanobiol 11:19-34 (model {@code Lumbar_C_210}): each level's rotation about an axis is the
 * coefficient times one coordinate per axis ({@code flex_extension}, {@code lat_bending},
 * {@code axial_rotation}); the thorax is welded to L1, so the coupled levels are L5-S1 .. L1-L2, this
 * model's five. Only the ratios between the levels matter here (each coupled recruitment row is a
 * generalised force; scaling it changes nothing).
 *
 * <p>How read: flexion-extension and lateral bending from the model file's coupler constraints
 * (skeleton-only copy in the public repository mjhmilla/kinematicPassengerModel, file
 * {@code models/Christophy2012_axialRotationUpd_skeletonOnly.osim}, commit 5096f5537c26; model
 * file; docs/research/real-motion/COORDINATES.md). Axial rotation: that copy's axial coefficients
 * were renormalised by the repository's author, so the original ones are taken from the same
 * repository's README, which quotes them from {@code Lumbar_C_210.osim} with line numbers
 * (secondary quote of the model file; Fujii et al. 2007's segmental rotations in 45 deg of trunk
 * rotation, divided by 45 deg).
 */
final class Christophy2012LevelCoupling {
    private Christophy2012LevelCoupling() {
    }

    /** Flexion-extension coefficient per level, L5-S1 .. L1-L2 (rad per rad of {@code flex_extension}). */
    static final double[] FLEXION_EXTENSION = {0.125, 0.185, 0.204, 0.231, 0.255};
    /** Lateral-bending coefficient per level, L5-S1 .. L1-L2 (rad per rad of {@code lat_bending}). */
    static final double[] LATERAL_BENDING = {0.1356, 0.1811, 0.2453, 0.2501, 0.188};
    /** Axial-rotation coefficient per level, L5-S1 .. L1-L2 (rad per rad of {@code axial_rotation}). */
    static final double[] AXIAL_ROTATION = {0.03033, 0.037777777, 0.037777778, 0.031111111, 0.028888889};

    /**
     * @param axis 0 flexion (the recruitment's flexion row), 1 lateral bending, 2 axial rotation
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @return the coefficient
     */
    static double coefficient(int axis, int level) {
        return switch (axis) {
            case 0 -> FLEXION_EXTENSION[level];
            case 1 -> LATERAL_BENDING[level];
            default -> AXIAL_ROTATION[level];
        };
    }
}
