package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySample;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;

/**
 * Pure functions from Lumbosim results to new JFreeChart charts. Each call builds a new chart
 * styled by the given theme; nothing is cached or shared, and JFreeChart's global chart theme is
 * never touched. Axis labels carry their units. Callers may customise the returned chart.
 */
public final class Charts {
    private Charts() {
    }

    /** Series key of model values in the charts' datasets. */
    public static final String MODEL_SERIES = "Lumbosim model";
    /** Series key of the in vivo measurements in {@link #postureComparison}. */
    public static final String WILKE_SERIES = "In vivo, Wilke et al. 1999 (L4-L5)";

    /** Label of the NIOSH action limit line. */
    static final String NIOSH_AL_LABEL = "NIOSH action limit 3400 N";
    /** Label of the NIOSH maximum permissible limit line. */
    static final String NIOSH_MPL_LABEL = "NIOSH max. permissible 6400 N";
    /** Label of the occasional shear limit line. */
    static final String SHEAR_LABEL = "Shear limit 1000 N (Gallagher & Marras 2012)";

    /** A limit is drawn (and the axis stretched to show it) when the data reach this fraction of it. */
    private static final double LIMIT_SHOWN_FRACTION = 0.5;
    /** Headroom above the largest value or shown limit, as a fraction of it. */
    private static final double AXIS_HEADROOM = 0.08;
    /** Extra headroom above a limit line, for its label. */
    private static final double LIMIT_LABEL_ROOM = 0.12;

    // ------------------------------------------------------------------ 1. posture comparison

    /**
     * Bars of disc compression and intradiscal pressure for named postures, with the in vivo IDP
     * of Wilke et al. (1999) beside the model's where a posture has a measurement. Compression at
     * L5-S1, IDP at L4-L5 (the level Wilke measured).
     *
     * @param cases the postures, in display order (not modified)
     * @param title chart title
     * @param theme the look
     * @return a new chart: one horizontal panel of compression, one of IDP, sharing the posture axis
     */
    public static JFreeChart postureComparison(List<PostureCase> cases, String title, LumbosimTheme theme) {
        return postureComparison(cases, SpinalLevel.L5_S1, SpinalLevel.L4_L5, title, theme);
    }

    /**
     * As {@link #postureComparison(List, String, LumbosimTheme)} with chosen levels.
     *
     * @param cases the postures, in display order (not modified)
     * @param compressionLevel level whose compression is shown
     * @param idpLevel level whose model IDP is shown beside the L4-L5 measurements
     * @param title chart title
     * @param theme the look
     * @return a new chart; dataset of subplot 0 = compression (row {@link #MODEL_SERIES}), subplot 1 =
     *     IDP (rows {@link #MODEL_SERIES} and {@link #WILKE_SERIES}, null where not measured)
     */
    public static JFreeChart postureComparison(List<PostureCase> cases, SpinalLevel compressionLevel,
                                               SpinalLevel idpLevel, String title, LumbosimTheme theme) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("cases is empty: nothing to compare");
        }
        DefaultCategoryDataset compression = new DefaultCategoryDataset();
        DefaultCategoryDataset idp = new DefaultCategoryDataset();
        boolean anyMeasured = cases.stream().anyMatch(c -> c.measured().isPresent());
        for (PostureCase c : cases) {
            compression.addValue(c.result().level(compressionLevel).compressionN(), MODEL_SERIES, c.name());
            idp.addValue(c.result().level(idpLevel).idpMPa(), MODEL_SERIES, c.name());
            if (anyMeasured) {
                idp.addValue(c.measured().map(m -> (Number) m.idpMPa()).orElse(null), WILKE_SERIES, c.name());
            }
        }
        CategoryPlot cPlot = barPlot(compression, compressionLevel.label() + " compression (N)", theme);
        addLimits(cPlot.getRangeAxis(), maxOf(compression), theme, cPlot, null);
        CategoryPlot pPlot = barPlot(idp, idpLevel.label() + " IDP (MPa)", theme);
        ensureUpper(pPlot.getRangeAxis(), maxOf(idp));
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(null));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.add(cPlot, 1);
        plot.add(pPlot, 1);
        plot.setGap(24);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendBox(MODEL_SERIES, theme.seriesColor(0), theme));
        if (anyMeasured) {
            legend.add(legendBox(WILKE_SERIES, theme.seriesColor(1), theme));
        }
        plot.setFixedLegendItems(legend);
        return finish(new JFreeChart(title, theme.titleFont(), plot, true), theme);
    }

    // ------------------------------------------------------------------ 2. sweep

    /**
     * Compression, AP shear and intradiscal pressure at one level against the swept parameter, in
     * three stacked panels sharing the parameter axis, with the NIOSH (1981) compression limits and
     * the Gallagher and Marras (2012) occasional shear limit as labelled lines where the data come
     * within half of them.
     *
     * @param sweep the sweep
     * @param level the level shown
     * @param title chart title
     * @param theme the look
     * @return a new chart; subplots 0, 1, 2 hold series {@link #MODEL_SERIES} of compression (N), AP
     *     shear (N) and IDP (MPa)
     */
    public static JFreeChart sweep(ParameterSweep sweep, SpinalLevel level, String title, LumbosimTheme theme) {
        XYSeries comp = new XYSeries(MODEL_SERIES, false, true);
        XYSeries shear = new XYSeries(MODEL_SERIES, false, true);
        XYSeries idp = new XYSeries(MODEL_SERIES, false, true);
        for (int i = 0; i < sweep.size(); i++) {
            LevelLoad l = sweep.results().get(i).level(level);
            comp.add(sweep.parameterValue(i), l.compressionN());
            shear.add(sweep.parameterValue(i), l.apShearN());
            idp.add(sweep.parameterValue(i), l.idpMPa());
        }
        NumberAxis x = new NumberAxis(sweep.parameterLabel());
        x.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        XYPlot cPlot = linePlot(comp, "Compression (N)", 0, theme);
        addLimits(cPlot.getRangeAxis(), comp.getMaxY(), theme, null, cPlot);
        XYPlot sPlot = linePlot(shear, "AP shear (N)", 2, theme);
        ensureRangeWith(sPlot.getRangeAxis(), Math.min(0, shear.getMinY()), Math.max(0, shear.getMaxY()));
        double shearMax = Math.max(Math.abs(shear.getMinY()), Math.abs(shear.getMaxY()));
        if (shearMax >= LIMIT_SHOWN_FRACTION * OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N) {
            double sign = Math.abs(shear.getMinY()) > Math.abs(shear.getMaxY()) ? -1 : 1;
            double limit = sign * OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N;
            sPlot.addRangeMarker(limitMarker(limit, SHEAR_LABEL, false, theme), Layer.BACKGROUND);
            ensureRangeWith(sPlot.getRangeAxis(), Math.min(0, Math.min(limit * (1 + LIMIT_LABEL_ROOM), shear.getMinY())),
                    Math.max(0, Math.max(limit * (1 + LIMIT_LABEL_ROOM), shear.getMaxY())));
        }
        XYPlot pPlot = linePlot(idp, "IDP (MPa)", 3, theme);
        ensureRangeWith(pPlot.getRangeAxis(), Math.min(0, idp.getMinY()), idp.getMaxY());
        plot.add(cPlot, 4);
        plot.add(sPlot, 3);
        plot.add(pPlot, 3);
        JFreeChart chart = finish(new JFreeChart(title, theme.titleFont(), plot, false), theme);
        chart.addSubtitle(caption("Loads on the " + level.label() + " disc", RectangleEdge.TOP, theme));
        return chart;
    }

    /**
     * Several sweeps of the same parameter on shared axes, one line per sweep (e.g. stoop versus
     * squat lifting over load mass): compression, AP shear and intradiscal pressure at one level in
     * three stacked panels, with the same limit lines as {@link #sweep}.
     *
     * @param sweeps named sweeps in legend order (not modified); all must have the same parameter label
     * @param level the level shown
     * @param title chart title
     * @param theme the look
     * @return a new chart; subplots 0, 1, 2 hold one series per sweep, keyed by its name, of
     *     compression (N), AP shear (N) and IDP (MPa)
     * @throws IllegalArgumentException if {@code sweeps} is empty or the labels differ
     */
    public static JFreeChart sweepComparison(Map<String, ParameterSweep> sweeps, SpinalLevel level, String title,
                                             LumbosimTheme theme) {
        if (sweeps.isEmpty()) {
            throw new IllegalArgumentException("sweeps is empty");
        }
        String label = sweeps.values().iterator().next().parameterLabel();
        XYSeriesCollection comp = new XYSeriesCollection();
        XYSeriesCollection shear = new XYSeriesCollection();
        XYSeriesCollection idp = new XYSeriesCollection();
        double compMax = 0;
        double shearMin = 0;
        double shearMax = 0;
        double idpMax = 0;
        for (Map.Entry<String, ParameterSweep> e : sweeps.entrySet()) {
            ParameterSweep sw = e.getValue();
            if (!sw.parameterLabel().equals(label)) {
                throw new IllegalArgumentException("sweep \"" + e.getKey() + "\" varies \"" + sw.parameterLabel()
                        + "\", the first varies \"" + label + "\"");
            }
            XYSeries c = new XYSeries(e.getKey(), false, true);
            XYSeries s = new XYSeries(e.getKey(), false, true);
            XYSeries p = new XYSeries(e.getKey(), false, true);
            for (int i = 0; i < sw.size(); i++) {
                LevelLoad l = sw.results().get(i).level(level);
                c.add(sw.parameterValue(i), l.compressionN());
                s.add(sw.parameterValue(i), l.apShearN());
                p.add(sw.parameterValue(i), l.idpMPa());
            }
            comp.addSeries(c);
            shear.addSeries(s);
            idp.addSeries(p);
            compMax = Math.max(compMax, c.getMaxY());
            shearMin = Math.min(shearMin, s.getMinY());
            shearMax = Math.max(shearMax, s.getMaxY());
            idpMax = Math.max(idpMax, p.getMaxY());
        }
        NumberAxis x = new NumberAxis(label);
        x.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        XYPlot cPlot = multiLinePlot(comp, "Compression (N)", theme);
        addLimits(cPlot.getRangeAxis(), compMax, theme, null, cPlot);
        XYPlot sPlot = multiLinePlot(shear, "AP shear (N)", theme);
        ensureRangeWith(sPlot.getRangeAxis(), shearMin, shearMax);
        double shearAbs = Math.max(-shearMin, shearMax);
        if (shearAbs >= LIMIT_SHOWN_FRACTION * OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N) {
            double limit = (-shearMin > shearMax ? -1 : 1) * OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N;
            sPlot.addRangeMarker(limitMarker(limit, SHEAR_LABEL, false, theme), Layer.BACKGROUND);
            ensureRangeWith(sPlot.getRangeAxis(), Math.min(shearMin, Math.min(0, limit * (1 + LIMIT_LABEL_ROOM))),
                    Math.max(shearMax, Math.max(0, limit * (1 + LIMIT_LABEL_ROOM))));
        }
        XYPlot pPlot = multiLinePlot(idp, "IDP (MPa)", theme);
        ensureRangeWith(pPlot.getRangeAxis(), 0, idpMax);
        plot.add(cPlot, 4);
        plot.add(sPlot, 3);
        plot.add(pPlot, 3);
        plot.setFixedLegendItems(cPlot.getLegendItems());
        JFreeChart chart = finish(new JFreeChart(title, theme.titleFont(), plot, true), theme);
        chart.addSubtitle(caption("Loads on the " + level.label() + " disc", RectangleEdge.TOP, theme));
        return chart;
    }

    // ------------------------------------------------------------------ 3. heat map

    /**
     * Loads on one disc over a motion: compression, AP shear and IDP against time in three stacked
     * panels, the compression peak marked with its value and time, the NIOSH compression limits and
     * the shear limit drawn when the data come near them. Frames the muscles could not balance are
     * gaps in the lines.
     *
     * @param motion the solved motion (not modified)
     * @param level the disc
     * @param title the chart's title
     * @param theme the theme
     * @return a new chart
     * @throws IllegalArgumentException if no frame was solved
     */
    public static JFreeChart motion(MotionResult motion, SpinalLevel level, String title, LumbosimTheme theme) {
        int peak = motion.peakCompressionFrame(level);
        if (peak < 0) {
            throw new IllegalArgumentException("no frame of the motion was solved: nothing to plot");
        }
        double[] t = motion.timeS();
        double[] c = motion.compressionN(level);
        double[] ap = motion.apShearN(level);
        double[] p = motion.idpMPa(level);
        XYSeries comp = new XYSeries(MODEL_SERIES, false, true);
        XYSeries shear = new XYSeries(MODEL_SERIES, false, true);
        XYSeries idp = new XYSeries(MODEL_SERIES, false, true);
        for (int i = 0; i < t.length; i++) {
            // NaN (an unsolved frame) breaks the line: JFreeChart draws no segment to or from it
            comp.add(t[i], Double.isFinite(c[i]) ? c[i] : null);
            shear.add(t[i], Double.isFinite(ap[i]) ? ap[i] : null);
            idp.add(t[i], Double.isFinite(p[i]) ? p[i] : null);
        }
        NumberAxis x = new NumberAxis("Time (s)");
        x.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        XYPlot cPlot = linePlot(comp, "Compression (N)", 0, theme);
        addLimits(cPlot.getRangeAxis(), c[peak], theme, null, cPlot);
        ValueMarker at = new ValueMarker(t[peak], theme.seriesColor(0), theme.limitStroke(true));
        at.setLabel(String.format(java.util.Locale.ROOT, "peak %.0f N at %.2f s", c[peak], t[peak]));
        at.setLabelFont(theme.tickLabelFont());
        at.setLabelPaint(theme.seriesColor(0));
        at.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        at.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        cPlot.addDomainMarker(at, Layer.FOREGROUND);
        ensureRangeWith(cPlot.getRangeAxis(), 0, c[peak] * 1.15);
        XYPlot sPlot = linePlot(shear, "AP shear (N)", 2, theme);
        double sMin = shear.getMinY();
        double sMax = shear.getMaxY();
        ensureRangeWith(sPlot.getRangeAxis(), Math.min(0, sMin), Math.max(0, sMax));
        if (Math.max(Math.abs(sMin), Math.abs(sMax))
                >= LIMIT_SHOWN_FRACTION * OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N) {
            double limit = (Math.abs(sMin) > Math.abs(sMax) ? -1 : 1) * OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N;
            sPlot.addRangeMarker(limitMarker(limit, SHEAR_LABEL, false, theme), Layer.BACKGROUND);
            ensureRangeWith(sPlot.getRangeAxis(), Math.min(0, Math.min(limit * (1 + LIMIT_LABEL_ROOM), sMin)),
                    Math.max(0, Math.max(limit * (1 + LIMIT_LABEL_ROOM), sMax)));
        }
        XYPlot pPlot = linePlot(idp, "IDP (MPa)", 3, theme);
        ensureRangeWith(pPlot.getRangeAxis(), 0, idp.getMaxY());
        plot.add(cPlot, 4);
        plot.add(sPlot, 3);
        plot.add(pPlot, 3);
        JFreeChart chart = finish(new JFreeChart(title, theme.titleFont(), plot, false), theme);
        chart.addSubtitle(caption("Loads on the " + level.label() + " disc over time", RectangleEdge.TOP, theme));
        return chart;
    }

    /**
     * One disc through a day ({@link DayResult}): intradiscal pressure and disc height against the
     * time since waking in two stacked panels, the night shaded; for L4-L5 the night measurements of
     * Wilke et al. (1999) are drawn as points at the start of the night and 7 h into it.
     *
     * @param day the simulated day (not modified)
     * @param level the disc
     * @param title the chart's title
     * @param theme the theme
     * @return a new chart
     */
    public static JFreeChart day(DayResult day, SpinalLevel level, String title, LumbosimTheme theme) {
        XYSeries idp = new XYSeries(MODEL_SERIES, false, true);
        XYSeries height = new XYSeries(MODEL_SERIES, false, true);
        for (DaySample s : day.samples()) {
            idp.add(s.timeH(), s.level(level).idpMPa());
            height.add(s.timeH(), s.level(level).heightMm());
        }
        NumberAxis x = new NumberAxis("Time since waking (h)");
        x.setRange(0, day.schedule().totalH());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        XYPlot pPlot = linePlot(idp, "IDP (MPa)", 3, theme);
        if (level == SpinalLevel.L4_L5) {
            XYSeries wilke = new XYSeries(WILKE_SERIES, false, true);
            double start = day.schedule().nightStartH();
            for (Wilke1999.Measurement m : Wilke1999.measurements()) {
                if (m.id().equals("night_start")) {
                    wilke.add(start, m.idpMPa());
                } else if (m.id().equals("night_end")) {
                    wilke.add(start + WilkeValidation.NIGHT_END_H, m.idpMPa());
                }
            }
            ((XYSeriesCollection) pPlot.getDataset()).addSeries(wilke);
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) pPlot.getRenderer();
            double d = theme.lineWidthPt() * 4;
            r.setSeriesLinesVisible(1, false);
            r.setSeriesShapesVisible(1, true);
            r.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-d / 2, -d / 2, d, d));
            r.setSeriesPaint(1, theme.seriesColor(1));
        }
        ensureRangeWith(pPlot.getRangeAxis(), 0, idp.getMaxY());
        XYPlot hPlot = linePlot(height, "Disc height (mm)", 2, theme);
        ((NumberAxis) hPlot.getRangeAxis()).setAutoRangeIncludesZero(false);
        double nightStart = day.schedule().nightStartH();
        double nightEnd = nightStart + day.schedule().nightH();
        for (XYPlot p : List.of(pPlot, hPlot)) {
            org.jfree.chart.plot.IntervalMarker night = new org.jfree.chart.plot.IntervalMarker(nightStart, nightEnd,
                    new Color(0, 0, 0, 18));
            p.addDomainMarker(night, Layer.BACKGROUND);
        }
        plot.add(pPlot, 1);
        plot.add(hPlot, 1);
        plot.setFixedLegendItems(pPlot.getLegendItems());
        JFreeChart chart = finish(new JFreeChart(title, theme.titleFont(), plot, level == SpinalLevel.L4_L5), theme);
        chart.addSubtitle(caption("The " + level.label() + " disc through the day; shaded: lying (night)",
                RectangleEdge.TOP, theme));
        return chart;
    }

    /**
     * Heat map of disc compression over load mass and horizontal hand distance, with the NIOSH
     * (1981) 3400 N and 6400 N iso-lines drawn and labelled, and a colour scale. Cells where the
     * muscles cannot balance the load are grey.
     *
     * @param grid the solved grid
     * @param title chart title
     * @param theme the look
     * @return a new chart; its dataset holds (distance, mass, compression) for every cell
     */
    public static JFreeChart compressionHeatMap(CompressionGrid grid, String title, LumbosimTheme theme) {
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
        styleXY(plot, theme);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        addContour(plot, grid, OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N, "3400 N (NIOSH AL)", false,
                theme);
        addContour(plot, grid, OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N, "6400 N (NIOSH MPL)",
                true, theme);
        JFreeChart chart = finish(new JFreeChart(title, theme.titleFont(), plot, false), theme);
        NumberAxis scaleAxis = new NumberAxis(grid.level().label() + " compression (N)");
        scaleAxis.setRange(0, upper);
        styleAxis(scaleAxis, theme);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(theme.axisLabelSizePt() * 1.5);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(10, 14, 10, 6));
        legend.setBackgroundPaint(theme.background());
        chart.addSubtitle(legend);
        chart.addSubtitle(caption("Lines: NIOSH (1981) 3400 N action limit, 6400 N maximum permissible (dashed)"
                + (hasMissing(grid) ? ". Grey: the trunk muscles cannot hold the load" : ""), RectangleEdge.BOTTOM,
                theme));
        return chart;
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

    /** Draws the iso-line {@code level} of the grid by marching squares, with a label at its end. */
    private static void addContour(XYPlot plot, CompressionGrid g, double level, String label, boolean dashed,
                                   LumbosimTheme theme) {
        double[] xs = g.handDistanceM();
        double[] ys = g.loadMassKg();
        double labelX = Double.NaN;
        double labelY = Double.NaN;
        BasicStroke halo = new BasicStroke(theme.limitLineWidthPt() * 2.5f);
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
                    double a = v[e] - level;
                    double b = v[(e + 1) % 4] - level;
                    if ((a < 0) != (b < 0)) {
                        double t = a / (a - b);
                        px[m] = corner[e][0] + t * (corner[(e + 1) % 4][0] - corner[e][0]);
                        py[m] = corner[e][1] + t * (corner[(e + 1) % 4][1] - corner[e][1]);
                        m++;
                    }
                }
                for (int s = 0; s + 1 < m; s += 2) {
                    plot.addAnnotation(new XYLineAnnotation(px[s], py[s], px[s + 1], py[s + 1], halo,
                            new Color(255, 255, 255, 170)), false);
                    plot.addAnnotation(new XYLineAnnotation(px[s], py[s], px[s + 1], py[s + 1], line,
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
            t.setBackgroundPaint(new Color(255, 255, 255, 210));
            boolean nearRight = labelX > xs[xs.length - 1] - (xs[xs.length - 1] - xs[0]) * 0.35;
            t.setTextAnchor(nearRight ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            plot.addAnnotation(t, false);
        }
    }

    // ------------------------------------------------------------------ 4. per-level profile

    /**
     * The five lumbar levels side by side for one task: compression, AP shear and intradiscal
     * pressure, L1-L2 at the top and L5-S1 at the bottom as in the body.
     *
     * @param result the solver's result
     * @param title chart title
     * @param theme the look
     * @return a new chart; subplots 0, 1, 2 hold row {@link #MODEL_SERIES} of compression (N), AP
     *     shear (N) and IDP (MPa) with the level labels as columns
     */
    public static JFreeChart levelProfile(AnalysisResult result, String title, LumbosimTheme theme) {
        DefaultCategoryDataset comp = new DefaultCategoryDataset();
        DefaultCategoryDataset shear = new DefaultCategoryDataset();
        DefaultCategoryDataset idp = new DefaultCategoryDataset();
        SpinalLevel[] levels = SpinalLevel.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            LevelLoad l = result.level(levels[i]);
            comp.addValue(l.compressionN(), MODEL_SERIES, levels[i].label());
            shear.addValue(l.apShearN(), MODEL_SERIES, levels[i].label());
            idp.addValue(l.idpMPa(), MODEL_SERIES, levels[i].label());
        }
        CategoryPlot cPlot = barPlot(comp, "Compression (N)", theme);
        addLimits(cPlot.getRangeAxis(), maxOf(comp), theme, cPlot, null);
        shortenMarkerLabels(cPlot);
        CategoryPlot sPlot = barPlot(shear, "AP shear (N)", theme);
        ((BarRenderer) sPlot.getRenderer()).setSeriesPaint(0, theme.seriesColor(2));
        ensureRangeWith(sPlot.getRangeAxis(), Math.min(0, minOf(shear)), Math.max(0, maxOf(shear)));
        if (Math.max(Math.abs(minOf(shear)), Math.abs(maxOf(shear)))
                >= LIMIT_SHOWN_FRACTION * OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N) {
            double limit = Math.abs(minOf(shear)) > Math.abs(maxOf(shear))
                    ? -OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N
                    : OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N;
            sPlot.addRangeMarker(verticalLimitMarker(limit, "1000 N", false, theme), Layer.BACKGROUND);
            ensureRangeWith(sPlot.getRangeAxis(), Math.min(0, Math.min(limit, minOf(shear))),
                    Math.max(0, Math.max(limit, maxOf(shear))));
        }
        CategoryPlot pPlot = barPlot(idp, "IDP (MPa)", theme);
        ((BarRenderer) pPlot.getRenderer()).setSeriesPaint(0, theme.seriesColor(3));
        ensureUpper(pPlot.getRangeAxis(), maxOf(idp));
        CategoryAxis levelAxis = new CategoryAxis("Lumbar level");
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(levelAxis);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.add(cPlot, 1);
        plot.add(sPlot, 1);
        plot.add(pPlot, 1);
        plot.setGap(28);
        JFreeChart chart = finish(new JFreeChart(title, theme.titleFont(), plot, false), theme);
        if (!cPlot.getRangeMarkers(Layer.BACKGROUND).isEmpty() || !sPlot.getRangeMarkers(Layer.BACKGROUND).isEmpty()) {
            chart.addSubtitle(caption(LIMITS_CAPTION, RectangleEdge.BOTTOM, theme));
        }
        return chart;
    }

    // ------------------------------------------------------------------ 5. muscle forces

    /**
     * Muscle force summed per anatomical group and side, as horizontal bars (left and right side
     * by side).
     *
     * @param result the solver's result
     * @param title chart title
     * @param theme the look
     * @return a new chart; its dataset has rows "Left" and "Right" and one column per group, in the
     *     order the groups first appear in {@link AnalysisResult#muscles()}
     */
    public static JFreeChart muscleForces(AnalysisResult result, String title, LumbosimTheme theme) {
        Map<String, double[]> sums = muscleForceByGroupN(result);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            data.addValue(e.getValue()[0], "Left", prettyGroup(e.getKey()));
            data.addValue(e.getValue()[1], "Right", prettyGroup(e.getKey()));
        }
        CategoryPlot plot = barPlot(data, "Muscle force, sum per group (N)", theme);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setLabel(null);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, theme.seriesColor(0));
        r.setSeriesPaint(1, theme.seriesColor(3));
        r.setItemMargin(0.05);
        r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2} N",
                new java.text.DecimalFormat("#,##0")));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(4);
        r.setDefaultItemLabelFont(theme.legendFont());
        r.setDefaultItemLabelPaint(theme.textColor());
        ensureUpper(plot.getRangeAxis(), maxOf(data) * 1.12);
        return finish(new JFreeChart(title, theme.titleFont(), plot, true), theme);
    }

    /**
     * @param result a result
     * @return per group (in order of first appearance), {left, right} force sums (N)
     */
    public static Map<String, double[]> muscleForceByGroupN(AnalysisResult result) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (MuscleForce m : result.muscles()) {
            double[] s = sums.computeIfAbsent(m.group(), g -> new double[2]);
            s["L".equalsIgnoreCase(m.side()) ? 0 : 1] += m.forceN();
        }
        return sums;
    }

    private static String prettyGroup(String group) {
        String s = group.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ------------------------------------------------------------------ helpers

    /** Caption explaining the limit lines. */
    static final String LIMITS_CAPTION = "Lines: NIOSH (1981) action limit 3400 N, maximum permissible 6400 N (dashed); "
            + "AP shear limit 1000 N (Gallagher & Marras 2012)";

    private static TextTitle caption(String text, RectangleEdge edge, LumbosimTheme theme) {
        TextTitle t = new TextTitle(text, theme.legendFont());
        t.setPaint(theme.textColor());
        t.setPosition(edge);
        t.setMargin(new RectangleInsets(2, 0, 4, 0));
        return t;
    }

    private static void shortenMarkerLabels(CategoryPlot plot) {
        for (Object o : plot.getRangeMarkers(Layer.BACKGROUND)) {
            ValueMarker m = (ValueMarker) o;
            m.setLabel(String.format(java.util.Locale.ROOT, "%.0f N", m.getValue()));
        }
    }

    private static CategoryPlot barPlot(DefaultCategoryDataset data, String valueLabel, LumbosimTheme theme) {
        NumberAxis value = new NumberAxis(valueLabel);
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.02);
        r.setMaximumBarWidth(0.35);
        for (int s = 0; s < data.getRowCount(); s++) {
            r.setSeriesPaint(s, theme.seriesColor(s));
        }
        CategoryAxis cat = new CategoryAxis(null);
        CategoryPlot plot = new CategoryPlot(data, cat, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        styleCategory(plot, theme);
        return plot;
    }

    /** Series with more points than this are drawn without point markers. */
    private static final int DENSE_SERIES_POINTS = 60;

    private static XYPlot linePlot(XYSeries series, String valueLabel, int colorIndex, LumbosimTheme theme) {
        // point markers help read a sparse sweep; on a dense series (a motion) they only thicken the line
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, series.getItemCount() <= DENSE_SERIES_POINTS);
        r.setSeriesPaint(0, theme.seriesColor(colorIndex));
        r.setSeriesStroke(0, theme.dataStroke());
        double d = theme.lineWidthPt() * 2.2;
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-d / 2, -d / 2, d, d));
        NumberAxis y = new NumberAxis(valueLabel);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), null, y, r);
        styleXY(plot, theme);
        return plot;
    }

    private static XYPlot multiLinePlot(XYSeriesCollection data, String valueLabel, LumbosimTheme theme) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        double d = theme.lineWidthPt() * 2.2;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, theme.seriesColor(i == 0 ? 0 : i + 1));
            r.setSeriesStroke(i, theme.dataStroke());
            r.setSeriesShape(i, i % 2 == 0 ? new java.awt.geom.Ellipse2D.Double(-d / 2, -d / 2, d, d)
                    : new java.awt.geom.Rectangle2D.Double(-d / 2, -d / 2, d, d));
        }
        NumberAxis y = new NumberAxis(valueLabel);
        XYPlot plot = new XYPlot(data, null, y, r);
        styleXY(plot, theme);
        return plot;
    }

    /** Adds the NIOSH lines the data come near and stretches the axis to show them. */
    private static void addLimits(ValueAxis axis, double dataMax, LumbosimTheme theme, CategoryPlot cPlot,
                                  XYPlot xyPlot) {
        double upper = Math.max(dataMax, 0);
        double[] limits = {OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N,
                OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N};
        String[] labels = {NIOSH_AL_LABEL, NIOSH_MPL_LABEL};
        for (int i = 0; i < limits.length; i++) {
            if (dataMax >= LIMIT_SHOWN_FRACTION * limits[i]) {
                ValueMarker m = cPlot != null ? verticalLimitMarker(limits[i], labels[i], i == 1, theme)
                        : limitMarker(limits[i], labels[i], i == 1, theme);
                if (cPlot != null) {
                    cPlot.addRangeMarker(m, Layer.BACKGROUND);
                } else {
                    xyPlot.addRangeMarker(m, Layer.BACKGROUND);
                }
                upper = Math.max(upper, limits[i]);
            }
        }
        ensureRangeWith(axis, 0, upper > dataMax ? upper * (1 + LIMIT_LABEL_ROOM) : upper);
    }

    private static ValueMarker verticalLimitMarker(double value, String label, boolean dashed, LumbosimTheme theme) {
        ValueMarker m = limitMarker(value, label, dashed, theme);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return m;
    }

    private static ValueMarker limitMarker(double value, String label, boolean dashed, LumbosimTheme theme) {
        ValueMarker m = new ValueMarker(value, theme.limitColor(), theme.limitStroke(dashed));
        m.setLabel(label);
        m.setLabelFont(theme.legendFont());
        m.setLabelPaint(theme.limitColor());
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
        return m;
    }

    private static void ensureUpper(ValueAxis axis, double max) {
        ensureRangeWith(axis, 0, Math.max(0, max));
    }

    private static void ensureRangeWith(ValueAxis axis, double lo, double hi) {
        double span = Math.max(hi - lo, Math.max(Math.abs(hi), Math.abs(lo)) * 1e-3 + 1e-9);
        double low = lo < 0 ? lo - span * AXIS_HEADROOM : lo;
        axis.setRange(low, hi + span * AXIS_HEADROOM);
    }

    private static double maxOf(DefaultCategoryDataset d) {
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < d.getRowCount(); r++) {
            for (int c = 0; c < d.getColumnCount(); c++) {
                Number v = d.getValue(r, c);
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        return max;
    }

    private static double minOf(DefaultCategoryDataset d) {
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < d.getRowCount(); r++) {
            for (int c = 0; c < d.getColumnCount(); c++) {
                Number v = d.getValue(r, c);
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                }
            }
        }
        return min;
    }

    private static double niceCeiling(double v) {
        double step = v > 5000 ? 1000 : 500;
        return Math.ceil(v / step) * step;
    }

    private static LegendItem legendBox(String label, Paint paint, LumbosimTheme theme) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle(-7, -7, 14, 14), paint);
        item.setLabelFont(theme.legendFont());
        return item;
    }

    private static void styleAxis(Axis axis, LumbosimTheme theme) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(theme.axisLabelFont());
        axis.setLabelPaint(theme.textColor());
        axis.setTickLabelFont(theme.tickLabelFont());
        axis.setTickLabelPaint(theme.textColor());
        axis.setAxisLinePaint(theme.textColor());
        axis.setTickMarkPaint(theme.textColor());
    }

    private static void styleCategory(CategoryPlot plot, LumbosimTheme theme) {
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(theme.gridColor());
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        styleAxis(plot.getDomainAxis(), theme);
        styleAxis(plot.getRangeAxis(), theme);
        if (plot.getDomainAxis() != null) {
            plot.getDomainAxis().setCategoryMargin(0.25);
        }
    }

    private static void styleXY(XYPlot plot, LumbosimTheme theme) {
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(theme.gridColor());
        plot.setRangeGridlinePaint(theme.gridColor());
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        styleAxis(plot.getDomainAxis(), theme);
        styleAxis(plot.getRangeAxis(), theme);
    }

    private static JFreeChart finish(JFreeChart chart, LumbosimTheme theme) {
        chart.setBackgroundPaint(theme.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setFont(theme.titleFont());
            t.setPaint(theme.textColor());
            t.setMargin(new RectangleInsets(4, 0, 10, 0));
        }
        if (chart.getPlot() instanceof CombinedDomainCategoryPlot p) {
            styleAxis(p.getDomainAxis(), theme);
            p.setBackgroundPaint(theme.background());
            p.setOutlineVisible(false);
        } else if (chart.getPlot() instanceof CombinedDomainXYPlot p) {
            styleAxis(p.getDomainAxis(), theme);
            p.setBackgroundPaint(theme.background());
            p.setOutlineVisible(false);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(theme.legendFont());
            legend.setItemPaint(theme.textColor());
            legend.setBackgroundPaint(theme.background());
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
        }
        return chart;
    }
}
