package org.lumbosim.assessment;

import java.util.List;
import org.lumbosim.internal.Checks;

/**
 * A job's risk summary over one shift.
 *
 * @param tasks each task's grading
 * @param peakCompressionN largest L5-S1 compression of any task (N)
 * @param peakApShearN largest |AP shear| of any task (N)
 * @param cumulativeCompressionMNs compression integrated over the shift (MN·s)
 * @param cumulativeShearMNs |AP shear| integrated over the shift (MN·s)
 * @param doseKNh Mainz-Dortmund style daily dose {@code sqrt(Σ F² t)} (kN·h), compression weighted
 *     by its square (Jäger et al.; whole force counted, no threshold)
 * @param cumulativeDamage Miner sum of the fatigue damage of every repetition (dimensionless)
 */
public record JobAssessment(List<TaskAssessment> tasks, double peakCompressionN, double peakApShearN,
                            double cumulativeCompressionMNs, double cumulativeShearMNs, double doseKNh,
                            double cumulativeDamage) {
    /** Copies the list. */
    public JobAssessment {
        Checks.givenEach(tasks, "tasks");
        tasks = List.copyOf(tasks);
    }
}
