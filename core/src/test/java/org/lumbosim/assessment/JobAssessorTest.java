package org.lumbosim.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.DortmundRecommendations2001;

/** The job assessment adds up what its definitions say, task by task. */
class JobAssessorTest {

    private static final LumbarModel MODEL = LumbarModel.of(new Subject(Sex.FEMALE, 1.65, 62, 44));

    @Test
    void totalsAreSumsOverTasksAndPeaksAreMaxima() {
        List<ExternalLoad> box = List.of(HandLoad.ofMassKg(10));
        JobTask lift = new JobTask("lift", PosturePreset.LIFT_BENT_KNEES.posture(), box, 100, 2, Optional.empty());
        JobTask stand = new JobTask("stand", Posture.uprightStanding(), List.of(), 1, 3600, Optional.empty());
        JobAssessment a = JobAssessor.assess(MODEL, List.of(lift, stand), FatigueDamage.DEFAULT_UCT_N);
        double cLift = Lumbosim.analyze(MODEL, lift.posture(), box).l5s1().compressionN();
        double cStand = Lumbosim.analyze(MODEL, stand.posture(), List.of()).l5s1().compressionN();
        assertEquals(Math.max(cLift, cStand), a.peakCompressionN(), 1e-9);
        assertEquals((cLift * 200 + cStand * 3600) / 1e6, a.cumulativeCompressionMNs(), 1e-12);
        double dose = Math.sqrt(8 * (Math.pow(cLift / 1000, 2) * 200 / 3600 + Math.pow(cStand / 1000, 2) * 1));
        assertEquals(dose, a.doseKNh(), 1e-12, "sqrt(8 h × Σ F² t) in kN·h");
        double damage = 100 * FatigueDamage.damagePerCycle(cLift, 6000) + FatigueDamage.damagePerCycle(cStand, 6000);
        assertEquals(damage, a.cumulativeDamage(), 1e-15);
        TaskAssessment t = a.tasks().get(0);
        assertEquals(cLift / 3400, t.actionLimitRatio(), 1e-12);
        assertEquals(700, t.shearLimitN(), "100 repetitions a day is frequent loading");
        assertEquals(1000, a.tasks().get(1).shearLimitN(), "one a day is occasional loading");
        assertEquals(DortmundRecommendations2001.compressionLimitN(Sex.FEMALE, 44), t.dortmundLimitN());
        assertEquals(3200, t.dortmundLimitN(), "women in their forties: the 40-year row");
    }

    @Test
    void tasksLoadingTheSpineForMoreThanADayAreRefused() {
        // newcomer pass (ninth session): 100,000 repetitions of 100 s were graded as 2,778 h of loading a day
        JobTask day = new JobTask("all day", Posture.uprightStanding(), List.of(), 2, 43200, Optional.empty());
        assertEquals(86400, JobAssessor.dailyLoadingS(List.of(day)), 0);
        assertEquals(86400, day.dailyLoadingS(), 0);
        JobAssessor.assess(MODEL, List.of(day), FatigueDamage.DEFAULT_UCT_N); // exactly a day: graded
        JobTask more = new JobTask("one more second", Posture.uprightStanding(), List.of(), 1, 1, Optional.empty());
        ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                () -> JobAssessor.assess(MODEL, List.of(day, more), FatigueDamage.DEFAULT_UCT_N));
        assertTrue(e.getMessage().contains("repetitionsPerDay") && e.getMessage().contains("86401")
                && e.getMessage().contains("86400"), e.getMessage());
    }

    @Test
    void damageGrowsWithCompressionAndIsOneCycleAtTheTolerance() {
        double previous = 0;
        for (double c = 0; c <= 6000; c += 500) {
            double d = FatigueDamage.damagePerCycle(c, 6000);
            assertTrue(d > previous, "damage must grow with compression, at " + c + " N");
            previous = d;
        }
        assertEquals(Math.exp(16.2) / 902416, FatigueDamage.damagePerCycle(6000, 6000), 1e-12,
                "at 100 % of the tolerance about one cycle to failure");
    }

    /**
     * Found by the fourteenth session's physics hunt (docs/tests.md, Known findings 14, left open there): a cycle's
     * damage near {@link FatigueDamage#maxCompressionN} is near the largest double divided by the law's constant, so
     * one task's day stays a number, but a job of a few dozen such tasks summed to Infinity. Now the repetitions that
     * would make the sum Infinity are refused by name with the range the tasks before them allow.
     */
    @Test
    void aJobWhoseDamageWouldNotBeANumberIsRefusedByTheRepetitions() {
        double c = Lumbosim.analyze(MODEL, Posture.uprightStanding(), List.of()).l5s1().compressionN();
        double uct = c / (0.99999 * FatigueDamage.maxCompressionN(1));
        JobTask task = new JobTask("near the bound", Posture.uprightStanding(), List.of(), 100000, 0.01,
                Optional.empty());
        double one = JobAssessor.assess(MODEL, List.of(task), uct).cumulativeDamage();
        assertTrue(Double.isFinite(one) && one > 1e305, "one task: " + one);
        int fit = (int) (Double.MAX_VALUE / one);
        assertTrue(Double.isFinite(JobAssessor.assess(MODEL, java.util.Collections.nCopies(fit, task), uct)
                .cumulativeDamage()), fit + " tasks fit");
        ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                () -> JobAssessor.assess(MODEL, java.util.Collections.nCopies(fit + 1, task), uct));
        assertTrue(e.getMessage().contains("repetitionsPerDay"), e.getMessage());
    }
}
