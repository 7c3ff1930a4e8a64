package org.lumbosim.viz;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.ui.Drawable;

/**
 * The strings a figure really draws, each with the point it is drawn at (in the figure's coordinates), as
 * {@link DrawnShapes} records them: every {@code drawString} (JFreeChart's text utilities draw every tick
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
        return DrawnShapes.of(figure, area).texts().stream()
                .map(t -> new Drawn(t.text(), t.centreX(), t.baselineY())).toList();
    }
}
