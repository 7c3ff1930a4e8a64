package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.population.PopulationStudy;
import org.lumbosim.population.Populations;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.sweep.Sweep;
import org.lumbosim.sweep.SweepPoints;
import org.lumbosim.sweep.SweepTable;

/**
 * Fifteenth session (API review): {@link ThreadSafetyTest} shares one single-equivalent {@link LumbarModel}
 * between threads; this shares every other object the README's tour hands a caller, each used from 4 threads at
 * once exactly as a caller would use it alone, and asks for bitwise the single-threaded outcome
 * ({@code double ==} through the records' and lists' {@code equals}, exception messages included): a
 * multi-fascicle model through the facade (24 seeded random tasks of {@link TestArbitraries}), one
 * {@link Sweep} engine (each thread its own workspace and table), {@link MotionAnalysis} on one model, one
 * {@link DiurnalDisc}, and one {@link PopulationStudy} run by every thread (its own pool inside).
 */
class SharedApiThreadSafetyTest {
    private static final int THREADS = 4;
    private static final long SEED = 20261208L;
    private static final LumbarModel MULTI = LumbarModel.of(Subject.defaultSubject())
            .withMuscleModel(MuscleModelKind.MULTI_FASCICLE);

    /** Every job, run once alone and then by {@link #THREADS} threads at once: all must equal the lone run. */
    @Test
    void sharedObjectsGiveBitwiseTheSingleThreadedResults() throws Exception {
        List<Callable<Object>> jobs = List.of(SharedApiThreadSafetyTest::facadeMultiFascicle,
                SharedApiThreadSafetyTest::sweep, SharedApiThreadSafetyTest::motion, SharedApiThreadSafetyTest::day,
                SharedApiThreadSafetyTest::population);
        List<Object> alone = new ArrayList<>();
        for (Callable<Object> j : jobs) {
            alone.add(j.call());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<List<Future<Object>>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Future<Object>> mine = new ArrayList<>();
                for (Callable<Object> j : jobs) {
                    mine.add(pool.submit(j));
                }
                runs.add(mine);
            }
            for (int t = 0; t < THREADS; t++) {
                for (int j = 0; j < jobs.size(); j++) {
                    assertThat(runs.get(t).get(j).get(5, TimeUnit.MINUTES))
                            .as("thread %s, job %s: bitwise the single-threaded outcome", t, j).isEqualTo(alone.get(j));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One shared multi-fascicle model through the facade: loads and muscles, or the refusal's message. */
    private static Object facadeMultiFascicle() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Posture p = TestArbitraries.posture(rnd);
            List<HandLoad> loads = TestArbitraries.loadList(rnd);
            try {
                out.add(Lumbosim.analyze(MULTI, p, loads));
            } catch (LumbosimException e) {
                out.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** One shared sweep engine, each thread with its own workspace and table: every row's numbers. */
    private static final Sweep SWEEP = Sweep.warmStarted(MULTI);

    private static Object sweep() {
        List<Posture> postures = new ArrayList<>();
        for (int deg = 0; deg <= 90; deg += 15) {
            postures.add(Posture.standingFlexed(deg));
        }
        SweepPoints points = SweepPoints.ofPostures(postures, List.of(HandLoad.ofMassKg(10)));
        SweepTable table = new SweepTable(points.size());
        SWEEP.run(points, MULTI.newWorkspace(), table);
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            rows.add(List.of(table.status(i), table.solved(i)));
            if (table.solved(i) || table.overloaded(i)) {
                for (SpinalLevel l : SpinalLevel.values()) {
                    rows.add(List.of(table.compressionN(l, i), table.apShearN(l, i), table.lateralShearN(l, i),
                            table.idpMPa(l, i)));
                }
            }
        }
        return rows;
    }

    private static Object motion() {
        List<Posture> frames = MotionAnalysis.smoothTransition(Posture.uprightStanding(), Posture.standingFlexed(70), 1, 11);
        double[] t = new double[frames.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.1 * i;
        }
        MotionResult r = MotionAnalysis.solve(MULTI, t, frames, new LoadSchedule(8, 0.3, 0.8));
        List<Object> out = new ArrayList<>();
        for (SpinalLevel l : SpinalLevel.values()) {
            out.add(java.util.Arrays.toString(r.compressionN(l)) + java.util.Arrays.toString(r.apShearN(l))
                    + java.util.Arrays.toString(r.idpMPa(l)));
        }
        out.add(java.util.Arrays.toString(r.solved()));
        return out;
    }

    private static final DiurnalDisc DAY = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject()));

    private static Object day() {
        return DAY.simulate(DaySchedule.builtIn(), 0.5);
    }

    private static final PopulationStudy STUDY = new PopulationStudy(Populations.nhanes2017To2020(),
            MuscleModelKind.SINGLE_EQUIVALENT, SEED, 2);

    private static Object population() {
        return STUDY.run(PosturePreset.HOLD_CLOSE.posture(), List.of(HandLoad.ofMassKg(10)), 300);
    }
}
