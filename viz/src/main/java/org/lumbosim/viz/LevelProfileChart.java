package org.lumbosim.viz;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;

/**
 * {@link Charts#levelProfile}: compression, AP shear and intradiscal pressure of the five lumbar
 * levels of one result as bars, L1-L2 at the top, the limit lines labelled by value and named in a
 * caption.
 */
final class LevelProfileChart {
    private LevelProfileChart() {
    }

    static JFreeChart build(AnalysisResult result, String title, LumbosimTheme theme) {
        DefaultCategoryDataset comp = new DefaultCategoryDataset();
        DefaultCategoryDataset shear = new DefaultCategoryDataset();
        DefaultCategoryDataset idp = new DefaultCategoryDataset();
        SpinalLevel[] levels = SpinalLevel.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            LevelLoad l = result.level(levels[i]);
            comp.addValue(l.compressionN(), Charts.MODEL_SERIES, levels[i].label());
            shear.addValue(l.apShearN(), Charts.MODEL_SERIES, levels[i].label());
            idp.addValue(l.idpMPa(), Charts.MODEL_SERIES, levels[i].label());
        }
        CategoryPlot cPlot = PlotParts.barPlot(comp, "Compression (N)", theme);
        LimitLines.addCompressionLimits(cPlot, PlotParts.maxOf(comp), theme);
        LimitLines.shortenLabels(cPlot);
        CategoryPlot sPlot = PlotParts.barPlot(shear, "AP shear (N)", theme);
        ((BarRenderer) cPlot.getRenderer()).setSeriesPaint(0, theme.seriesColor(LumbosimTheme.COMPRESSION_SERIES));
        ((BarRenderer) sPlot.getRenderer()).setSeriesPaint(0, theme.seriesColor(LumbosimTheme.SHEAR_SERIES));
        LimitLines.addShearLimit(sPlot, PlotParts.minOf(shear), PlotParts.maxOf(shear), theme);
        CategoryPlot pPlot = PlotParts.barPlot(idp, "IDP (MPa)", theme);
        ((BarRenderer) pPlot.getRenderer()).setSeriesPaint(0, theme.idpColor());
        PlotParts.ensureUpper(pPlot.getRangeAxis(), PlotParts.maxOf(idp));
        CategoryAxis levelAxis = new LabelRoomCategoryAxis("Lumbar level");
        LimitLines.reserveLabelRow(levelAxis, List.of(cPlot, sPlot), theme);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(levelAxis);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.add(cPlot, 1);
        plot.add(sPlot, 1);
        plot.add(pPlot, 1);
        plot.setGap(28);
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, false));
        String lines = LimitLines.caption(LimitLines.drawnN(chart));
        if (!lines.isEmpty()) {
            chart.addSubtitle(theme.caption(lines, RectangleEdge.BOTTOM));
        }
        return chart;
    }
}
