package org.lumbosim.viz;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.lumbosim.reference.OccupationalLimits;

/**
 * {@link Charts#compressionHeatMap}: disc compression over load mass and hand distance as coloured
 * cells with a colour scale, the NIOSH (1981) limits drawn as labelled iso-lines ({@link IsoLines}),
 * unsolvable cells grey.
 */
final class CompressionHeatMap {
    private CompressionHeatMap() {
    }

    /** The colour scale ends on a multiple of this step (N) up to {@link #FINE_SCALE_MAX_N}. */
    private static final double FINE_SCALE_STEP_N = 500;
    /** The colour scale ends on a multiple of {@link #COARSE_SCALE_STEP_N} above this compression (N). */
    private static final double FINE_SCALE_MAX_N = 5000;
    /** Step of the colour scale's end above {@link #FINE_SCALE_MAX_N} (N). */
    private static final double COARSE_SCALE_STEP_N = 1000;

    static JFreeChart build(CompressionGrid grid, String title, LumbosimTheme theme) {
        int n = grid.massCount() * grid.distanceCount();
        double[][] xyz = new double[3][n];
        double max = 0;
        int k = 0;
        for (int i = 0; i < grid.massCount(); i++) {
            for (int j = 0; j < grid.distanceCount(); j++) {
                xyz[0][k] = grid.handDistanceM()[j];
                xyz[1][k] = grid.loadMassKg()[i];
                xyz[2][k] = grid.compressionN(i, j);
                if (Double.isFinite(xyz[2][k])) {
                    max = Math.max(max, xyz[2][k]);
                }
                k++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(grid.level().label() + " compression", xyz);
        double upper = niceCeiling(Math.max(max, OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N));
        PaintScale scale = new ViridisPaintScale(0, upper);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(grid.distanceStepM());
        r.setBlockHeight(grid.massStepKg());
        r.setPaintScale(scale);
        NumberAxis x = new NumberAxis("Horizontal hand distance from L5-S1 (m)");
        NumberAxis y = new NumberAxis("Load mass (kg)");
        double dx = grid.distanceStepM() / 2;
        double dy = grid.massStepKg() / 2;
        x.setRange(grid.handDistanceM()[0] - dx, grid.handDistanceM()[grid.distanceCount() - 1] + dx);
        y.setRange(grid.loadMassKg()[0] - dy, grid.loadMassKg()[grid.massCount() - 1] + dy);
        XYPlot plot = new XYPlot(data, x, y, r);
        theme.styleXYPlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        String al = LimitLines.newtons(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N);
        String mpl = LimitLines.newtons(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N);
        IsoLines.add(plot, grid, OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N, al + " (NIOSH AL)", false,
                theme);
        IsoLines.add(plot, grid, OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N, mpl + " (NIOSH MPL)", true,
                theme);
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, false));
        NumberAxis scaleAxis = new NumberAxis(grid.level().label() + " compression (N)");
        scaleAxis.setRange(0, upper);
        theme.styleAxis(scaleAxis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(theme.axisLabelSizePt() * 1.5);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(10, 14, 10, 6));
        legend.setBackgroundPaint(theme.background());
        chart.addSubtitle(legend);
        String lines = LimitLines.caption(LimitLines.drawnN(chart));
        String grey = hasMissing(grid) ? "Grey: the trunk muscles cannot hold the load" : "";
        String note = lines.isEmpty() ? grey : grey.isEmpty() ? lines : lines + ". " + grey;
        if (!note.isEmpty()) {
            chart.addSubtitle(theme.caption(note, RectangleEdge.BOTTOM));
        }
        return chart;
    }

    /** @return {@code v} rounded up to the colour scale's step */
    private static double niceCeiling(double v) {
        double step = v > FINE_SCALE_MAX_N ? COARSE_SCALE_STEP_N : FINE_SCALE_STEP_N;
        return Math.ceil(v / step) * step;
    }

    private static boolean hasMissing(CompressionGrid g) {
        for (int i = 0; i < g.massCount(); i++) {
            for (int j = 0; j < g.distanceCount(); j++) {
                if (Double.isNaN(g.compressionN(i, j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
