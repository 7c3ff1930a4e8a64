package org.lumbosim.assessment;

import java.util.Optional;
import org.lumbosim.internal.Checks;
import org.lumbosim.result.AnalysisResult;

/**
 * How one task of a job grades.
 *
 * @param task the task
 * @param result the model's loads for it
 * @param compressionN L5-S1 compression (N)
 * @param apShearN L5-S1 anterior-posterior shear (N)
 * @param actionLimitRatio compression over the NIOSH (1981) action limit of 3400 N
 * @param maxPermissibleRatio compression over the NIOSH (1981) maximum permissible limit of 6400 N
 * @param shearLimitN the applicable Gallagher and Marras (2012) shear limit for this task's
 *     repetitions: 1000 N below 100 a day, else 700 N (the limit for 100-1000 a day, also applied above)
 * @param shearRatio |AP shear| over that limit
 * @param dortmundLimitN age- and sex-specific Dortmund (2001) compression limit (N; not verified)
 * @param dortmundRatio compression over the Dortmund limit
 * @param damagePerCycle fatigue damage of one repetition ({@link FatigueDamage})
 * @param dailyDamage damage per cycle times repetitions per day
 * @param cumulativeCompressionNs compression × seconds per repetition × repetitions (N·s)
 * @param cumulativeShearNs |AP shear| × seconds per repetition × repetitions (N·s)
 * @param niosh the revised NIOSH lifting equation, when the task is a lift
 */
public record TaskAssessment(JobTask task, AnalysisResult result, double compressionN, double apShearN,
                             double actionLimitRatio, double maxPermissibleRatio, double shearLimitN,
                             double shearRatio, double dortmundLimitN, double dortmundRatio, double damagePerCycle,
                             double dailyDamage, double cumulativeCompressionNs, double cumulativeShearNs,
                             Optional<NioshAssessment> niosh) {
    /** Checks that every object component is given. */
    public TaskAssessment {
        Checks.given(task, "task");
        Checks.given(result, "result");
        Checks.given(niosh, "niosh");
    }
}
