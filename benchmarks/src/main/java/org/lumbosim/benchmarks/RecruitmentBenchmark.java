package org.lumbosim.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;
import org.lumbosim.solver.ReferenceSolvers;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The recruitment problem alone (15 rows; 40 single-equivalent or 210 multi-fascicle muscles), taken
 * from the model at random stooped postures with random hand loads (fixed seed). Our dual Newton
 * solver cold (warm start reset before each solve) and warm (a sequence of similar postures), and,
 * on the very same problems, ojAlgo's convex QP and Commons Math's simplex for min-max.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecruitmentBenchmark {
    /** Problems per set. */
    private static final int PROBLEMS = 32;

    @Param({"SINGLE_EQUIVALENT", "MULTI_FASCICLE"})
    public String muscleModel;

    private QpWorkspace[] random;
    private QpWorkspace[] sequence;
    private QpWorkspace seqWork;
    private final RecruitmentSolver squared = RecruitmentSolver.defaults();
    private final RecruitmentSolver minMax = RecruitmentSolver.defaults().withCriterion(RecruitmentCriterion.MIN_MAX);
    private int next;
    /** The random problems that Commons Math's simplex solves: the set of both min-max benchmarks. */
    private QpWorkspace[] minMaxSet;
    private int nextMinMax;

    /**
     * Builds the problem sets.
     *
     * @param params which benchmark runs (the min-max set is only made for the min-max benchmarks)
     */
    @Setup
    public void setup(BenchmarkParams params) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.valueOf(muscleModel));
        Workspace ws = model.newWorkspace();
        Random rnd = new Random(42);
        List<QpWorkspace> r = new ArrayList<>();
        while (r.size() < PROBLEMS) {
            double deg = 60 * rnd.nextDouble();
            double kg = 10 * rnd.nextDouble();
            model.solve(Posture.standingFlexed(deg), List.<ExternalLoad>of(HandLoad.ofMassKg(kg)), ws);
            if (ws.status() == QpStatus.OK) {
                r.add(ws.recruitmentProblemCopy());
            }
        }
        random = r.toArray(new QpWorkspace[0]);
        List<QpWorkspace> lp = new ArrayList<>();
        // the simplex takes ~0.1 s per 210-muscle problem: sort the set out only for the min-max benchmarks
        for (QpWorkspace p : params.getBenchmark().contains("MinMax") ? random : new QpWorkspace[0]) {
            try {
                ReferenceSolvers.commonsMathMinMaxStressPa(p.copyProblem());
                lp.add(p);
            } catch (NoFeasibleSolutionException e) {
                // Commons Math's phase 1 gives up on a few 210-muscle problems that are feasible
                // (ours and ojAlgo solve them): left out of both min-max benchmarks so they time the same problems
            }
        }
        minMaxSet = lp.toArray(new QpWorkspace[0]);
        for (QpWorkspace p : random) {
            // each problem's dual variables become its own solution: the state recruitmentSquaredAlreadySolved needs
            squared.solve(p);
        }
        List<QpWorkspace> s = new ArrayList<>();
        for (int i = 0; i < PROBLEMS; i++) {
            model.solve(Posture.standingFlexed(30 + 0.1 * i), List.<ExternalLoad>of(HandLoad.ofMassKg(5)), ws);
            if (ws.status() != QpStatus.OK) {
                throw new IllegalStateException("sequence problem " + i + " is " + ws.status());
            }
            s.add(ws.recruitmentProblemCopy());
        }
        sequence = s.toArray(new QpWorkspace[0]);
        seqWork = sequence[0].copyProblem();
        next = 0;
    }

    private QpWorkspace nextMinMax() {
        QpWorkspace p = minMaxSet[nextMinMax];
        nextMinMax = nextMinMax + 1 == minMaxSet.length ? 0 : nextMinMax + 1;
        return p;
    }

    private QpWorkspace nextRandom() {
        QpWorkspace p = random[next];
        next = next + 1 == random.length ? 0 : next + 1;
        return p;
    }

    /** Reference cost: picking the next problem and handing it to the blackhole. */
    @Benchmark
    public void baseline(Blackhole bh) {
        bh.consume(nextRandom());
    }

    /** Squared stress, warm start reset before every solve. */
    @Benchmark
    public void recruitmentSquaredCold(Blackhole bh) {
        QpWorkspace p = nextRandom();
        p.resetWarmStart();
        bh.consume(squared.solve(p));
        bh.consume(p.force(0));
    }

    /**
     * The least any solve costs: each problem re-solved from its own solution, so the solver does one
     * dual evaluation (one pass over the coefficients), finds the balance within tolerance and stops
     * after 0 Newton iterations. A lower bound for the warm and cold benchmarks on this machine.
     */
    @Benchmark
    public void recruitmentSquaredAlreadySolved(Blackhole bh) {
        QpWorkspace p = nextRandom();
        bh.consume(squared.solve(p));
        bh.consume(p.force(0));
    }

    /**
     * After the already-solved benchmark, prints the work per solve that turns its time into the cold
     * and warm ones: Newton iterations and dual evaluations, cold (the random set) and warm (the
     * sequence), and of a cold min-max solve (all its bisection trials), counted on fresh copies so
     * the timing runs are not disturbed.
     *
     * @param params which benchmark ran
     */
    @TearDown
    public void reportWorkPerSolve(BenchmarkParams params) {
        if (!params.getBenchmark().endsWith("recruitmentSquaredAlreadySolved")) {
            return;
        }
        double[] cold = coldWork(squared);
        QpWorkspace w = sequence[0].copyProblem();
        squared.solve(w);
        long wIts = 0;
        long wEvals = w.dualEvaluations();
        for (int i = 1; i < sequence.length; i++) {
            copyInto(sequence[i], w);
            squared.solve(w);
            wIts += w.iterations();
        }
        wEvals = w.dualEvaluations() - wEvals;
        double[] minMaxCold = coldWork(minMax);
        System.out.printf("%nwork per solve (%s, squared stress): cold %.2f Newton iterations, %.2f dual evaluations;"
                        + " warm %.2f iterations, %.2f dual evaluations%n", muscleModel, cold[0], cold[1],
                wIts / (double) (sequence.length - 1), wEvals / (double) (sequence.length - 1));
        System.out.printf("work per solve (%s, min-max, cold): %.1f Newton iterations, %.1f dual evaluations%n",
                muscleModel, minMaxCold[0], minMaxCold[1]);
    }

    /** Mean Newton iterations and dual evaluations of a cold solve over fresh copies of the random set. */
    private double[] coldWork(RecruitmentSolver solver) {
        long its = 0;
        long evals = 0;
        for (QpWorkspace p : random) {
            QpWorkspace c = p.copyProblem();
            solver.solve(c);
            its += c.iterations();
            evals += c.dualEvaluations();
        }
        return new double[] {its / (double) random.length, evals / (double) random.length};
    }

    /** Copies the coefficients and right-hand side of {@code src} into {@code dst} (same sizes), keeping dst's warm start. */
    private static void copyInto(QpWorkspace src, QpWorkspace dst) {
        for (int j = 0; j < src.rows(); j++) {
            for (int k = 0; k < src.cols(); k++) {
                dst.setA(j, k, src.getA(j, k));
            }
            dst.setB(j, src.getB(j));
        }
    }

    /** Reference cost of the warm benchmark: copying the next problem of the sequence into the solve workspace. */
    @Benchmark
    public void baselineWarmCopy(Blackhole bh) {
        bh.consume(loadNextOfSequence());
    }

    /**
     * Squared stress on a sequence of similar postures (trunk flexion 30-33.1 deg, 5 kg), each
     * warm-started from the previous one's dual variables; includes the copy of {@link #baselineWarmCopy}.
     */
    @Benchmark
    public void recruitmentSquaredWarm(Blackhole bh) {
        QpWorkspace p = loadNextOfSequence();
        bh.consume(squared.solve(p));
        bh.consume(p.force(0));
    }

    private QpWorkspace loadNextOfSequence() {
        QpWorkspace src = sequence[next];
        next = next + 1 == sequence.length ? 0 : next + 1;
        copyInto(src, seqWork);
        return seqWork;
    }

    /** Min-max stress (bisection on the stress bound), warm start reset before every solve. */
    @Benchmark
    public void recruitmentMinMaxCold(Blackhole bh) {
        QpWorkspace p = nextMinMax();
        p.resetWarmStart();
        bh.consume(minMax.solve(p));
        bh.consume(p.force(0));
    }

    /** The same squared-stress problems with ojAlgo's ExpressionsBasedModel (default options), model built per solve. */
    @Benchmark
    public void recruitmentSquaredOjAlgo(Blackhole bh) {
        bh.consume(ReferenceSolvers.ojAlgoSquaredStress(nextRandom()));
    }

    /** The same min-max problems as an LP with Commons Math's SimplexSolver. */
    @Benchmark
    public void recruitmentMinMaxCommonsMath(Blackhole bh) {
        bh.consume(ReferenceSolvers.commonsMathMinMaxStressPa(nextMinMax()));
    }
}
