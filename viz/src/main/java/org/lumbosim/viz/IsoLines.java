package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;

/**
 * Draws one iso-line of a {@link CompressionGrid} on a plot by marching squares (linear
 * interpolation along the cell edges; cells with an unsolved corner are skipped), over a white halo,
 * with a label at its highest point.
 */
final class IsoLines {
    private IsoLines() {
    }

    /** Translucent white drawn under the line, so that it stands out from every cell colour. */
    private static final Color HALO = new Color(255, 255, 255, 170);
    /** Width of the halo, in limit line widths. */
    private static final float HALO_WIDTHS = 2.5f;
    /** Translucent white behind the label. */
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);
    /** A label this close to the right edge (fraction of the distance span) is anchored on its right. */
    private static final double RIGHT_EDGE_FRACTION = 0.35;

    /**
     * @param plot the heat map's plot (modified: line segments and a label added as annotations)
     * @param g the grid
     * @param levelN the compression of the line (N)
     * @param label the line's label
     * @param dashed whether the line is dashed
     * @param theme the look
     */
    static void add(XYPlot plot, CompressionGrid g, double levelN, String label, boolean dashed, LumbosimTheme theme) {
        double[] xs = g.handDistanceM();
        double[] ys = g.loadMassKg();
        double labelX = Double.NaN;
        double labelY = Double.NaN;
        BasicStroke halo = new BasicStroke(theme.limitLineWidthPt() * HALO_WIDTHS);
        BasicStroke line = (BasicStroke) theme.limitStroke(dashed);
        for (int i = 0; i + 1 < ys.length; i++) {
            for (int j = 0; j + 1 < xs.length; j++) {
                double[] v = {g.compressionN(i, j), g.compressionN(i, j + 1), g.compressionN(i + 1, j + 1),
                        g.compressionN(i + 1, j)};
                double[][] corner = {{xs[j], ys[i]}, {xs[j + 1], ys[i]}, {xs[j + 1], ys[i + 1]}, {xs[j], ys[i + 1]}};
                double[] px = new double[4];
                double[] py = new double[4];
                int m = 0;
                boolean finite = true;
                for (int e = 0; e < 4; e++) {
                    finite &= Double.isFinite(v[e]);
                }
                if (!finite) {
                    continue;
                }
                for (int e = 0; e < 4; e++) {
                    double a = v[e] - levelN;
                    double b = v[(e + 1) % 4] - levelN;
                    if ((a < 0) != (b < 0)) {
                        double t = a / (a - b);
                        px[m] = corner[e][0] + t * (corner[(e + 1) % 4][0] - corner[e][0]);
                        py[m] = corner[e][1] + t * (corner[(e + 1) % 4][1] - corner[e][1]);
                        m++;
                    }
                }
                for (int s = 0; s + 1 < m; s += 2) {
                    plot.addAnnotation(new XYLineAnnotation(px[s], py[s], px[s + 1], py[s + 1], halo, HALO), false);
                    plot.addAnnotation(new Segment(levelN, px[s], py[s], px[s + 1], py[s + 1], line,
                            theme.limitColor()), false);
                    for (int q = s; q <= s + 1; q++) {
                        if (Double.isNaN(labelY) || py[q] > labelY || (py[q] == labelY && px[q] < labelX)) {
                            labelX = px[q];
                            labelY = py[q];
                        }
                    }
                }
            }
        }
        if (!Double.isNaN(labelX)) {
            XYTextAnnotation t = new XYTextAnnotation(" " + label + " ", labelX, labelY);
            t.setFont(theme.legendFont().deriveFont(Font.BOLD));
            t.setPaint(theme.limitColor());
            t.setBackgroundPaint(LABEL_BACKGROUND);
            boolean nearRight = labelX > xs[xs.length - 1] - (xs[xs.length - 1] - xs[0]) * RIGHT_EDGE_FRACTION;
            t.setTextAnchor(nearRight ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            plot.addAnnotation(t, false);
        }
    }

    /** One drawn piece of an iso-line, which remembers its compression so that captions can name it. */
    static final class Segment extends XYLineAnnotation {
        private static final long serialVersionUID = 1L;
        private final double levelN;

        Segment(double levelN, double x1, double y1, double x2, double y2, java.awt.Stroke stroke,
                java.awt.Paint paint) {
            super(x1, y1, x2, y2, stroke, paint);
            this.levelN = levelN;
        }

        /** @return the compression of the line (N) */
        double levelN() {
            return levelN;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o) && o instanceof Segment s && s.levelN == levelN;
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + Double.hashCode(levelN);
        }
    }
}
