package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * The physics hunt (fourteenth session) over motion frames: inverse dynamics ({@link LumbarModel#solveFrame})
 * and the motion pipeline ({@link MotionAnalysis}) for the hunt's models ({@link PhysicsHunt#task}: any subject,
 * muscle model, criterion, coupling, overload policy, disc areas, tissue parameters) and random but valid records
 * (two postures anywhere in their ranges on the same supports, joined by {@link MotionAnalysis#smoothTransition}
 * over 3-40 frames and 0.05-5 s, a held mass per frame, now and then an L5-S1 acceleration per frame). Counts
 * printed after the class; {@code -Dphysfuzz.scale=N}.
 */
class PhysicsHuntMotionPropertyTest {
    static final long SEED_RECORD = 20261411L;
    static final long SEED_REVERSED = 20261412L;
    static final long SEED_MIRROR = 20261413L;
    static final long SEED_SLOW = 20261414L;

    private static final HuntTally TALLY = new HuntTally("PhysicsHuntMotionPropertyTest");

    @AfterAll
    static void printCounts() {
        TALLY.printAndRequireChecks();
    }

    /** A model, a record of frames, held masses and (or null) L5-S1 accelerations. */
    record Motion(PhysicsHunt.Task task, double[] timeS, List<Posture> frames, double[] massKg, double[][] accel) {
        List<ExternalLoad> loads(int i) {
            return massKg[i] == 0 ? List.of() : List.of(HandLoad.ofMassKg(massKg[i]));
        }

        double dtS() {
            return (timeS[timeS.length - 1] - timeS[0]) / (timeS.length - 1);
        }

        MotionResult solve() {
            return accel == null ? MotionAnalysis.solve(task.model(), timeS, frames, massKg, done -> { })
                    : MotionAnalysis.solve(task.model(), timeS, frames, massKg, accel, done -> { });
        }

        @Override
        public String toString() {
            return task.subject() + ", " + task.kind().id() + ", " + task.criterion().id() + ", " + task.coupling() + ", "
                    + task.policy() + ", " + frames.size() + " frames over " + (timeS[timeS.length - 1] - timeS[0])
                    + " s from " + frames.get(0) + " to " + frames.get(frames.size() - 1) + ", masses "
                    + java.util.Arrays.toString(massKg) + (accel == null ? "" : ", with L5-S1 accelerations");
        }
    }

    static Motion motion(SplittableRandom rnd) {
        PhysicsHunt.Task t = PhysicsHunt.task(rnd);
        Set<Support> supports = rnd.nextInt(3) == 0
                ? PhysicsHunt.ALL_SUPPORTS.get(rnd.nextInt(PhysicsHunt.ALL_SUPPORTS.size())) : Set.of(Support.FEET);
        Posture from = PhysicsHunt.anyAngles(rnd, supports);
        Posture to = PhysicsHunt.anyAngles(rnd, supports);
        int n = 3 + rnd.nextInt(38);
        double duration = PhysicsHunt.anywhere(rnd, 0.05, 5);
        List<Posture> frames = MotionAnalysis.smoothTransition(from, to, duration, n);
        double[] time = new double[n];
        double[] mass = new double[n];
        double held = rnd.nextBoolean() ? 0 : PhysicsHunt.anywhere(rnd, 0, 30);
        int pickup = rnd.nextInt(n);
        for (int i = 0; i < n; i++) {
            time[i] = duration * i / (n - 1);
            mass[i] = i >= pickup ? held : 0;
        }
        double[][] accel = null;
        if (rnd.nextInt(3) == 0) {
            accel = new double[n][3];
            for (double[] a : accel) {
                for (int k = 0; k < 3; k++) {
                    a[k] = rnd.nextBoolean() ? 0 : PhysicsHunt.anywhere(rnd, -20, 20);
                }
            }
        }
        return new Motion(t, time, frames, mass, accel);
    }

    /** The outcome of one frame solved alone in a fresh workspace: loads, or null and the status. */
    private static Workspace alone(Motion m, int i) {
        LumbarModel model = m.task().model();
        Workspace ws = model.newWorkspace();
        Posture cur = m.frames().get(i);
        int n = m.frames().size();
        if (i == 0 || i == n - 1) {
            model.solveFrame(cur, cur, cur, m.dtS(), m.loads(i), ws);
        } else if (m.accel() == null) {
            model.solveFrame(m.frames().get(i - 1), cur, m.frames().get(i + 1), m.dtS(), m.loads(i), ws);
        } else {
            model.solveFrame(m.frames().get(i - 1), cur, m.frames().get(i + 1), m.dtS(), m.accel()[i], m.loads(i), ws);
        }
        return ws;
    }

    /**
     * Found by the hunt, fixed: {@link MotionAnalysis#smoothTransition} refused two valid postures. Its
     * interpolation {@code a + (b - a) u} rounds past the last posture's angle at {@code u = 1}: from a lateral bend
     * of -29.7 deg to the range's end, 30 deg, the last frame had 30.000000000000004 deg and threw a
     * {@code ParameterOutOfRangeException} naming {@code lateralBendDeg} (every fifth draw of the first hunt). Now the
     * first and last frames are the two postures' angles exactly and every frame lies between them.
     */
    @Test
    void aTransitionToARangesEndEndsThere() {
        Posture from = Posture.uprightStanding().withLateralBendDeg(-29.7).withAxialRotationDeg(-29.7);
        Posture to = Posture.uprightStanding().withLateralBendDeg(30).withAxialRotationDeg(30);
        for (int n : new int[] {3, 7, 40}) {
            List<Posture> frames = MotionAnalysis.smoothTransition(from, to, 1, n);
            assertThat(frames.get(0).lateralBendDeg()).isEqualTo(-29.7);
            assertThat(frames.get(n - 1).lateralBendDeg()).isEqualTo(30.0);
            assertThat(frames.get(n - 1).axialRotationDeg()).isEqualTo(30.0);
            for (Posture p : frames) {
                assertThat(p.lateralBendDeg()).isBetween(-29.7, 30.0);
            }
        }
    }

    /** The tolerance between solves of one problem warm-started differently (relative, floor 1 N). */
    private static double tolerance(Motion m) {
        return minMax(m) ? PhysicsHuntChecks.MIRROR_REL : PhysicsHuntChecks.SOLVER_REL;
    }

    /**
     * Whether the record is solved by min-max recruitment, whose loads are compared through the stress it minimises:
     * its forces are the least squared-stress ones under a bound known to the bisection's precision, and a frame
     * warm-started from another frame found a bound 2.8e-7 lower with L5-S1 compression 9.3 N (0.46 %) higher
     * (docs/tests.md, "Known findings" 16).
     */
    private static boolean minMax(Motion m) {
        return m.task().criterion() == org.lumbosim.solver.RecruitmentCriterion.MIN_MAX;
    }

    static Stream<Arguments> recordCases() {
        return HuntTally.draw(SEED_RECORD, 40, PhysicsHuntMotionPropertyTest::motion);
    }

    /**
     * A random but valid record: every frame has finite loads exactly where it is solved or overloaded (NaN
     * elsewhere, its status kept); each frame solved alone in a fresh workspace (its neighbours, or statically at
     * the record's ends) has the same solved and overloaded flags, the same status where the supports hold the body
     * (see {@link #theTimeReversedRecordHasTheSameFrames}), and loads within
     * {@link #tolerance} of the motion's (min-max: the largest muscle stress within 1e-6, {@link #minMax}) (its workspace is warm-started from the frame before;
     * overloaded frames compared by flag only: the bisection's precision).
     */
    @ParameterizedTest(name = "seed " + SEED_RECORD + " case {0}: {1}")
    @MethodSource("recordCases")
    void everyFrameIsFiniteOrFlaggedAndAsSolvedAlone(int index, Motion m) {
        MotionResult r;
        try {
            r = m.solve();
        } catch (LoadInRestingHandException e) {
            TALLY.count("record", "LoadInRestingHandException");
            return;
        }
        for (int i = 0; i < r.frames(); i++) {
            boolean loads = r.solved()[i] || r.overloaded()[i];
            TALLY.count("record", loads ? (r.overloaded()[i] ? "overloaded" : "result") : "frame " + r.status()[i]
                    + (r.supportsBalanced()[i] ? "" : " unbalanced supports"));
            assertThat(r.hasLoads(i)).as("frame %s has loads", i).isEqualTo(loads);
            Workspace ws = alone(m, i);
            if (r.supportsBalanced()[i]) {
                assertThat(ws.status()).as("frame %s status alone", i).isEqualTo(r.status()[i]);
            }
            assertThat(ws.solved()).as("frame %s solved alone", i).isEqualTo(r.solved()[i]);
            assertThat(ws.overloaded()).as("frame %s overloaded alone", i).isEqualTo(r.overloaded()[i]);
            if (loads && !r.overloaded()[i] && minMax(m)) {
                assertThat(PhysicsHuntChecks.rel(r.largestMuscleStressMPa()[i], ws.largestMuscleStressMPa()))
                        .as("frame %s min-max stress: motion %s, alone %s MPa", i, r.largestMuscleStressMPa()[i],
                                ws.largestMuscleStressMPa()).isLessThanOrEqualTo(PhysicsHuntChecks.SOLVER_REL);
            }
            for (SpinalLevel l : SpinalLevel.values()) {
                double[] got = {r.compressionN(l)[i], r.apShearN(l)[i], r.lateralShearN(l)[i], r.idpMPa(l)[i]};
                double[] ref = {ws.compressionN(l), ws.apShearN(l), ws.lateralShearN(l), ws.idpMPa(l)};
                for (int k = 0; k < got.length; k++) {
                    if (!loads) {
                        assertThat(got[k]).as("frame %s without loads, %s quantity %s", i, l.label(), k).isNaN();
                    } else {
                        assertThat(got[k]).as("frame %s %s quantity %s", i, l.label(), k).isFinite();
                        if (!r.overloaded()[i] && !minMax(m)) {
                            assertThat(PhysicsHuntChecks.rel(got[k], ref[k]))
                                    .as("frame %s %s quantity %s: motion %s, alone %s", i, l.label(), k, got[k], ref[k])
                                    .isLessThanOrEqualTo(tolerance(m));
                        }
                    }
                }
            }
        }
        TALLY.checked("record");
    }

    static Stream<Arguments> reversedCases() {
        return HuntTally.draw(SEED_REVERSED, 40, PhysicsHuntMotionPropertyTest::motion);
    }

    /**
     * The time-reversed record (frames, masses and accelerations in reverse order, the same times) gives frame
     * {@code n-1-i} the loads of frame {@code i}: the central differences' accelerations are even in time.
     * Compared within {@link #tolerance} where both are solved (min-max: the largest muscle stress within 1e-6,
     * {@link #minMax}), flags everywhere, the recruitment's status where the
     * supports hold the body (found at {@code physfuzz.scale=5}: a frame whose supports cannot hold it, so without
     * loads, had min-max's stress at exactly the strength, 0.7550000000000001 MPa, and the warm start of the frame
     * before decided between {@code OK} forwards and {@code INFEASIBLE} reversed).
     */
    @ParameterizedTest(name = "seed " + SEED_REVERSED + " case {0}: {1}")
    @MethodSource("reversedCases")
    void theTimeReversedRecordHasTheSameFrames(int index, Motion m) {
        List<Posture> back = new ArrayList<>(m.frames());
        Collections.reverse(back);
        int n = back.size();
        double[] mass = new double[n];
        double[][] accel = m.accel() == null ? null : new double[n][];
        for (int i = 0; i < n; i++) {
            mass[i] = m.massKg()[n - 1 - i];
            if (accel != null) {
                accel[i] = m.accel()[n - 1 - i];
            }
        }
        Motion rev = new Motion(m.task(), m.timeS(), back, mass, accel);
        MotionResult a;
        MotionResult b;
        try {
            a = m.solve();
            b = rev.solve();
        } catch (LoadInRestingHandException e) {
            TALLY.count("reversed", "LoadInRestingHandException");
            return;
        }
        for (int i = 0; i < n; i++) {
            int j = n - 1 - i;
            TALLY.count("reversed", a.solved()[i] ? "result" : a.overloaded()[i] ? "overloaded" : "frame " + a.status()[i]);
            if (a.supportsBalanced()[i]) {
                assertThat(b.status()[j]).as("frame %s status reversed", i).isEqualTo(a.status()[i]);
            }
            assertThat(b.solved()[j]).as("frame %s solved reversed", i).isEqualTo(a.solved()[i]);
            assertThat(b.overloaded()[j]).as("frame %s overloaded reversed", i).isEqualTo(a.overloaded()[i]);
            if (!a.solved()[i]) {
                continue;
            }
            if (minMax(m)) {
                assertThat(PhysicsHuntChecks.rel(a.largestMuscleStressMPa()[i], b.largestMuscleStressMPa()[j]))
                        .as("frame %s min-max stress forwards %s, reversed %s MPa", i, a.largestMuscleStressMPa()[i],
                                b.largestMuscleStressMPa()[j]).isLessThanOrEqualTo(PhysicsHuntChecks.SOLVER_REL);
                continue;
            }
            for (SpinalLevel l : SpinalLevel.values()) {
                assertThat(PhysicsHuntChecks.rel(a.compressionN(l)[i], b.compressionN(l)[j]))
                        .as("frame %s %s compression %s forwards, %s reversed", i, l.label(), a.compressionN(l)[i],
                                b.compressionN(l)[j]).isLessThanOrEqualTo(tolerance(m));
                assertThat(PhysicsHuntChecks.rel(a.lateralShearN(l)[i], b.lateralShearN(l)[j]))
                        .as("frame %s %s lateral shear", i, l.label()).isLessThanOrEqualTo(tolerance(m));
            }
        }
        TALLY.checked("reversed");
    }

    static Stream<Arguments> mirrorCases() {
        return HuntTally.draw(SEED_MIRROR, 150, PhysicsHuntMotionPropertyTest::motion);
    }

    /**
     * One interior frame of a record and its mirror image (the three postures mirrored, the loads in the other
     * hand, the L5-S1 acceleration's rightward part negated): same outcome; where solved, equal compression and
     * AP shear, opposite lateral shear, lateral and axial moment at every level ({@link PhysicsHuntChecks#MIRROR_REL}).
     */
    @ParameterizedTest(name = "seed " + SEED_MIRROR + " case {0}: {1}")
    @MethodSource("mirrorCases")
    void aMirroredFrameMirrorsTheLoads(int index, Motion m) {
        int i = 1 + index % (m.frames().size() - 2);
        LumbarModel model = m.task().model();
        double[] acc = m.accel() == null ? new double[3] : m.accel()[i];
        double[] mirroredAcc = {acc[0], acc[1], -acc[2]};
        List<HandLoad> loads = m.massKg()[i] == 0 ? List.of() : List.of(HandLoad.ofMassKg(m.massKg()[i]));
        List<Posture> f = m.frames();
        Workspace a = model.newWorkspace();
        Workspace b = model.newWorkspace();
        try {
            model.solveFrame(f.get(i - 1), f.get(i), f.get(i + 1), m.dtS(), acc, loads, a);
            model.solveFrame(PhysicsHunt.mirrored(f.get(i - 1)), PhysicsHunt.mirrored(f.get(i)),
                    PhysicsHunt.mirrored(f.get(i + 1)), m.dtS(), mirroredAcc, PhysicsHunt.mirrored(loads), b);
        } catch (LoadInRestingHandException e) {
            TALLY.count("mirror", "LoadInRestingHandException");
            return;
        }
        TALLY.count("mirror", a.solved() ? "result" : a.overloaded() ? "overloaded" : "frame " + a.status());
        assertThat(b.status()).as("mirror status").isEqualTo(a.status());
        assertThat(b.solved()).as("mirror solved").isEqualTo(a.solved());
        if (!a.solved()) {
            return;
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            double worst = Math.max(Math.max(PhysicsHuntChecks.rel(a.compressionN(l), b.compressionN(l)),
                            PhysicsHuntChecks.rel(a.apShearN(l), b.apShearN(l))),
                    Math.max(PhysicsHuntChecks.rel(a.lateralShearN(l), -b.lateralShearN(l)),
                            Math.max(PhysicsHuntChecks.rel(a.netMomentNm(l, 1), -b.netMomentNm(l, 1)),
                                    PhysicsHuntChecks.rel(a.netMomentNm(l, 2), -b.netMomentNm(l, 2)))));
            assertThat(worst).as("mirror at %s: compression %s / %s, lateral shear %s / %s", l.label(), a.compressionN(l),
                    b.compressionN(l), a.lateralShearN(l), b.lateralShearN(l))
                    .isLessThanOrEqualTo(PhysicsHuntChecks.MIRROR_REL);
        }
        TALLY.checked("mirror");
    }

    /** The time step of a frame whose derivatives vanish (s). */
    private static final double SLOW_STEP_S = 1e6;

    static Stream<Arguments> slowCases() {
        return HuntTally.draw(SEED_SLOW, 150, PhysicsHuntMotionPropertyTest::motion);
    }

    /**
     * Zero derivatives are the static solve: an interior frame's three postures taken 1e6 s apart (accelerations of
     * order 1e-12 m/s² and rad/s²) give the static solve's outcome and loads within {@link #tolerance}, and an
     * explicit zero L5-S1 acceleration gives bitwise the frame without one. (At 1,000 s apart, accelerations of
     * order 1e-6, inertial forces of 1e-4 N moved loads by up to 2.6e-5 relative, and one frame resting on feet,
     * seat, lying surface, forearms and shoulders lost its supports' balance, which the static solve had within
     * the supports' tolerance of 1e-7 body weights: a task at the edge of what its supports hold.)
     */
    @ParameterizedTest(name = "seed " + SEED_SLOW + " case {0}: {1}")
    @MethodSource("slowCases")
    void aFrameWithoutAccelerationIsTheStaticSolve(int index, Motion m) {
        int i = 1 + index % (m.frames().size() - 2);
        LumbarModel model = m.task().model();
        List<Posture> f = m.frames();
        List<ExternalLoad> loads = m.loads(i);
        Workspace slow = model.newWorkspace();
        Workspace zero = model.newWorkspace();
        PhysicsHuntChecks.Outcome still = PhysicsHuntChecks.solve(model, f.get(i), m.massKg()[i] == 0 ? List.of() : List.of(HandLoad.ofMassKg(m.massKg()[i])));
        try {
            model.solveFrame(f.get(i - 1), f.get(i), f.get(i + 1), SLOW_STEP_S, loads, slow);
            model.solveFrame(f.get(i - 1), f.get(i), f.get(i + 1), SLOW_STEP_S, new double[3], loads, zero);
        } catch (LoadInRestingHandException e) {
            assertThat(still.failure()).as("the static solve refuses the load too").isInstanceOf(LoadInRestingHandException.class);
            TALLY.count("slow", "LoadInRestingHandException");
            return;
        }
        TALLY.seen("slow").accept(still);
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(PhysicsHuntChecks.same(slow.compressionN(l), zero.compressionN(l))
                    && PhysicsHuntChecks.same(slow.lateralShearN(l), zero.lateralShearN(l)))
                    .as("a zero L5-S1 acceleration changes %s", l.label()).isTrue();
        }
        boolean stillOk = still.ok() && !still.result().overloaded();
        if (!stillOk || !slow.solved()) {
            assertThat(slow.solved()).as("slow frame solved where the static solve is (%s)", still.kind()).isEqualTo(stillOk);
            return;
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            double worst = Math.max(PhysicsHuntChecks.rel(slow.compressionN(l), still.result().level(l).compressionN()),
                    Math.max(PhysicsHuntChecks.rel(slow.apShearN(l), still.result().level(l).apShearN()),
                            PhysicsHuntChecks.rel(slow.lateralShearN(l), still.result().level(l).lateralShearN())));
            assertThat(worst).as("%s: slow frame %s N, static %s N", l.label(), slow.compressionN(l),
                    still.result().level(l).compressionN()).isLessThanOrEqualTo(tolerance(m));
        }
        TALLY.checked("slow");
    }
}
