package org.lumbosim.viz;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lumbosim.model.SpinalLevel;

/**
 * {@link Charts#postureComparison}: bars of one level's compression and another's intradiscal
 * pressure per named posture, with the in vivo pressure beside the model's where it was measured.
 */
final class PostureComparisonChart {
    private PostureComparisonChart() {
    }

    static JFreeChart build(List<PostureCase> cases, SpinalLevel compressionLevel, SpinalLevel idpLevel, String title,
                            LumbosimTheme theme) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("cases is empty: nothing to compare");
        }
        DefaultCategoryDataset compression = new DefaultCategoryDataset();
        DefaultCategoryDataset idp = new DefaultCategoryDataset();
        boolean anyMeasured = cases.stream().anyMatch(c -> c.measured().isPresent());
        for (PostureCase c : cases) {
            compression.addValue(c.result().level(compressionLevel).compressionN(), Charts.MODEL_SERIES, c.name());
            idp.addValue(c.result().level(idpLevel).idpMPa(), Charts.MODEL_SERIES, c.name());
            if (anyMeasured) {
                idp.addValue(c.measured().map(m -> (Number) m.idpMPa()).orElse(null), Charts.WILKE_SERIES, c.name());
            }
        }
        CategoryPlot cPlot = PlotParts.barPlot(compression, compressionLevel.label() + " compression (N)", theme);
        LimitLines.addCompressionLimits(cPlot, PlotParts.maxOf(compression), theme);
        CategoryPlot pPlot = PlotParts.barPlot(idp, idpLevel.label() + " IDP (MPa)", theme);
        PlotParts.ensureUpper(pPlot.getRangeAxis(), PlotParts.maxOf(idp));
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(null));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.add(cPlot, 1);
        plot.add(pPlot, 1);
        plot.setGap(24);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(theme.legendBox(Charts.MODEL_SERIES, theme.seriesColor(0)));
        if (anyMeasured) {
            legend.add(theme.legendBox(Charts.WILKE_SERIES, theme.seriesColor(1)));
        }
        plot.setFixedLegendItems(legend);
        return theme.finish(new JFreeChart(title, theme.titleFont(), plot, true));
    }
}
