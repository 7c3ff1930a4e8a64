package org.lumbosim.viz;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;

/**
 * The label of one vertical limit line of a horizontal bar plot, placed each time the chart is drawn,
 * knowing the widths of its text and the bars as drawn ({@link PlotParts.DrawnBars}): beside its line
 * (left of it first, where the old labels sat, then right of it), at the first row from the top of the
 * plot down where the box lies inside the plot and meets no bar, no limit line (its own or another)
 * and no limit label placed before it; where the label's text finds no such place, its value with the
 * unit, then its value alone (a narrow panel: the level profile in {@code plot}'s card). So no label covers another, none is cut by the plot's edge,
 * none hides a bar's end and no line runs through one, at every image size. Only a plot with no such
 * place gets the label at the top beside its line where it covers the least bar area, never over
 * another label or a line while a place over bars alone exists.
 */
final class BarLimitLabel extends AbstractAnnotation implements CategoryAnnotation {
    private static final long serialVersionUID = 1L;

    /** Space between the text and its box's edge (Java2D units). */
    private static final double PAD = 2;
    /** Space kept between the box and its own line. */
    private static final double LINE_GAP = 4;
    /** Space kept between the box and the plot's edges, the bars, the lines and other labels. */
    private static final double CLEARANCE = 2;
    /** Step between the rows tried from the top of the plot down (Java2D units). */
    private static final double ROW_STEP = 1;
    /** Text measured for a row's height: digits, capitals and descenders. */
    private static final String SAMPLE_TEXT = "NIOSH 3,400 N (gjpq)";
    /** Half the width of the thin box standing for a limit line (its stroke and a little more). */
    private static final double LINE_HALF_WIDTH = 1.5;

    private final double valueN;
    private final String text;
    private final Font font;
    private final Color textColor;
    private final Color background;

    /**
     * @param valueN the value of the line (N, on the plot's range axis)
     * @param text the label
     * @param font its font
     * @param textColor its colour
     * @param background the box's fill (covers only grid lines: the box meets no bar and no line)
     */
    BarLimitLabel(double valueN, String text, Font font, Color textColor, Color background) {
        this.valueN = valueN;
        this.text = text;
        this.font = font;
        this.textColor = textColor;
        this.background = background;
    }

    /** @return the value of the labelled line (N) */
    double valueN() {
        return valueN;
    }

    /** @return the label's text */
    String text() {
        return text;
    }

    /**
     * @param shorter another text
     * @return this label with that text
     */
    BarLimitLabel withText(String shorter) {
        return new BarLimitLabel(valueN, shorter, font, textColor, background);
    }

    /**
     * @param font a label's font
     * @return the height a row of labels takes at the top of a bar plot, with its clearances to the
     *     plot's edge and the bars below (Java2D units; {@link LabelRoomCategoryAxis})
     */
    static double rowHeightJava2D(Font font) {
        LineMetrics lm = font.getLineMetrics(SAMPLE_TEXT, new FontRenderContext(null, true, true));
        return Math.ceil(lm.getAscent()) + Math.ceil(lm.getDescent()) + 2 * PAD + 3 * CLEARANCE + ROW_STEP;
    }

    /** Where a label is drawn: its box and its text (the label's own, or shorter where that finds no room). */
    record Spot(Rectangle2D box, String text) {
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
            ValueAxis rangeAxis) {
        Spot spot = place(g2, plot, dataArea);
        Rectangle2D box = spot.box();
        g2.setPaint(background);
        g2.fill(box);
        g2.setFont(font);
        g2.setPaint(textColor);
        TextUtils.drawAlignedString(spot.text(), g2, (float) (box.getX() + PAD), (float) box.getCenterY(),
                TextAnchor.HALF_ASCENT_LEFT);
    }

    /**
     * @return the texts tried, longest first: the label, its value with the unit, its value alone (the
     *     charts name their lines in a caption and the axis title gives the unit)
     */
    private List<String> texts() {
        List<String> out = new ArrayList<>(List.of(text));
        for (String shorter : List.of(LimitLines.newtons(Math.abs(valueN)), LimitLines.number(Math.abs(valueN), 0))) {
            if (!out.contains(shorter)) {
                out.add(shorter);
            }
        }
        return out;
    }

    /**
     * @param g2 the graphics the plot is drawn on (for the font's size)
     * @param plot the plot this label belongs to, its bars drawn
     * @param dataArea the plot's data area (Java2D)
     * @return where the label is drawn (Java2D) and with which text
     */
    Spot place(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea) {
        FontMetrics fm = g2.getFontMetrics(font);
        double h = fm.getAscent() + fm.getDescent() + 2 * PAD;
        double lineX = plot.getRangeAxis().valueToJava2D(valueN, dataArea, plot.getRangeAxisEdge());
        List<Rectangle2D> hard = new ArrayList<>(earlierLabels(g2, plot, dataArea));
        hard.addAll(limitLines(plot, dataArea));
        List<Rectangle2D> bars = plot.getRenderer() instanceof PlotParts.DrawnBars d ? d.drawnBars() : List.of();
        double w = 0;
        String shortest = text;
        for (String t : texts()) {
            w = fm.getStringBounds(t, g2).getWidth() + 2 * PAD;
            shortest = t;
            double[] lefts = {lineX - LINE_GAP - w, lineX + LINE_GAP};
            for (double top = dataArea.getMinY() + CLEARANCE; top + h + CLEARANCE <= dataArea.getMaxY();
                    top += ROW_STEP) {
                for (double left : lefts) {
                    Rectangle2D box = new Rectangle2D.Double(left, top, w, h);
                    if (inside(box, dataArea) && meetsNone(grown(box), hard) && meetsNone(grown(box), bars)) {
                        return new Spot(box, t);
                    }
                }
            }
        }
        return new Spot(leastHiding(dataArea, new double[] {lineX - LINE_GAP - w, lineX + LINE_GAP}, w, h, hard, bars),
                shortest);
    }

    /**
     * A plot with no free place: at the top beside the line, inside the plot where it can be, over no
     * label or line while a place over bars alone exists, then over the least bar area.
     */
    private static Rectangle2D leastHiding(Rectangle2D dataArea, double[] lefts, double w, double h,
            List<Rectangle2D> hard, List<Rectangle2D> bars) {
        Rectangle2D best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (double top = dataArea.getMinY() + CLEARANCE; top + h + CLEARANCE <= dataArea.getMaxY(); top += ROW_STEP) {
            for (double left : lefts) {
                double x = Math.max(dataArea.getMinX() + CLEARANCE, Math.min(left, dataArea.getMaxX() - CLEARANCE - w));
                Rectangle2D box = new Rectangle2D.Double(x, top, w, h);
                Rectangle2D around = grown(box);
                double score = hard.stream().filter(o -> o.intersects(around)).count() * dataArea.getWidth()
                        * dataArea.getHeight() + coveredArea(around, bars);
                if (score < bestScore) {
                    best = box;
                    bestScore = score;
                }
            }
        }
        return best != null ? best : new Rectangle2D.Double(dataArea.getMinX(), dataArea.getMinY(), w, h);
    }

    private static double coveredArea(Rectangle2D box, List<Rectangle2D> bars) {
        double a = 0;
        for (Rectangle2D b : bars) {
            Rectangle2D i = box.createIntersection(b);
            if (!i.isEmpty()) {
                a += i.getWidth() * i.getHeight();
            }
        }
        return a;
    }

    private static boolean inside(Rectangle2D box, Rectangle2D dataArea) {
        return box.getMinX() >= dataArea.getMinX() + CLEARANCE && box.getMaxX() <= dataArea.getMaxX() - CLEARANCE;
    }

    private static boolean meetsNone(Rectangle2D box, List<Rectangle2D> obstacles) {
        return obstacles.stream().noneMatch(o -> o.intersects(box));
    }

    private static Rectangle2D grown(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() - CLEARANCE, box.getY() - CLEARANCE, box.getWidth() + 2 * CLEARANCE,
                box.getHeight() + 2 * CLEARANCE);
    }

    /** @return the boxes of the limit labels of the plot before this one */
    private List<Rectangle2D> earlierLabels(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea) {
        List<Rectangle2D> out = new ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            if (a == this) {
                break;
            }
            if (a instanceof BarLimitLabel other) {
                out.add(other.place(g2, plot, dataArea).box());
            }
        }
        return out;
    }

    /** @return thin boxes along all the plot's limit lines */
    private static List<Rectangle2D> limitLines(CategoryPlot plot, Rectangle2D dataArea) {
        List<Rectangle2D> out = new ArrayList<>();
        Collection<?> markers = plot.getRangeMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object o : markers) {
                if (o instanceof LimitLines.LimitMarker m) {
                    double x = plot.getRangeAxis().valueToJava2D(m.getValue(), dataArea, plot.getRangeAxisEdge());
                    out.add(new Rectangle2D.Double(x - LINE_HALF_WIDTH, dataArea.getMinY(), 2 * LINE_HALF_WIDTH,
                            dataArea.getHeight()));
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BarLimitLabel l && l.valueN == valueN && l.text.equals(text) && l.font.equals(font)
                && l.textColor.equals(textColor) && l.background.equals(background);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Double.hashCode(valueN);
    }
}
