package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * The hot path allocates nothing: after a warm-up, 10,000 solves in a row (posture varied a little
 * each time, loads built before the loop) leave the thread's allocated-bytes counter
 * ({@code com.sun.management.ThreadMXBean}) exactly where it was, for both muscle models, in
 * statics ({@link LumbarModel#solve}) and inverse dynamics ({@link LumbarModel#solveFrame}), standing and
 * seated with the trunk resting on the thighs ({@link Support#TRUNK_ON_THIGHS}: the thighs' push is placed
 * and sized in every solve) and with the hands resting on them ({@link Support#HANDS_ON_THIGHS}: each hand
 * measured against its thigh in every solve), with the push cut where the hips would need a flexor (the
resting body solved once more), and on lying surfaces (the hips' passive moment held by the surface, a
backrest sized from the external moment). Every solve turns the passive tissues about the levels' rotation centres.
 *
 * <p>While the JIT compiler is still replacing code (a busy machine, or after other tests), the
 * JVM itself charges the thread a few hundred bytes at some tier transitions, with or without
 * escape analysis; so a window of 10,000 solves counts only when no compilation happened during
 * it, and windows with compilation are repeated (at most {@value #MAX_WINDOWS}). Every quiet window
 * must allocate exactly 0 bytes; a solve that allocated even 8 bytes would fail every window.
 */
class AllocationFreeSolveTest {
    private static final int WARM_UP = 20_000;
    private static final int SOLVES = 10_000;
    private static final int MAX_WINDOWS = 20;
    private static final int POSTURES = 16;
    private static final double STEP_S = 0.02;

    /** One solve of a window. */
    private interface Solve {
        void run(int i);
    }

    /**
     * Runs windows of {@link #SOLVES} solves until one runs without JIT compilation, and checks
     * that it allocated nothing.
     */
    private static void assertQuietWindowAllocatesNothing(Solve solve, String what) {
        com.sun.management.ThreadMXBean mx = threads();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        assertThat(jit.isCompilationTimeMonitoringSupported()).as("this JVM reports compilation time").isTrue();
        for (int i = 0; i < WARM_UP; i++) {
            solve.run(i);
        }
        StringBuilder busy = new StringBuilder();
        for (int w = 0; w < MAX_WINDOWS; w++) {
            long jitBefore = jit.getTotalCompilationTime();
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < SOLVES; i++) {
                solve.run(i);
            }
            long allocated = mx.getCurrentThreadAllocatedBytes() - before;
            long jitMs = jit.getTotalCompilationTime() - jitBefore;
            if (jitMs == 0) {
                assertThat(allocated).as("bytes allocated by %d warm %s (earlier windows with JIT activity: %s)",
                        SOLVES, what, busy).isZero();
                return;
            }
            busy.append(allocated).append(" B during ").append(jitMs).append(" ms of JIT; ");
        }
        fail("the JIT compiler was busy in all " + MAX_WINDOWS + " windows of " + what + ": " + busy);
    }

    private static com.sun.management.ThreadMXBean threads() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(mx.isThreadAllocatedMemorySupported()).as("this JVM reports allocated bytes per thread").isTrue();
        mx.setThreadAllocatedMemoryEnabled(true);
        return mx;
    }

    /** Standing postures from 20 deg of trunk flexion, half a degree apart. */
    private static Posture[] postures() {
        Posture[] out = new Posture[POSTURES];
        for (int i = 0; i < POSTURES; i++) {
            out[i] = Posture.standingFlexed(20 + 0.5 * i);
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void staticSolvesAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture[] p = postures();
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(5));
        assertQuietWindowAllocatesNothing(i -> model.solve(p[i % POSTURES], loads, ws), "solves (" + kind.id() + ")");
        assertThat(ws.solved()).isTrue();
        assertThat(ws.abdominalPressurePa()).as("the abdominal pressure and wall act in the last solve").isPositive();
    }

    /**
     * Bent, side-bent and twisted with a load, so that the abdominal pressure acts off the sagittal plane
     * (its lines' crossings and the force and moment vectors at every level): trunk from 30 deg, lateral
     * bend from 10 and axial rotation from -10 deg, a quarter of a degree apart, 10 kg.
     */
    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void asymmetricSolvesWithAbdominalPressureAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture[] p = asymmetricPostures();
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(10));
        assertQuietWindowAllocatesNothing(i -> model.solve(p[i % POSTURES], loads, ws),
                "asymmetric solves with abdominal pressure (" + kind.id() + ")");
        assertThat(ws.solved()).isTrue();
        assertThat(ws.abdominalPressurePa()).as("the abdominal pressure acts in the last solve").isPositive();
        assertThat(ws.lateralShearN(SpinalLevel.L4_L5)).as("off the sagittal plane").isNotZero();
    }

    /**
     * Seated forward bends with the trunk on the thighs, the tying-shoes preset's shape ({@link
     * PosturePreset#SITTING_MAX_FLEXION}: lumbar flexion 52, thighs horizontal), trunk from 66 deg, half
     * a degree apart.
     */
    private static Posture[] trunkOnThighsPostures() {
        Posture shoes = PosturePreset.SITTING_MAX_FLEXION.posture();
        Posture[] out = new Posture[POSTURES];
        for (int i = 0; i < POSTURES; i++) {
            double trunk = shoes.trunkFlexionDeg() - 7 + 0.5 * i;
            out[i] = shoes.withTrunkFlexionDeg(trunk).withHipFlexionDeg(shoes.hipFlexionDeg() - 7 + 0.5 * i);
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void trunkOnThighsSolvesAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture[] p = trunkOnThighsPostures();
        assertThat(p[0].supports()).isEqualTo(Set.of(Support.SEAT, Support.FEET, Support.TRUNK_ON_THIGHS));
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(5));
        assertQuietWindowAllocatesNothing(i -> model.solve(p[i % POSTURES], loads, ws),
                "solves with the trunk on the thighs (" + kind.id() + ")");
        assertThat(ws.solved()).isTrue();
        assertThat(ws.trunkOnThighsForceN()).as("the thighs push in the last solve").isPositive();
    }

    /**
     * A tall woman folded far onto her thighs and turned a little (female 1.82 m 73.7 kg, trunk from
     * 81.4 deg, axial rotation from 4 deg, a quarter of a degree apart): the rule's push would put
     * L5-S1 in tension, so every solve first caps it by trial solves of the resting body, and the seat's
     * friction balances a moment about the vertical axis, iterated with the pushes. (The multi-fascicle
     * muscles cannot hold it: those solves end unsolved, on the same allocation-free path.)
     */
    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void cappedTwistedTrunkOnThighsSolvesAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(new Subject(Sex.FEMALE, 1.82, 73.7, 67)).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture[] p = new Posture[POSTURES];
        for (int i = 0; i < POSTURES; i++) {
            p[i] = new Posture(81.4 - 0.2 * i, 43.7, 0, 4 + 0.25 * i, 119.7 - 0.2 * i, 104.7, 136.2, 36.7, 0,
                    Set.of(Support.SEAT, Support.FEET, Support.TRUNK_ON_THIGHS));
        }
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(5));
        assertQuietWindowAllocatesNothing(i -> model.solve(p[i % POSTURES], loads, ws),
                "capped, twisted solves with the trunk on the thighs (" + kind.id() + ")");
        assertThat(ws.trunkOnThighsForceN()).as("the thighs push in the last solve").isPositive();
    }

    /**
     * Seated forward bends onto the thighs whose push the hips cut (the tying-shoes preset, {@link
     * PosturePreset#SITTING_MAX_FLEXION}, with the hips 10 deg further flexed and the knees from 48 deg, 2
     * deg apart; default subject): the lumbar rule's push would tip the trunk back about the hips and need
     * a hip flexor, so every solve solves the resting body once more at the cut push
     * ({@code TrunkOnThighsTest#theHipCutBindsWhereTheHamstringsAreStretched} checks that it binds in each).
     */
    private static Posture[] hipCutTrunkOnThighsPostures() {
        Posture shoes = PosturePreset.SITTING_MAX_FLEXION.posture();
        Posture[] out = new Posture[POSTURES];
        for (int i = 0; i < POSTURES; i++) {
            out[i] = shoes.withHipFlexionDeg(shoes.hipFlexionDeg() + 10).withKneeFlexionDeg(48 + 2 * i);
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void hipCutTrunkOnThighsSolvesAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture[] p = hipCutTrunkOnThighsPostures();
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(5));
        assertQuietWindowAllocatesNothing(i -> model.solve(p[i % POSTURES], loads, ws),
                "solves with the thighs' push cut at the hips (" + kind.id() + ")");
        assertThat(ws.solved()).isTrue();
        assertThat(ws.trunkOnThighsForceN()).as("the thighs push in the last solve").isPositive();
        assertThat(ws.psoasHipForceN()).as("no hip flexor at the cut push").isZero();
    }

    /**
     * Lying surfaces, where the surface holds the hips' passive moment and a backrest counts the external
     * moment alone; a third of the solves each: lying face down ({@link PosturePreset#LYING_PRONE}, default
     * subject) with 20 to 23.75 kg in the hands, the surface carrying the load under the grips (until the ninth
     * session the psoas carried the load's whole hip moment); a light man
     * on a surface with the hips flexed 130 deg and the knees 25 (stretched hamstrings, no psoas against
     * them) with 3 kg; the default subject on a surface with a backrest and 1 kg; trunk or load a quarter
     * apart.
     */
    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void lyingSurfaceSolvesAllocateNothing(MuscleModelKind kind) {
        LumbarModel standard = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        LumbarModel light = LumbarModel.of(new Subject(Sex.MALE, 1.73, 50.6, 18)).withMuscleModel(kind);
        Workspace proneWs = standard.newWorkspace();
        Workspace hipsWs = light.newWorkspace();
        Workspace backrestWs = standard.newWorkspace();
        Posture prone = PosturePreset.LYING_PRONE.posture();
        assertThat(prone.has(Support.LYING_SURFACE)).isTrue();
        List<List<HandLoad>> heavy = new java.util.ArrayList<>();
        Posture[] hips = new Posture[POSTURES];
        Posture[] leant = new Posture[POSTURES];
        for (int i = 0; i < POSTURES; i++) {
            heavy.add(List.of(HandLoad.ofMassKg(20 + 0.25 * i)));
            hips[i] = new Posture(22 + 0.25 * i, 15, 0, 0, 130, 25, 23, 0, 0,
                    Set.of(Support.SEAT, Support.FEET, Support.LYING_SURFACE));
            leant[i] = new Posture(60 + 0.25 * i, 30, 0, 0, 30, 90, 80, 20, 0,
                    Set.of(Support.FEET, Support.BACKREST, Support.LYING_SURFACE, Support.LEGS_ON_FLOOR));
        }
        List<HandLoad> three = List.of(HandLoad.ofMassKg(3));
        List<HandLoad> one = List.of(HandLoad.ofMassKg(1));
        assertQuietWindowAllocatesNothing(i -> {
            int k = (i / 3) % POSTURES;
            switch (i % 3) {
                case 0 -> standard.solve(prone, heavy.get(k), proneWs);
                case 1 -> light.solve(hips[k], three, hipsWs);
                default -> standard.solve(leant[k], one, backrestWs);
            }
        }, "solves on a lying surface (" + kind.id() + ")");
        assertThat(proneWs.restingWeightN(Support.LYING_SURFACE)).as("the surface carries the load under the grips")
                .isGreaterThan(standard.bodyWeightN() + 20 * 9.8);
        assertThat(proneWs.psoasHipForceN()).as("so no psoas for it").isZero();
        assertThat(hipsWs.passiveHipMomentNm()).as("stretched hamstrings").isNegative();
        assertThat(hipsWs.psoasHipForceN()).as("no psoas against them").isZero();
        assertThat(backrestWs.solved()).isTrue();
    }

    /**
     * Feet, forearms and a resting trunk with 1 kg in the hands ({@code UpperContactTensionTest}'s case), the
     * trunk from 17.3 deg, 0.05 deg apart: the minimum-norm share would pull L5-S1 apart, so every solve cuts
     * the upper contacts' share by trial solves (regula falsi) and ends with L5-S1 at zero compression.
     */
    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void upperContactShareCutSolvesAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(new Subject(Sex.FEMALE, 1.80, 76.6, 21)).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture[] p = new Posture[POSTURES];
        for (int i = 0; i < POSTURES; i++) {
            p[i] = new Posture(17.3 + 0.05 * i, 9.0, 0, 0, 17.1, 17.1, 35.9, 85.8, 0,
                    Set.of(Support.FEET, Support.FOREARMS, Support.TRUNK_RESTING));
        }
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(1));
        assertQuietWindowAllocatesNothing(i -> model.solve(p[i % POSTURES], loads, ws),
                "solves whose upper contacts' share is cut (" + kind.id() + ")");
        assertThat(ws.solved()).isTrue();
        assertThat(ws.compressionN(SpinalLevel.L5_S1)).as("L5-S1 at zero compression").isBetween(-1e-6, 1e-3);
    }

    /**
     * Sitting with the hands on the thighs ({@link PosturePreset#SITTING_UNSUPPORTED}), the elbows from
     * 44 deg, half a degree apart: each hand is measured against its thigh in every solve, and touches it.
     */
    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void handsOnThighsSolvesAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture sitting = PosturePreset.SITTING_UNSUPPORTED.posture();
        assertThat(sitting.has(Support.HANDS_ON_THIGHS)).isTrue();
        Posture[] p = new Posture[POSTURES];
        for (int i = 0; i < POSTURES; i++) {
            p[i] = sitting.withElbowFlexionDeg(44 + 0.5 * i);
        }
        List<HandLoad> loads = List.of();
        assertQuietWindowAllocatesNothing(i -> model.solve(p[i % POSTURES], loads, ws),
                "solves with the hands on the thighs (" + kind.id() + ")");
        assertThat(ws.solved()).isTrue();
        assertThat(ws.handsOnThighsForceN()).as("the thighs carry the hands in the last solve").isPositive();
    }

    /** The recruited abdominal pressure (its column, the two solves), off the sagittal plane, with a load. */
    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void recruitedPressureSolvesAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                .withAbdominalPressure(AbdominalPressureMode.RECRUITED);
        Workspace ws = model.newWorkspace();
        Posture[] p = asymmetricPostures();
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(10));
        assertQuietWindowAllocatesNothing(i -> model.solve(p[i % POSTURES], loads, ws),
                "solves with the recruited abdominal pressure (" + kind.id() + ")");
        assertThat(ws.solved()).isTrue();
        assertThat(ws.abdominalPressurePa()).as("the recruitment chose a pressure in the last solve").isPositive();
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void coupledLevelSolvesAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                .withLevelCoupling(LevelCoupling.CHRISTOPHY_2012);
        Workspace ws = model.newWorkspace();
        Posture[] p = postures();
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(5));
        assertQuietWindowAllocatesNothing(i -> model.solve(p[i % POSTURES], loads, ws),
                "solves (" + kind.id() + ", christophy2012 coupling)");
        assertThat(ws.solved()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void inverseDynamicsFramesAllocateNothing(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture[] p = postures();
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(5));
        assertQuietWindowAllocatesNothing(i -> frame(model, p, i, loads, ws), "frames (" + kind.id() + ")");
        assertThat(ws.solved()).isTrue();
        assertThat(ws.abdominalPressurePa()).as("the abdominal pressure and wall act in the last frame").isPositive();
    }

    private static void frame(LumbarModel model, Posture[] p, int i, List<HandLoad> loads, Workspace ws) {
        int c = 1 + i % (POSTURES - 2);
        model.solveFrame(p[c - 1], p[c], p[c + 1], STEP_S, loads, ws);
    }

    /** @return {@link #POSTURES} bent, side-bent and twisted postures a quarter of a degree apart (30, 10, -10 deg on) */
    private static Posture[] asymmetricPostures() {
        Posture[] p = new Posture[POSTURES];
        for (int i = 0; i < POSTURES; i++) {
            p[i] = Posture.standingFlexed(30 + 0.25 * i).withLateralBendDeg(10 + 0.25 * i).withAxialRotationDeg(-10 + 0.25 * i);
        }
        return p;
    }
}
