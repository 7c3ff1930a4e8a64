package org.lumbosim;

import org.lumbosim.model.SpinalLevel;

/**
 * The muscles cannot balance the net moment at a level, even at their maximum stress: the task is
 * beyond the modelled person's strength (or outside what the muscle model can represent).
 *
 * <p>Names the level and the axis that cannot be balanced and the size of the unbalanced moment.
 */
public final class InfeasibleRecruitmentException extends LumbosimException {
    private static final long serialVersionUID = 1L;

    private final SpinalLevel level;
    private final String axis;
    private final double unbalancedMomentNm;

    /**
     * Creates the exception.
     *
     * @param level the level whose balance fails
     * @param axis {@code "flexion-extension"}, {@code "lateral bending"} or {@code "axial rotation"}
     * @param unbalancedMomentNm moment left unbalanced with every muscle at its bound (N·m)
     * @param context a short description of the task (posture and load)
     */
    public InfeasibleRecruitmentException(SpinalLevel level, String axis, double unbalancedMomentNm, String context) {
        super("infeasible muscle recruitment at " + level.label() + " about the " + axis + " axis: "
                + unbalancedMomentNm + " Nm cannot be balanced with every muscle between zero and its maximum"
                + " force (" + context + ")");
        this.level = level;
        this.axis = axis;
        this.unbalancedMomentNm = unbalancedMomentNm;
    }

    /** @return the level whose moment balance fails */
    public SpinalLevel level() {
        return level;
    }

    /** @return the axis that cannot be balanced */
    public String axis() {
        return axis;
    }

    /** @return the moment left unbalanced (N·m) */
    public double unbalancedMomentNm() {
        return unbalancedMomentNm;
    }
}
