package org.lumbosim.viz;

import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ui.Drawable;

/**
 * What a figure really draws, in the figure's pixels: every string with its box and the clip it was drawn
 * in and its baseline's middle, every filled rectangle with its paint, every other filled shape (markers) with
 * its bounds and paint, every straight line with its stroke and paint, every other outline drawn with its bounds, stroke and paint. A graphics
 * context records them, also in the copies the figure makes of it; tests pick what they check (bars by
 * colour, limit or reference lines by stroke).
 */
final class DrawnShapes {
    /**
     * A string drawn.
     *
     * @param text the string
     * @param box its bounds (px)
     * @param clip the bounds of the clip it was drawn in (px; very large without a clip)
     * @param centreX the middle of its baseline, across (px)
     * @param baselineY its baseline, down (px)
     */
    record Text(String text, Rectangle2D box, Rectangle2D clip, double centreX, double baselineY) {
    }

    /**
     * A rectangle filled.
     *
     * @param box its bounds (px)
     * @param paint its paint
     */
    record Fill(Rectangle2D box, Paint paint) {
    }

    /**
     * A straight line drawn.
     *
     * @param box its bounds (px)
     * @param stroke its stroke
     * @param paint its paint
     */
    record Line(Rectangle2D box, Stroke stroke, Paint paint) {
    }

    /**
     * Everything recorded, in drawing order.
     *
     * @param texts the strings
     * @param fills the filled rectangles
     * @param lines the straight lines
     * @param shapes the filled shapes that are not rectangles (a line chart's markers), with their bounds
     * @param outlines the shapes drawn (stroked) that are not straight lines (a bar's outline), with their bounds
     */
    record Drawing(List<Text> texts, List<Fill> fills, List<Line> lines, List<Fill> shapes, List<Line> outlines) {
    }

    private DrawnShapes() {
    }

    /** @return what {@code figure} draws into {@code area} */
    static Drawing of(Drawable figure, Rectangle2D area) {
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(
                GenericDOMImplementation.getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null));
        Drawing out = new Drawing(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        Recorder g = new Recorder(ctx, out);
        try {
            figure.draw(g, area);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static final class Recorder extends SVGGraphics2D {
        private final Drawing out;

        Recorder(SVGGeneratorContext ctx, Drawing out) {
            super(ctx, false);
            this.out = out;
        }

        private Recorder(Recorder g) {
            super(g);
            this.out = g.out;
        }

        @Override
        public java.awt.Graphics create() {
            return new Recorder(this);
        }

        private void record(String text, float x, float y) {
            Rectangle2D b = getFontMetrics(getFont()).getStringBounds(text, this);
            Rectangle2D box = new Rectangle2D.Double(x + b.getX(), y + b.getY(), b.getWidth(), b.getHeight());
            Shape clip = getClip();
            Rectangle2D clipBox = clip == null ? new Rectangle2D.Double(-1e9, -1e9, 2e9, 2e9)
                    : getTransform().createTransformedShape(clip).getBounds2D();
            Point2D mid = getTransform().transform(new Point2D.Double(x + b.getWidth() / 2, y), null);
            out.texts().add(new Text(text, getTransform().createTransformedShape(box).getBounds2D(), clipBox,
                    mid.getX(), mid.getY()));
        }

        @Override
        public void drawString(String s, float x, float y) {
            record(s, x, y);
            super.drawString(s, x, y);
        }

        @Override
        public void drawString(AttributedCharacterIterator it, float x, float y) {
            StringBuilder s = new StringBuilder();
            for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
                s.append(c);
            }
            record(s.toString(), x, y);
            super.drawString(it, x, y);
        }

        @Override
        public void fill(Shape s) {
            if (s instanceof Rectangle2D) {
                out.fills().add(new Fill(getTransform().createTransformedShape(s).getBounds2D(), getPaint()));
            } else {
                out.shapes().add(new Fill(getTransform().createTransformedShape(s).getBounds2D(), getPaint()));
            }
            super.fill(s);
        }

        @Override
        public void draw(Shape s) {
            Line line = new Line(getTransform().createTransformedShape(s).getBounds2D(), getStroke(), getPaint());
            (s instanceof Line2D ? out.lines() : out.outlines()).add(line);
            super.draw(s);
        }
    }
}
