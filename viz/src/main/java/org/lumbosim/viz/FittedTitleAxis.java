package org.lumbosim.viz;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * A value axis on the left of its plot whose title never runs past the plot's height, so that the
 * titles of stacked panels never overlap (the motion chart at 640×360, whose panels are shorter than
 * "Compression (N)"). Where the title does not fit at its font, it is set in whichever fits at the
 * larger size: one line in a smaller font, or two lines, the unit ("(N)") on the second. The titles
 * of the panels of one combined plot share the smallest of their sizes, so that they look alike.
 * Where every title fits, each is drawn as set; so is the title of an axis on another edge.
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

    /** @param label the axis title, with its unit */
    FittedTitleAxis(String label) {
        super(label);
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
        String label = getLabel();
        if (label != null && !label.isEmpty() && isVisible() && edge == RectangleEdge.LEFT) {
            planned = plan(label, g2, dataHeight(plot, plotArea));
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    /** @return the height of the data area the plot will draw in {@code plotArea} (its insets and axis offset off) */
    private static double dataHeight(Plot plot, Rectangle2D plotArea) {
        double h = plotArea.getHeight() - plot.getInsets().getTop() - plot.getInsets().getBottom();
        if (plot instanceof XYPlot xy) {
            h -= xy.getAxisOffset().getTop() + xy.getAxisOffset().getBottom();
        }
        return h;
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
        if (getPlot() != null && getPlot().getParent() instanceof CombinedDomainXYPlot combined) {
            for (Object o : combined.getSubplots()) {
                if (o instanceof XYPlot panel && panel.getRangeAxis() instanceof FittedTitleAxis a) {
                    size = Math.min(size, a.plannedSize());
                }
            }
        }
        return size;
    }

    @Override
    protected Rectangle2D getLabelEnclosure(Graphics2D g2, RectangleEdge edge) {
        if (planned == null || planned.lines().size() == 1 || edge != RectangleEdge.LEFT) {
            return super.getLabelEnclosure(g2, edge);
        }
        RectangleInsets in = getLabelInsets();
        return new Rectangle2D.Double(0, 0,
                in.getLeft() + planned.lines().size() * lineHeight(g2, planned.font()) + in.getRight(),
                in.getTop() + longest(planned.lines(), g2, planned.font()) + in.getBottom());
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        if (label == null || label.isEmpty() || edge != RectangleEdge.LEFT) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        float size = sharedSize();
        if (planned == null && size == super.getLabelFont().getSize2D()) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        // at the size the panels share, on one line where it fits, else on the lines planned (never wider
        // than planned for), made smaller still should the data area be shorter than planned for
        Font font = super.getLabelFont().deriveFont(size);
        boolean oneLine = planned == null || planned.lines().size() == 1
                || length(label, g2, font) <= dataArea.getHeight();
        Title t = fit(oneLine ? List.of(label) : planned.lines(), g2, font, dataArea.getHeight());
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
        double width = t.lines().size() * lineHeight;
        double x0 = state.getCursor() - in.getRight() - width;
        g2.setFont(t.font());
        g2.setPaint(getLabelPaint());
        for (int k = 0; k < t.lines().size(); k++) {
            // read upwards, as JFreeChart draws a left axis title: the first line leftmost
            TextUtils.drawRotatedString(t.lines().get(k), g2, (float) (x0 + (k + 0.5) * lineHeight),
                    (float) dataArea.getCenterY(), TextAnchor.CENTER, -Math.PI / 2, TextAnchor.CENTER);
        }
        state.cursorLeft(in.getLeft() + width + in.getRight());
        return state;
    }
}
