package org.lumbosim.viz;

import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@link Charts#compressionRanking}: one horizontal bar of compression per named activity, in the
 * given order, with the NIOSH lines the data come near and a caption naming exactly the lines drawn.
 */
final class RankingChart {
    private RankingChart() {
    }

    /** Share of the chart's width the activity names may take, so that whole descriptions show. */
    private static final float LABEL_WIDTH_RATIO = 0.5f;

    static JFreeChart build(Map<String, Double> compressionN, String valueLabel, String note, String title,
                            LumbosimTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        compressionN.forEach((name, n) -> data.addValue(n, Charts.MODEL_SERIES, name));
        CategoryPlot plot = PlotParts.barPlot(data, valueLabel, theme);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setLabel(null);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
        LimitLines.addCompressionLimits(plot, PlotParts.maxOf(data), theme);
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, false));
        String lines = LimitLines.caption(LimitLines.drawnN(chart));
        String text = lines.isEmpty() ? note : note.isEmpty() ? lines : note + ". " + lines;
        if (!text.isEmpty()) {
            chart.addSubtitle(theme.caption(text, RectangleEdge.BOTTOM));
        }
        return chart;
    }
}
