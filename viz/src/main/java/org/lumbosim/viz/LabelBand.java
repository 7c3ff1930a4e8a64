package org.lumbosim.viz;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The free band at the top of a plot that {@link LabelRoomAxis} (line plots) and {@link LabelRoomCategoryAxis}
 * (bar plots) keep for limit labels: the part of a data area below it, where their data are laid out.
 */
final class LabelBand {
    private LabelBand() {
    }

    /**
     * @param area a data area
     * @param edge the axis' edge (only a vertical axis keeps a band)
     * @param bandJava2D the band's height (Java2D units; 0 for none)
     * @param maxFraction the largest share of the area's height the band may take
     * @return the part of {@code area} below the band; {@code area} itself without a band
     */
    static Rectangle2D below(Rectangle2D area, RectangleEdge edge, double bandJava2D, double maxFraction) {
        if (bandJava2D == 0 || !RectangleEdge.isLeftOrRight(edge)) {
            return area;
        }
        double band = Math.min(bandJava2D, area.getHeight() * maxFraction);
        return new Rectangle2D.Double(area.getX(), area.getY() + band, area.getWidth(), area.getHeight() - band);
    }
}
