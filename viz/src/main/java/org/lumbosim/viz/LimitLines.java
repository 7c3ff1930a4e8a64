package org.lumbosim.viz;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.lumbosim.reference.OccupationalLimits;

/**
 * The occupational limit lines of the charts: the NIOSH (1981) action and maximum permissible
 * compression limits and the Gallagher and Marras (2012) occasional AP shear limit. Values and the
 * numbers in every label and caption are read from {@link OccupationalLimits}, never repeated. A
 * line is drawn, and its axis stretched to show it, only where the data come within {@link
 * #SHOWN_FRACTION} of it.
 *
 * <p>Every limit line is a {@link LimitMarker} (or an {@link IsoLines} segment in the heat map), so
 * {@link #drawnN} can read back from a finished chart which lines it really draws; the captions that
 * name lines ({@link #caption}) are built from that record, never from what a chart was meant to draw.
 */
final class LimitLines {
    private LimitLines() {
    }

    /** A limit is drawn (and the axis stretched to show it) when the data reach this fraction of it. */
    static final double SHOWN_FRACTION = 0.5;
    /** Extra headroom above a limit line, for its label, as a fraction of the limit. */
    private static final double LABEL_ROOM = 0.15;
    /** Translucent white behind a vertical marker's label (a motion's peak), so that it stays readable over data. */
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 200);

    /** Label of the NIOSH action limit line. */
    static final String NIOSH_AL_LABEL =
            "NIOSH action limit " + newtons(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N);
    /** Label of the NIOSH maximum permissible limit line. */
    static final String NIOSH_MPL_LABEL =
            "NIOSH max. permissible " + newtons(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N);
    /** Label of the occasional shear limit line. */
    static final String SHEAR_LABEL = "Shear limit " + newtons(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N)
            + " (Gallagher & Marras 2012)";

    /** A limit line of a line or bar plot: a value marker that {@link #drawnN} recognises. */
    static final class LimitMarker extends ValueMarker {
        private static final long serialVersionUID = 1L;

        LimitMarker(double valueN, Color color, java.awt.Stroke stroke) {
            super(valueN, color, stroke);
        }
    }

    /**
     * @param forceN a force (N)
     * @return the force rounded to a whole newton with thousands separators and its unit, e.g.
     *     {@code "3,400 N"}; never {@code "-0 N"}
     */
    static String newtons(double forceN) {
        return number(forceN, 0) + " N";
    }

    /**
     * The figures' one number style: thousands separators, a point for decimals, no "-0".
     *
     * @param v a value
     * @param decimals decimals shown
     * @return e.g. {@code "3,400"}, {@code "1.25"}
     */
    static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** @return the values (N) of every limit line the chart draws, in any of its panels */
    static SortedSet<Double> drawnN(JFreeChart chart) {
        SortedSet<Double> out = new TreeSet<>();
        for (Plot p : panels(chart.getPlot())) {
            for (LimitMarker lm : limitMarkers(p)) {
                out.add(Math.abs(lm.getValue()));
            }
            if (p instanceof XYPlot xy) {
                for (XYAnnotation a : xy.getAnnotations()) {
                    if (a instanceof IsoLines.Segment seg) {
                        out.add(seg.levelN());
                    }
                }
            }
        }
        return out;
    }

    /**
     * @return the plot's limit lines: behind the data on a line plot, over the bars on a bar plot
     *     (JFreeChart keeps no marker list of a layer until one is added)
     */
    private static List<LimitMarker> limitMarkers(Plot p) {
        Collection<?> markers = p instanceof XYPlot xy ? xy.getRangeMarkers(Layer.BACKGROUND)
                : p instanceof CategoryPlot c ? c.getRangeMarkers(Layer.FOREGROUND) : null;
        List<LimitMarker> out = new ArrayList<>();
        if (markers != null) {
            for (Object m : markers) {
                if (m instanceof LimitMarker lm) {
                    out.add(lm);
                }
            }
        }
        return out;
    }

    private static List<Plot> panels(Plot plot) {
        List<Plot> out = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot c) {
            out.addAll(c.getSubplots());
        } else if (plot instanceof CombinedDomainCategoryPlot c) {
            out.addAll(c.getSubplots());
        } else {
            out.add(plot);
        }
        return out;
    }

    /**
     * @param drawnN the values (N) of the limit lines drawn ({@link #drawnN})
     * @return a sentence naming exactly those lines, e.g. "Lines: NIOSH (1981) action limit 3,400 N
     *     (dashed); maximum permissible 6,400 N (solid)", or "" when none is drawn
     */
    static String caption(Collection<Double> drawnN) {
        List<String> parts = new ArrayList<>();
        boolean al = drawnN.contains(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N);
        boolean mpl = drawnN.contains(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N);
        if (al) {
            parts.add("NIOSH (1981) action limit " + newtons(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N)
                    + (mpl ? " (dashed)" : ""));
        }
        if (mpl) {
            parts.add((al ? "" : "NIOSH (1981) ") + "maximum permissible "
                    + newtons(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N) + (al ? " (solid)" : ""));
        }
        if (drawnN.contains(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N)) {
            parts.add("AP shear limit " + newtons(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N)
                    + " (Gallagher & Marras 2012)");
        }
        return parts.isEmpty() ? "" : (parts.size() == 1 ? "Line: " : "Lines: ") + String.join("; ", parts);
    }

    /**
     * Adds the NIOSH compression lines the data come near to a line plot (horizontal lines) and sets
     * its value axis from 0 to the data and the lines drawn, with room for their labels.
     *
     * @param plot the compression panel (modified)
     * @param dataMaxN the largest compression shown (N)
     * @param theme the look
     */
    static void addCompressionLimits(XYPlot plot, double dataMaxN, LumbosimTheme theme) {
        double[] limits = compressionLimitsN();
        String[] labels = {NIOSH_AL_LABEL, NIOSH_MPL_LABEL};
        int passed = 0;
        for (int i = 0; i < limits.length; i++) {
            if (dataMaxN >= SHOWN_FRACTION * limits[i]) {
                addLine(plot, limits[i], labels[i], i == 0, theme); // the stricter, lower limit dashed (LumbosimTheme.limitStroke), as the explorer
            }
            passed += dataMaxN > limits[i] ? 1 : 0;
        }
        fitCompressionAxis(plot.getRangeAxis(), dataMaxN, limits);
        reserveLabelRows(plot, passed, theme);
    }

    /**
     * Keeps a band free of data at the top of a line plot with one row for each limit line the data
     * pass: where they cross such a line all along it, its label goes there ({@link LimitLabel}).
     */
    private static void reserveLabelRows(XYPlot plot, int rows, LumbosimTheme theme) {
        if (rows > 0 && plot.getRangeAxis() instanceof LabelRoomAxis axis) {
            axis.reserveTop(rows * LimitLabel.rowHeightJava2D(theme.legendFont()));
        }
    }

    /**
     * As {@link #addCompressionLimits(XYPlot, double, LumbosimTheme)} for a horizontal bar plot
     * (vertical lines, labels to the left of the line).
     *
     * @param plot the compression panel (modified)
     * @param dataMaxN the largest compression shown (N)
     * @param theme the look
     */
    static void addCompressionLimits(CategoryPlot plot, double dataMaxN, LumbosimTheme theme) {
        double[] limits = compressionLimitsN();
        String[] labels = {NIOSH_AL_LABEL, NIOSH_MPL_LABEL};
        for (int i = 0; i < limits.length; i++) {
            if (dataMaxN >= SHOWN_FRACTION * limits[i]) {
                addVerticalLine(plot, limits[i], labels[i], i == 0, theme);
            }
        }
        fitCompressionAxis(plot.getRangeAxis(), dataMaxN, limits);
        reserveLabelRow(plot.getDomainAxis(), List.of(plot), theme);
    }

    /**
     * Keeps a row free of bars at the top of a bar plot where any of its panels draws a limit line:
     * the lines' labels go there where the gaps between the bars are too narrow for them ({@link
     * BarLimitLabel}). A combined plot's panels share its category axis: call this with it once the
     * panels are built.
     *
     * @param axis the category axis (a {@link LabelRoomCategoryAxis}, else nothing is kept)
     * @param panels the plots laid out along it
     * @param theme the look (the labels' font)
     */
    static void reserveLabelRow(CategoryAxis axis, List<CategoryPlot> panels, LumbosimTheme theme) {
        if (axis instanceof LabelRoomCategoryAxis a && panels.stream().anyMatch(LimitLines::drawn)) {
            a.reserveTop(BarLimitLabel.rowHeightJava2D(theme.legendFont()));
        }
    }

    private static double[] compressionLimitsN() {
        return new double[] {OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N,
            OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N};
    }

    /**
     * Least span of an AP shear axis (N): the figures' texts round forces to whole newtons
     * ({@link #newtons}), so a panel whose shears all round to 0 N (lying on the back) spans 1 N, not
     * the billionth of a newton of its values, whose ticks read "-0 0 0". Drawing choice.
     */
    static final double LEAST_SHEAR_SPAN_N = 1;

    /** Sets a shear axis to show the data and 0 over at least {@link #LEAST_SHEAR_SPAN_N}. */
    private static void fitShearAxis(ValueAxis axis, double minN, double maxN) {
        double lo = Math.min(0, minN);
        double hi = Math.max(0, maxN);
        if (hi - lo < LEAST_SHEAR_SPAN_N) {
            if (hi >= -lo) {
                hi = lo + LEAST_SHEAR_SPAN_N;
            } else {
                lo = hi - LEAST_SHEAR_SPAN_N;
            }
        }
        PlotParts.ensureRangeWith(axis, lo, hi);
    }

    private static void fitCompressionAxis(ValueAxis axis, double dataMaxN, double[] limitsN) {
        double upper = Math.max(dataMaxN, 0);
        for (double limit : limitsN) {
            if (dataMaxN >= SHOWN_FRACTION * limit) {
                upper = Math.max(upper, limit);
            }
        }
        PlotParts.ensureRangeWith(axis, 0, upper > dataMaxN ? upper * (1 + LABEL_ROOM) : upper);
    }

    /**
     * Sets the AP shear axis of a line plot to show the data and 0, and adds the shear limit on the
     * side of the larger shear when the data come near it, with room for its label.
     *
     * @param plot the shear panel (modified)
     * @param minN the smallest shear shown (N)
     * @param maxN the largest shear shown (N)
     * @param theme the look
     */
    static void addShearLimit(XYPlot plot, double minN, double maxN, LumbosimTheme theme) {
        fitShearAxis(plot.getRangeAxis(), minN, maxN);
        double limit = shownShearLimitN(minN, maxN);
        if (!Double.isNaN(limit)) {
            addLine(plot, limit, SHEAR_LABEL, false, theme);
            PlotParts.ensureRangeWith(plot.getRangeAxis(), Math.min(0, Math.min(limit * (1 + LABEL_ROOM), minN)),
                    Math.max(0, Math.max(limit * (1 + LABEL_ROOM), maxN)));
            if (maxN > limit && limit > 0 || minN < limit && limit < 0) {
                reserveLabelRows(plot, 1, theme);
            }
        }
    }

    /**
     * As {@link #addShearLimit(XYPlot, double, double, LumbosimTheme)} for a horizontal bar plot,
     * with a short label (the value only; the chart's caption names the limit).
     *
     * @param plot the shear panel (modified)
     * @param minN the smallest shear shown (N)
     * @param maxN the largest shear shown (N)
     * @param theme the look
     */
    static void addShearLimit(CategoryPlot plot, double minN, double maxN, LumbosimTheme theme) {
        fitShearAxis(plot.getRangeAxis(), minN, maxN);
        double limit = shownShearLimitN(minN, maxN);
        if (!Double.isNaN(limit)) {
            addVerticalLine(plot, limit, newtons(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N), false,
                    theme);
            PlotParts.ensureRangeWith(plot.getRangeAxis(), Math.min(0, Math.min(limit, minN)),
                    Math.max(0, Math.max(limit, maxN)));
            reserveLabelRow(plot.getDomainAxis(), List.of(plot), theme);
        }
    }

    /** @return the shear limit signed as the larger shear (N), or NaN when the data stay below the shown fraction */
    private static double shownShearLimitN(double minN, double maxN) {
        double limit = OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N;
        if (!(Math.max(Math.abs(minN), Math.abs(maxN)) >= SHOWN_FRACTION * limit)) {
            return Double.NaN;
        }
        return Math.abs(minN) > Math.abs(maxN) ? -limit : limit;
    }

    /** Replaces the label of every limit line of a bar plot by its value alone, e.g. "3,400 N". */
    static void shortenLabels(CategoryPlot plot) {
        if (!drawn(plot)) {
            return;
        }
        List<BarLimitLabel> labels = new ArrayList<>();
        for (Object o : new ArrayList<>(plot.getAnnotations())) {
            if (o instanceof BarLimitLabel l) {
                labels.add(l);
                plot.removeAnnotation(l, false);
            }
        }
        // in the same order: a label keeps off the labels added before it
        for (BarLimitLabel l : labels) {
            plot.addAnnotation(l.withText(newtons(l.valueN())), false);
        }
    }

    /**
     * @param plot a bar plot
     * @return whether a limit line was added to it
     */
    static boolean drawn(CategoryPlot plot) {
        return !limitMarkers(plot).isEmpty();
    }

    /**
     * Adds a horizontal limit line to a line plot: the line behind the data, its label over them
     * where they leave it room ({@link LimitLabel}).
     */
    private static void addLine(XYPlot plot, double valueN, String label, boolean dashed, LumbosimTheme theme) {
        plot.addRangeMarker(new LimitMarker(valueN, theme.limitColor(), theme.limitStroke(dashed)), Layer.BACKGROUND);
        plot.addAnnotation(new LimitLabel(valueN, label, theme.legendFont(), theme.limitColor(), theme.background(),
                theme.gridColor(), theme.limitStroke(dashed)), false);
    }

    /**
     * Adds a vertical limit line to a bar plot: the line over the bars, so that a bar that runs past
     * it does not hide it, and its label beside it where it meets no bar, no line and no other label,
     * placed when the chart is drawn ({@link BarLimitLabel}; annotations are drawn after the markers).
     */
    private static void addVerticalLine(CategoryPlot plot, double valueN, String label, boolean dashed,
            LumbosimTheme theme) {
        plot.addRangeMarker(new LimitMarker(valueN, theme.limitColor(), theme.limitStroke(dashed)), Layer.FOREGROUND);
        plot.addAnnotation(new BarLimitLabel(valueN, label, theme.legendFont(), theme.limitColor(), theme.background()),
                false);
    }
}
