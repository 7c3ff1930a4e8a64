package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.model.SpinalLevel;

class DataTypesTest {
    @Test
    void sweepCopiesAndChecks() {
        double[] v = {0, 10};
        var r = Fixtures.liftRoundBack15kg();
        ParameterSweep s = new ParameterSweep("Trunk flexion (deg)", v, List.of(r, r));
        v[0] = 99;
        assertEquals(0, s.parameterValue(0));
        s.parameterValues()[1] = 99;
        assertEquals(10, s.parameterValue(1));
        assertThrows(IllegalArgumentException.class, () -> new ParameterSweep("Trunk flexion", new double[] {0, 1},
                List.of(r, r)));
        assertThrows(IllegalArgumentException.class, () -> new ParameterSweep("x (deg)", new double[] {0, 1, 2},
                List.of(r, r)));
    }

    @Test
    void gridCopiesAndChecks() {
        double[][] c = {{1, 2}, {3, 4}};
        CompressionGrid g = new CompressionGrid(SpinalLevel.L5_S1, new double[] {0, 5}, new double[] {0.2, 0.3}, 0.4, c);
        c[0][0] = 99;
        assertEquals(1, g.compressionN(0, 0));
        g.compressionN()[1][1] = 99;
        assertEquals(4, g.compressionN(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new CompressionGrid(SpinalLevel.L5_S1,
                new double[] {0, 5, 7}, new double[] {0.2, 0.3}, 0.4, new double[][] {{1, 2}, {3, 4}, {5, 6}}));
        assertThrows(IllegalArgumentException.class, () -> new CompressionGrid(SpinalLevel.L5_S1,
                new double[] {0, 5}, new double[] {0.2, 0.3}, 0.4, new double[][] {{1, 2}}));
    }

    @Test
    void themeIsSlideSizedAndChecked() {
        LumbosimTheme t = LumbosimTheme.slides();
        assertThat(t.titleSizePt()).isBetween(18f, 22f);
        assertThat(t.axisLabelSizePt()).isEqualTo(16f);
        assertEquals(LumbosimTheme.OKABE_ITO, t.palette());
        assertEquals(t.seriesColor(0), t.seriesColor(LumbosimTheme.OKABE_ITO.size()));
        assertThat(t.scaled(0.5f).axisLabelSizePt()).isEqualTo(8f);
        assertThrows(IllegalArgumentException.class, () -> new LumbosimTheme("DejaVu Sans", 0, 16, 14, 14,
                LumbosimTheme.OKABE_ITO, t.limitColor(), 3, 2, t.background(), t.gridColor(), t.textColor()));
        assertThrows(IllegalArgumentException.class, () -> new LumbosimTheme("DejaVu Sans", 20, 16, 14, 14,
                LumbosimTheme.OKABE_ITO.subList(0, 2), t.limitColor(), 3, 2, t.background(), t.gridColor(),
                t.textColor()));
    }
}
