package org.lumbosim.viz;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A continuous colour scale through nine anchor colours of the viridis map (perceptually uniform,
 * readable with colour-vision deficiency and in greyscale): van der Walt S, Smith N (2015), matplotlib
 * "viridis" colormap, sampled at 0, 1/8, ..., 1. {@code NaN} maps to grey. Immutable.
 */
final class ViridisPaintScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;

    /** viridis sampled at 9 equally spaced points (sRGB). */
    private static final int[][] ANCHORS = {
        {68, 1, 84}, {71, 44, 122}, {59, 81, 139}, {44, 113, 142}, {33, 144, 141},
        {39, 173, 129}, {92, 200, 99}, {170, 220, 50}, {253, 231, 37}};

    /** Colour of cells without a value (infeasible solves). */
    static final Color MISSING = new Color(190, 190, 190);

    private final double lowerBound;
    private final double upperBound;

    ViridisPaintScale(double lowerBound, double upperBound) {
        if (!(upperBound > lowerBound)) {
            throw new IllegalArgumentException("upperBound " + upperBound + " must exceed lowerBound " + lowerBound);
        }
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
    }

    @Override
    public double getLowerBound() {
        return lowerBound;
    }

    @Override
    public double getUpperBound() {
        return upperBound;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double t = (value - lowerBound) / (upperBound - lowerBound);
        t = Math.max(0, Math.min(1, t)) * (ANCHORS.length - 1);
        int i = Math.min((int) Math.floor(t), ANCHORS.length - 2);
        double f = t - i;
        int[] a = ANCHORS[i];
        int[] b = ANCHORS[i + 1];
        return new Color((int) Math.round(a[0] + f * (b[0] - a[0])), (int) Math.round(a[1] + f * (b[1] - a[1])),
                (int) Math.round(a[2] + f * (b[2] - a[2])));
    }
}
