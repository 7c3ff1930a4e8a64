package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.result.LevelLoad;

/**
 * {@link Charts#sweep}: compression, AP shear and intradiscal pressure at one level against a swept
 * parameter in three stacked panels, with the limit lines the data come near; points the muscles
 * cannot balance, points whose supports cannot hold the body shaded and overloaded points hatched, each kind
 * with a legend entry when it is drawn, and a note at the bottom.
 */
final class SweepChart {
    private SweepChart() {
    }

    /** Shade of the points the muscles cannot balance: translucent grey. */
    private static final Color NOT_SOLVED_SHADE = new Color(0x80, 0x80, 0x80, 0x70);
    /** The legend entry of the points the muscles cannot balance. */
    static final String NOT_SOLVED = "not solvable (muscles cannot balance)";
    /**
     * Shade of the points whose supports cannot hold the body: the furniture's fill, translucent, each band edged in
     * the furniture's outline ({@link LumbosimTheme#FURNITURE_FILL}, {@link LumbosimTheme#FURNITURE_EDGE}): the
     * supports drawn as the stick figure draws them. It was translucent sky blue, the disc height's colour and, until
     * the thirteenth session, a compared series'.
     */
    static final Color NOT_HELD_SHADE = new Color(LumbosimTheme.FURNITURE_FILL.getRed(),
            LumbosimTheme.FURNITURE_FILL.getGreen(), LumbosimTheme.FURNITURE_FILL.getBlue(), 0xc0);
    /** The legend entry of the points whose supports cannot hold the body. */
    static final String NOT_HELD = "supports cannot hold the body (no loads)";

    static JFreeChart build(ParameterSweep sweep, SpinalLevel level, String title, LumbosimTheme theme) {
        return build(sweep, level, title, new double[0], new double[0], new double[0], "", theme);
    }

    static JFreeChart build(ParameterSweep sweep, SpinalLevel level, String title, double[] notSolvedX,
                            double[] notHeldX, double[] overloadedX, String note, LumbosimTheme theme) {
        XYSeries comp = new XYSeries(Charts.MODEL_SERIES, false, true);
        XYSeries shear = new XYSeries(Charts.MODEL_SERIES, false, true);
        XYSeries idp = new XYSeries(Charts.MODEL_SERIES, false, true);
        for (int i = 0; i < sweep.size(); i++) {
            LevelLoad l = sweep.results().get(i).level(level);
            comp.add(sweep.parameterValue(i), l.compressionN());
            shear.add(sweep.parameterValue(i), l.apShearN());
            idp.add(sweep.parameterValue(i), l.idpMPa());
        }
        NumberAxis x = new NumberAxis(sweep.parameterLabel());
        x.setAutoRangeIncludesZero(false);
        // the axis ends at the sweep's first and last points (widened below for unsolved points' bands): the auto
        // range's margins ran it on past the data (loadMassKg 0:40:2 drew a 42 kg tick)
        if (comp.getMaxX() > comp.getMinX()) {
            x.setRange(comp.getMinX(), comp.getMaxX());
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        XYPlot cPlot = PlotParts.linePlot(comp, "Compression (N)", 0, theme);
        LimitLines.addCompressionLimits(cPlot, comp.getMaxY(), theme);
        XYPlot sPlot = PlotParts.linePlot(shear, "AP shear (N)", 2, theme);
        LimitLines.addShearLimit(sPlot, shear.getMinY(), shear.getMaxY(), theme);
        XYPlot pPlot = PlotParts.linePlot(idp, "IDP (MPa)", LumbosimTheme.IDP_SERIES, theme);
        PlotParts.ensureRangeWith(pPlot.getRangeAxis(), Math.min(0, idp.getMinY()), idp.getMaxY());
        plot.add(cPlot, 4);
        plot.add(sPlot, 3);
        plot.add(pPlot, 3);
        double[] unsolved = new double[notSolvedX.length + notHeldX.length];
        System.arraycopy(notSolvedX, 0, unsolved, 0, notSolvedX.length);
        System.arraycopy(notHeldX, 0, unsolved, notSolvedX.length, notHeldX.length);
        double half = halfStep(sweep, unsolved);
        LegendItemCollection legend = new LegendItemCollection();
        for (XYPlot p : List.of(cPlot, sPlot, pPlot)) {
            for (double v : notSolvedX) {
                p.addDomainMarker(new IntervalMarker(v - half, v + half, NOT_SOLVED_SHADE), Layer.BACKGROUND);
            }
            for (double v : notHeldX) {
                IntervalMarker m = new IntervalMarker(v - half, v + half, NOT_HELD_SHADE);
                m.setOutlinePaint(LumbosimTheme.FURNITURE_EDGE);
                m.setOutlineStroke(new BasicStroke(1f));
                p.addDomainMarker(m, Layer.BACKGROUND);
            }
            for (double v : overloadedX) {
                p.getRenderer().addAnnotation(new OverloadHatch(v - half, v + half, theme),
                        Layer.BACKGROUND);
            }
        }
        if (notSolvedX.length > 0) {
            legend.add(new LegendItem(NOT_SOLVED, null, null, null, new Rectangle(-6, -6, 12, 12), NOT_SOLVED_SHADE));
        }
        if (notHeldX.length > 0) {
            legend.add(new LegendItem(NOT_HELD, null, null, null, true, new Rectangle(-6, -6, 12, 12), true, NOT_HELD_SHADE,
                    true, LumbosimTheme.FURNITURE_EDGE, new BasicStroke(1f), false, new Rectangle(), new BasicStroke(1f),
                    NOT_HELD_SHADE));
        }
        if (unsolved.length > 0) {
            x.setRange(Math.min(x.getLowerBound(), min(unsolved) - half), Math.max(x.getUpperBound(), max(unsolved) + half));
        }
        if (overloadedX.length > 0) {
            legend.add(OverloadHatch.legend(MotionChart.OVERLOADED + " (loads at the strength they require)", theme));
        }
        plot.setFixedLegendItems(legend);
        boolean marks = legend.getItemCount() > 0;
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, marks));
        chart.addSubtitle(theme.caption("Loads on the " + level.label() + " disc", RectangleEdge.TOP));
        if (!note.isEmpty()) {
            chart.addSubtitle(theme.caption(note, RectangleEdge.BOTTOM));
        }
        return chart;
    }

    /** @return half the smallest spacing of the swept values, the half-width of a marked point's band */
    private static double halfStep(ParameterSweep sweep, double[] notSolvedX) {
        double[] all = new double[sweep.size() + notSolvedX.length];
        for (int i = 0; i < sweep.size(); i++) {
            all[i] = sweep.parameterValue(i);
        }
        System.arraycopy(notSolvedX, 0, all, sweep.size(), notSolvedX.length);
        java.util.Arrays.sort(all);
        double step = Double.POSITIVE_INFINITY;
        for (int i = 1; i < all.length; i++) {
            if (all[i] > all[i - 1]) {
                step = Math.min(step, all[i] - all[i - 1]);
            }
        }
        return Double.isFinite(step) ? step / 2 : 0.5;
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }
}
