package org.lumbosim.viz;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.result.LevelLoad;

/**
 * {@link Charts#sweep}: compression, AP shear and intradiscal pressure at one level against a swept
 * parameter in three stacked panels, with the limit lines the data come near.
 */
final class SweepChart {
    private SweepChart() {
    }

    static JFreeChart build(ParameterSweep sweep, SpinalLevel level, String title, LumbosimTheme theme) {
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
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        XYPlot cPlot = PlotParts.linePlot(comp, "Compression (N)", 0, theme);
        LimitLines.addCompressionLimits(cPlot, comp.getMaxY(), theme);
        XYPlot sPlot = PlotParts.linePlot(shear, "AP shear (N)", 2, theme);
        LimitLines.addShearLimit(sPlot, shear.getMinY(), shear.getMaxY(), theme);
        XYPlot pPlot = PlotParts.linePlot(idp, "IDP (MPa)", 3, theme);
        PlotParts.ensureRangeWith(pPlot.getRangeAxis(), Math.min(0, idp.getMinY()), idp.getMaxY());
        plot.add(cPlot, 4);
        plot.add(sPlot, 3);
        plot.add(pPlot, 3);
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, false));
        chart.addSubtitle(theme.caption("Loads on the " + level.label() + " disc", RectangleEdge.TOP));
        return chart;
    }
}
