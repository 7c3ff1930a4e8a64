package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;
import org.lumbosim.reference.OccupationalLimits;

/**
 * The labels of the limit lines of line plots stay readable over data that cross their lines again
 * and again (repeated squat-like bends holding a load, as in the OpenCap squat figure whose curve ran
 * through "NIOSH action limit 3,400 N"): no data pixel shows through a label, and no data segment
 * crosses its box, whether it finds room along its line or, where the data cross the line all along
 * it, goes away from it with a sample of the line's stroke.
 */
class LimitLabelTest {
    /** Slide size (pt), and a smaller one where the labels are relatively wider. */
    private static final int[][] SIZES = {{960, 540}, {640, 360}};
    /** A pixel whose channels differ by more than this is coloured: a data line, not the black label on white. */
    private static final int COLOURED = 60;

    /** Bends holding 45 kg (the data cross the action limit) and 15 kg (they stay below it, past half of it). */
    private static JFreeChart heavy;
    private static JFreeChart light;
    /** Straightening up from 60 degrees holding 30 kg: the data cross the lines near their left end only. */
    private static JFreeChart extending;
    /** Squats holding 45 kg, one every 1.2 s: the data cross the action and shear limits all along them. */
    private static JFreeChart squats;

    @BeforeAll
    static void bendFiveTimes() {
        heavy = bends(45, 1.6);
        light = bends(15, 1.6);
        squats = bends(45, 1.2);
        int n = 41;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.1;
        }
        List<Posture> frames = MotionAnalysis.smoothTransition(Posture.standingFlexed(60), Posture.standingFlexed(0), 4, n);
        extending = Charts.motion(MotionAnalysis.solve(Fixtures.MODEL, t, frames, new LoadSchedule(30, 0, 4)),
                SpinalLevel.L5_S1, "Straightening up", LumbosimTheme.slides());
        assertThat(Charts.drawnLimitsN(heavy)).as("precondition: the motion reaches the action and shear limits")
                .contains(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N,
                        OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N);
        assertThat(Charts.drawnLimitsN(light)).contains(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N);
    }

    /** Upright at the start, bent 60 degrees once every period. */
    private static JFreeChart bends(double massKg, double periodS) {
        int n = 81;
        double[] t = new double[n];
        List<Posture> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.1;
            frames.add(Posture.standingFlexed(30 * (1 - Math.cos(2 * Math.PI * t[i] / periodS))));
        }
        MotionResult m = MotionAnalysis.solve(Fixtures.MODEL, t, frames, new LoadSchedule(massKg, 0, 8));
        return Charts.motion(m, SpinalLevel.L5_S1, "Five bends", LumbosimTheme.slides());
    }

    @SuppressWarnings("unchecked")
    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    private static List<LimitLabel> labels(XYPlot p) {
        List<LimitLabel> out = new ArrayList<>();
        p.getAnnotations().forEach(a -> {
            if (a instanceof LimitLabel l) {
                out.add(l);
            }
        });
        return out;
    }

    @Test
    void everyLimitLineOfALinePlotHasALabelOnAnOpaqueBox() {
        for (XYPlot p : panels(heavy)) {
            var lines = p.getRangeMarkers(Layer.BACKGROUND);
            assertThat(labels(p)).hasSize(lines == null ? 0 : lines.size());
            labels(p).forEach(l -> assertThat(l.background().getAlpha()).isEqualTo(255));
        }
        assertThat(labels(panels(heavy).get(0))).extracting(LimitLabel::text).contains(LimitLines.NIOSH_AL_LABEL);
        assertThat(labels(panels(heavy).get(1))).extracting(LimitLabel::text).containsExactly(LimitLines.SHEAR_LABEL);
    }

    @Test
    void everyLabelLiesInsideItsPlotAndNoDataPixelShowsThroughItAtAnySize() {
        for (JFreeChart chart : List.of(heavy, light, extending, squats)) {
            for (int[] size : SIZES) {
                assertLabelsClean(chart, size);
            }
        }
    }

    private static void assertLabelsClean(JFreeChart chart, int[] size) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.createBufferedImage(size[0], size[1], info);
        Graphics2D g = img.createGraphics();
        for (int i = 0; i < panels(chart).size(); i++) {
            XYPlot p = panels(chart).get(i);
            Rectangle2D area = info.getPlotInfo().getSubplotInfo(i).getDataArea();
            var lines = p.getRangeMarkers(Layer.BACKGROUND);
            assertThat(labels(p)).as("one label per line").hasSize(lines == null ? 0 : lines.size());
            for (LimitLabel l : labels(p)) {
                Rectangle2D box = l.place(g, p, area);
                assertThat(area.contains(box)).as("%s inside the plot at %dx%d", l.text(), size[0], size[1]).isTrue();
                for (int y = (int) Math.ceil(box.getMinY()) + 1; y < (int) box.getMaxY() - 1; y++) {
                    for (int x = (int) Math.ceil(box.getMinX()) + 1; x < (int) box.getMaxX() - 1; x++) {
                        int rgb = img.getRGB(x, y);
                        int r = rgb >> 16 & 0xff;
                        int gr = rgb >> 8 & 0xff;
                        int b = rgb & 0xff;
                        assertThat(Math.max(r, Math.max(gr, b)) - Math.min(r, Math.min(gr, b)))
                                .as("pixel (%d, %d) in %s at %dx%d", x, y, l.text(), size[0], size[1])
                                .isLessThanOrEqualTo(COLOURED);
                    }
                }
            }
        }
        g.dispose();
    }

    @Test
    void whereTheDataLeaveRoomAlongTheLineNoDataSegmentCrossesALabel() {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = extending.createBufferedImage(SIZES[0][0], SIZES[0][1], info);
        Graphics2D g = img.createGraphics();
        assertThat(Charts.drawnLimitsN(extending)).as("precondition: the action and shear limits are drawn")
                .contains(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N,
                        OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N);
        for (int i = 0; i < panels(extending).size(); i++) {
            XYPlot p = panels(extending).get(i);
            Rectangle2D area = info.getPlotInfo().getSubplotInfo(i).getDataArea();
            XYDataset data = p.getDataset();
            for (LimitLabel l : labels(p)) {
                Rectangle2D box = l.place(g, p, area);
                for (int k = 1; k < data.getItemCount(0); k++) {
                    double x0 = p.getDomainAxis().valueToJava2D(data.getXValue(0, k - 1), area, p.getDomainAxisEdge());
                    double y0 = p.getRangeAxis().valueToJava2D(data.getYValue(0, k - 1), area, p.getRangeAxisEdge());
                    double x1 = p.getDomainAxis().valueToJava2D(data.getXValue(0, k), area, p.getDomainAxisEdge());
                    double y1 = p.getRangeAxis().valueToJava2D(data.getYValue(0, k), area, p.getRangeAxisEdge());
                    assertThat(box.intersectsLine(x0, y0, x1, y1)).as("segment %d crosses %s", k, l.text()).isFalse();
                    assertThat(box.contains(x0, y0)).as("point %d in %s", k - 1, l.text()).isFalse();
                }
            }
        }
        g.dispose();
    }

    @Test
    void whereTheDataCrossALineAllAlongItItsLabelGoesAwayFromItWithASampleOfTheLineAndHidesNoData() {
        assertThat(Charts.drawnLimitsN(squats)).as("precondition: the action and shear limits are drawn")
                .contains(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N,
                        OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N);
        for (int[] size : SIZES) {
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage img = squats.createBufferedImage(size[0], size[1], info);
            Graphics2D g = img.createGraphics();
            int keyed = 0;
            for (int i = 0; i < panels(squats).size(); i++) {
                XYPlot p = panels(squats).get(i);
                Rectangle2D area = info.getPlotInfo().getSubplotInfo(i).getDataArea();
                for (LimitLabel l : labels(p)) {
                    LimitLabel.Spot spot = l.spot(g, p, area);
                    Rectangle2D box = spot.box();
                    assertNoDataSegmentCrosses(p, area, box, l.text() + " at " + size[0] + "x" + size[1]);
                    if (spot.withSample()) {
                        keyed++;
                        assertSampleDrawn(img, box, l.text(), size);
                    }
                }
            }
            g.dispose();
            assertThat(keyed).as("precondition: labels away from their lines at %dx%d", size[0], size[1])
                    .isGreaterThan(0);
        }
    }

    /** Every segment and point of every data series of the plot stays outside the box. */
    private static void assertNoDataSegmentCrosses(XYPlot p, Rectangle2D area, Rectangle2D box, String text) {
        XYDataset data = p.getDataset();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int k = 1; k < data.getItemCount(s); k++) {
                double x0 = p.getDomainAxis().valueToJava2D(data.getXValue(s, k - 1), area, p.getDomainAxisEdge());
                double y0 = p.getRangeAxis().valueToJava2D(data.getYValue(s, k - 1), area, p.getRangeAxisEdge());
                double x1 = p.getDomainAxis().valueToJava2D(data.getXValue(s, k), area, p.getDomainAxisEdge());
                double y1 = p.getRangeAxis().valueToJava2D(data.getYValue(s, k), area, p.getRangeAxisEdge());
                assertThat(box.intersectsLine(x0, y0, x1, y1)).as("segment %d crosses %s", k, text).isFalse();
            }
        }
    }

    /** The left of the box holds a dark horizontal stroke (the sample of the line) across its middle. */
    private static void assertSampleDrawn(BufferedImage img, Rectangle2D box, String text, int[] size) {
        int y = (int) box.getCenterY();
        int from = (int) Math.ceil(box.getMinX()) + 3;
        int to = (int) (box.getMinX() + LimitLabel.SAMPLE_LENGTH);
        int dark = 0;
        for (int x = from; x < to; x++) {
            for (int dy = -1; dy <= 1; dy++) {
                int rgb = img.getRGB(x, y + dy);
                if ((rgb >> 16 & 0xff) < 100 && (rgb >> 8 & 0xff) < 100 && (rgb & 0xff) < 100) {
                    dark++;
                    break;
                }
            }
        }
        assertThat(dark).as("sample of the line in %s at %dx%d", text, size[0], size[1])
                .isGreaterThan((to - from) / 2);
    }

    @Test
    void theHiddenLengthOfASegmentIsItsPartInsideTheBox() {
        Rectangle2D box = new Rectangle2D.Double(10, 10, 20, 10);
        assertThat(LimitLabel.clippedLength(box, 0, 15, 40, 15)).isCloseTo(20, within(1e-12));
        assertThat(LimitLabel.clippedLength(box, 10, 0, 30, 30)).isCloseTo(Math.hypot(20 / 3.0, 10), within(1e-12));
        assertThat(LimitLabel.clippedLength(box, 12, 12, 14, 12)).isCloseTo(2, within(1e-12));
        assertThat(LimitLabel.clippedLength(box, 0, 0, 40, 5)).isZero();
    }
}
