package org.lumbosim.viz;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.MuscleForce;

/**
 * {@link Charts#muscleForces}: muscle force summed per anatomical group and side, as labelled
 * horizontal bars (left and right side by side).
 */
final class MuscleForceChart {
    private MuscleForceChart() {
    }

    /** Headroom of the force axis for the bar labels, as a factor on the largest sum. */
    private static final double LABEL_ROOM_FACTOR = 1.12;

    static JFreeChart build(AnalysisResult result, String title, LumbosimTheme theme) {
        Map<String, double[]> sums = forceByGroupN(result);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            data.addValue(e.getValue()[0], "Left", prettyGroup(e.getKey()));
            data.addValue(e.getValue()[1], "Right", prettyGroup(e.getKey()));
        }
        CategoryPlot plot = PlotParts.barPlot(data, "Muscle force, sum per group (N)", theme);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setLabel(null);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        // a muscle force has no colour of its own: the two sides are the neutral grey and its darker shade
        r.setSeriesPaint(0, LumbosimTheme.comparisonColor(LumbosimTheme.NEUTRAL_SERIES, 0));
        r.setSeriesPaint(1, LumbosimTheme.comparisonColor(LumbosimTheme.NEUTRAL_SERIES, 1));
        r.setItemMargin(0.05);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} N", new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(4);
        r.setDefaultItemLabelFont(theme.legendFont());
        r.setDefaultItemLabelPaint(theme.textColor());
        PlotParts.ensureUpper(plot.getRangeAxis(), PlotParts.maxOf(data) * LABEL_ROOM_FACTOR);
        return theme.finish(new JFreeChart(title, theme.titleFont(), plot, true));
    }

    /** @return per group (in order of first appearance), {left, right} force sums (N) */
    static Map<String, double[]> forceByGroupN(AnalysisResult result) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (MuscleForce m : result.muscles()) {
            double[] s = sums.computeIfAbsent(m.group(), g -> new double[2]);
            s["L".equalsIgnoreCase(m.side()) ? 0 : 1] += m.forceN();
        }
        return sums;
    }

    private static String prettyGroup(String group) {
        String s = group.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
