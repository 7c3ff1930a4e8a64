package org.lumbosim.viz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lumbosim.internal.Checks;
import org.lumbosim.reference.WilkeSensitivity;
import org.lumbosim.reference.WilkeValidation;

/**
 * A tornado chart of the one-at-a-time sensitivity of the Wilke et al. (1999) comparison
 * ({@link WilkeSensitivity}): one bar pair per constant, from the summary with the published
 * constants (the bars' base, a line) to the summary with the constant at the low end of its range and
 * at the high end; left panel the pressure RMSE (MPa), right panel the mean ratio error to standing
 * (percentage points). Constants are sorted by the width of their RMSE swing, widest on top. Bars in
 * the pressure's orange, the high end darker ({@code LumbosimTheme.comparisonColor}). Where some row
 * could not be solved at an end, the caption says so: that end's summary is over fewer rows.
 */
public final class SensitivityTornado {
    private SensitivityTornado() {
    }

    /** Legend text of the bars at the low end of each range. */
    public static final String LOW_SERIES = "constant at the low end of its published range";
    /** Legend text of the bars at the high end. */
    public static final String HIGH_SERIES = "at the high end";

    /**
     * @param result the sensitivity of one muscle model
     * @param title the chart's title
     * @param theme the look
     * @return a new chart: a combined plot of two horizontal bar panels sharing the constants' axis,
     *     subplot 0 RMSE (MPa) and subplot 1 ratio error (pp), each with rows {@link #LOW_SERIES} and
     *     {@link #HIGH_SERIES}, one column per constant ({@link #label})
     * @throws IllegalArgumentException if the result has no swing
     */
    public static JFreeChart of(WilkeSensitivity.Result result, String title, LumbosimTheme theme) {
        Checks.given(result, "result");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        if (result.swings().isEmpty()) {
            throw new IllegalArgumentException("result has no swing: nothing to draw");
        }
        List<WilkeSensitivity.Swing> swings = new ArrayList<>(result.swings());
        swings.sort(Comparator.comparingDouble((WilkeSensitivity.Swing s) ->
                -Math.abs(s.atHigh().rmseIdpMPa() - s.atLow().rmseIdpMPa())));
        CategoryPlot rmse = panel(swings, WilkeValidation.Report::rmseIdpMPa, result.baseline().rmseIdpMPa(),
                "RMSE (MPa)", "%.3f", theme);
        CategoryPlot mae = panel(swings, WilkeValidation.Report::ratioMaePct, result.baseline().ratioMaePct(),
                "Ratio error (pp)", "%.1f", theme);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new LabelRoomCategoryAxis(null));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.add(rmse, 1);
        plot.add(mae, 1);
        plot.setGap(24);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.4f);
        theme.styleAxis(axis);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(theme.legendBox(LOW_SERIES, LumbosimTheme.comparisonColor(theme.idpColor(), 0)));
        legend.add(theme.legendBox(HIGH_SERIES, LumbosimTheme.comparisonColor(theme.idpColor(), 1)));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, true));
        chart.addSubtitle(theme.caption(caption(result), RectangleEdge.BOTTOM));
        return chart;
    }

    /**
     * @param range a constant and its range
     * @return the chart's name of it, with the range, e.g. {@code "maxMuscleStressMPa 0.4-1.3 MPa"}
     */
    public static String label(WilkeSensitivity.Range range) {
        Checks.given(range, "range");
        String unit = range.parameter().unit().isEmpty() ? "" : " " + range.parameter().unit();
        return range.parameter().id() + " " + plain(range.low()) + "-" + plain(range.high()) + unit;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static CategoryPlot panel(List<WilkeSensitivity.Swing> swings,
                                      ToDoubleFunction<WilkeValidation.Report> summary, double baseline,
                                      String valueLabel, String format, LumbosimTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (WilkeSensitivity.Swing s : swings) {
            data.addValue(finiteOrNull(summary.applyAsDouble(s.atLow())), LOW_SERIES, label(s.range()));
            data.addValue(finiteOrNull(summary.applyAsDouble(s.atHigh())), HIGH_SERIES, label(s.range()));
        }
        CategoryPlot p = PlotParts.barPlot(data, String.format(Locale.ROOT, "%s; the line " + format,
                valueLabel, baseline), theme);
        BarRenderer r = (BarRenderer) p.getRenderer();
        r.setBase(baseline);
        r.setMaximumBarWidth(0.4);
        r.setSeriesPaint(0, LumbosimTheme.comparisonColor(theme.idpColor(), 0));
        r.setSeriesPaint(1, LumbosimTheme.comparisonColor(theme.idpColor(), 1));
        ValueMarker m = new ValueMarker(baseline, theme.textColor(), theme.limitStroke(false));
        p.addRangeMarker(m);
        // bars run both ways from the baseline: room on both sides of the values drawn
        double lo = Math.min(baseline, PlotParts.minOf(data));
        double hi = Math.max(baseline, PlotParts.maxOf(data));
        double span = Math.max(hi - lo, Math.abs(baseline) * MIN_SPAN_FRACTION);
        p.getRangeAxis().setRange(lo - span * HEADROOM, hi + span * HEADROOM);
        return p;
    }

    /** An axis's room beyond the values drawn, each side, as a fraction of their span. */
    private static final double HEADROOM = 0.08;
    /** Smallest span of an axis, as a fraction of the baseline (every bar of zero length). */
    private static final double MIN_SPAN_FRACTION = 0.05;

    /** A summary over no row is NaN: no bar. */
    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The rows each end leaves out, or that every end solved every row. */
    private static String caption(WilkeSensitivity.Result result) {
        List<String> failed = new ArrayList<>();
        for (WilkeSensitivity.Swing s : result.swings()) {
            addFailed(failed, s, s.atLow(), s.range().low());
            addFailed(failed, s, s.atHigh(), s.range().high());
        }
        String ends = failed.isEmpty() ? "every row solved at every end"
                : "not solved, so not in that end's summary: " + String.join("; ", failed);
        return String.format(Locale.ROOT, "Wilke et al. 1999, n = %d rows with the published constants (the line);"
                + " one constant moved at a time (no bar: the published value is that end, or no change); %s",
                result.baseline().n(), ends);
    }

    private static void addFailed(List<String> failed, WilkeSensitivity.Swing s, WilkeValidation.Report r,
                                  double value) {
        for (WilkeValidation.Row row : r.rows()) {
            if (row.status() == WilkeValidation.Status.FAILED) {
                failed.add(row.measurement().id() + " at " + s.range().parameter().id() + " = " + plain(value));
            }
        }
    }
}
