package org.lumbosim.viz;

import java.awt.Graphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.MotionResult;

/**
 * {@link Charts#motion}: compression, AP shear and intradiscal pressure at one level against time in
 * three stacked panels, the compression peak marked, frames without loads left as gaps, and overloaded
 * frames (beyond the subject's strength, loads at the strength they require) hatched, with a legend
 * entry "overloaded".
 */
final class MotionChart {
    private MotionChart() {
    }

    /** Headroom of the compression axis above the peak, as a fraction of it (room for the peak's label). */
    private static final double PEAK_HEADROOM = 0.15;

    /** The legend entry of the hatched overloaded frames. */
    static final String OVERLOADED = "overloaded";

    static JFreeChart build(MotionResult motion, SpinalLevel level, String title, LumbosimTheme theme) {
        int peak = motion.peakCompressionFrame(level);
        if (peak < 0) {
            throw new IllegalArgumentException("no frame of the motion was solved: nothing to plot");
        }
        double[] t = motion.timeS();
        double[] c = motion.compressionN(level);
        double[] ap = motion.apShearN(level);
        double[] p = motion.idpMPa(level);
        XYSeries comp = new XYSeries(Charts.MODEL_SERIES, false, true);
        XYSeries shear = new XYSeries(Charts.MODEL_SERIES, false, true);
        XYSeries idp = new XYSeries(Charts.MODEL_SERIES, false, true);
        for (int i = 0; i < t.length; i++) {
            // NaN (an unsolved frame) breaks the line: JFreeChart draws no segment to or from it
            comp.add(t[i], Double.isFinite(c[i]) ? c[i] : null);
            shear.add(t[i], Double.isFinite(ap[i]) ? ap[i] : null);
            idp.add(t[i], Double.isFinite(p[i]) ? p[i] : null);
        }
        NumberAxis x = new TimeAxis();
        x.setAutoRangeIncludesZero(false);
        if (t[t.length - 1] > t[0]) {
            // the axis ends at the first and last frames: the auto range's margins ran it on past the data
            // (the OpenCap squats, 0-8 s, drew an empty strip out to 8.4 s)
            x.setRange(t[0], t[t.length - 1]);
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        XYPlot cPlot = PlotParts.linePlot(comp, "Compression (N)", 0, theme);
        LimitLines.addCompressionLimits(cPlot, c[peak], theme);
        ValueMarker at = new ValueMarker(t[peak], theme.seriesColor(0), theme.limitStroke(true));
        // the figures' one number style, as the limit lines' labels beside it ("4602 N" beside "3,400 N" before)
        at.setLabel("peak " + LimitLines.newtons(c[peak]) + " at " + LimitLines.number(t[peak], 2) + " s");
        at.setLabelFont(theme.tickLabelFont());
        at.setLabelPaint(theme.seriesColor(0));
        at.setLabelBackgroundColor(LimitLines.LABEL_BACKGROUND);
        // the label runs away from the nearer end of the time axis, so it stays inside the plot
        boolean lateHalf = t[peak] > (t[0] + t[t.length - 1]) / 2;
        at.setLabelAnchor(lateHalf ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        at.setLabelTextAnchor(lateHalf ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        cPlot.addDomainMarker(at, Layer.FOREGROUND);
        // only ever widened: a limit line above the peak keeps the axis addCompressionLimits gave it
        if (c[peak] * (1 + PEAK_HEADROOM) > cPlot.getRangeAxis().getUpperBound()) {
            PlotParts.ensureRangeWith(cPlot.getRangeAxis(), 0, c[peak] * (1 + PEAK_HEADROOM));
        }
        XYPlot sPlot = PlotParts.linePlot(shear, "AP shear (N)", 2, theme);
        LimitLines.addShearLimit(sPlot, shear.getMinY(), shear.getMaxY(), theme);
        XYPlot pPlot = PlotParts.linePlot(idp, "IDP (MPa)", LumbosimTheme.IDP_SERIES, theme);
        PlotParts.ensureRangeWith(pPlot.getRangeAxis(), 0, idp.getMaxY());
        boolean overloaded = shadeOverloaded(motion, t, theme, cPlot, sPlot, pPlot);
        plot.add(cPlot, 4);
        plot.add(sPlot, 3);
        plot.add(pPlot, 3);
        if (overloaded) {
            LegendItemCollection legend = new LegendItemCollection();
            legend.add(OverloadHatch.legend(OVERLOADED, theme));
            plot.setFixedLegendItems(legend);
        }
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, overloaded));
        chart.addSubtitle(theme.caption("Loads on the " + level.label() + " disc over time", RectangleEdge.TOP));
        return chart;
    }

    /**
     * Hatches every run of consecutive overloaded frames ({@link OverloadHatch}), from half a step before its first frame to
     * half a step after its last, on every panel.
     *
     * @return whether any frame is overloaded
     */
    private static boolean shadeOverloaded(MotionResult motion, double[] t, LumbosimTheme theme, XYPlot... panels) {
        boolean[] over = motion.overloaded();
        double half = (t[t.length - 1] - t[0]) / (t.length - 1) / 2;
        boolean any = false;
        for (int i = 0; i < t.length; i++) {
            if (!over[i]) {
                continue;
            }
            int j = i;
            while (j + 1 < t.length && over[j + 1]) {
                j++;
            }
            for (XYPlot p : panels) {
                p.getRenderer().addAnnotation(new OverloadHatch(t[i] - half, t[j] + half, theme),
                        Layer.BACKGROUND);
            }
            any = true;
            i = j;
        }
        return any;
    }

    /**
     * The time axis. It ends at the first and last frames, and its tick unit is chosen for labels as wide as
     * one with the unit's decimals: JFreeChart measures only the bounds' labels, and "0" and "8" let a 0.2 s
     * unit through whose labels ran together ("0.20.40.6") once the axis ended at 8 s instead of 8.4 s.
     */
    static final class TimeAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;

        TimeAxis() {
            super("Time (s)");
        }

        @Override
        protected double estimateMaximumTickLabelWidth(Graphics2D g2, TickUnit unit) {
            double bounds = super.estimateMaximumTickLabelWidth(g2, unit);
            String inner = unit.valueToString(getUpperBound() - unit.getSize());
            RectangleInsets in = getTickLabelInsets();
            return Math.max(bounds, in.getLeft() + in.getRight()
                    + g2.getFontMetrics(getTickLabelFont()).stringWidth(inner));
        }
    }
}
