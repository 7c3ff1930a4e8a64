package org.lumbosim.viz;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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

    /**
     * A figure under one title across its whole width, in the theme's title font (made smaller only where the
     * title would not fit the width), e.g. a task's name over its stick figure and its level profile side by
     * side: a title given to the stick figure alone shrinks to the stick figure's share of the width and read
     * smaller than the chart's own title beside it ({@code plot}'s card titled "Lifting from the floor with a
     * round back, 20 kg" at 13.5 px beside "All lumbar levels" at 22 px).
     *
     * @param title the title (not blank)
     * @param body the figure drawn under it
     * @param theme its font and colour
     * @return a new drawable drawing both
     */
    public static Drawable titled(String title, Drawable body, LumbosimTheme theme) {
        Checks.given(title, "title");
        Checks.given(body, "body");
        Checks.given(theme, "theme");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title is blank: a figure with no title is the body itself");
        }
        return new Titled(title, body, theme);
    }

    /** Widest share of the width a {@link #titled} title may take before its font is made smaller. */
    private static final double TITLE_WIDTH_SHARE = 0.94;
    /** Space above and below a {@link #titled} title, in its font's line heights. */
    private static final double TITLE_GAP_LINES = 0.35;

    private record Titled(String title, Drawable body, LumbosimTheme theme) implements Drawable {
        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            Font font = StickFigure.fitted(g, theme.titleFont(), title, area.getWidth() * TITLE_WIDTH_SHARE);
            FontMetrics fm = g.getFontMetrics(font);
            double gap = TITLE_GAP_LINES * fm.getHeight();
            Graphics2D t = (Graphics2D) g.create();
            try {
                t.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                t.setFont(font);
                t.setPaint(theme.textColor());
                double width = t.getFontMetrics().getStringBounds(title, t).getWidth();
                t.drawString(title, (float) (area.getCenterX() - width / 2),
                        (float) (area.getY() + gap + fm.getAscent()));
            } finally {
                t.dispose();
            }
            double top = fm.getHeight() + 2 * gap;
            body.draw(g, new Rectangle2D.Double(area.getX(), area.getY() + top, area.getWidth(),
                    Math.max(0, area.getHeight() - top)));
        }
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
