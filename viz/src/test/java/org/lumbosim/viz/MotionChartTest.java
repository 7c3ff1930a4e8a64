package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;

/** The motion time series: plotted values equal the motion's, units on the axes, the peak marked. */
class MotionChartTest {

    @Test
    void plotsTheMotionsLoadsAndMarksThePeak() {
        int n = 41;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.05;
        }
        List<Posture> frames = MotionAnalysis.smoothTransition(Posture.standingFlexed(60), Posture.standingFlexed(0), 2, n);
        MotionResult m = MotionAnalysis.solve(LumbarModel.of(Subject.defaultSubject()), t, frames, new LoadSchedule(10, 0, 5));
        JFreeChart chart = Charts.motion(m, SpinalLevel.L5_S1, "Lifting 10 kg in 2 s", LumbosimTheme.slides());
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Time (s)");
        @SuppressWarnings("unchecked")
        List<XYPlot> panels = plot.getSubplots();
        assertThat(panels).hasSize(3);
        assertThat(panels.get(0).getRangeAxis().getLabel()).contains("(N)");
        assertThat(panels.get(2).getRangeAxis().getLabel()).contains("(MPa)");
        double[] c = m.compressionN(SpinalLevel.L5_S1);
        for (int i = 0; i < n; i++) {
            assertThat(panels.get(0).getDataset().getXValue(0, i)).isEqualTo(t[i]);
            assertThat(panels.get(0).getDataset().getYValue(0, i)).isEqualTo(c[i]);
        }
        int peak = m.peakCompressionFrame(SpinalLevel.L5_S1);
        ValueMarker marker = (ValueMarker) panels.get(0).getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(marker.getValue()).isEqualTo(t[peak]);
        // in the figures' one number style, with a thousands separator as the limit lines' labels ("2,345 N",
        // not "2345 N")
        assertThat(c[peak]).isGreaterThan(1000);
        assertThat(marker.getLabel()).isEqualTo("peak " + LimitLines.newtons(c[peak]) + " at "
                + LimitLines.number(t[peak], 2) + " s");
        assertThat(marker.getLabel()).contains(",");
        BufferedImage img = chart.createBufferedImage(960, 540);
        assertThat(img.getWidth()).isEqualTo(960);
    }

    @Test
    void issue13_overloadedFramesAreShadedWithALegendEntry() {
        int n = 41;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.05;
        }
        List<Posture> frames = MotionAnalysis.smoothTransition(org.lumbosim.posture.PosturePreset.LIFT_ROUND_BACK.posture(),
                Posture.uprightStanding(), 2, n);
        LumbarModel report = LumbarModel.of(Subject.defaultSubject()).withOverloadPolicy(org.lumbosim.model.OverloadPolicy.REPORT);
        MotionResult heavy = MotionAnalysis.solve(report, t, frames, new LoadSchedule(175, 0, 2));
        JFreeChart chart = Charts.motion(heavy, SpinalLevel.L5_S1, "175 kg", LumbosimTheme.slides());
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();
        @SuppressWarnings("unchecked")
        List<XYPlot> panels = plot.getSubplots();
        boolean[] over = heavy.overloaded();
        for (XYPlot p : panels) {
            // hatched stretches behind the lines (they were shaded bands, domain markers)
            java.util.Collection<?> bands = ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) p.getRenderer())
                    .getAnnotations();
            assertThat(bands).isNotEmpty();
            for (int i = 0; i < n; i++) {
                boolean shaded = false;
                for (Object o : bands) {
                    OverloadHatch b = (OverloadHatch) o;
                    shaded |= b.fromX() <= t[i] && t[i] <= b.toX();
                }
                assertThat(shaded).as("frame %s", i).isEqualTo(over[i]);
            }
        }
        assertThat(chart.getLegend()).isNotNull();
        assertThat(plot.getLegendItems().get(0).getLabel()).isEqualTo("overloaded");
        // a motion without overloaded frames has no bands and no legend
        MotionResult light = MotionAnalysis.solve(report, t, frames, LoadSchedule.none());
        JFreeChart plain = Charts.motion(light, SpinalLevel.L5_S1, "0 kg", LumbosimTheme.slides());
        assertThat(plain.getLegend()).isNull();
        assertThat(((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) ((XYPlot) ((CombinedDomainXYPlot) plain.getXYPlot())
                .getSubplots().get(0)).getRenderer()).getAnnotations()).isEmpty();
    }
    /**
     * The time axis ends at the data: its bounds are the first and last frames' times, and the compression
     * curve, as drawn at 960×540, reaches the plot's right edge (the auto range's margin ran the axis of the
     * OpenCap squats, 0-8 s, out to 8.4 s; fails on the old code). Frames from 0.3 s, so that the start is
     * not zero either.
     */
    @Test
    void theTimeAxisEndsAtTheFirstAndLastFrames() {
        int n = 37;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0.3 + i * 0.05;
        }
        List<Posture> frames = MotionAnalysis.smoothTransition(Posture.standingFlexed(0), Posture.standingFlexed(50), 1.8, n);
        MotionResult m = MotionAnalysis.solve(LumbarModel.of(Subject.defaultSubject()), t, frames, LoadSchedule.none());
        JFreeChart chart = Charts.motion(m, SpinalLevel.L5_S1, "Bending", LumbosimTheme.slides());
        org.jfree.chart.axis.ValueAxis x = ((CombinedDomainXYPlot) chart.getXYPlot()).getDomainAxis();
        assertThat(x.getLowerBound()).isEqualTo(t[0]);
        assertThat(x.getUpperBound()).isEqualTo(t[n - 1]);
        Rectangle2D size = new Rectangle2D.Double(0, 0, 960, 540);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(960, 540, info);
        Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
        double curveEnd = DrawnShapes.of(chart, size).lines().stream()
                .filter(l -> l.paint().equals(LumbosimTheme.slides().seriesColor(LumbosimTheme.COMPRESSION_SERIES)))
                .mapToDouble(l -> l.box().getMaxX()).max().orElseThrow();
        assertThat(curveEnd).as("the curve's right end, px").isCloseTo(area.getMaxX(), org.assertj.core.api.Assertions.within(1.0));
    }

    /**
     * The time axis' tick labels, as drawn, do not run together: a motion of 0-8 s (the OpenCap squats'
     * span), at 960×540 and 640×360, its labels under the plots at least a space apart. Ended at 8 s, JFreeChart
     * chose a 0.2 s unit from the widths of "0" and "8" alone and drew "0.20.40.6" (fails without
     * {@code MotionChart.TimeAxis}).
     */
    @Test
    void theTimeAxisLabelsDoNotRunTogether() {
        int n = 81;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.1;
        }
        List<Posture> frames = MotionAnalysis.smoothTransition(Posture.standingFlexed(0), Posture.standingFlexed(40), 8, n);
        MotionResult m = MotionAnalysis.solve(LumbarModel.of(Subject.defaultSubject()), t, frames, LoadSchedule.none());
        JFreeChart chart = Charts.motion(m, SpinalLevel.L5_S1, "Eight seconds", LumbosimTheme.slides());
        for (Rectangle2D size : List.of(new Rectangle2D.Double(0, 0, 960, 540), new Rectangle2D.Double(0, 0, 640, 360))) {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.createBufferedImage((int) size.getWidth(), (int) size.getHeight(), info);
            double below = info.getPlotInfo().getSubplotInfo(2).getDataArea().getMaxY();
            List<Rectangle2D> labels = DrawnShapes.of(chart, size).texts().stream()
                    .filter(x -> x.text().matches("[0-9.]+") && x.box().getMinY() >= below).map(DrawnShapes.Text::box)
                    .sorted(java.util.Comparator.comparingDouble(Rectangle2D::getMinX)).toList();
            assertThat(labels).as("time labels at %s", size).hasSizeGreaterThan(3);
            double space = LumbosimTheme.slides().tickLabelSizePt() / 4;
            for (int i = 1; i < labels.size(); i++) {
                assertThat(labels.get(i).getMinX() - labels.get(i - 1).getMaxX()).as("gap before label %d at %s", i, size)
                        .isGreaterThan(space);
            }
        }
    }

    @Test
    void thePeaksLabelLiesInsideThePlotWhereverThePeakIs() {
        int n = 41;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.05;
        }
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        // flexing: the peak at the last frame (its label was cut off at the right edge); extending: at the first
        for (boolean flexing : new boolean[] {true, false}) {
            List<Posture> frames = flexing
                    ? MotionAnalysis.smoothTransition(Posture.standingFlexed(0), Posture.standingFlexed(60), 2, n)
                    : MotionAnalysis.smoothTransition(Posture.standingFlexed(60), Posture.standingFlexed(0), 2, n);
            MotionResult m = MotionAnalysis.solve(model, t, frames, new LoadSchedule(10, 0, 5));
            JFreeChart chart = Charts.motion(m, SpinalLevel.L5_S1, "Lifting", LumbosimTheme.slides());
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage img = chart.createBufferedImage(960, 540, info);
            Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
            XYPlot cPlot = (XYPlot) ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
            ValueMarker marker = (ValueMarker) cPlot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
            double x = cPlot.getDomainAxis().valueToJava2D(marker.getValue(), area, cPlot.getDomainAxisEdge());
            Graphics2D g = img.createGraphics();
            double w = g.getFontMetrics(marker.getLabelFont()).getStringBounds(marker.getLabel(), g).getWidth();
            g.dispose();
            double offset = marker.getLabelOffset().getLeft();
            boolean right = marker.getLabelTextAnchor() == TextAnchor.TOP_LEFT;
            double from = right ? x + offset : x - offset - w;
            double to = right ? x + offset + w : x - offset;
            assertThat(from).as("flexing %s: label's left end", flexing).isGreaterThanOrEqualTo(area.getMinX());
            assertThat(to).as("flexing %s: label's right end", flexing).isLessThanOrEqualTo(area.getMaxX());
            assertThat(marker.getLabelTextAnchor()).isIn(TextAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT);
        }
    }
}
