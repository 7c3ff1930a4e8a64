package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.PosturePreset;

/** A reused workspace reports no backrest force for a posture without a backrest after one with it. */
class BackrestForceResetTest {

    @Test
    void backrestForceComponentsAreClearedBetweenSolves() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        Workspace ws = model.newWorkspace();
        model.solve(PosturePreset.SITTING_SLOUCHED.posture(), List.of(), ws);
        double pushed = Math.abs(ws.backrestForceN(0)) + Math.abs(ws.backrestForceN(1)) + Math.abs(ws.backrestForceN(2));
        assertThat(pushed).as("the slouched posture leans on its backrest").isGreaterThan(1.0);
        model.solve(PosturePreset.STANDING_RELAXED.posture(), List.of(), ws);
        assertThat(ws.backrestForceN()).isZero();
        for (int axis = 0; axis < 3; axis++) {
            assertThat(ws.backrestForceN(axis)).as("axis %d after standing", axis).isZero();
        }
    }
}
