package org.lumbosim.assessment;

/** Quality of the hand-to-object coupling in the revised NIOSH lifting equation (Waters et al. 1993). */
public enum Coupling {
    /** Handles or cut-outs of optimal design. */
    GOOD,
    /** Sub-optimal handles, or a grip the hand can wrap about 90 degrees. */
    FAIR,
    /** Bulky, hard to grasp, or non-rigid objects. */
    POOR
}
