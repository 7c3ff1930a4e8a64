package org.lumbosim.viz;

import java.awt.geom.Ellipse2D;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.result.LevelLoad;

/**
 * {@link Charts#sweepComparison}: several sweeps of one parameter as one line each on the panels of
 * {@link SweepChart}, each panel's lines in its quantity's colour, a sweep told by its line's shade, dash and marker
 * ({@link LumbosimTheme#comparisonColor}, {@link LumbosimTheme#comparisonStroke}), with one legend entry per sweep
 * in the neutral grey. Overloaded points ({@link
 * org.lumbosim.result.AnalysisResult#overloaded()}: loads at the strength the task requires) stay on
 * their line and are ringed in the limits' colour ({@link LumbosimTheme#overloadColor()}; they were vermilion, the
 * colour of a support's push), with a legend entry {@value #OVERLOADED} when any is drawn.
 */
final class SweepComparisonChart {
    /** The legend entry of the ringed overloaded points. */
    static final String OVERLOADED = "overloaded (strength lifted to what it needs)";

    private SweepComparisonChart() {
    }

    static JFreeChart build(Map<String, ParameterSweep> sweeps, SpinalLevel level, String title, LumbosimTheme theme) {
        if (sweeps.isEmpty()) {
            throw new IllegalArgumentException("sweeps is empty");
        }
        String label = sweeps.values().iterator().next().parameterLabel();
        XYSeriesCollection comp = new XYSeriesCollection();
        XYSeriesCollection shear = new XYSeriesCollection();
        XYSeriesCollection idp = new XYSeriesCollection();
        double compMax = 0;
        double shearMin = 0;
        double shearMax = 0;
        double idpMax = 0;
        XYSeries cOver = new XYSeries(OVERLOADED, false, true);
        XYSeries sOver = new XYSeries(OVERLOADED, false, true);
        XYSeries pOver = new XYSeries(OVERLOADED, false, true);
        for (Map.Entry<String, ParameterSweep> e : sweeps.entrySet()) {
            ParameterSweep sw = e.getValue();
            if (!sw.parameterLabel().equals(label)) {
                throw new IllegalArgumentException("sweep \"" + e.getKey() + "\" varies \"" + sw.parameterLabel()
                        + "\", the first varies \"" + label + "\"");
            }
            XYSeries c = new XYSeries(e.getKey(), false, true);
            XYSeries s = new XYSeries(e.getKey(), false, true);
            XYSeries p = new XYSeries(e.getKey(), false, true);
            for (int i = 0; i < sw.size(); i++) {
                LevelLoad l = sw.results().get(i).level(level);
                c.add(sw.parameterValue(i), l.compressionN());
                s.add(sw.parameterValue(i), l.apShearN());
                p.add(sw.parameterValue(i), l.idpMPa());
                if (sw.results().get(i).overloaded()) {
                    cOver.add(sw.parameterValue(i), l.compressionN());
                    sOver.add(sw.parameterValue(i), l.apShearN());
                    pOver.add(sw.parameterValue(i), l.idpMPa());
                }
            }
            comp.addSeries(c);
            shear.addSeries(s);
            idp.addSeries(p);
            compMax = Math.max(compMax, c.getMaxY());
            shearMin = Math.min(shearMin, s.getMinY());
            shearMax = Math.max(shearMax, s.getMaxY());
            idpMax = Math.max(idpMax, p.getMaxY());
        }
        NumberAxis x = new NumberAxis(label);
        x.setAutoRangeIncludesZero(false);
        // the axis ends at the sweeps' first and last points: the auto range's margins ran it on past the data
        if (comp.getDomainUpperBound(false) > comp.getDomainLowerBound(false)) {
            x.setRange(comp.getDomainLowerBound(false), comp.getDomainUpperBound(false));
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        XYPlot cPlot = PlotParts.multiLinePlot(comp, "Compression (N)", theme.compressionColor(), theme);
        LimitLines.addCompressionLimits(cPlot, compMax, theme);
        XYPlot sPlot = PlotParts.multiLinePlot(shear, "AP shear (N)", theme.shearColor(), theme);
        LimitLines.addShearLimit(sPlot, shearMin, shearMax, theme);
        XYPlot pPlot = PlotParts.multiLinePlot(idp, "IDP (MPa)", theme.idpColor(), theme);
        PlotParts.ensureRangeWith(pPlot.getRangeAxis(), 0, idpMax);
        if (!cOver.isEmpty()) {
            ring(cPlot, cOver, theme);
            ring(sPlot, sOver, theme);
            ring(pPlot, pOver, theme);
        }
        plot.add(cPlot, 4);
        plot.add(sPlot, 3);
        plot.add(pPlot, 3);
        // one legend for the three panels, each drawing its sweeps in its quantity's colour: the series' shade, line
        // and marker in the neutral grey (it showed the compression panel's lines)
        LegendItemCollection legend = PlotParts.multiLinePlot(comp, "", LumbosimTheme.NEUTRAL_SERIES, theme)
                .getLegendItems();
        LegendItemCollection drawn = cPlot.getLegendItems();
        for (int i = legend.getItemCount(); i < drawn.getItemCount(); i++) {
            legend.add(drawn.get(i)); // the overloaded points' ring
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, true));
        chart.addSubtitle(theme.caption("Loads on the " + level.label() + " disc", RectangleEdge.TOP));
        return chart;
    }

    /** Draws {@code points} on {@code plot} as rings of {@link LumbosimTheme#overloadColor()} around the lines' markers. */
    private static void ring(XYPlot plot, XYSeries points, LumbosimTheme theme) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        double d = theme.lineWidthPt() * 5;
        r.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setSeriesShapesFilled(0, false);
        r.setSeriesPaint(0, theme.overloadColor());
        r.setSeriesStroke(0, theme.dataStroke());
        plot.setDataset(1, new XYSeriesCollection(points));
        plot.setRenderer(1, r);
    }
}
