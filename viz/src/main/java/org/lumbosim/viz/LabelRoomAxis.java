package org.lumbosim.viz;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The value axis of a line plot that can keep a band of fixed height (Java2D units, so the same at
 * every image size) free of data at the top of the plot: its range is drawn below the band. The
 * labels of limit lines that the data cross all along go there ({@link LimitLabel}). Without a band
 * it is a plain {@link FittedTitleAxis}.
 */
final class LabelRoomAxis extends FittedTitleAxis {
    private static final long serialVersionUID = 1L;

    /** The band never takes more than this fraction of the plot's height. */
    private static final double MAX_FRACTION = 0.5;

    private LabelBand band = LabelBand.none(MAX_FRACTION);

    /** @param label the axis label, with its unit */
    LabelRoomAxis(String label) {
        super(label);
    }

    /** @param bandJava2D the height of the free band at the top of the plot (Java2D units; 0 for none) */
    void reserveTop(double bandJava2D) {
        band = band.atLeast(bandJava2D);
    }

    @Override
    public double valueToJava2D(double value, Rectangle2D area, RectangleEdge edge) {
        return super.valueToJava2D(value, band.below(area, edge), edge);
    }

    @Override
    public double java2DToValue(double java2DValue, Rectangle2D area, RectangleEdge edge) {
        return super.java2DToValue(java2DValue, band.below(area, edge), edge);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelRoomAxis a && a.band.equals(band) && super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
