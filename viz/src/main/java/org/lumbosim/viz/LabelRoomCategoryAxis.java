package org.lumbosim.viz;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The category axis of a horizontal bar plot that can keep a band of fixed height (Java2D units, so
 * the same at every image size) free of bars at the top of the plot: its categories are laid out
 * below the band. The labels of the limit lines go there where the gaps between bars are too narrow
 * for them ({@link BarLimitLabel}). Without a band it is a plain {@link CategoryAxis}.
 */
final class LabelRoomCategoryAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;

    /** The band never takes more than this fraction of the plot's height. */
    private static final double MAX_FRACTION = 0.3;

    private LabelBand band = LabelBand.none(MAX_FRACTION);

    /** @param label the axis label, or null for none */
    LabelRoomCategoryAxis(String label) {
        super(label);
    }

    /** @param bandJava2D the height of the free band at the top of the plot (Java2D units; 0 for none) */
    void reserveTop(double bandJava2D) {
        band = band.atLeast(bandJava2D);
    }

    /**
     * @param area a data area
     * @param edge the axis' edge
     * @return the part of the area below the band, where the categories are laid out
     */
    Rectangle2D belowBand(Rectangle2D area, RectangleEdge edge) {
        return band.below(area, edge);
    }

    // a category's middle, end and series' middles are built from these three; none calls another here,
    // so the band is taken off once
    @Override
    public double getCategoryStart(int category, int categoryCount, Rectangle2D area, RectangleEdge edge) {
        Rectangle2D below = belowBand(area, edge);
        if (below == area) {
            return super.getCategoryStart(category, categoryCount, area, edge);
        }
        return below.getMinY() + below.getHeight() * getLowerMargin()
                + category * (super.calculateCategorySize(categoryCount, below, edge)
                        + super.calculateCategoryGapSize(categoryCount, below, edge));
    }

    @Override
    protected double calculateCategorySize(int categoryCount, Rectangle2D area, RectangleEdge edge) {
        return super.calculateCategorySize(categoryCount, belowBand(area, edge), edge);
    }

    @Override
    protected double calculateCategoryGapSize(int categoryCount, Rectangle2D area, RectangleEdge edge) {
        return super.calculateCategoryGapSize(categoryCount, belowBand(area, edge), edge);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelRoomCategoryAxis a && a.band.equals(band) && super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
