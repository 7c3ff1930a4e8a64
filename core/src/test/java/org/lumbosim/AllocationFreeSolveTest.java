package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;

/**
 * The hot path allocates nothing: after a warm-up, 10,000 solves in a row (posture varied a little
 * each time, loads built before the loop) leave the thread's allocated-bytes counter
 * ({@code com.sun.management.ThreadMXBean}) exactly where it was, for both muscle models, in
 * statics ({@link LumbarModel#solve}) and inverse dynamics ({@link LumbarModel#solveFrame}).
 */
class AllocationFreeSolveTest {
    private static final int WARM_UP = 20_000;
    private static final int SOLVES = 10_000;
    private static final int POSTURES = 16;
    private static final double STEP_S = 0.02;

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
        com.sun.management.ThreadMXBean mx = threads();
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture[] p = postures();
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(5));
        for (int i = 0; i < WARM_UP; i++) {
            model.solve(p[i % POSTURES], loads, ws);
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < SOLVES; i++) {
            model.solve(p[i % POSTURES], loads, ws);
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by %d warm solves (%s)", SOLVES, kind.id()).isZero();
        assertThat(ws.solved()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void inverseDynamicsFramesAllocateNothing(MuscleModelKind kind) {
        com.sun.management.ThreadMXBean mx = threads();
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        Workspace ws = model.newWorkspace();
        Posture[] p = postures();
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(5));
        for (int i = 0; i < WARM_UP; i++) {
            frame(model, p, i, loads, ws);
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < SOLVES; i++) {
            frame(model, p, i, loads, ws);
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by %d warm frames (%s)", SOLVES, kind.id()).isZero();
        assertThat(ws.solved()).isTrue();
    }

    private static void frame(LumbarModel model, Posture[] p, int i, List<HandLoad> loads, Workspace ws) {
        int c = 1 + i % (POSTURES - 2);
        model.solveFrame(p[c - 1], p[c], p[c + 1], STEP_S, loads, ws);
    }
}
