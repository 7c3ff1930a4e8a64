package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Issue 14 item 4: the claims panels draw what exists and their text names only what is drawn. */
class ClaimsFigureTest {
    private static final LumbosimTheme T = Fixtures.THEME;
    // made-up numbers: these tests are about the drawing, not the model
    private static final ClaimsFigure.Claim NUMBERED = new ClaimsFigure.Claim("A claims 140", "a source", "X (%)", 140,
            100, "reference", 60, "in vivo: study", 90, "model: posture");
    private static final ClaimsFigure.Claim DIRECTION_ONLY = new ClaimsFigure.Claim("B is lower", "another source",
            "Y (N)", Double.NaN, 100, "reference", Double.NaN, "in vivo: nobody", 80, "model: other");

    @Test
    void aPanelDrawsOnlyTheValuesThatExist() {
        assertThat(ClaimsFigure.drawnBars(ClaimsFigure.claimChart(NUMBERED, T)))
                .containsExactly(ClaimsFigure.CLAIMED, "in vivo: study", "model: posture");
        assertThat(ClaimsFigure.drawnBars(ClaimsFigure.claimChart(DIRECTION_ONLY, T))).containsExactly("model: other");
    }

    @Test
    void theCaptionNamesOnlyTheBarsDrawn() {
        String c = ClaimsFigure.caption(List.of(NUMBERED, DIRECTION_ONLY));
        assertThat(c).contains("claimed 140").contains("in vivo in vivo: study 60").contains("model: posture 90")
                .contains("the claim gives only a direction").contains("no in vivo measurement")
                .doesNotContain("in vivo: nobody");
        for (ClaimsFigure.Claim k : List.of(NUMBERED, DIRECTION_ONLY)) {
            JFreeChart chart = ClaimsFigure.claimChart(k, T);
            String text = FigureTextTest.text(chart);
            assertThat(text).startsWith(k.claim());
            // the panel says which bars are absent, and only those
            assertThat(text.contains("no in vivo measurement")).isEqualTo(Double.isNaN(k.inVivo()));
            assertThat(text.contains("gives no number")).isEqualTo(Double.isNaN(k.claimed()));
            // a label is in the caption only when its bar is drawn
            for (String label : List.of(k.inVivoLabel(), k.modelLabel())) {
                assertThat(c.contains(label)).as(label).isEqualTo(ClaimsFigure.drawnBars(chart).contains(label));
            }
        }
    }

    @Test
    void thePercentChartNamesThePosturesWilkeDidNotMeasureAndDrawsNoBarForThem() {
        JFreeChart chart = ClaimsFigure.percentOfStanding(List.of(
                new ClaimsFigure.PercentRow("standing", 100, 100, 100),
                new ClaimsFigure.PercentRow("carrying", 220, Double.NaN, 250)), "Model: note.", "Percent", T);
        var data = chart.getCategoryPlot().getDataset();
        assertThat(data.getValue(ClaimsFigure.WILKE, "carrying")).isNull();
        assertThat(data.getValue(ClaimsFigure.NACHEMSON, "carrying").doubleValue()).isEqualTo(220);
        assertThat(FigureTextTest.text(chart)).contains("Not measured by Wilke et al. 1999: carrying.")
                .doesNotContain("standing.");
        JFreeChart all = ClaimsFigure.percentOfStanding(List.of(new ClaimsFigure.PercentRow("standing", 100, 100, 100)),
                "Model: note.", "Percent", T);
        assertThat(FigureTextTest.text(all)).doesNotContain("Not measured");
    }
}
