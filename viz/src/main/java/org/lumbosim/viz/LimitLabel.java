package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;

/**
 * The label of one horizontal limit line of a line plot, drawn over the data in an opaque box with a
 * thin outline, at the first place along its line (just above it, else just below it) where no data
 * line, no other limit label, no other limit line and no labelled vertical marker of the plot crosses
 * the box. Where the data cross the line all along it (repeated squats), the label goes to the first
 * such free place from the top of the plot down (line plots keep a band free of data at their top
 * for them, {@link LabelRoomAxis}), with a short sample of the line's stroke at its left, as in a
 * legend. The place is chosen each time the chart is drawn, so it holds at every image size. Only a
 * plot too small for any free place gets the label on its line where it hides the least length of
 * data line (data pass behind the box, never through its text).
 */
final class LimitLabel extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** Space between the text and its box's edge (Java2D units). */
    private static final double PAD = 2;
    /** Space kept between the box and its own line. */
    private static final double LINE_GAP = 2;
    /** Space kept between the box and the plot's edges, the data and other labels. */
    private static final double CLEARANCE = 4;
    /** Places tried along the line on each side of it, besides its two ends. */
    private static final int STEPS = 40;
    /** The outline of the box (Java2D units wide). */
    private static final float OUTLINE_WIDTH = 0.75f;
    /** Length of the sample of the line's stroke in a label away from its line (Java2D units). */
    static final double SAMPLE_LENGTH = 24;
    /** Space between the sample and the text. */
    private static final double SAMPLE_GAP = 4;
    /** Step between the rows tried away from the line, from the top of the plot down (Java2D units). */
    private static final double ROW_STEP = 2;
    /** Text measured for a row's height: capitals and descenders. */
    private static final String SAMPLE_TEXT = "NIOSH Shear (gjpq)";

    private final double valueN;
    private final String text;
    private final Font font;
    private final Color textColor;
    private final Color background;
    private final Color outline;
    private final transient Stroke lineStroke;

    /** Where a label is drawn: its box, and whether it holds a sample of its line (away from the line). */
    record Spot(Rectangle2D box, boolean withSample) {
    }

    /**
     * @param valueN the value of the line (N, on the plot's range axis)
     * @param text the label
     * @param font its font
     * @param textColor its colour
     * @param background the box's fill; opaque
     * @param outline the box's outline colour
     * @param lineStroke the stroke of the labelled line (for its sample; drawn in {@code textColor})
     */
    LimitLabel(double valueN, String text, Font font, Color textColor, Color background, Color outline,
            Stroke lineStroke) {
        if (background.getAlpha() != 255) {
            throw new IllegalArgumentException("a limit label's background must be opaque");
        }
        this.valueN = valueN;
        this.text = text;
        this.font = font;
        this.textColor = textColor;
        this.background = background;
        this.outline = outline;
        this.lineStroke = lineStroke;
    }

    /** @return the value of the labelled line (N) */
    double valueN() {
        return valueN;
    }

    /** @return the label's text */
    String text() {
        return text;
    }

    /** @return the box's fill (opaque) */
    Color background() {
        return background;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        Spot spot = spot(g2, plot, dataArea);
        Rectangle2D box = spot.box();
        g2.setPaint(background);
        g2.fill(box);
        g2.setPaint(outline);
        g2.setStroke(new BasicStroke(OUTLINE_WIDTH));
        g2.draw(box);
        double textX = box.getX() + PAD;
        if (spot.withSample()) {
            g2.setPaint(textColor);
            g2.setStroke(lineStroke);
            g2.draw(new Line2D.Double(textX, box.getCenterY(), textX + SAMPLE_LENGTH, box.getCenterY()));
            textX += SAMPLE_LENGTH + SAMPLE_GAP;
        }
        g2.setFont(font);
        g2.setPaint(textColor);
        TextUtils.drawAlignedString(text, g2, (float) textX, (float) box.getCenterY(), TextAnchor.HALF_ASCENT_LEFT);
    }

    /**
     * @param font a label's font
     * @return the height a label away from its line takes at the top of a plot, with its clearances
     *     (Java2D units)
     */
    static double rowHeightJava2D(Font font) {
        LineMetrics lm = font.getLineMetrics(SAMPLE_TEXT, new FontRenderContext(null, true, true));
        return Math.ceil(lm.getAscent()) + Math.ceil(lm.getDescent()) + 2 * PAD + 2 * CLEARANCE + ROW_STEP;
    }

    /**
     * @param g2 the graphics the plot is drawn on (for the font's size)
     * @param plot the plot this label belongs to
     * @param dataArea the plot's data area (Java2D)
     * @return the box the label is drawn in (Java2D)
     */
    Rectangle2D place(Graphics2D g2, XYPlot plot, Rectangle2D dataArea) {
        return spot(g2, plot, dataArea).box();
    }

    /**
     * @param g2 the graphics the plot is drawn on (for the font's size)
     * @param plot the plot this label belongs to
     * @param dataArea the plot's data area (Java2D)
     * @return where the label is drawn
     */
    Spot spot(Graphics2D g2, XYPlot plot, Rectangle2D dataArea) {
        FontMetrics fm = g2.getFontMetrics(font);
        double w = fm.stringWidth(text) + 2 * PAD;
        double h = fm.getAscent() + fm.getDescent() + 2 * PAD;
        double lineY = plot.getRangeAxis().valueToJava2D(valueN, dataArea, plot.getRangeAxisEdge());
        List<Rectangle2D> others = obstacles(g2, plot, dataArea);
        // just above the line, just below it
        for (double top : new double[] {lineY - LINE_GAP - h, lineY + LINE_GAP}) {
            Rectangle2D free = freeAlong(plot, dataArea, others, top, w, h);
            if (free != null) {
                return new Spot(free, false);
            }
        }
        // away from the line, from the top of the plot down, with a sample of the line
        double keyedW = w + SAMPLE_LENGTH + SAMPLE_GAP;
        List<Rectangle2D> allLines = new ArrayList<>(others);
        allLines.addAll(limitLines(plot, dataArea));
        for (double top = dataArea.getMinY() + CLEARANCE; top + h + CLEARANCE <= dataArea.getMaxY(); top += ROW_STEP) {
            Rectangle2D free = freeAlong(plot, dataArea, allLines, top, keyedW, h);
            if (free != null) {
                return new Spot(free, true);
            }
        }
        return new Spot(leastHiding(plot, dataArea, others, lineY, w, h), false);
    }

    /** @return the first box of that row (left end, right end, then between) touching nothing, or null */
    private static Rectangle2D freeAlong(XYPlot plot, Rectangle2D dataArea, List<Rectangle2D> obstacles, double top,
            double w, double h) {
        if (top < dataArea.getMinY() || top + h > dataArea.getMaxY()) {
            return null;
        }
        double left = dataArea.getMinX() + CLEARANCE;
        double right = dataArea.getMaxX() - CLEARANCE - w;
        if (right < left) {
            return null;
        }
        for (int i = -1; i <= STEPS; i++) {
            // the left end first (where readers look for it), then the right end, then between
            double x = i < 0 ? left : i == 0 ? right : left + (right - left) * i / STEPS;
            Rectangle2D box = new Rectangle2D.Double(x, top, w, h);
            Rectangle2D around = grown(box);
            if (obstacles.stream().noneMatch(o -> o.intersects(around))
                    && hiddenDataLength(plot, dataArea, around) == 0) {
                return box;
            }
        }
        return null;
    }

    /**
     * A plot too small for a free place: on (just above, just below, or over) the line, never over
     * another label or a marked line while a place hiding only data exists; then where the box hides
     * the least length of data line (on the line it hides only the steep flanks of the data crossing
     * it, above it whole peaks).
     */
    private static Rectangle2D leastHiding(XYPlot plot, Rectangle2D dataArea, List<Rectangle2D> others, double lineY,
            double w, double h) {
        double left = dataArea.getMinX() + CLEARANCE;
        double right = dataArea.getMaxX() - CLEARANCE - w;
        Rectangle2D best = null;
        int fewestOthers = 0;
        double leastHidden = 0;
        for (double top : new double[] {lineY - LINE_GAP - h, lineY + LINE_GAP, lineY - h / 2}) {
            if (top < dataArea.getMinY() || top + h > dataArea.getMaxY()) {
                continue;
            }
            for (int i = -1; i <= STEPS; i++) {
                double x = i < 0 ? left : i == 0 ? right : left + (right - left) * i / STEPS;
                Rectangle2D box = new Rectangle2D.Double(x, top, w, h);
                Rectangle2D around = grown(box);
                int hitOthers = (int) others.stream().filter(o -> o.intersects(around)).count();
                double hidden = hiddenDataLength(plot, dataArea, around);
                if (best == null || hitOthers < fewestOthers || hitOthers == fewestOthers && hidden < leastHidden) {
                    best = box;
                    fewestOthers = hitOthers;
                    leastHidden = hidden;
                }
            }
        }
        // a plot lower than the box: from its top at the left
        return best != null ? best : new Rectangle2D.Double(left, dataArea.getMinY(), w, h);
    }

    /** @return thin boxes along all the plot's limit lines (a label away from its line covers none) */
    private static List<Rectangle2D> limitLines(XYPlot plot, Rectangle2D dataArea) {
        List<Rectangle2D> out = new ArrayList<>();
        Collection<?> markers = plot.getRangeMarkers(Layer.BACKGROUND);
        if (markers != null) {
            for (Object o : markers) {
                if (o instanceof LimitLines.LimitMarker m) {
                    double y = plot.getRangeAxis().valueToJava2D(m.getValue(), dataArea, plot.getRangeAxisEdge());
                    out.add(new Rectangle2D.Double(dataArea.getMinX(), y - 1, dataArea.getWidth(), 2));
                }
            }
        }
        return out;
    }

    private static Rectangle2D grown(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() - CLEARANCE, box.getY() - CLEARANCE, box.getWidth() + 2 * CLEARANCE,
                box.getHeight() + 2 * CLEARANCE);
    }

    /**
     * @return the boxes of the limit labels before this one, and the labels and lines of the labelled
     *     vertical markers of the plot (e.g. a motion's peak)
     */
    private List<Rectangle2D> obstacles(Graphics2D g2, XYPlot plot, Rectangle2D dataArea) {
        List<Rectangle2D> out = new ArrayList<>();
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a == this) {
                break;
            }
            if (a instanceof LimitLabel other) {
                out.add(other.place(g2, plot, dataArea));
            }
        }
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            Collection<?> markers = plot.getDomainMarkers(layer);
            if (markers == null) {
                continue;
            }
            for (Object o : markers) {
                if (o instanceof ValueMarker m && m.getLabel() != null) {
                    out.add(markerLabelBox(g2, plot, dataArea, m));
                    double x = plot.getDomainAxis().valueToJava2D(m.getValue(), dataArea, plot.getDomainAxisEdge());
                    out.add(new Rectangle2D.Double(x - 1, dataArea.getMinY(), 2, dataArea.getHeight()));
                }
            }
        }
        return out;
    }

    /**
     * @return a box holding the label of a vertical marker as JFreeChart draws it: at the top of the
     *     plot, on the side of the line its text anchor gives, one label offset away from both
     */
    private static Rectangle2D markerLabelBox(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueMarker m) {
        FontMetrics fm = g2.getFontMetrics(m.getLabelFont());
        double w = fm.stringWidth(m.getLabel());
        double h = fm.getAscent() + fm.getDescent();
        double offsetX = m.getLabelOffset().getLeft();
        double offsetY = m.getLabelOffset().getTop();
        double x = plot.getDomainAxis().valueToJava2D(m.getValue(), dataArea, plot.getDomainAxisEdge());
        boolean toTheRight = m.getLabelTextAnchor().isLeft();
        double from = toTheRight ? x : x - 2 * offsetX - w;
        return new Rectangle2D.Double(from, dataArea.getMinY(), w + 2 * offsetX, h + 2 * offsetY);
    }

    /** @return the length (Java2D units) of the plot's data lines inside the box */
    private static double hiddenDataLength(XYPlot plot, Rectangle2D dataArea, Rectangle2D box) {
        double length = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            ValueAxis xAxis = plot.getDomainAxisForDataset(d);
            ValueAxis yAxis = plot.getRangeAxisForDataset(d);
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            RectangleEdge yEdge = plot.getRangeAxisEdge();
            for (int s = 0; s < data.getSeriesCount(); s++) {
                double px = Double.NaN;
                double py = Double.NaN;
                for (int i = 0; i < data.getItemCount(s); i++) {
                    double x = xAxis.valueToJava2D(data.getXValue(s, i), dataArea, xEdge);
                    double y = yAxis.valueToJava2D(data.getYValue(s, i), dataArea, yEdge);
                    boolean here = Double.isFinite(x) && Double.isFinite(y);
                    if (here && box.contains(x, y)) {
                        // a point is drawn with a width: count it even where its segments are short
                        length += 1;
                    }
                    if (here && Double.isFinite(px) && Double.isFinite(py)) {
                        length += clippedLength(box, px, py, x, y);
                    }
                    px = here ? x : Double.NaN;
                    py = here ? y : Double.NaN;
                }
            }
        }
        return length;
    }

    /** @return the length of the segment from (x0, y0) to (x1, y1) inside the box (Liang-Barsky clipping) */
    static double clippedLength(Rectangle2D box, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - box.getMinX(), box.getMaxX() - x0, y0 - box.getMinY(), box.getMaxY() - y0};
        double from = 0;
        double to = 1;
        for (int k = 0; k < p.length; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return 0;
                }
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) {
                    from = Math.max(from, r);
                } else {
                    to = Math.min(to, r);
                }
            }
        }
        return to > from ? (to - from) * Math.hypot(dx, dy) : 0;
    }
}
