package org.lumbosim.viz;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A value axis whose title never runs past its panel, so that the titles of panels next to one
 * another never overlap: on the left of a plot (stacked line panels, the motion chart at 640×360,
 * whose panels are shorter than "Compression (N)") it fits the plot's height; at the bottom of a
 * panel of bars side by side (a {@link CombinedDomainCategoryPlot}, the level profile in the right
 * part of {@code lumbosim plot}'s 640×360 card, whose panels are narrower than "Compression (N)") it
 * fits the panel's width. Where the title does not fit at its font, it is set in whichever fits at
 * the larger size: one line in a smaller font, or two lines, the unit ("(N)") on the second. The
 * titles of the panels of one combined plot share the smallest of their sizes, so that they look
 * alike. Where every title fits, each is drawn as set; so is the title of an axis on another edge
 * (or at the bottom of a plot that stands alone).
 *
 * <p>At the bottom of a plot its scale keeps at least two numbered ticks: in a panel so narrow that
 * the tick unit JFreeChart picks for the labels' room is longer than the range (the level profile's
 * compression panel of {@code sitting_max_flexion} beside the stick figure, 0-443 N with a 500 N unit,
 * showed only "0"), it takes the largest smaller standard unit that puts two or more ticks in the
 * range with room for their labels side by side, or, where none has room, grows the range on its
 * longer side to the next multiple of the smallest unit that then has two such ticks, by at most a
 * quarter of its length (0-443 N to 0-500 N: "0" and "500"); where no unit does, the scale stays as
 * JFreeChart chose it. The growth belongs to one drawing: the next layout of the plot
 * ({@link #reserveSpace}) first gives the axis back the range it had before it grew (unless the
 * range was set anew since, e.g. by new data), so that a chart drawn small and then large is drawn
 * large as if it had never been drawn small.
 */
class FittedTitleAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;

    /** A title's lines, the first one leftmost, and their font. */
    private record Title(List<String> lines, Font font) {
    }

    /**
     * The title planned in the last layout of the plot ({@link #reserveSpace}, which the plot calls
     * each time before it draws its axes), or null where it fits as set.
     */
    private transient Title planned;
    /** The font of a one-line title fitted to the plot while it is drawn; null otherwise. */
    private transient Font fitted;
    /** The range before it grew for two numbered ticks in this drawing, or null where it did not grow. */
    private transient Range beforeGrowth;
    /** The range it grew to, to tell whether it was set anew since. */
    private transient Range grown;

    /** Numbered ticks a scale keeps at least. */
    private static final int MIN_TICKS = 2;
    /** The smallest unit tried for {@link #MIN_TICKS}: this fraction of the range. */
    private static final double SMALLEST_UNIT_OF_RANGE = 0.1;
    /** The most a range grows for two numbered ticks (fraction of its length). */
    private static final double MAX_GROWTH = 0.25;
    /** Slack for a tick that falls on a range end by round-off (fraction of the unit). */
    private static final double END_SLACK = 1e-9;

    /** @param label the axis title, with its unit */
    FittedTitleAxis(String label) {
        super(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        double lo = getLowerBound();
        double hi = getUpperBound();
        NumberTickUnit auto = getTickUnit();
        if (!RectangleEdge.isTopOrBottom(edge) || ticks(lo, hi, auto.getSize()) >= MIN_TICKS || !(hi > lo)) {
            return;
        }
        List<NumberTickUnit> units = new ArrayList<>();
        TickUnitSource source = getStandardTickUnits();
        TickUnit u = source.getCeilingTickUnit((hi - lo) * SMALLEST_UNIT_OF_RANGE);
        while (u.getSize() <= auto.getSize() && u instanceof NumberTickUnit n) {
            units.add(n);
            TickUnit next = source.getLargerTickUnit(u);
            if (next.getSize() <= u.getSize()) {
                break;
            }
            u = next;
        }
        // the largest unit with two ticks in the range whose labels fit side by side
        for (int i = units.size() - 1; i >= 0; i--) {
            if (fits(g2, dataArea, units.get(i), lo, hi)) {
                setTickUnit(units.get(i), false, false);
                return;
            }
        }
        // else the smallest unit for which the range, grown on its longer side to the unit's next
        // multiple by at most MAX_GROWTH of its length, has two ticks that fit
        for (NumberTickUnit n : units) {
            double size = n.getSize();
            boolean up = Math.abs(hi) >= Math.abs(lo);
            double glo = up ? lo : Math.floor(lo / size + END_SLACK) * size;
            double ghi = up ? Math.ceil(hi / size - END_SLACK) * size : hi;
            if ((ghi - glo) - (hi - lo) <= MAX_GROWTH * (hi - lo) && fits(g2, dataArea, n, glo, ghi)) {
                if (beforeGrowth == null) {
                    beforeGrowth = getRange();
                }
                grown = new Range(glo, ghi);
                setRange(grown, false, false);
                setTickUnit(n, false, false);
                return;
            }
        }
    }

    /**
     * @return whether {@code unit} puts two or more ticks in [lo, hi] (drawn across the data area's
     *     width) with room for their labels side by side: neighbours at least a space apart
     */
    private boolean fits(Graphics2D g2, Rectangle2D dataArea, NumberTickUnit unit, double lo, double hi) {
        double size = unit.getSize();
        if (ticks(lo, hi, size) < MIN_TICKS) {
            return false;
        }
        java.awt.FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        double apartPx = size * dataArea.getWidth() / (hi - lo);
        double previous = -1;
        for (long k = (long) Math.ceil(lo / size - END_SLACK); k <= (long) Math.floor(hi / size + END_SLACK); k++) {
            double w = fm.stringWidth(unit.valueToString(k * size));
            if (previous >= 0 && apartPx < (previous + w) / 2 + fm.stringWidth(" ")) {
                return false;
            }
            previous = w;
        }
        return true;
    }

    /** @return how many multiples of {@code unit} lie in [lo, hi] */
    static long ticks(double lo, double hi, double unit) {
        return (long) Math.floor(hi / unit + END_SLACK) - (long) Math.ceil(lo / unit - END_SLACK) + 1;
    }

    /** @return the title's font: while a fitted one-line title is drawn, its smaller font */
    @Override
    public Font getLabelFont() {
        return fitted != null ? fitted : super.getLabelFont();
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
                                  AxisSpace space) {
        planned = null;
        if (beforeGrowth != null && getRange().equals(grown)) {
            setRange(beforeGrowth, false, false);
        }
        beforeGrowth = null;
        grown = null;
        String label = getLabel();
        if (label != null && !label.isEmpty() && isVisible() && fitted(plot, edge)) {
            planned = plan(label, g2, edge == RectangleEdge.LEFT ? dataHeight(plot, plotArea) : dataWidth(plot, plotArea));
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    /** @return whether the title on {@code edge} of {@code plot} is fitted: on the left, or at the bottom of a bar panel */
    private static boolean fitted(Plot plot, RectangleEdge edge) {
        return edge == RectangleEdge.LEFT
                || edge == RectangleEdge.BOTTOM && plot != null && plot.getParent() instanceof CombinedDomainCategoryPlot;
    }

    /** @return the height of the data area the plot will draw in {@code plotArea} (its insets and axis offset off) */
    private static double dataHeight(Plot plot, Rectangle2D plotArea) {
        RectangleInsets offset = axisOffset(plot);
        return plotArea.getHeight() - plot.getInsets().getTop() - plot.getInsets().getBottom()
                - offset.getTop() - offset.getBottom();
    }

    /**
     * @return the width of the data area the plot will draw in {@code plotArea} (its insets and axis offset
     *     off; a panel of a combined plot has no axis at its sides)
     */
    private static double dataWidth(Plot plot, Rectangle2D plotArea) {
        RectangleInsets offset = axisOffset(plot);
        return plotArea.getWidth() - plot.getInsets().getLeft() - plot.getInsets().getRight()
                - offset.getLeft() - offset.getRight();
    }

    private static RectangleInsets axisOffset(Plot plot) {
        if (plot instanceof XYPlot xy) {
            return xy.getAxisOffset();
        }
        if (plot instanceof CategoryPlot c) {
            return c.getAxisOffset();
        }
        return RectangleInsets.ZERO_INSETS;
    }

    /** @return how to set the title in {@code room}, or null where it fits as set */
    private Title plan(String label, Graphics2D g2, double room) {
        Font font = super.getLabelFont();
        if (length(label, g2, font) <= room) {
            return null;
        }
        Title one = fit(List.of(label), g2, font, room);
        int unit = label.lastIndexOf(" (");
        if (unit <= 0) {
            return one;
        }
        Title two = fit(List.of(label.substring(0, unit), label.substring(unit + 1)), g2, font, room);
        return two.font().getSize2D() > one.font().getSize2D() ? two : one;
    }

    /** @return the lines in {@code font}, made smaller until the longest fits in {@code room} */
    private static Title fit(List<String> lines, Graphics2D g2, Font font, double room) {
        Font f = font;
        double longest = longest(lines, g2, f);
        // text width is not exactly proportional to the font size (hinting): shrink until it fits
        while (longest > room && room > 0 && f.getSize2D() > 1) {
            f = f.deriveFont((float) (f.getSize2D() * Math.min(room / longest, 1 - 1e-3)));
            longest = longest(lines, g2, f);
        }
        return new Title(lines, f);
    }

    private static double longest(List<String> lines, Graphics2D g2, Font font) {
        double max = 0;
        for (String line : lines) {
            max = Math.max(max, length(line, g2, font));
        }
        return max;
    }

    private static double length(String text, Graphics2D g2, Font font) {
        return TextUtils.getTextBounds(text, g2, g2.getFontMetrics(font)).getWidth();
    }

    private static double lineHeight(Graphics2D g2, Font font) {
        return g2.getFontMetrics(font).getHeight();
    }

    /** @return the title size (pt) of this panel as planned */
    private float plannedSize() {
        return planned != null ? planned.font().getSize2D() : super.getLabelFont().getSize2D();
    }

    /** @return the smallest planned title size of the panels of the combined plot this axis is part of (pt) */
    private float sharedSize() {
        float size = plannedSize();
        for (ValueAxis axis : panelAxes()) {
            if (axis instanceof FittedTitleAxis a) {
                size = Math.min(size, a.plannedSize());
            }
        }
        return size;
    }

    /** @return the value axes of the panels of the combined plot this axis is part of (none if it stands alone) */
    private List<ValueAxis> panelAxes() {
        Plot parent = getPlot() == null ? null : getPlot().getParent();
        List<?> panels = parent instanceof CombinedDomainXYPlot xy ? xy.getSubplots()
                : parent instanceof CombinedDomainCategoryPlot category ? category.getSubplots() : List.of();
        List<ValueAxis> axes = new ArrayList<>();
        for (Object panel : panels) {
            if (panel instanceof XYPlot xy) {
                axes.add(xy.getRangeAxis());
            } else if (panel instanceof CategoryPlot category) {
                axes.add(category.getRangeAxis());
            }
        }
        return axes;
    }

    @Override
    protected Rectangle2D getLabelEnclosure(Graphics2D g2, RectangleEdge edge) {
        if (planned == null || planned.lines().size() == 1 || !fitted(getPlot(), edge)) {
            return super.getLabelEnclosure(g2, edge);
        }
        RectangleInsets in = getLabelInsets();
        double across = planned.lines().size() * lineHeight(g2, planned.font());
        double along = longest(planned.lines(), g2, planned.font());
        return edge == RectangleEdge.LEFT
                ? new Rectangle2D.Double(0, 0, in.getLeft() + across + in.getRight(), in.getTop() + along + in.getBottom())
                : new Rectangle2D.Double(0, 0, in.getLeft() + along + in.getRight(), in.getTop() + across + in.getBottom());
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        if (label == null || label.isEmpty() || !fitted(getPlot(), edge)) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        float size = sharedSize();
        if (planned == null && size == super.getLabelFont().getSize2D()) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        // at the size the panels share, on one line where it fits, else on the lines planned (never wider
        // than planned for), made smaller still should the data area be shorter (narrower) than planned for
        boolean left = edge == RectangleEdge.LEFT;
        double room = left ? dataArea.getHeight() : dataArea.getWidth();
        Font font = super.getLabelFont().deriveFont(size);
        boolean oneLine = planned == null || planned.lines().size() == 1 || length(label, g2, font) <= room;
        Title t = fit(oneLine ? List.of(label) : planned.lines(), g2, font, room);
        if (t.lines().size() == 1) {
            fitted = t.font();
            try {
                return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
            } finally {
                fitted = null;
            }
        }
        RectangleInsets in = getLabelInsets();
        double lineHeight = lineHeight(g2, t.font());
        double across = t.lines().size() * lineHeight;
        g2.setFont(t.font());
        g2.setPaint(getLabelPaint());
        if (left) {
            double x0 = state.getCursor() - in.getRight() - across;
            for (int k = 0; k < t.lines().size(); k++) {
                // read upwards, as JFreeChart draws a left axis title: the first line leftmost
                TextUtils.drawRotatedString(t.lines().get(k), g2, (float) (x0 + (k + 0.5) * lineHeight),
                        (float) dataArea.getCenterY(), TextAnchor.CENTER, -Math.PI / 2, TextAnchor.CENTER);
            }
            state.cursorLeft(in.getLeft() + across + in.getRight());
        } else {
            double y0 = state.getCursor() + in.getTop();
            for (int k = 0; k < t.lines().size(); k++) {
                // the first line on top, each centred under the data, as JFreeChart draws a bottom axis title
                TextUtils.drawRotatedString(t.lines().get(k), g2, (float) dataArea.getCenterX(),
                        (float) (y0 + (k + 0.5) * lineHeight), TextAnchor.CENTER, 0, TextAnchor.CENTER);
            }
            state.cursorDown(in.getTop() + across + in.getBottom());
        }
        return state;
    }
}
