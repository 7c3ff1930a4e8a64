package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The storage classes {@link QpProblem} and {@link DualState}: declared column rows, resizing,
 * the min-max stress cap and the saved solution.
 */
class QpStorageTest {

    @Test
    void coefficientsOutsideAColumnsRowsReadAsZeroUntilResized() {
        QpProblem p = new QpProblem(4, 3);
        assertThat(p.resize(4, 3)).as("same size as made").isFalse();
        for (int j = 0; j < 4; j++) {
            p.a[4 + j] = j + 1;
        }
        p.setColumnRows(1, 1, 3);
        assertThat(new double[] {p.coefficient(0, 1), p.coefficient(1, 1), p.coefficient(2, 1), p.coefficient(3, 1)})
                .containsExactly(0, 2, 3, 0);
        assertThat(p.resize(3, 3)).isTrue();
        assertThat(p.coefficient(0, 1)).as("resize declares every row again").isEqualTo(1.0);
        assertThatThrownBy(() -> p.setColumnRows(1, 0, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside [0, 3)");
        assertThatThrownBy(() -> p.resize(5, 1)).hasMessageContaining("exceeds the workspace's 4 x 3");
    }

    @Test
    void copyKeepsDeclaredRowsAndBounds() {
        QpProblem p = new QpProblem(5, 4);
        p.resize(3, 2);
        p.a[0] = 1;
        p.a[5 + 2] = 7;
        p.setColumnRows(1, 2, 3);
        p.b[2] = 4;
        p.pcsa[1] = 2e-4;
        p.upper[1] = 120;
        QpProblem c = new QpProblem(3, 2);
        p.copyInto(c);
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 2; i++) {
                assertThat(c.coefficient(j, i)).as("A[%s][%s]", j, i).isEqualTo(p.coefficient(j, i));
            }
        }
        assertThat(c.coefficient(2, 1)).isEqualTo(7.0);
        assertThat(c.rowLo[1]).isEqualTo(2);
        assertThat(c.b[2]).isEqualTo(4.0);
        assertThat(c.upper[1]).isEqualTo(120.0);
        assertThat(c.pcsa[1]).isEqualTo(2e-4);
    }

    @Test
    void stressCapLowersOnlyBoundsAboveItAndIsUndone() {
        QpProblem p = new QpProblem(1, 2);
        p.pcsa[0] = 1e-3;
        p.upper[0] = 600;
        p.pcsa[1] = 2e-3;
        p.upper[1] = 100;
        p.saveUpper();
        p.capStress(1e5);
        assertThat(p.upper).containsExactly(100, 100);
        p.capStress(4e4);
        assertThat(p.upper).as("capped from the saved bounds, not the capped ones").containsExactly(40, 80);
        p.restoreUpper();
        assertThat(p.upper).containsExactly(600, 100);
    }

    @Test
    void savedSolutionComesBack() {
        DualState st = new DualState(2, 3);
        st.f[0] = 1;
        st.lambda[1] = 2;
        st.residualNm = 3;
        st.worstRow = 1;
        st.save(2, 3);
        st.f[0] = 10;
        st.lambda[1] = 20;
        st.residualNm = 30;
        st.worstRow = 0;
        st.residualCurrent = true;
        st.restoreLambda(2);
        assertThat(st.lambda[1]).isEqualTo(2.0);
        assertThat(st.f[0]).as("restoreLambda leaves the forces").isEqualTo(10.0);
        st.restore(2, 3);
        assertThat(st.f[0]).isEqualTo(1.0);
        assertThat(st.residualNm).isEqualTo(3.0);
        assertThat(st.worstRow).isEqualTo(1);
        assertThat(st.residualCurrent).isFalse();
        assertThat(st.coldStart(2)).isFalse();
        st.resetWarmStart();
        assertThat(st.coldStart(2)).isTrue();
    }
}
