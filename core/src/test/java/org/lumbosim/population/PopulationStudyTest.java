package org.lumbosim.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.posture.Posture;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/** Population studies are reproducible, independent of the thread count, and agree with single solves. */
class PopulationStudyTest {

    private static final PopulationDistribution ADULTS = new PopulationDistribution(0.5,
            new SexDistribution(1.74, 0.077, Math.log(86), 0.23, 0.45),
            new SexDistribution(1.61, 0.070, Math.log(74), 0.26, 0.30), 20, 65);
    private static final Posture TASK = Posture.standingFlexed(40);
    private static final List<HandLoad> LOAD = List.of(HandLoad.ofMassKg(10));

    @Test
    void sameSeedSameResultWhateverTheThreads() {
        PopulationResult one = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 7, 1).run(TASK, LOAD, 3000);
        PopulationResult four = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 7, 4).run(TASK, LOAD, 3000);
        assertEquals(one, four, "results must not depend on the number of threads");
        PopulationResult other = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 8, 4).run(TASK, LOAD, 3000);
        assertTrue(other.compressionP50N() != one.compressionP50N(), "another seed draws other people");
    }

    @Test
    void issue15_progressCountsEveryBlockAndLeavesTheResultUnchanged() {
        PopulationStudy study = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 7, 2);
        java.util.Queue<Long> reports = new java.util.concurrent.ConcurrentLinkedQueue<>();
        PopulationResult withProgress = study.run(TASK, LOAD, 3000, reports::add);
        assertEquals(study.run(TASK, LOAD, 3000), withProgress);
        assertEquals(3, reports.size(), "one report per block of " + PopulationStudy.BLOCK + " people");
        assertEquals(3000L, reports.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertEquals(3, java.util.Set.copyOf(reports).size(), "running totals, each a different count: " + reports);
    }

    @Test
    void percentilesAreOrderedAndPeopleMatchSingleSolves() {
        PopulationStudy study = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 3, 2);
        PopulationResult r = study.run(TASK, LOAD, 2000);
        assertEquals(2000, r.people());
        assertTrue(r.compressionP5N() < r.compressionP50N() && r.compressionP50N() < r.compressionP95N(), r.toString());
        assertTrue(r.apShearP5N() <= r.apShearP50N() && r.apShearP50N() <= r.apShearP95N(), r.toString());
        // the median lies between the loads of a small light person and a tall heavy one
        double small = Lumbosim.analyze(new Subject(org.lumbosim.anthropometry.Sex.FEMALE, 1.5, 50, 40), TASK, LOAD)
                .l5s1().compressionN();
        double big = Lumbosim.analyze(new Subject(org.lumbosim.anthropometry.Sex.MALE, 1.9, 110, 40), TASK, LOAD)
                .l5s1().compressionN();
        assertTrue(small < r.compressionP50N() && r.compressionP50N() < big,
                "median " + r.compressionP50N() + " outside [" + small + ", " + big + "]");
        // person(i) is reproducible and solving it alone gives what the study used
        Subject p = study.person(1234);
        assertEquals(p, study.person(1234));
        assertTrue(p.statureM() >= Subject.MIN_STATURE_M && p.bodyMassKg() >= Subject.MIN_BODY_MASS_KG);
        LumbarModel m = LumbarModel.of(p);
        assertTrue(Lumbosim.analyze(m, TASK, LOAD).l5s1().compressionN() > 0);
    }

    @Test
    void everyPersonIsSolvedWithTheStudysRecruitmentSettings() {
        PopulationStudy squared = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 4, 1);
        assertEquals(RecruitmentSolver.defaults(), squared.solver());
        RecruitmentSolver minMax = RecruitmentSolver.defaults().withCriterion(RecruitmentCriterion.MIN_MAX);
        PopulationStudy study = squared.withSolver(minMax);
        assertEquals(minMax, study.solver());
        Posture twisted = new Posture(30, 20, 10, 15, 10, 0, 0, 0, 0, java.util.Set.of(org.lumbosim.posture.Support.FEET));
        PopulationResult one = study.run(twisted, LOAD, 1);
        LumbarModel alone = LumbarModel.of(study.person(0)).withSolver(minMax);
        org.lumbosim.result.AnalysisResult expected = Lumbosim.analyze(alone, twisted, LOAD);
        assertEquals(expected.l5s1().compressionN(), one.compressionP50N(), "one person: the study's loads are the single solve's");
        assertEquals(expected.l5s1().apShearN(), one.apShearP50N());
        double squaredN = squared.run(twisted, LOAD, 1).compressionP50N();
        assertTrue(squaredN != one.compressionP50N(), "the criterion reaches the solve: " + squaredN);
    }

    @Test
    void issue15_peopleWhoseSupportsCannotHoldThePostureAreNotSolved() {
        // standing held only at the shoulders: Lumbosim.analyze refuses it (UnsupportedPostureException)
        Posture hanging = new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, java.util.Set.of(org.lumbosim.posture.Support.SHOULDERS));
        org.junit.jupiter.api.Assertions.assertThrows(org.lumbosim.UnsupportedPostureException.class,
                () -> Lumbosim.analyze(Subject.defaultSubject(), hanging, List.of()));
        PopulationResult r = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 5, 2).run(hanging, List.of(), 50);
        assertEquals(0, r.solved(), "population and analyze must agree: nobody is solved");
        assertEquals(1.0, r.shareInfeasible());
        assertTrue(r.outputs().isEmpty());
    }

    @Test
    void drawsFollowTheDistribution() {
        PopulationStudy study = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 11, 1);
        int n = 20000;
        int men = 0;
        double sumStature = 0;
        double sumSq = 0;
        int menCount = 0;
        for (int i = 0; i < n; i++) {
            Subject s = study.person(i);
            if (s.sex() == org.lumbosim.anthropometry.Sex.MALE) {
                men++;
                sumStature += s.statureM();
                sumSq += s.statureM() * s.statureM();
                menCount++;
            }
        }
        double mean = sumStature / menCount;
        double sd = Math.sqrt(sumSq / menCount - mean * mean);
        assertEquals(0.5, men / (double) n, 0.02, "share of men");
        assertEquals(1.74, mean, 0.003, "men's mean stature");
        assertEquals(0.077, sd, 0.003, "men's stature SD");
    }

    @Test
    void issue13_overloadedPeopleGetLoadsAndAreCounted() {
        Posture lift = org.lumbosim.posture.PosturePreset.LIFT_ROUND_BACK.posture();
        List<HandLoad> load = List.of(HandLoad.ofMassKg(40));
        ConstantVariation weak = new ConstantVariation(java.util.Map.of(
                org.lumbosim.model.TissueParameters.TissueParameter.MAX_MUSCLE_STRESS, new ConstantVariation.Uniform(0.3, 1.0)));
        PopulationStudy fail = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 1, 2, weak);
        PopulationStudy report = fail.withOverloadPolicy(org.lumbosim.model.OverloadPolicy.REPORT);
        PopulationResult f = fail.run(lift, load, 3000);
        PopulationResult r = report.run(lift, load, 3000);
        System.out.printf("PopulationStudyTest: FAIL solved %d of %d; REPORT solved %d, overloaded %d (%.2f %%), "
                        + "p95 L5-S1 %.0f N vs %.0f N%n", f.solved(), f.people(), r.solved(), r.overloaded(),
                100 * r.shareOverloaded(), r.compressionP95N(), f.compressionP95N());
        assertThat(f.overloaded()).isZero();
        assertThat(f.solved()).isLessThan(3000);
        assertThat(r.overloaded()).isPositive();
        assertThat(r.solved()).isEqualTo(3000);
        assertThat(r.solved() - r.overloaded()).isEqualTo(f.solved());
        assertThat(r.shareInfeasible()).isZero();
        assertThat(r.shareOverloaded()).isEqualTo(r.overloaded() / 3000.0);
        PopulationResult oneThread = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 1, 1, weak,
                org.lumbosim.model.OverloadPolicy.REPORT).run(lift, load, 3000);
        assertThat(oneThread).isEqualTo(r);
    }
}
