package org.lumbosim.result;

import java.util.List;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.PositionM;

/**
 * Whole-body equilibrium of a solution: the support reactions and how well gravity, hand loads,
 * inertia and the reactions balance (see {@link org.lumbosim.posture.Support} for the assumptions).
 *
 * @param reactions every contact's force, resting contacts as one resultant each, and the base
 *     resultant's twist about the vertical axis ({@link SupportReaction#twistNm()}): with gravity on the
 *     body's weight at its centre of mass, the hand loads and (in a motion) inertia they sum to zero, forces
 *     and moments (the residuals below); the thighs' pushes on a trunk or hands resting on them act between
 *     two parts of the body and are not among them
 * @param centreOfMassM the whole body's centre of mass (m, global frame)
 * @param bodyWeightN the body's weight (N)
 * @param forceResidualN magnitude of the sum of all forces on the body (N); about zero
 * @param momentResidualNm magnitude of the sum of all moments about the L5-S1 disc centre (N·m); about zero
 * @param baseResultant whether the lower contacts were reported as one resultant under the centre
 *     of mass because their fixed points could not hold the body with pushing forces (the lumbar
 *     loads do not depend on it)
 */
public record WholeBodyBalance(List<SupportReaction> reactions, PositionM centreOfMassM, double bodyWeightN,
                               double forceResidualN, double momentResidualNm, boolean baseResultant) {
    /** Copies the list. */
    public WholeBodyBalance {
        Checks.given(centreOfMassM, "centreOfMassM");
        Checks.givenEach(reactions, "reactions");
        reactions = List.copyOf(reactions);
    }

    /** @return the sum of the reactions' vertical components (N) */
    public double totalVerticalReactionN() {
        double s = 0;
        for (SupportReaction r : reactions) {
            s += r.forceYN();
        }
        return s;
    }
}
