package org.lumbosim.viz;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySample;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;

/**
 * {@link Charts#day}: one disc's intradiscal pressure and height through a simulated day, the night
 * shaded, with the night measurements of Wilke et al. (1999) for L4-L5.
 */
final class DayChart {
    private DayChart() {
    }

    /** Shade of the night (lying) interval: translucent black. */
    private static final Color NIGHT_SHADE = new Color(0, 0, 0, 18);

    static JFreeChart build(DayResult day, SpinalLevel level, String title, LumbosimTheme theme) {
        XYSeries idp = new XYSeries(Charts.MODEL_SERIES, false, true);
        XYSeries height = new XYSeries(Charts.MODEL_SERIES, false, true);
        for (DaySample s : day.samples()) {
            idp.add(s.timeH(), s.level(level).idpMPa());
            height.add(s.timeH(), s.level(level).heightMm());
        }
        NumberAxis x = new NumberAxis("Time since waking (h)");
        x.setRange(0, day.schedule().totalH());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        XYPlot pPlot = PlotParts.linePlot(idp, "IDP (MPa)", 3, theme);
        if (level == SpinalLevel.L4_L5) {
            XYSeries wilke = new XYSeries(Charts.WILKE_SERIES, false, true);
            double start = day.schedule().nightStartH();
            for (Wilke1999.Measurement m : Wilke1999.measurements()) {
                if (m.id().equals("night_start")) {
                    wilke.add(start, m.idpMPa());
                } else if (m.id().equals("night_end")) {
                    wilke.add(start + WilkeValidation.NIGHT_END_H, m.idpMPa());
                }
            }
            ((XYSeriesCollection) pPlot.getDataset()).addSeries(wilke);
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) pPlot.getRenderer();
            double d = theme.lineWidthPt() * 4;
            r.setSeriesLinesVisible(1, false);
            r.setSeriesShapesVisible(1, true);
            r.setSeriesShape(1, new Rectangle2D.Double(-d / 2, -d / 2, d, d));
            r.setSeriesPaint(1, theme.seriesColor(1));
        }
        PlotParts.ensureRangeWith(pPlot.getRangeAxis(), 0, idp.getMaxY());
        XYPlot hPlot = PlotParts.linePlot(height, "Disc height (mm)", 2, theme);
        ((NumberAxis) hPlot.getRangeAxis()).setAutoRangeIncludesZero(false);
        double nightStart = day.schedule().nightStartH();
        double nightEnd = nightStart + day.schedule().nightH();
        for (XYPlot p : List.of(pPlot, hPlot)) {
            p.addDomainMarker(new IntervalMarker(nightStart, nightEnd, NIGHT_SHADE), Layer.BACKGROUND);
        }
        plot.add(pPlot, 1);
        plot.add(hPlot, 1);
        plot.setFixedLegendItems(pPlot.getLegendItems());
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, level == SpinalLevel.L4_L5));
        chart.addSubtitle(theme.caption("The " + level.label() + " disc through the day; shaded: lying (night)",
                RectangleEdge.TOP));
        return chart;
    }
}
