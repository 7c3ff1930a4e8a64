package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.PosturePreset;

/**
 * The workspace's per-axis accessors refuse an axis other than 0, 1 or 2, naming it: before, axis 3
 * silently read the next level's (or point's) first component.
 */
class WorkspaceAxisTest {
    @Test
    void anAxisOutsideZeroToTwoIsRefusedNamingIt() {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject());
        Workspace ws = m.newWorkspace();
        m.solve(PosturePreset.SITTING_MAX_FLEXION.posture(), List.of(), ws);
        assertThat(ws.solved()).isTrue();
        assertThat(ws.netMomentNm(SpinalLevel.L5_S1, 0)).isFinite();
        for (int bad : new int[] {-1, 3}) {
            assertThatThrownBy(() -> ws.netMomentNm(SpinalLevel.L5_S1, bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("axis = " + bad)
                    .hasMessageContaining("0, 1 or 2");
            assertThatThrownBy(() -> ws.discCentreM(SpinalLevel.L4_L5, bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.trunkOnThighsPointM(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.centreOfMassM(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.backrestForceN(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
