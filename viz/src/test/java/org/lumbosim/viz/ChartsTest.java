package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartTheme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;

class ChartsTest {
    private static final LumbosimTheme T = Fixtures.THEME;

    private static void renders(JFreeChart chart) {
        BufferedImage img = chart.createBufferedImage(960, 540);
        assertThat(img.getWidth()).isEqualTo(960);
    }

    private static List<CategoryPlot> sub(JFreeChart c) {
        return ((CombinedDomainCategoryPlot) c.getPlot()).getSubplots();
    }

    private static List<String> legendLabels(JFreeChart c) {
        List<String> out = new java.util.ArrayList<>();
        org.jfree.chart.LegendItemCollection items = c.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    private static List<XYPlot> subXY(JFreeChart c) {
        return ((CombinedDomainXYPlot) c.getPlot()).getSubplots();
    }

    private static String label(Axis a) {
        return a.getLabel();
    }

    @Test
    void fig2_eachKindOfUnsolvedPointIsShadedOnEveryPanelWithALegendEntryOnlyWhenDrawn() {
        ParameterSweep s = Fixtures.flexionSweep10kg();
        double last = s.parameterValue(s.size() - 1);
        double step = s.parameterValue(1) - s.parameterValue(0);
        double[] notSolved = {last + step};
        double[] notHeld = {last + 2 * step, last + 3 * step};
        JFreeChart chart = Charts.sweep(s, SpinalLevel.L5_S1, "x", notSolved, notHeld, new double[0], "", T);
        for (XYPlot p : subXY(chart)) {
            java.util.Collection<?> bands = p.getDomainMarkers(Layer.BACKGROUND);
            assertThat(bands).hasSize(notSolved.length + notHeld.length);
            for (double v : notHeld) {
                assertThat(bands).anySatisfy(o -> {
                    org.jfree.chart.plot.IntervalMarker b = (org.jfree.chart.plot.IntervalMarker) o;
                    assertThat(b.getStartValue()).isLessThan(v);
                    assertThat(b.getEndValue()).isGreaterThan(v);
                    assertThat(((java.awt.Color) b.getPaint()).getBlue()).isGreaterThan(200);
                });
            }
        }
        assertThat(legendLabels(chart)).containsExactly(SweepChart.NOT_SOLVED, SweepChart.NOT_HELD);
        assertThat(chart.getXYPlot().getDomainAxis().getUpperBound()).isGreaterThan(last + 3 * step);
        // only what is drawn is named
        JFreeChart held = Charts.sweep(s, SpinalLevel.L5_S1, "x", new double[0], notHeld, new double[0], "", T);
        assertThat(legendLabels(held)).containsExactly(SweepChart.NOT_HELD);
    }

    @Test
    void postureComparisonPlotsSolverNumbersAndWilke() {
        List<PostureCase> cases = Fixtures.wilkeCases();
        JFreeChart chart = Charts.postureComparison(cases, "cmp", T);
        renders(chart);
        CategoryDataset comp = sub(chart).get(0).getDataset();
        CategoryDataset idp = sub(chart).get(1).getDataset();
        assertEquals(cases.size(), comp.getColumnCount());
        for (PostureCase c : cases) {
            Wilke1999Row m = new Wilke1999Row(c);
            AnalysisResult again = Lumbosim.analyze(Fixtures.SUBJECT, m.preset, Fixtures.loadsOf(c.measured().get()));
            assertEquals(again.l5s1().compressionN(), comp.getValue(Charts.MODEL_SERIES, c.name()).doubleValue(), 0);
            assertEquals(again.level(SpinalLevel.L4_L5).idpMPa(),
                    idp.getValue(Charts.MODEL_SERIES, c.name()).doubleValue(), 0);
            assertEquals(c.measured().get().idpMPa(), idp.getValue(Charts.WILKE_SERIES, c.name()).doubleValue(), 0);
        }
        assertThat(label(sub(chart).get(0).getRangeAxis())).isEqualTo("L5-S1 compression (N)");
        assertThat(label(sub(chart).get(1).getRangeAxis())).isEqualTo("L4-L5 IDP (MPa)");
    }

    /** The posture of a Wilke case. */
    private record Wilke1999Row(Posture preset) {
        Wilke1999Row(PostureCase c) {
            this(c.measured().get().posture().get());
        }
    }

    @Test
    void postureComparisonLeavesUnmeasuredPosturesEmpty() {
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, Posture.standingFlexed(20), List.of());
        List<PostureCase> cases = List.of(Fixtures.wilkeCases().get(0), PostureCase.of("bent 20", r));
        JFreeChart chart = Charts.postureComparison(cases, "cmp", T);
        assertNull(sub(chart).get(1).getDataset().getValue(Charts.WILKE_SERIES, "bent 20"));
        assertThrows(IllegalArgumentException.class, () -> Charts.postureComparison(List.of(), "x", T));
    }

    @Test
    void sweepSeriesEqualSolverAndShowLimits() {
        ParameterSweep s = Fixtures.flexionSweep10kg();
        JFreeChart chart = Charts.sweep(s, SpinalLevel.L5_S1, "sweep", T);
        renders(chart);
        List<XYPlot> p = subXY(chart);
        for (int i = 0; i < s.size(); i++) {
            AnalysisResult r = Lumbosim.analyze(Fixtures.MODEL, Posture.standingFlexed(Fixtures.FLEXION_DEG[i]),
                    List.of(HandLoad.ofMassKg(10)));
            XYDataset c = p.get(0).getDataset();
            assertEquals(Fixtures.FLEXION_DEG[i], c.getXValue(0, i), 0);
            assertEquals(r.l5s1().compressionN(), c.getYValue(0, i), 0);
            assertEquals(r.l5s1().apShearN(), p.get(1).getDataset().getYValue(0, i), 0);
            assertEquals(r.l5s1().idpMPa(), p.get(2).getDataset().getYValue(0, i), 0);
        }
        assertThat(label(((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis())).isEqualTo("Trunk flexion (deg)");
        assertThat(label(p.get(0).getRangeAxis())).contains("(N)");
        assertThat(label(p.get(1).getRangeAxis())).contains("(N)");
        assertThat(label(p.get(2).getRangeAxis())).contains("(MPa)");
        // a limit line is drawn where the peak compression reaches half of it (LimitLinesTest checks
        // the lines of heavier tasks); the expectation follows the peak, which depends on the model
        double peak = 0;
        for (int i = 0; i < s.size(); i++) {
            peak = Math.max(peak, p.get(0).getDataset().getYValue(0, i));
        }
        List<Double> expected = new java.util.ArrayList<>();
        for (double limit : new double[] {3400, 6400}) {
            if (peak >= 0.5 * limit) {
                expected.add(limit);
            }
        }
        List<Double> lines = markerValues(p.get(0));
        assertThat(lines).containsExactlyElementsOf(expected);
        if (!expected.isEmpty()) {
            assertThat(p.get(0).getRangeAxis().getUpperBound()).isGreaterThan(expected.get(expected.size() - 1));
        }
        assertThat(markerValues(p.get(1))).containsExactly(1000.0);
    }

    @Test
    void sweepComparisonHasOneSeriesPerSweepEqualToSolverAndOneLegendEntryEach() {
        double[] kg = {0, 10, 20};
        Map<String, ParameterSweep> sweeps = new java.util.LinkedHashMap<>();
        sweeps.put("Stoop", ParameterSweep.loadMass(Fixtures.MODEL,
                org.lumbosim.posture.PosturePreset.LIFT_ROUND_BACK.posture(), kg));
        sweeps.put("Squat", ParameterSweep.loadMass(Fixtures.MODEL,
                org.lumbosim.posture.PosturePreset.LIFT_BENT_KNEES.posture(), kg));
        JFreeChart chart = Charts.sweepComparison(sweeps, SpinalLevel.L5_S1, "cmp", T);
        renders(chart);
        List<XYPlot> p = subXY(chart);
        assertEquals(2, p.get(0).getDataset().getSeriesCount());
        assertEquals("Squat", p.get(0).getDataset().getSeriesKey(1));
        AnalysisResult squat20 = Lumbosim.analyze(Fixtures.MODEL,
                org.lumbosim.posture.PosturePreset.LIFT_BENT_KNEES.posture(), List.of(HandLoad.ofMassKg(20)));
        assertEquals(squat20.l5s1().compressionN(), p.get(0).getDataset().getYValue(1, 2), 0);
        assertEquals(squat20.l5s1().apShearN(), p.get(1).getDataset().getYValue(1, 2), 0);
        assertEquals(squat20.l5s1().idpMPa(), p.get(2).getDataset().getYValue(1, 2), 0);
        assertEquals(2, chart.getPlot().getLegendItems().getItemCount());
        assertThat(label(((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis())).isEqualTo("Load mass (kg)");
        assertThat(label(p.get(2).getRangeAxis())).contains("(MPa)");
        Map<String, ParameterSweep> mixed = new java.util.LinkedHashMap<>(sweeps);
        mixed.put("Flexion", Fixtures.flexionSweep10kg());
        assertThrows(IllegalArgumentException.class, () -> Charts.sweepComparison(mixed, SpinalLevel.L5_S1, "x", T));
    }

    @Test
    void sweepComparisonRingsExactlyTheOverloadedPointsAndNamesThemInTheLegend() {
        LumbarModel reporting = Fixtures.MODEL.withOverloadPolicy(OverloadPolicy.REPORT);
        ParameterSweep heavy = ParameterSweep.loadMass(reporting, Posture.standingFlexed(60), new double[] {0, 10, 150});
        assertThat(heavy.results().stream().map(AnalysisResult::overloaded).toList())
                .as("precondition: only 150 kg at 60° is beyond the default subject's strength")
                .containsExactly(false, false, true);
        JFreeChart chart = Charts.sweepComparison(Map.of("heavy", heavy), SpinalLevel.L5_S1, "x", T);
        renders(chart);
        List<XYPlot> p = subXY(chart);
        for (XYPlot panel : p) {
            assertEquals(1, panel.getDataset(1).getItemCount(0));
            assertEquals(150, panel.getDataset(1).getXValue(0, 0), 0);
            assertEquals(panel.getDataset(0).getYValue(0, 2), panel.getDataset(1).getYValue(0, 0), 0);
        }
        List<String> legend = new java.util.ArrayList<>();
        for (int i = 0; i < chart.getPlot().getLegendItems().getItemCount(); i++) {
            legend.add(chart.getPlot().getLegendItems().get(i).getLabel());
        }
        assertThat(legend).containsExactly("heavy", SweepComparisonChart.OVERLOADED);

        ParameterSweep light = ParameterSweep.loadMass(reporting, Posture.standingFlexed(60), new double[] {0, 10});
        JFreeChart plain = Charts.sweepComparison(Map.of("light", light), SpinalLevel.L5_S1, "x", T);
        assertThat(subXY(plain).get(0).getDataset(1)).isNull();
        assertEquals(1, plain.getPlot().getLegendItems().getItemCount());
    }

    @Test
    void heavySweepShowsBothNioshLimits() {
        ParameterSweep s = ParameterSweep.loadMass(Fixtures.MODEL, Posture.standingFlexed(60), new double[] {0, 20, 40});
        double max = s.results().stream().mapToDouble(r -> r.l5s1().compressionN()).max().orElseThrow();
        List<Double> lines = markerValues(subXY(Charts.sweep(s, SpinalLevel.L5_S1, "x", T)).get(0));
        if (max >= 3200) {
            assertThat(lines).containsExactly(3400.0, 6400.0);
        } else {
            assertThat(lines).contains(3400.0);
        }
    }

    private static List<Double> markerValues(XYPlot p) {
        var ms = p.getRangeMarkers(Layer.BACKGROUND);
        return ms == null ? List.of() : ms.stream().map(m -> ((ValueMarker) m).getValue()).toList();
    }

    @Test
    void heatMapCellsEqualFacadeResults() {
        CompressionGrid g = Fixtures.grid(4, 3);
        JFreeChart chart = Charts.compressionHeatMap(g, "heat", T);
        renders(chart);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYZDataset d = (XYZDataset) plot.getDataset();
        assertEquals(12, d.getItemCount(0));
        int k = 0;
        for (int i = 0; i < g.massCount(); i++) {
            for (int j = 0; j < g.distanceCount(); j++) {
                double mass = g.loadMassKg()[i];
                double x = g.handDistanceM()[j];
                assertEquals(x, d.getXValue(0, k), 0);
                assertEquals(mass, d.getYValue(0, k), 0);
                double z = d.getZValue(0, k);
                if (!Double.isNaN(z)) {
                    AnalysisResult r = Lumbosim.analyze(Fixtures.MODEL, Posture.uprightStanding(),
                            List.of(HandLoad.ofMassKg(mass).atPositionM(new PositionM(x, g.handHeightM(), 0))));
                    assertEquals(r.l5s1().compressionN(), z, 1e-9 * Math.abs(z));
                }
                k++;
            }
        }
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Horizontal hand distance from L5-S1 (m)");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Load mass (kg)");
    }

    @Test
    void heatMapDrawsContourWhereGridCrossesLimit() {
        double[][] c = {{1000, 3000, 5000}, {2000, 4000, 7000}};
        CompressionGrid g = new CompressionGrid(SpinalLevel.L5_S1, new double[] {0, 10}, new double[] {0.2, 0.4, 0.6},
                0.4, c);
        XYPlot plot = (XYPlot) Charts.compressionHeatMap(g, "synthetic", T).getPlot();
        // 3400 crosses 2 cells (2 segments x 2 strokes), 6400 crosses one cell; plus a label per line
        assertThat(plot.getAnnotations()).hasSize(2 * 2 + 2 * 1 + 2);
    }

    @Test
    void levelProfileHasFiveLevelsTopDown() {
        AnalysisResult r = Fixtures.liftRoundBack15kg();
        JFreeChart chart = Charts.levelProfile(r, "profile", T);
        renders(chart);
        CategoryDataset comp = sub(chart).get(0).getDataset();
        assertThat(comp.getColumnKeys()).containsExactly("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1");
        for (LevelLoad l : r.levels()) {
            assertEquals(l.compressionN(), comp.getValue(Charts.MODEL_SERIES, l.level().label()).doubleValue(), 0);
            assertEquals(l.apShearN(), sub(chart).get(1).getDataset()
                    .getValue(Charts.MODEL_SERIES, l.level().label()).doubleValue(), 0);
            assertEquals(l.idpMPa(), sub(chart).get(2).getDataset()
                    .getValue(Charts.MODEL_SERIES, l.level().label()).doubleValue(), 0);
        }
        assertThat(label(sub(chart).get(0).getRangeAxis())).isEqualTo("Compression (N)");
        assertThat(label(sub(chart).get(2).getRangeAxis())).isEqualTo("IDP (MPa)");
    }

    @Test
    void muscleBarsSumPerGroupAndSide() {
        AnalysisResult r = Fixtures.liftRoundBack15kg();
        JFreeChart chart = Charts.muscleForces(r, "muscles", T);
        renders(chart);
        CategoryDataset d = ((CategoryPlot) chart.getPlot()).getDataset();
        double chartTotal = 0;
        for (int row = 0; row < d.getRowCount(); row++) {
            for (int col = 0; col < d.getColumnCount(); col++) {
                chartTotal += d.getValue(row, col).doubleValue();
            }
        }
        double total = r.muscles().stream().mapToDouble(MuscleForce::forceN).sum();
        assertEquals(total, chartTotal, 1e-9 * total);
        Map<String, double[]> byGroup = Charts.muscleForceByGroupN(r);
        assertEquals(byGroup.size(), d.getColumnCount());
        String g0 = r.muscles().get(0).group();
        double left = r.muscles().stream().filter(m -> m.group().equals(g0) && m.side().equals("L"))
                .mapToDouble(MuscleForce::forceN).sum();
        assertEquals(left, byGroup.get(g0)[0], 1e-9 * Math.max(1, left));
        assertThat(((CategoryPlot) chart.getPlot()).getRangeAxis().getLabel()).contains("(N)");
    }

    @Test
    void chartsDoNotTouchTheGlobalTheme() {
        ChartTheme before = ChartFactory.getChartTheme();
        Charts.levelProfile(Fixtures.liftRoundBack15kg(), "x", T);
        Charts.sweep(Fixtures.flexionSweep10kg(), SpinalLevel.L4_L5, "x", T);
        assertThat(ChartFactory.getChartTheme()).isSameAs(before);
    }

    @Test
    void eachCallReturnsANewChart() {
        AnalysisResult r = Fixtures.liftRoundBack15kg();
        assertThat(Charts.levelProfile(r, "x", T)).isNotSameAs(Charts.levelProfile(r, "x", T));
    }

    /**
     * Fourteenth session's review: a sweep's parameter axis ends at its first and last points, in both sweep
     * charts, as the motion chart's time axis does: the auto range's margins ran it on past the data, and
     * {@code plot --sweep loadMassKg=0:40:2} drew a "42" tick beyond the last point, a load never computed.
     */
    @Test
    void review14_theParameterAxisEndsAtTheSweepsFirstAndLastPoints() {
        ParameterSweep s = Fixtures.flexionSweep10kg();
        double first = s.parameterValue(0);
        double last = s.parameterValue(s.size() - 1);
        for (JFreeChart chart : List.of(Charts.sweep(s, SpinalLevel.L5_S1, "x", T),
                Charts.sweepComparison(Map.of("a", s), SpinalLevel.L5_S1, "x", T))) {
            org.jfree.chart.axis.ValueAxis x = chart.getXYPlot().getDomainAxis();
            assertThat(x.getLowerBound()).isEqualTo(first);
            assertThat(x.getUpperBound()).isEqualTo(last);
        }
    }
}
