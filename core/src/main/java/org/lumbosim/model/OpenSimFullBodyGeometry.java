package org.lumbosim.model;

/**
 * Positions of the hip and shoulder joint centres relative to the lumbosacral joint, from the
 * generic OpenSim full-body model of Hamner SR, Seth A, Delp SL (2010), "Muscle contributions to
 * propulsion and support during running", J Biomech 43:2709-2716 (lower limbs and pelvis from Delp
 * et al. 1990, "gait2392"; arms from Holzbaur et al. 2005), generic subject 1.80 m.
 *
 * <p>In the model's pelvis frame the back (lumbosacral) joint is at (-0.1007, 0.0815, 0) m and the
 * right hip at (-0.0707, -0.0661, 0.0835) m; in the torso frame (origin at the back joint) the right
 * shoulder is at (0.003155, 0.3715, 0.17) m. The constants below are those differences: x anterior,
 * y superior, z right, origin at L5-S1, neutral standing (pelvis tilt 0).
 */
public final class OpenSimFullBodyGeometry {
    private OpenSimFullBodyGeometry() {
    }

    /** Stature of the generic model (m). */
    public static final double REFERENCE_STATURE_M = 1.80;

    /** Hip joint centre, anterior of L5-S1 (m): -0.0707 - (-0.1007). */
    public static final double HIP_X_M = 0.0300;
    /** Hip joint centre, above L5-S1 (m, negative = below): -0.0661 - 0.0815. */
    public static final double HIP_Y_M = -0.1476;
    /** Hip joint centre, lateral offset of each side (m). */
    public static final double HIP_HALF_WIDTH_M = 0.0835;

    /** Shoulder joint centre, anterior of L5-S1 in the torso frame (m). */
    public static final double SHOULDER_X_M = 0.003155;
    /** Shoulder joint centre, above L5-S1 in the torso frame (m). */
    public static final double SHOULDER_Y_M = 0.3715;
    /** Shoulder joint centre, lateral offset of each side (m). */
    public static final double SHOULDER_HALF_WIDTH_M = 0.17;
}
