package org.lumbosim.viz;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lumbosim.model.SpinalLevel;

/**
 * {@link Charts#postureComparison}: bars of one level's compression and another's intradiscal
 * pressure per named posture, with the in vivo pressure beside the model's where it was measured and,
 * where a posture of such a chart was not measured, {@link #NOT_MEASURED} in the in vivo colour in the
 * slot its bar would take (an empty slot, as sitting upright's in {@code PlotSittingPostures}, said
 * nothing).
 */
final class PostureComparisonChart {
    private PostureComparisonChart() {
    }

    /** The text in the in vivo slot of a posture that was not measured. */
    static final String NOT_MEASURED = "not measured in vivo";

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
        // the value alone beside a line, the caption names it: a long label finds no free place in a small panel
        LimitLines.shortenLabels(cPlot);
        CategoryPlot pPlot = PlotParts.barPlot(idp, idpLevel.label() + " IDP (MPa)", theme);
        PlotParts.ensureUpper(pPlot.getRangeAxis(), PlotParts.maxOf(idp));
        // the model's pressure in the pressure's orange, as in every chart (it was the compression's blue)
        pPlot.getRenderer().setSeriesPaint(idp.getRowIndex(Charts.MODEL_SERIES), theme.idpColor());
        if (anyMeasured) {
            pPlot.getRenderer().setSeriesPaint(idp.getRowIndex(Charts.WILKE_SERIES), theme.inVivoColor());
            for (PostureCase c : cases) {
                if (c.measured().isEmpty()) {
                    // the lower half of the category's band, where the in vivo bar stands beside the model's
                    CategoryTextAnnotation note = new CategoryTextAnnotation(" " + NOT_MEASURED, c.name(), 0);
                    note.setCategoryAnchor(CategoryAnchor.MIDDLE);
                    note.setTextAnchor(TextAnchor.TOP_LEFT);
                    note.setFont(theme.tickLabelFont());
                    note.setPaint(theme.inVivoColor());
                    pPlot.addAnnotation(note);
                }
            }
        }
        CategoryAxis postureAxis = new LabelRoomCategoryAxis(null);
        LimitLines.reserveLabelRow(postureAxis, List.of(cPlot), theme);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(postureAxis);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.add(cPlot, 1);
        plot.add(pPlot, 1);
        plot.setGap(24);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(theme.legendBox(Charts.MODEL_SERIES + ": compression", theme.compressionColor()));
        legend.add(theme.legendBox(Charts.MODEL_SERIES + ": IDP", theme.idpColor()));
        if (anyMeasured) {
            legend.add(theme.legendBox(Charts.WILKE_SERIES, theme.inVivoColor()));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, true));
        String lines = LimitLines.caption(LimitLines.drawnN(chart));
        if (!lines.isEmpty()) {
            chart.addSubtitle(theme.caption(lines, RectangleEdge.BOTTOM));
        }
        return chart;
    }
}
