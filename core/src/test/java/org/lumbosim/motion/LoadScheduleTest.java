package org.lumbosim.motion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, item 3: the load is carried over the whole interval [pickup, release], both ends included. */
class LoadScheduleTest {
    @Test
    void issue13_theFramesAtPickupAndAtReleaseCarryTheLoad() {
        LoadSchedule s = new LoadSchedule(175, 1.0, 2.5);
        assertThat(s.heldAt(1.0)).isTrue();
        assertThat(s.heldAt(2.5)).isTrue();
        assertThat(s.heldAt(Math.nextDown(1.0))).isFalse();
        assertThat(s.heldAt(Math.nextUp(2.5))).isFalse();
        assertThat(LoadSchedule.none().heldAt(0)).isFalse();
    }
}
