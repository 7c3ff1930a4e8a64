package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.result.AnalysisResult;

/**
 * Issue 14 item 2: every limit line a chart's text names is drawn in that chart. The text is the
 * title and every caption; what is drawn is read back from the chart's panels.
 */
class FigureTextTest {
    private static final LumbosimTheme T = Fixtures.THEME;
    private static final double[] LIMITS_N = {OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N,
        OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N,
        OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N};

    /** @return the chart's title and captions, each rendered once so that nothing is built lazily */
    static String text(JFreeChart chart) {
        chart.createBufferedImage(960, 540);
        List<String> parts = new ArrayList<>();
        parts.add(chart.getTitle() == null ? "" : chart.getTitle().getText());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt) {
                parts.add(tt.getText());
            }
        }
        return String.join(" | ", parts);
    }

    /**
     * @param text a figure's text
     * @param drawnN the limit lines drawn (N)
     * @return the limits the text names that are not drawn
     */
    static List<Double> namedButNotDrawn(String text, Set<Double> drawnN) {
        List<Double> out = new ArrayList<>();
        for (double limit : LIMITS_N) {
            String plain = String.format(java.util.Locale.ROOT, "%.0f N", limit);
            String grouped = LimitLines.newtons(limit);
            if ((text.contains(plain) || text.contains(grouped)) && !drawnN.contains(limit)) {
                out.add(limit);
            }
        }
        if (text.contains("dashed") && !drawnN.contains(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N)) {
            out.add(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N);
        }
        return out;
    }

    private static void namesOnlyWhatItDraws(JFreeChart chart) {
        String text = text(chart);
        assertThat(namedButNotDrawn(text, Charts.drawnLimitsN(chart))).as(text).isEmpty();
    }

    @Test
    void everyChartNamesOnlyTheLimitLinesItDraws() {
        AnalysisResult light = Lumbosim.analyze(Fixtures.MODEL, Posture.uprightStanding(), List.of());
        AnalysisResult heavy = Fixtures.liftRoundBack15kg();
        for (AnalysisResult r : List.of(light, heavy)) {
            namesOnlyWhatItDraws(Charts.levelProfile(r, "Levels", T));
            namesOnlyWhatItDraws(Charts.muscleForces(r, "Muscles", T));
        }
        namesOnlyWhatItDraws(Charts.sweep(Fixtures.flexionSweep10kg(), SpinalLevel.L5_S1, "Sweep", T));
        namesOnlyWhatItDraws(Charts.sweepComparison(Map.of("a", Fixtures.flexionSweep10kg()), SpinalLevel.L5_S1,
                "Sweeps", T));
        namesOnlyWhatItDraws(Charts.postureComparison(Fixtures.wilkeCases(), "Postures", T));
        namesOnlyWhatItDraws(Charts.compressionHeatMap(Fixtures.grid(6, 5), "Heat", T));
    }

    @Test
    void theLevelProfileOfALiftBelowTheMaximumLimitNamesNoDashedLine() {
        // 20 kg: between half of the action limit and half of the maximum limit in the current model (L5-S1 2,877 N)
        JFreeChart chart = Charts.levelProfile(Lumbosim.analyze(Fixtures.MODEL,
                org.lumbosim.posture.PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(org.lumbosim.load.HandLoad.ofMassKg(20))), "Levels", T);
        Set<Double> drawn = Charts.drawnLimitsN(chart);
        assertThat(drawn).contains(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N)
                .doesNotContain(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N);
        assertThat(text(chart)).contains("3,400 N").doesNotContain("6,400").doesNotContain("6400")
                .doesNotContain("dashed");
    }

    @Test
    void aHeatMapBelowTheLimitsHasNoLineNote() {
        CompressionGrid low = CompressionGrid.solve(Fixtures.MODEL, Posture.uprightStanding(), SpinalLevel.L5_S1,
                new double[] {0, 1}, new double[] {0.2, 0.25}, Fixtures.shoulderHeightM());
        JFreeChart chart = Charts.compressionHeatMap(low, "Heat", T);
        assertThat(Charts.drawnLimitsN(chart)).isEmpty();
        assertThat(Charts.limitsCaption(chart)).isEmpty();
        assertThat(text(chart)).doesNotContain("NIOSH");
    }

    @Test
    void theCheckFailsWhenATextNamesALineThatIsNotDrawn() {
        assertThat(namedButNotDrawn("Lines: NIOSH (1981) maximum permissible 6,400 N (dashed)",
                Set.of(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N))).isNotEmpty();
        assertThat(namedButNotDrawn("Line: NIOSH (1981) action limit 3,400 N",
                Set.of(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N))).isEmpty();
    }

    @Test
    void numbersHaveThousandsSeparatorsAndNoNegativeZero() {
        assertThat(LimitLines.newtons(3400)).isEqualTo("3,400 N");
        assertThat(LimitLines.number(-0.2, 0)).isEqualTo("0");
        assertThat(LimitLines.number(-1234.5, 1)).isEqualTo("-1,234.5");
    }

    /**
     * Lying on the back, every level's AP shear rounds to 0 N: the level profile's shear axis spans at
     * least {@link LimitLines#LEAST_SHEAR_SPAN_N} and its tick labels are distinct and never "-0" (they
     * read "-0 0 0" over a span of a billionth of a newton before).
     */
    @Test
    void aShearAxisWhoseShearsRoundToZeroHasDistinctTicksAndNoMinusZero() {
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT,
                org.lumbosim.posture.PosturePreset.LYING_SUPINE.posture(), List.of());
        for (org.lumbosim.result.LevelLoad l : r.levels()) {
            assertThat(LimitLines.newtons(l.apShearN())).as(l.level().label()).isEqualTo("0 N");
        }
        JFreeChart chart = Charts.levelProfile(r, "", T);
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        java.awt.image.BufferedImage img = chart.createBufferedImage(960, 540, info);
        org.jfree.chart.plot.CategoryPlot shear = (org.jfree.chart.plot.CategoryPlot)
                ((org.jfree.chart.plot.CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().get(1);
        org.jfree.chart.axis.NumberAxis axis = (org.jfree.chart.axis.NumberAxis) shear.getRangeAxis();
        assertThat(axis.getRange().getLength()).isGreaterThanOrEqualTo(LimitLines.LEAST_SHEAR_SPAN_N);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            List<String> ticks = new ArrayList<>();
            for (Object t : axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(),
                    info.getPlotInfo().getSubplotInfo(1).getDataArea(), org.jfree.chart.ui.RectangleEdge.BOTTOM)) {
                ticks.add(((org.jfree.chart.axis.ValueTick) t).getText());
            }
            assertThat(ticks).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates().doesNotContain("-0");
        } finally {
            g.dispose();
        }
    }
}
