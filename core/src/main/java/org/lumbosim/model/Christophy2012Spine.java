package org.lumbosim.model;

/**
 * Neutral standing geometry of the lumbar spine: the centres of the intervertebral joints of the
 * OpenSim lumbar spine model of Christophy M, Faruk Senan NA, Lotz JC, O'Reilly OM (2012), "A
 * musculoskeletal model for the lumbar spine", Biomech Model Mechanobiol 11:19-34 (model
 * {@code Lumbar_C_210}, all coordinates at their defaults), read from the skeleton-only copy of the
 * model in the public repository mjhmilla/kinematicPassengerModel.
 *
 * <p>Frame: x anterior, y superior, origin at the L5-S1 joint centre, metres, for the model's
 * 1.70 m male. The line through consecutive joint centres is taken as each vertebra's long axis; the
 * lordosis these axes make between L5 and L1 is 37.3 deg, close to the 37.1 deg measured in
 * standing by Moon et al. (2018). The T12-L1 centre is not a joint of the source model (the thorax is
 * welded to L1): it is extrapolated along the L1 axis with the L2 spacing.
 */
public final class Christophy2012Spine {
    private Christophy2012Spine() {
    }

    /** Stature of the model's subject (m). */
    public static final double REFERENCE_STATURE_M = 1.70;

    /** Joint centres L5-S1, L4-L5, L3-L4, L2-L3, L1-L2, T12-L1: x (anterior, m). */
    static final double[] JOINT_X_M = {0.0, 0.0090, 0.0096, 0.0029, -0.0085, -0.0199};
    /** Joint centres L5-S1, L4-L5, L3-L4, L2-L3, L1-L2, T12-L1: y (superior, m). */
    static final double[] JOINT_Y_M = {0.0, 0.0321, 0.0653, 0.1004, 0.1292, 0.1580};
}
