package org.lumbosim.viz;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.lumbosim.disc.Activity;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySample;
import org.lumbosim.disc.DiurnalDiscConstants;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;

/**
 * {@link Charts#day}: one disc's intradiscal pressure and height through a simulated day, each
 * activity named over a bracket of its hours in a strip above them ({@link ActivityStrip}), the night shaded, with the night measurements of Wilke et al.
 * (1999) for L4-L5 (said to be his volunteer's nights, after his own days), and a warning when the day
 * loses more disc height by the night than measured in vivo from morning to evening.
 */
final class DayChart {
    private DayChart() {
    }

    /** Height of the activities' strip, relative to each data panel's ({@link #PANEL_WEIGHT}). */
    private static final int STRIP_WEIGHT = 4;
    /** Height of the pressure and the height panels, relative to the strip's. */
    private static final int PANEL_WEIGHT = 5;

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
        XYPlot pPlot = PlotParts.linePlot(idp, "IDP (MPa)", LumbosimTheme.IDP_SERIES, theme);
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
            r.setSeriesPaint(1, theme.inVivoColor());
        }
        PlotParts.ensureRangeWith(pPlot.getRangeAxis(), 0, idp.getMaxY());
        // the activities' names in a strip of their own above the data, each over a bracket of its hours (they
        // were drawn rotated over the pressure curve, crowded where the activities were short)
        List<ActivityStrip.Span> spans = new ArrayList<>();
        double t = 0;
        for (Activity a : day.schedule().activities()) {
            spans.add(new ActivityStrip.Span(a.label(), t, t + a.durationH()));
            t += a.durationH();
        }
        NumberAxis none = new NumberAxis();
        none.setVisible(false);
        XYPlot strip = new XYPlot(new XYSeriesCollection(), null, none, null);
        theme.styleXYPlot(strip);
        strip.setDomainGridlinesVisible(false);
        strip.setRangeGridlinesVisible(false);
        strip.setOutlineVisible(false);
        strip.addAnnotation(new ActivityStrip(spans, theme.tickLabelFont(), theme.textColor()));
        XYPlot hPlot = PlotParts.linePlot(height, "Disc height (mm)", LumbosimTheme.DISC_HEIGHT_SERIES, theme);
        ((NumberAxis) hPlot.getRangeAxis()).setAutoRangeIncludesZero(false);
        double nightStart = day.schedule().nightStartH();
        double nightEnd = nightStart + day.schedule().nightH();
        for (XYPlot p : List.of(strip, pPlot, hPlot)) {
            p.addDomainMarker(new IntervalMarker(nightStart, nightEnd, NIGHT_SHADE), Layer.BACKGROUND);
        }
        plot.add(strip, STRIP_WEIGHT);
        plot.add(pPlot, PANEL_WEIGHT);
        plot.add(hPlot, PANEL_WEIGHT);
        plot.setFixedLegendItems(pPlot.getLegendItems());
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, level == SpinalLevel.L4_L5));
        String caption = "The " + level.label() + " disc through the day, each activity named; shaded: lying (night)";
        if (level == SpinalLevel.L4_L5) {
            caption += "; squares: Wilke's volunteer at night, after his own days, not this schedule";
        }
        chart.addSubtitle(theme.caption(caption, RectangleEdge.TOP));
        double evening = height.getY(0).doubleValue();
        for (DaySample s : day.samples()) {
            if (s.timeH() <= day.schedule().nightStartH()) {
                evening = s.level(level).heightMm();
            }
        }
        double loss = 1 - evening / height.getY(0).doubleValue();
        if (loss > DiurnalDiscConstants.DAILY_HEIGHT_LOSS_LARGEST_MEASURED_FRACTION) {
            chart.addSubtitle(theme.caption(String.format(Locale.ROOT,
                    "Warning: by the night this day has lost %.2f %% of the disc's height (%.1f %% at its lowest), more"
                            + " than the %.0f %% measured by MRI from morning to evening (Martin et al. 2022): beyond"
                            + " the data the disc model was calibrated on",
                    100 * loss, 100 * (1 - height.getMinY() / height.getY(0).doubleValue()),
                    100 * DiurnalDiscConstants.DAILY_HEIGHT_LOSS_LARGEST_MEASURED_FRACTION), RectangleEdge.BOTTOM));
        }
        return chart;
    }
}
