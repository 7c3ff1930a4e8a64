package org.lumbosim.assessment;

import java.util.ArrayList;
import java.util.List;
import org.lumbosim.Lumbosim;
import org.lumbosim.internal.Checks;
import org.lumbosim.internal.Units;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.reference.DortmundRecommendations2001;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.result.AnalysisResult;

/**
 * Grades a job (tasks with postures, loads and repetitions) for the model's subject: peak and
 * cumulative L5-S1 loads, the limits each task exceeds and by how much, fatigue damage and, for
 * lifts, the revised NIOSH lifting equation.
 */
public final class JobAssessor {
    private JobAssessor() {
    }

    /** Reference shift of the Mainz-Dortmund daily dose (h): {@code D = sqrt(8 h × Σ F² t)}. */
    public static final double DOSE_REFERENCE_HOURS = 8;

    /** Name of the tasks' total daily loading time in messages. */
    private static final String DAILY_LOADING = "daily loading time (sum over the tasks of repetitionsPerDay"
            + " x secondsPerRepetition)";

    /**
     * @param tasks a job's tasks
     * @return how long they load the spine in a day together: the sum of {@link JobTask#dailyLoadingS} (s)
     */
    public static double dailyLoadingS(List<JobTask> tasks) {
        Checks.given(tasks, "tasks", "the job's tasks are needed");
        double s = 0;
        for (JobTask t : tasks) {
            s += t.dailyLoadingS();
        }
        return s;
    }

    /** Repetitions per day from which the frequent-loading shear limit applies (Gallagher and Marras 2012). */
    public static final double FREQUENT_SHEAR_REPETITIONS_PER_DAY = 100;

    /**
     * @param model the subject's model (not modified)
     * @param tasks the job's tasks (not modified)
     * @param uctN ultimate compressive tolerance for the fatigue damage (N); see {@link FatigueDamage#DEFAULT_UCT_N}
     * @return the grading
     * @throws org.lumbosim.InfeasibleRecruitmentException if a task cannot be balanced
     * @throws org.lumbosim.ParameterOutOfRangeException naming {@code repetitionsPerDay} if a task's repetitions would
     *     make the day's fatigue damage larger than the largest double (a compression near
     *     {@link FatigueDamage#maxCompressionN}); the range given is what that task's compression and the tasks
     *     before it allow
     * @throws org.lumbosim.ParameterOutOfRangeException naming {@code ageYears} if the subject is younger than
     *     the Dortmund table's first row ({@link DortmundRecommendations2001#MIN_AGE_YEARS}), before any task
     *     is solved: every task is graded against that limit
     * @throws org.lumbosim.ParameterOutOfRangeException if the tasks together load the spine for longer
     *     than a day ({@link #dailyLoadingS}, more than {@link JobTask#SECONDS_PER_DAY})
     */
    public static JobAssessment assess(LumbarModel model, List<JobTask> tasks, double uctN) {
        Checks.given(model, "model", "a lumbar model is needed (LumbarModel.of(subject))");
        // before any task is solved (with no task, a NaN tolerance was accepted)
        Checks.inRange("uctN", uctN, FatigueDamage.MIN_UCT_N, FatigueDamage.MAX_UCT_N, "N");
        Checks.inRange(DAILY_LOADING, dailyLoadingS(tasks), 0, JobTask.SECONDS_PER_DAY, "s");
        List<TaskAssessment> out = new ArrayList<>();
        double peakC = 0;
        double peakS = 0;
        double cumC = 0;
        double cumS = 0;
        double dose = 0;
        double damage = 0;
        double dortmund = DortmundRecommendations2001.compressionLimitN(model.subject().sex(), model.subject().ageYears());
        for (JobTask t : tasks) {
            AnalysisResult r = Lumbosim.analyze(model, t.posture(), t.loads());
            double c = r.l5s1().compressionN();
            double s = r.l5s1().apShearN();
            double exposureS = t.secondsPerRepetition() * t.repetitionsPerDay();
            double shearLimit = t.repetitionsPerDay() < FREQUENT_SHEAR_REPETITIONS_PER_DAY
                    ? OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N
                    : OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_FREQUENT_N;
            double dpc = FatigueDamage.damagePerCycle(Math.max(c, 0), uctN);
            // the day's damage must stay a number: at a compression near FatigueDamage.maxCompressionN a cycle's
            // damage is near the largest double, and its repetitions (or the tasks before it) would make it Infinity
            Checks.inRange("repetitionsPerDay", t.repetitionsPerDay(), 0, (Double.MAX_VALUE - damage) / dpc, "1/day");
            TaskAssessment a = new TaskAssessment(t, r, c, s,
                    c / OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N,
                    c / OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N,
                    shearLimit, Math.abs(s) / shearLimit, dortmund, c / dortmund, dpc,
                    dpc * t.repetitionsPerDay(), c * exposureS, Math.abs(s) * exposureS,
                    t.lifting().map(RevisedNioshLiftingEquation::assess));
            out.add(a);
            peakC = Math.max(peakC, c);
            peakS = Math.max(peakS, Math.abs(s));
            cumC += a.cumulativeCompressionNs();
            cumS += a.cumulativeShearNs();
            double kN = Math.max(c, 0) / Units.N_PER_KN;
            dose += kN * kN * exposureS / Units.S_PER_H;
            damage += a.dailyDamage();
        }
        return new JobAssessment(out, peakC, peakS, cumC / Units.N_PER_MN, cumS / Units.N_PER_MN, Math.sqrt(DOSE_REFERENCE_HOURS * dose), damage);
    }
}
