package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The day chart's activities ({@link DayChart}), laid out when the chart is drawn, in a strip of their own
 * above the data: each activity's name, horizontal, over a bracket that spans its hours, in the lowest row
 * where neither meets another's (with a gap of a space); where the rows do not fit the strip, the font is made
 * smaller (never below half). The names were drawn rotated, over the pressure curve, side by side where the
 * activities were short ("housework" against "housework, bending", across the curve's 0.87 MPa peak).
 */
final class ActivityStrip extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /**
     * One activity.
     *
     * @param label its name
     * @param startH when it starts (h)
     * @param endH when it ends (h)
     */
    record Span(String label, double startH, double endH) {
    }

    /**
     * Where an activity's name is drawn (Java2D units).
     *
     * @param span the activity
     * @param textBox the name's box
     * @param bracketX0 the bracket's start, across
     * @param bracketX1 its end
     * @param bracketY its height, down
     */
    record Placed(Span span, Rectangle2D textBox, double bracketX0, double bracketX1, double bracketY) {
    }

    /** Height of the bracket's end ticks (share of the font's height). */
    private static final double TICK_SHARE = 0.3;

    private final List<Span> spans;
    private final Font font;
    private final Color paint;

    /**
     * @param spans the activities, in time order
     * @param font the names' largest font
     * @param paint the names' and brackets' colour
     */
    ActivityStrip(List<Span> spans, Font font, Color paint) {
        this.spans = List.copyOf(spans);
        this.font = font;
        this.paint = paint;
    }

    /** @return the activities, in time order */
    List<Span> spans() {
        return spans;
    }

    /**
     * @param g2 where the strip is drawn (for the font's metrics)
     * @param dataArea the strip's area (Java2D)
     * @param domainAxis the time axis
     * @param plot the strip's plot (for the time axis' edge)
     * @return every name and bracket, placed
     */
    List<Placed> layout(Graphics2D g2, Rectangle2D dataArea, ValueAxis domainAxis, XYPlot plot) {
        Font f = font;
        List<Placed> out = place(g2, f, dataArea, domainAxis, plot);
        while (bottom(out) > dataArea.getMaxY() && f.getSize2D() > font.getSize2D() / 2) {
            f = f.deriveFont(Math.max(font.getSize2D() / 2, f.getSize2D() * 0.9f));
            out = place(g2, f, dataArea, domainAxis, plot);
        }
        return out;
    }

    private static double bottom(List<Placed> placed) {
        double y = Double.NEGATIVE_INFINITY;
        for (Placed p : placed) {
            y = Math.max(y, p.bracketY());
        }
        return y;
    }

    private List<Placed> place(Graphics2D g2, Font f, Rectangle2D area, ValueAxis axis, XYPlot plot) {
        FontMetrics fm = g2.getFontMetrics(f);
        double rowH = fm.getHeight() * (1 + TICK_SHARE);
        double gap = fm.stringWidth(" ");
        List<List<double[]>> rows = new ArrayList<>();
        List<Placed> out = new ArrayList<>();
        for (Span s : spans) {
            double x0 = axis.valueToJava2D(s.startH(), area, plot.getDomainAxisEdge());
            double x1 = axis.valueToJava2D(s.endH(), area, plot.getDomainAxisEdge());
            double w = fm.stringWidth(s.label());
            double left = Math.max(area.getMinX(), Math.min((x0 + x1 - w) / 2, area.getMaxX() - w));
            double lo = Math.min(left, x0) - gap / 2;
            double hi = Math.max(left + w, x1) + gap / 2;
            int row = 0;
            while (row < rows.size() && meets(rows.get(row), lo, hi)) {
                row++;
            }
            if (row == rows.size()) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(new double[] {lo, hi});
            double top = area.getMinY() + row * rowH;
            Rectangle2D text = new Rectangle2D.Double(left, top, w, fm.getHeight());
            out.add(new Placed(s, text, x0, x1, top + fm.getHeight() + fm.getHeight() * TICK_SHARE / 2));
        }
        return out;
    }

    private static boolean meets(List<double[]> row, double lo, double hi) {
        for (double[] r : row) {
            if (lo < r[1] && r[0] < hi) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        List<Placed> placed = layout(g2, dataArea, domainAxis, plot);
        Font f = font;
        if (!placed.isEmpty()) {
            FontMetrics fm0 = g2.getFontMetrics(font);
            double h = placed.get(0).textBox().getHeight();
            f = font.deriveFont((float) (font.getSize2D() * h / fm0.getHeight()));
        }
        g2.setFont(f);
        FontMetrics fm = g2.getFontMetrics();
        g2.setPaint(paint);
        g2.setStroke(new BasicStroke(1f));
        for (Placed p : placed) {
            Rectangle2D t = p.textBox();
            g2.drawString(p.span().label(), (float) t.getX(), (float) (t.getY() + fm.getAscent()));
            double tick = fm.getHeight() * TICK_SHARE / 2;
            double y = p.bracketY();
            double a = p.bracketX0() + 1;
            double b = Math.max(a, p.bracketX1() - 1);
            g2.draw(new Line2D.Double(a, y, b, y));
            g2.draw(new Line2D.Double(a, y - tick, a, y + tick));
            g2.draw(new Line2D.Double(b, y - tick, b, y + tick));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityStrip a && a.spans.equals(spans) && a.font.equals(font) && a.paint.equals(paint)
                && super.equals(o);
    }

    @Override
    public int hashCode() {
        return spans.hashCode();
    }
}
