package org.lumbosim.viz;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.internal.Checks;

/** Layout of several figures (charts or stick figures) on one page. */
public final class Figures {
    private Figures() {
    }

    /**
     * Two figures side by side; e.g. a stick figure beside a chart.
     *
     * @param left drawn in the left part
     * @param right drawn in the rest
     * @param leftFraction share of the width given to {@code left}, in (0, 1)
     * @return a new drawable drawing both
     */
    public static Drawable sideBySide(Drawable left, Drawable right, double leftFraction) {
        Checks.given(left, "left");
        Checks.given(right, "right");
        if (!(leftFraction > 0 && leftFraction < 1)) {
            throw new IllegalArgumentException("leftFraction = " + leftFraction + " is not in (0, 1)");
        }
        return new SideBySide(left, right, leftFraction);
    }

    private record SideBySide(Drawable left, Drawable right, double leftFraction) implements Drawable {
        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            double wl = area.getWidth() * leftFraction;
            left.draw(g, new Rectangle2D.Double(area.getX(), area.getY(), wl, area.getHeight()));
            right.draw(g, new Rectangle2D.Double(area.getX() + wl, area.getY(), area.getWidth() - wl,
                    area.getHeight()));
        }
    }
}
