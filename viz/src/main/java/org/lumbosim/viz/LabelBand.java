package org.lumbosim.viz;

import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The free band at the top of a plot that {@link LabelRoomAxis} (line plots) and {@link LabelRoomCategoryAxis}
 * (bar plots) keep for limit labels, and the part of a data area below it, where their data are laid out. The
 * two axes hold one each; it is immutable, so that an axis' clone never shares a band that grows.
 *
 * @param heightJava2D the band's height (Java2D units, so the same at every image size; 0 for none)
 * @param maxFraction the largest share of a data area's height the band may take
 */
record LabelBand(double heightJava2D, double maxFraction) implements Serializable {

    /**
     * @param maxFraction the largest share of a data area's height the band may take
     * @return no band
     */
    static LabelBand none(double maxFraction) {
        return new LabelBand(0, maxFraction);
    }

    /**
     * @param heightJava2D a height the band must have (Java2D units)
     * @return this band, at least that high
     */
    LabelBand atLeast(double heightJava2D) {
        return new LabelBand(Math.max(this.heightJava2D, heightJava2D), maxFraction);
    }

    /**
     * @param area a data area
     * @param edge the axis' edge (only a vertical axis keeps a band)
     * @return the part of {@code area} below the band; {@code area} itself without a band
     */
    Rectangle2D below(Rectangle2D area, RectangleEdge edge) {
        if (heightJava2D == 0 || !RectangleEdge.isLeftOrRight(edge)) {
            return area;
        }
        double band = Math.min(heightJava2D, area.getHeight() * maxFraction);
        return new Rectangle2D.Double(area.getX(), area.getY() + band, area.getWidth(), area.getHeight() - band);
    }
}
