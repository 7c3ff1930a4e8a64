package org.lumbosim.viz;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The panels the charts are built from: themed bar and line plots, and value axes stretched to
 * show given values with headroom.
 */
final class PlotParts {
    private PlotParts() {
    }

    /** Headroom above the largest value or shown limit, as a fraction of the axis span. */
    private static final double AXIS_HEADROOM = 0.08;
    /** Series with more points than this are drawn without point markers. */
    private static final int DENSE_SERIES_POINTS = 60;

    /**
     * @param data the bars, one row per series (not copied)
     * @param valueLabel the value axis label, with its unit
     * @param theme the look
     * @return a new horizontal bar plot, series coloured in palette order
     */
    static CategoryPlot barPlot(DefaultCategoryDataset data, String valueLabel, LumbosimTheme theme) {
        // its title fits its panel where bar panels stand side by side (a combined plot)
        NumberAxis value = new FittedTitleAxis(valueLabel);
        BarRenderer r = new DrawnBars();
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.02);
        r.setMaximumBarWidth(0.35);
        for (int s = 0; s < data.getRowCount(); s++) {
            r.setSeriesPaint(s, theme.seriesColor(s));
        }
        CategoryAxis cat = new LabelRoomCategoryAxis(null);
        CategoryPlot plot = new CategoryPlot(data, cat, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        theme.styleCategoryPlot(plot);
        return plot;
    }

    /**
     * A bar renderer that keeps the boxes of the bars it drew in the plot being drawn, so that what is
     * drawn over the bars afterwards ({@link BarLimitLabel}) can keep off them at any image size.
     */
    static final class DrawnBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        /** The bars drawn since the plot's drawing began (Java2D). */
        private transient List<Rectangle2D> drawn = new ArrayList<>();

        DrawnBars() {
            setBarPainter(new StandardBarPainter() {
                private static final long serialVersionUID = 1L;

                @Override
                public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                        RectangleEdge base) {
                    if (renderer instanceof DrawnBars d) {
                        d.drawn.add(bar.getBounds2D());
                    }
                    super.paintBar(g2, renderer, row, column, bar, base);
                }
            });
        }

        @Override
        public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
                int rendererIndex, PlotRenderingInfo info) {
            drawn = new ArrayList<>();
            return super.initialise(g2, dataArea, plot, rendererIndex, info);
        }

        /** The bars' width from the part of the plot where the categories lie ({@link LabelRoomCategoryAxis}). */
        @Override
        protected void calculateBarWidth(CategoryPlot plot, Rectangle2D dataArea, int rendererIndex,
                CategoryItemRendererState state) {
            Rectangle2D area = plot.getDomainAxis() instanceof LabelRoomCategoryAxis a
                    ? a.belowBand(dataArea, plot.getDomainAxisEdge()) : dataArea;
            super.calculateBarWidth(plot, area, rendererIndex, state);
        }

        /** @return the boxes of the bars drawn in the plot being drawn, or last drawn (Java2D; not copied) */
        List<Rectangle2D> drawnBars() {
            return Collections.unmodifiableList(drawn);
        }
    }

    /**
     * @param series the one series (not copied)
     * @param valueLabel the value axis label, with its unit
     * @param colorIndex palette index of the line
     * @param theme the look
     * @return a new line plot without a domain axis (for a combined plot), with point markers
     *     unless the series is dense
     */
    static XYPlot linePlot(XYSeries series, String valueLabel, int colorIndex, LumbosimTheme theme) {
        // point markers help read a sparse sweep; on a dense series (a motion) they only thicken the line
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, series.getItemCount() <= DENSE_SERIES_POINTS);
        r.setSeriesPaint(0, theme.seriesColor(colorIndex));
        r.setSeriesStroke(0, theme.dataStroke());
        double d = theme.lineWidthPt() * 2.2;
        r.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        NumberAxis y = new LabelRoomAxis(valueLabel);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), null, y, r);
        theme.styleXYPlot(plot);
        return plot;
    }

    /** Half the length of a comparison's legend line, in line widths: a dash, its gap and a dash of a dashed series. */
    private static final double LEGEND_LINE_HALF_WIDTHS = 7;

    /**
     * @param data several series (not copied)
     * @param valueLabel the value axis label, with its unit
     * @param quantity the colour of the quantity the plot shows (e.g. {@link LumbosimTheme#compressionColor()})
     * @param theme the look
     * @return a new line plot without a domain axis, every series in a shade of {@code quantity}
     *     ({@link LumbosimTheme#comparisonColor}), with its own line ({@link LumbosimTheme#comparisonStroke}) and
     *     alternating marker shape
     */
    static XYPlot multiLinePlot(XYSeriesCollection data, String valueLabel, Color quantity, LumbosimTheme theme) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        double d = theme.lineWidthPt() * 2.2;
        // a legend line long enough to show a dash and its gap (the default 14 pt showed every line solid)
        double half = theme.lineWidthPt() * LEGEND_LINE_HALF_WIDTHS;
        r.setLegendLine(new Line2D.Double(-half, 0, half, 0));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, LumbosimTheme.comparisonColor(quantity, i));
            r.setSeriesStroke(i, theme.comparisonStroke(i));
            r.setSeriesShape(i, i % 2 == 0 ? new Ellipse2D.Double(-d / 2, -d / 2, d, d)
                    : new Rectangle2D.Double(-d / 2, -d / 2, d, d));
        }
        NumberAxis y = new LabelRoomAxis(valueLabel);
        XYPlot plot = new XYPlot(data, null, y, r);
        theme.styleXYPlot(plot);
        return plot;
    }

    /** Sets the axis from 0 to {@code max} (at least 0) plus headroom. */
    static void ensureUpper(ValueAxis axis, double max) {
        ensureRangeWith(axis, 0, Math.max(0, max));
    }

    /** Sets the axis to show {@code lo} to {@code hi} plus headroom (below {@code lo} only if it is negative). */
    static void ensureRangeWith(ValueAxis axis, double lo, double hi) {
        double span = Math.max(hi - lo, Math.max(Math.abs(hi), Math.abs(lo)) * 1e-3 + 1e-9);
        double low = lo < 0 ? lo - span * AXIS_HEADROOM : lo;
        axis.setRange(low, hi + span * AXIS_HEADROOM);
    }

    /** @return the largest value of the dataset, skipping nulls ({@code -Infinity} if none) */
    static double maxOf(DefaultCategoryDataset d) {
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < d.getRowCount(); r++) {
            for (int c = 0; c < d.getColumnCount(); c++) {
                Number v = d.getValue(r, c);
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        return max;
    }

    /** @return the smallest value of the dataset, skipping nulls ({@code +Infinity} if none) */
    static double minOf(DefaultCategoryDataset d) {
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < d.getRowCount(); r++) {
            for (int c = 0; c < d.getColumnCount(); c++) {
                Number v = d.getValue(r, c);
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                }
            }
        }
        return min;
    }
}
