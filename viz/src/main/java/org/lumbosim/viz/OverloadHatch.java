package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The mark of an overloaded stretch of a sweep or a motion (loads at the strength they require): the plot's full
 * height between two parameter values hatched with thin diagonal lines of {@link LumbosimTheme#overloadColor()},
 * drawn behind the data, with a legend entry drawn alike. It was a translucent vermilion band, the colour of a
 * support's push; hatching tells it apart from the plain grey band of points the muscles cannot balance. Drawn as
 * lines, not a texture, so that the SVG and PDF exports draw it too.
 */
final class OverloadHatch extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** Spacing of the hatching's lines along the horizontal (pt). */
    static final double SPACING_PT = 8;
    /** Width of the hatching's lines (pt). */
    private static final float LINE_PT = 1f;
    /** Side of the legend entry's square (pt). */
    private static final double LEGEND_SQUARE_PT = 14;
    /** Alpha of the hatching's lines: lighter than the data lines drawn over them. */
    private static final int ALPHA = 120;

    private final double fromX;
    private final double toX;
    private final Color color;

    /**
     * @param fromX start of the stretch (parameter value)
     * @param toX end of the stretch (parameter value)
     * @param theme the look (its {@link LumbosimTheme#overloadColor()})
     */
    OverloadHatch(double fromX, double toX, LumbosimTheme theme) {
        this.fromX = fromX;
        this.toX = toX;
        Color c = theme.overloadColor();
        this.color = new Color(c.getRed(), c.getGreen(), c.getBlue(), ALPHA);
    }

    /** @return start of the stretch (parameter value) */
    double fromX() {
        return fromX;
    }

    /** @return end of the stretch (parameter value) */
    double toX() {
        return toX;
    }

    /** @return the hatching's colour (the overload colour, translucent) */
    Color color() {
        return color;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        double a = domainAxis.valueToJava2D(fromX, dataArea, plot.getDomainAxisEdge());
        double b = domainAxis.valueToJava2D(toX, dataArea, plot.getDomainAxisEdge());
        Rectangle2D band = new Rectangle2D.Double(Math.min(a, b), dataArea.getY(), Math.abs(b - a),
                dataArea.getHeight()).createIntersection(dataArea);
        if (band.isEmpty()) {
            return;
        }
        Shape clip = g2.getClip();
        g2.clip(band);
        g2.setPaint(color);
        g2.setStroke(new BasicStroke(LINE_PT));
        g2.draw(lines(dataArea, band));
        g2.setClip(clip);
    }

    /**
     * @return lines rising to the right at 45 degrees, {@link #SPACING_PT} apart, anchored to the data area's left
     *     edge (so that neighbouring stretches' lines meet), covering {@code band}
     */
    private static Path2D lines(Rectangle2D dataArea, Rectangle2D band) {
        Path2D.Double p = new Path2D.Double();
        double h = band.getHeight();
        // from the line that reaches the band's top left corner to the one that starts at its bottom right
        double start = dataArea.getX() + Math.floor((band.getX() - h - dataArea.getX()) / SPACING_PT) * SPACING_PT;
        for (double x = start; x < band.getMaxX(); x += SPACING_PT) {
            p.append(new Line2D.Double(x, band.getMaxY(), x + h, band.getY()), false);
        }
        return p;
    }

    /**
     * @param label the entry's text
     * @param theme the look
     * @return a legend entry: a square outlined and hatched in the overload colour, as the stretches are drawn
     */
    static LegendItem legend(String label, LumbosimTheme theme) {
        double h = LEGEND_SQUARE_PT / 2;
        Path2D.Double shape = new Path2D.Double(new Rectangle2D.Double(-h, -h, 2 * h, 2 * h));
        // the lines x + y = c (rising to the right in Java2D's downward y) inside the square, a third of it apart
        for (double c = -h; c <= h; c += h) {
            double x0 = Math.max(-h, c - h);
            double x1 = Math.min(h, c + h);
            shape.append(new Line2D.Double(x0, c - x0, x1, c - x1), false);
        }
        return new LegendItem(label, null, null, null, true, shape, false, theme.background(), true,
                theme.overloadColor(), new BasicStroke(LINE_PT), false, new Line2D.Double(), new BasicStroke(),
                theme.background());
    }
}
