package org.lumbosim.viz;

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
 * The strings a figure really draws, each with the point it is drawn at (in the figure's coordinates):
 * a graphics context that records every {@code drawString} (JFreeChart's text utilities draw every tick
 * label, title and caption through one), also in the copies the figure makes of it.
 */
final class DrawnStrings {
    /**
     * A string drawn (figure coordinates).
     *
     * @param text the string
     * @param centreX the middle of its baseline, across
     * @param baselineY its baseline, down
     */
    record Drawn(String text, double centreX, double baselineY) {
    }

    private DrawnStrings() {
    }

    /** @return the strings {@code figure} draws into {@code area}, in drawing order */
    static List<Drawn> of(Drawable figure, Rectangle2D area) {
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(
                GenericDOMImplementation.getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null));
        List<Drawn> out = new ArrayList<>();
        Recorder g = new Recorder(ctx, out);
        try {
            figure.draw(g, area);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static final class Recorder extends SVGGraphics2D {
        private final List<Drawn> out;

        Recorder(SVGGeneratorContext ctx, List<Drawn> out) {
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
            double width = getFontMetrics(getFont()).getStringBounds(text, this).getWidth();
            Point2D p = getTransform().transform(new Point2D.Double(x + width / 2, y), null);
            out.add(new Drawn(text, p.getX(), p.getY()));
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
    }
}
