package org.lumbosim;

import java.util.OptionalDouble;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * The muscles cannot balance the net moment at a level, even at their maximum stress: the task is
 * beyond the modelled person's strength (or outside what the muscle model can represent).
 *
 * <p>Names the level and the axis that cannot be balanced and the size of the unbalanced moment,
 * and how strong the muscles would have to be: the least largest muscle stress with which the same
 * moments balance (the min-max stress of the task with the strength bound lifted), or none if no
 * stress up to {@link #STRESS_SEARCH_LIMIT_MPA} was found to balance them.
 */
public final class InfeasibleRecruitmentException extends LumbosimException {
    private static final long serialVersionUID = 1L;

    /**
     * Largest muscle stress searched for {@link #requiredMuscleStressMPa()} (MPa): 100 MPa, over 150
     * times the published largest stress; a task that needs more is out of reach of any strength.
     */
    public static final double STRESS_SEARCH_LIMIT_MPA = 100;

    private final SpinalLevel level;
    private final String axis;
    private final double unbalancedMomentNm;
    private final double requiredMuscleStressMPa;
    private final double allowedMuscleStressMPa;

    /**
     * Creates the exception.
     *
     * @param level the level whose balance fails
     * @param axis {@code "flexion-extension"}, {@code "lateral bending"} or {@code "axial rotation"}
     * @param unbalancedMomentNm moment left unbalanced with every muscle at its bound (N·m)
     * @param requiredMuscleStressMPa least largest muscle stress that balances the task (MPa), or
     *     empty if none up to {@link #STRESS_SEARCH_LIMIT_MPA} was found (proved infeasible, or the
     *     search did not converge)
     * @param allowedMuscleStressMPa the largest stress the model allows (MPa)
     * @param context a short description of the task (posture and load)
     * @throws IllegalArgumentException naming a null argument
     */
    public InfeasibleRecruitmentException(SpinalLevel level, String axis, double unbalancedMomentNm,
                                          OptionalDouble requiredMuscleStressMPa, double allowedMuscleStressMPa,
                                          String context) {
        super("muscle recruitment fails at " + Checks.present(level, "level").label() + " about the "
                + Checks.present(axis, "axis") + " axis: " + RangeText.number(unbalancedMomentNm)
                + " N·m cannot be balanced with every muscle between zero and its maximum force; "
                + (Checks.present(requiredMuscleStressMPa, "requiredMuscleStressMPa").isPresent()
                        ? "the muscles would need a largest stress of "
                                + RangeText.number(requiredMuscleStressMPa.getAsDouble()) + " MPa (allowed "
                                + RangeText.number(allowedMuscleStressMPa) + " MPa)"
                        : "no muscle stress up to " + RangeText.number(STRESS_SEARCH_LIMIT_MPA)
                                + " MPa was found to balance it")
                + " (" + Checks.present(context, "context") + ")");
        this.level = level;
        this.axis = axis;
        this.unbalancedMomentNm = unbalancedMomentNm;
        this.requiredMuscleStressMPa = requiredMuscleStressMPa.orElse(-1);
        this.allowedMuscleStressMPa = allowedMuscleStressMPa;
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

    /**
     * @return the least largest muscle stress with which the muscles balance the task (MPa), above
     *     {@link #allowedMuscleStressMPa()}; empty if none up to {@link #STRESS_SEARCH_LIMIT_MPA} was found
     *     (the task is then proved out of reach of any such strength, or the search did not converge)
     */
    public OptionalDouble requiredMuscleStressMPa() {
        return requiredMuscleStressMPa < 0 ? OptionalDouble.empty() : OptionalDouble.of(requiredMuscleStressMPa);
    }

    /** @return the largest muscle stress the model allows (MPa) */
    public double allowedMuscleStressMPa() {
        return allowedMuscleStressMPa;
    }
}
