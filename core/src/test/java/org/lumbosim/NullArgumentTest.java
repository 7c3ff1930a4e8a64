package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;

/**
 * Missing arguments of the solve entry points (audit of 2026-12-07): a null load inside the list used
 * to be skipped, so {@code analyze(s, p, [20 kg, null])} silently solved the task with one load fewer,
 * and a null posture or list ended in a {@link NullPointerException} from deep inside the pipeline.
 * Each is now an {@link IllegalArgumentException} naming the argument.
 */
class NullArgumentTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final Posture P = Posture.standingFlexed(20);

    private static void refused(Executable call, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertThat(e.getMessage()).startsWith(named);
    }

    @Test
    void aNullLoadInTheListIsRefusedNamingItsIndex() {
        List<HandLoad> loads = Arrays.asList(HandLoad.ofMassKg(20), null);
        refused(() -> Lumbosim.analyze(Subject.defaultSubject(), P, loads), "loads[1] is null");
        Workspace ws = MODEL.newWorkspace();
        refused(() -> MODEL.solve(P, loads, ws), "loads[1] is null");
        refused(() -> MODEL.solveFrame(P, P, P, 0.01, loads, ws), "loads[1] is null");
    }

    @Test
    void aNullPostureListOrWorkspaceIsRefusedByName() {
        Workspace ws = MODEL.newWorkspace();
        refused(() -> Lumbosim.analyze(MODEL, null, List.of()), "posture is null");
        refused(() -> Lumbosim.analyze(MODEL, P, null), "loads is null");
        refused(() -> MODEL.solve(P, List.of(), null), "ws is null");
        refused(() -> MODEL.solveFrame(null, P, P, 0.01, List.of(), ws), "previous is null");
        refused(() -> MODEL.solveFrame(P, P, null, 0.01, List.of(), ws), "next is null");
        refused(() -> MODEL.solveFrame(P, null, P, 0.01, List.of(), ws), "current is null");
        refused(() -> MODEL.solveFrame(P, P, P, 0.01, null, List.of(), ws), "l5s1AccelerationMps2 is null");
    }

    @Test
    void aNullModelSettingIsRefusedByName() {
        refused(() -> MODEL.withMuscleModel(null), "kind is null: a muscle model is needed");
        refused(() -> MODEL.withSolver(null), "newSolver is null: recruitment settings are needed");
    }
}
