package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.lumbosim.LumbosimException;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.reference.IdpConversionRange;
import org.lumbosim.reference.InVivoRatios;
import org.lumbosim.reference.InVivoValidation;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.reference.WilkeValidation.Status;

/**
 * The validation figure (issue 14 item 3): every in vivo row that {@code lumbosim validate} compares,
 * measured (horizontal) against predicted (vertical), with the identity line, for each muscle model.
 * Left panel: intradiscal pressure at L4-L5 (MPa) of Wilke et al. (1999), the two night rows
 * included, and of Wilke et al. (2001), with the uncertainty bands of {@link WilkeValidation} as
 * vertical bars. Right panel: the ratios of every data set (Wilke 1999 as % of relaxed standing and
 * every set of {@link InVivoRatios}), a published range as a horizontal bar. The errors printed on the
 * figure are the numbers {@code validate} prints (rounded). Rows the muscles cannot balance are drawn
 * hollow at the loads the task requires ({@link OverloadPolicy#REPORT}) and are not in the errors;
 * rows without a prediction are named in the caption. Text on the figure and the caption are made
 * from the points drawn ({@link #drawnSets}).
 */
public final class ValidationFigure {

    /**
     * The validation of one muscle model with Wilke et al. (1999)'s subject.
     *
     * @param kind the muscle model
     * @param wilke the Wilke comparison as {@code validate} prints it
     * @param sets the other data sets as {@code validate} prints them
     * @param wilkeOverloaded the same rerun with {@link OverloadPolicy#REPORT}, when a row failed
     * @param setsOverloaded the sets rerun with {@link OverloadPolicy#REPORT}, when a row failed
     */
    public record ModelRun(MuscleModelKind kind, WilkeValidation.Report wilke, List<InVivoValidation.SetReport> sets,
                           Optional<WilkeValidation.Report> wilkeOverloaded,
                           Optional<List<InVivoValidation.SetReport>> setsOverloaded) {
        /** Copies the list. */
        public ModelRun {
            Checks.given(kind, "kind");
            Checks.given(wilke, "wilke");
            Checks.givenEach(sets, "sets");
            Checks.given(wilkeOverloaded, "wilkeOverloaded");
            Checks.given(setsOverloaded, "setsOverloaded");
            sets = List.copyOf(sets);
        }

        /**
         * Runs the validation of one muscle model with Wilke et al. (1999)'s subject (as
         * {@code validate --muscles}), and again with overload reported when a row fails.
         *
         * @param kind the muscle model
         * @return the run
         */
        public static ModelRun of(MuscleModelKind kind) {
            Checks.given(kind, "kind");
            LumbarModel model = Wilke1999.subjectModel().withMuscleModel(kind);
            return of(model, WilkeValidation.run(model), InVivoValidation.run(model));
        }

        /**
         * @param model the model the reports were made with
         * @param wilke its Wilke report
         * @param sets its other data sets
         * @return the run, with the overloaded reruns where a row failed
         */
        public static ModelRun of(LumbarModel model, WilkeValidation.Report wilke, List<InVivoValidation.SetReport> sets) {
            Checks.given(model, "model");
            Checks.given(wilke, "wilke");
            Checks.givenEach(sets, "sets");
            LumbarModel report = model.withOverloadPolicy(OverloadPolicy.REPORT);
            Optional<WilkeValidation.Report> w = Optional.empty();
            if (wilke.failed() > 0) {
                try {
                    w = Optional.of(WilkeValidation.run(report));
                } catch (LumbosimException e) {
                    w = Optional.empty();
                }
            }
            Optional<List<InVivoValidation.SetReport>> s = sets.stream().anyMatch(r -> r.failed() > 0)
                    ? Optional.of(InVivoValidation.run(report)) : Optional.empty();
            return new ModelRun(model.muscleModel(), wilke, sets, w, s);
        }
    }

    /**
     * One point drawn.
     *
     * @param ratio whether it is in the ratio panel (else the pressure panel)
     * @param kind the muscle model
     * @param setId its data set: an {@link InVivoRatios#setIds() id}, {@code wilke1999} or {@code wilke1999night}
     * @param rowId the row
     * @param measuredLow the measured value, or the low end of a published range (MPa or %)
     * @param measuredHigh the high end of the range (= low for one value; the axis end for a lower bound)
     * @param predicted the predicted value (MPa or %)
     * @param bandLow low end of the factor band (MPa); NaN without one
     * @param bandHigh high end of the factor band (MPa); NaN without one
     * @param areaLow low end of the factor-and-area band (MPa); NaN without one
     * @param areaHigh high end of the factor-and-area band (MPa); NaN without one
     * @param beyondStrength whether the muscles cannot balance the row (drawn hollow, loads at the
     *     strength it requires, not in the errors)
     */
    public record Point(boolean ratio, MuscleModelKind kind, String setId, String rowId, double measuredLow,
                        double measuredHigh, double predicted, double bandLow, double bandHigh, double areaLow,
                        double areaHigh, boolean beyondStrength) {
        /** Checks that every component is given. */
        public Point {
            Checks.given(kind, "kind");
            Checks.given(setId, "setId");
            Checks.given(rowId, "rowId");
        }
    }

    /** Data set of Wilke et al. (1999)'s static rows. */
    public static final String WILKE_1999 = "wilke1999";
    /** Data set of Wilke et al. (1999)'s night rows (the time-dependent disc). */
    public static final String WILKE_1999_NIGHT = "wilke1999night";

    /** Short names of the data sets, used in the legend and the caption. */
    public static final Map<String, String> SET_LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(WILKE_1999, "Wilke 1999");
        m.put(WILKE_1999_NIGHT, "Wilke 1999 night");
        m.put("wilke2001", "Wilke 2001 (same subject)");
        m.put("nachemson1981", "Nachemson 1981");
        m.put("nachemson1976fig", "Nachemson figure (secondary)");
        m.put("vbr", "VBR telemetry");
        m.put("rohlmann2011", "VBR sitting (Rohlmann 2011)");
        return Map.copyOf(m);
    }

    private static final double PERCENT = 100;
    private static final double HEADROOM = 1.06;
    private static final String HOLLOW = "hollow: beyond muscle strength";
    private static final String BAND = "bars: factor band (light: with area)";
    private static final String IDENTITY = "predicted = measured";
    /** Legend entry of the horizontal error bars: a measurement published as a range or a lower bound. */
    static final String RANGE = "horizontal line: published range (to the right edge: a lower bound)";
    /** Size of this two-panel figure's text and lines relative to the theme's (each panel is half a slide). */
    private static final float PANEL_SCALE = 0.85f;

    private final List<Point> points;
    private final List<String> notDrawn;
    private final JFreeChart pressure;
    private final JFreeChart ratios;

    private ValidationFigure(List<Point> points, List<String> notDrawn, JFreeChart pressure, JFreeChart ratios) {
        this.points = List.copyOf(points);
        this.notDrawn = List.copyOf(notDrawn);
        this.pressure = pressure;
        this.ratios = ratios;
    }

    /**
     * Builds the figure.
     *
     * @param runs one run per muscle model, in legend order (not modified)
     * @param slideTheme the look of a whole slide (each panel draws at 0.85 of its sizes)
     * @return the figure
     */
    public static ValidationFigure of(List<ModelRun> runs, LumbosimTheme slideTheme) {
        Checks.givenEach(runs, "runs");
        Checks.given(slideTheme, "slideTheme");
        LumbosimTheme theme = slideTheme.scaled(PANEL_SCALE);
        List<Point> pts = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (ModelRun run : runs) {
            collect(run, pts, missing);
        }
        JFreeChart p = chart(pts, false, "Pressure at L4-L5",
                "Measured IDP (MPa)", "Predicted IDP (MPa)", pressureSummary(runs), theme);
        JFreeChart r = chart(pts, true, "Ratio to a reference posture",
                "Measured (% of the reference)", "Predicted (%)", ratioSummary(runs), theme);
        return new ValidationFigure(pts, List.copyOf(missing), p, r);
    }

    private static void collect(ModelRun run, List<Point> pts, Set<String> missing) {
        MuscleModelKind k = run.kind();
        List<WilkeValidation.Row> rows = run.wilke().rows();
        for (int i = 0; i < rows.size(); i++) {
            WilkeValidation.Row row = rows.get(i);
            boolean beyond = row.status() == Status.FAILED && run.wilkeOverloaded().isPresent()
                    && run.wilkeOverloaded().get().rows().get(i).status() == Status.OK;
            WilkeValidation.Row r = beyond ? run.wilkeOverloaded().get().rows().get(i) : row;
            String id = r.measurement().id();
            if (r.status() != Status.OK) {
                missing.add(id + " (" + k.id() + ": " + (r.status() == Status.FAILED ? "not solvable" : "not modelled") + ")");
                continue;
            }
            String set = r.measurement().posture().isPresent() ? WILKE_1999 : WILKE_1999_NIGHT;
            double mpa = r.measurement().idpMPa();
            pts.add(new Point(false, k, set, id, mpa, mpa, r.predictedIdpMPa(), r.idpLowMPa(), r.idpHighMPa(),
                    r.idpAreaLowMPa(), r.idpAreaHighMPa(), beyond));
            pts.add(new Point(true, k, set, id, PERCENT * r.measuredRatio(), PERCENT * r.measuredRatio(),
                    PERCENT * r.predictedRatio(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, beyond));
        }
        for (int s = 0; s < run.sets().size(); s++) {
            InVivoValidation.SetReport set = run.sets().get(s);
            for (int i = 0; i < set.rows().size(); i++) {
                InVivoValidation.Row row = set.rows().get(i);
                boolean beyond = row.status() == Status.FAILED && run.setsOverloaded().isPresent()
                        && run.setsOverloaded().get().get(s).rows().get(i).status() == Status.OK;
                InVivoValidation.Row r = beyond ? run.setsOverloaded().get().get(s).rows().get(i) : row;
                InVivoRatios.Comparison c = r.comparison();
                if (r.status() != Status.OK) {
                    missing.add(c.setId() + " " + c.id() + (r.status() == Status.FAILED ? " (" + k.id()
                            + ": not solvable)" : " (not modelled)"));
                    continue;
                }
                pts.add(new Point(true, k, c.setId(), c.id(), c.publishedMinPct(), c.publishedMaxPct(), r.predictedPct(),
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, beyond));
                if (!Double.isNaN(r.predictedMPa())) {
                    pts.add(new Point(false, k, c.setId(), c.id(), c.publishedMPa(), c.publishedMPa(), r.predictedMPa(),
                            Double.NaN, Double.NaN, Double.NaN, Double.NaN, beyond));
                }
            }
        }
    }

    private static String pressureSummary(List<ModelRun> runs) {
        List<String> parts = new ArrayList<>();
        for (ModelRun run : runs) {
            WilkeValidation.Report w = run.wilke();
            int n = 0;
            int in = 0;
            int inArea = 0;
            for (WilkeValidation.Row r : w.rows()) {
                if (r.status() == Status.OK && Double.isFinite(r.idpLowMPa())) {
                    n++;
                    in += r.measuredInBand() ? 1 : 0;
                    inArea += r.measuredInAreaBand() ? 1 : 0;
                }
            }
            String s = run.kind().id() + ": Wilke 1999 RMSE " + LimitLines.number(w.rmseIdpMPa(), 3) + " MPa (n = "
                    + w.n() + "); in band " + in + " of " + n + " (with area " + inArea + ")";
            for (InVivoValidation.SetReport set : run.sets()) {
                if (set.n() > 0 && !Double.isNaN(set.rmseIdpMPa())) {
                    s += "; " + shortName(set.setId()) + " " + LimitLines.number(set.rmseIdpMPa(), 3) + " MPa";
                }
            }
            parts.add(s);
        }
        return String.join("\n", parts);
    }

    private static String ratioSummary(List<ModelRun> runs) {
        List<String> parts = new ArrayList<>();
        for (ModelRun run : runs) {
            List<String> e = new ArrayList<>();
            e.add("Wilke 1999 " + LimitLines.number(run.wilke().ratioMaePct(), 1));
            for (InVivoValidation.SetReport set : run.sets()) {
                if (set.n() > 0) {
                    e.add(shortName(set.setId()) + " " + LimitLines.number(set.ratioMaePct(), 1));
                }
            }
            parts.add(run.kind().id() + ", mean |error| (pp): " + String.join(", ", e));
        }
        return String.join("\n", parts);
    }

    private static String shortName(String setId) {
        return switch (setId) {
            case "wilke2001" -> "Wilke 2001";
            case "nachemson1981" -> "Nachemson 1981";
            case "nachemson1976fig" -> "Nachemson fig.";
            case "vbr" -> "VBR";
            case "rohlmann2011" -> "VBR sitting";
            default -> setId;
        };
    }

    private static String key(Point p) {
        return p.setId() + "|" + p.kind().id() + "|" + (p.beyondStrength() ? "hollow" : "filled");
    }

    private static JFreeChart chart(List<Point> all, boolean ratio, String title, String xLabel, String yLabel,
                                    String summary, LumbosimTheme theme) {
        List<Point> pts = all.stream().filter(p -> p.ratio() == ratio).toList();
        double max = 0;
        for (Point p : pts) {
            max = Math.max(max, Math.max(p.measuredLow(), p.predicted()));
            if (Double.isFinite(p.measuredHigh())) {
                max = Math.max(max, p.measuredHigh());
            }
            if (Double.isFinite(p.areaHigh())) {
                max = Math.max(max, p.areaHigh());
            }
        }
        double axisMax = max * HEADROOM;
        XYIntervalSeriesCollection main = new XYIntervalSeriesCollection();
        XYIntervalSeriesCollection area = new XYIntervalSeriesCollection();
        Map<String, XYIntervalSeries> byKey = new LinkedHashMap<>();
        XYIntervalSeries areaSeries = null;
        Map<MuscleModelKind, XYIntervalSeries> areaByKind = new LinkedHashMap<>();
        for (Point p : pts) {
            XYIntervalSeries s = byKey.computeIfAbsent(key(p), k -> new XYIntervalSeries(k, false, true));
            double hi = Double.isFinite(p.measuredHigh()) ? p.measuredHigh() : axisMax;
            boolean band = Double.isFinite(p.bandLow());
            s.add(p.measuredLow(), p.measuredLow(), hi, p.predicted(), band ? p.bandLow() : p.predicted(),
                    band ? p.bandHigh() : p.predicted());
            if (Double.isFinite(p.areaLow())) {
                areaSeries = areaByKind.computeIfAbsent(p.kind(), k -> new XYIntervalSeries("area|" + k.id(), false, true));
                areaSeries.add(p.measuredLow(), p.measuredLow(), p.measuredLow(), p.predicted(), p.areaLow(), p.areaHigh());
            }
        }
        byKey.values().forEach(main::addSeries);
        areaByKind.values().forEach(area::addSeries);

        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        x.setRange(0, axisMax);
        y.setRange(0, axisMax);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(true);
        r.setDrawYError(true);
        r.setErrorStroke(new BasicStroke(theme.lineWidthPt() * 0.6f));
        r.setCapLength(theme.lineWidthPt() * 3);
        r.setDefaultLinesVisible(false);
        double d = theme.lineWidthPt() * 3.2;
        for (int i = 0; i < main.getSeriesCount(); i++) {
            String[] k = ((String) main.getSeriesKey(i)).split("\\|");
            r.setSeriesPaint(i, LumbosimTheme.comparisonColor(theme.idpColor(), kindOf(k[1]).ordinal()));
            r.setSeriesShape(i, shape(k[0], d));
            r.setSeriesShapesVisible(i, true);
            r.setSeriesShapesFilled(i, k[2].equals("filled"));
            r.setSeriesStroke(i, new BasicStroke(theme.lineWidthPt() * 0.8f));
            r.setSeriesLinesVisible(i, false);
        }
        r.setUseOutlinePaint(false);
        r.setDrawOutlines(true);
        XYPlot plot = new XYPlot(main, x, y, r);
        if (area.getSeriesCount() > 0) {
            XYErrorRenderer a = new XYErrorRenderer();
            a.setDrawXError(false);
            a.setErrorStroke(new BasicStroke(theme.lineWidthPt() * 0.7f));
            a.setCapLength(theme.lineWidthPt() * 2);
            a.setDefaultShapesVisible(false);
            a.setDefaultLinesVisible(false);
            for (int i = 0; i < area.getSeriesCount(); i++) {
                Color c = LumbosimTheme.comparisonColor(theme.idpColor(),
                        kindOf(((String) area.getSeriesKey(i)).split("\\|")[1]).ordinal());
                a.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 0x60));
            }
            plot.setDataset(1, area);
            plot.setRenderer(1, a);
        }
        XYLineAnnotation identity = new XYLineAnnotation(0, 0, axisMax, axisMax, theme.limitStroke(true),
                theme.textColor());
        plot.addAnnotation(identity);
        theme.styleXYPlot(plot);
        boolean ranges = pts.stream().anyMatch(p -> !(p.measuredHigh() == p.measuredLow()));
        plot.setFixedLegendItems(legend(byKey.keySet(), area.getSeriesCount() > 0, ranges, theme));
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, true));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(theme.caption(summary, RectangleEdge.TOP));
        return chart;
    }

    private static MuscleModelKind kindOf(String id) {
        for (MuscleModelKind k : MuscleModelKind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static Shape shape(String setId, double d) {
        float s = (float) (d / 2);
        return switch (setId) {
            case WILKE_1999_NIGHT -> new Rectangle2D.Double(-s, -s, 2 * s, 2 * s);
            case "wilke2001" -> ShapeUtils.createDiamond(s * 1.3f);
            case "nachemson1981" -> ShapeUtils.createUpTriangle(s * 1.2f);
            case "nachemson1976fig" -> ShapeUtils.createDownTriangle(s * 1.2f);
            case "vbr" -> ShapeUtils.createDiagonalCross(s, s * 0.35f);
            case "rohlmann2011" -> ShapeUtils.createRegularCross(s, s * 0.35f);
            default -> new Ellipse2D.Double(-s, -s, 2 * s, 2 * s);
        };
    }

    private static LegendItemCollection legend(Set<String> keys, boolean areaBand, boolean ranges, LumbosimTheme theme) {
        LegendItemCollection items = new LegendItemCollection();
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> sets = new LinkedHashSet<>();
        boolean hollow = false;
        for (String k : keys) {
            String[] p = k.split("\\|");
            sets.add(p[0]);
            kinds.add(p[1]);
            hollow |= p[2].equals("hollow");
        }
        for (MuscleModelKind k : MuscleModelKind.values()) {
            if (kinds.contains(k.id())) {
                items.add(theme.legendBox(k.id() + " muscles",
                        LumbosimTheme.comparisonColor(theme.idpColor(), k.ordinal())));
            }
        }
        double d = theme.lineWidthPt() * 3.2;
        for (String set : SET_LABELS.keySet().stream().sorted(ValidationFigure::bySetOrder).toList()) {
            if (sets.contains(set)) {
                LegendItem item = new LegendItem(SET_LABELS.get(set), null, null, null, shape(set, d), theme.textColor());
                item.setLabelFont(theme.legendFont());
                items.add(item);
            }
        }
        if (hollow) {
            LegendItem item = new LegendItem(HOLLOW, null, null, null, true, new Ellipse2D.Double(-d / 2, -d / 2, d, d),
                    false, theme.textColor(), true, theme.textColor(), new BasicStroke(1.5f), false,
                    new Line2D.Double(), new BasicStroke(1f), theme.textColor());
            item.setLabelFont(theme.legendFont());
            items.add(item);
        }
        if (areaBand) {
            LegendItem item = new LegendItem(BAND, null, null, null, new Line2D.Double(0, -d, 0, d),
                    new BasicStroke(theme.lineWidthPt()), theme.textColor());
            item.setLabelFont(theme.legendFont());
            items.add(item);
        }
        if (ranges) {
            LegendItem item = new LegendItem(RANGE, null, null, null, new Line2D.Double(-2 * d, 0, 2 * d, 0),
                    new BasicStroke(theme.lineWidthPt()), theme.textColor());
            item.setLabelFont(theme.legendFont());
            items.add(item);
        }
        LegendItem id = new LegendItem(IDENTITY, null, null, null, new Line2D.Double(-2 * d, 0, 2 * d, 0),
                theme.limitStroke(true), theme.textColor());
        id.setLabelFont(theme.legendFont());
        items.add(id);
        return items;
    }

    private static int bySetOrder(String a, String b) {
        List<String> order = List.of(WILKE_1999, WILKE_1999_NIGHT, "wilke2001", "nachemson1981", "nachemson1976fig", "vbr",
                "rohlmann2011");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    /** @return the points drawn, pressure panel and ratio panel */
    public List<Point> points() {
        return points;
    }

    /** @return rows with no point (not modelled, or not solvable even at the strength they require) */
    public List<String> notDrawn() {
        return notDrawn;
    }

    /** @return the pressure panel */
    public JFreeChart pressureChart() {
        return pressure;
    }

    /** @return the ratio panel */
    public JFreeChart ratioChart() {
        return ratios;
    }

    /** @return both panels side by side, pressure on the left */
    public Drawable drawable() {
        return Figures.sideBySide(pressure, ratios, 0.5);
    }

    /**
     * What a panel of this figure really draws, read back from its datasets.
     *
     * @param chart {@link #pressureChart()} or {@link #ratioChart()}
     * @return the data set ids with at least one point, plus {@code "hollow"} when a point is hollow,
     *     {@code "band"} when an uncertainty band is drawn and {@code "range"} when a measurement is drawn
     *     as a horizontal range
     */
    public static Set<String> drawnSets(JFreeChart chart) {
        Checks.given(chart, "chart");
        Set<String> out = new LinkedHashSet<>();
        XYPlot plot = chart.getXYPlot();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            var data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (data.getItemCount(s) == 0) {
                    continue;
                }
                String[] k = ((String) data.getSeriesKey(s)).split("\\|");
                if (k[0].equals("area")) {
                    out.add("band");
                } else {
                    out.add(k[0]);
                    if (k[2].equals("hollow")) {
                        out.add("hollow");
                    }
                    if (data instanceof XYIntervalSeriesCollection c) {
                        for (int i = 0; i < c.getItemCount(s); i++) {
                            if (c.getEndXValue(s, i) > c.getStartXValue(s, i)) {
                                out.add("range");
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * @return the caption (plain text), made from the points drawn: what each panel shows, which rows
     *     are hollow and which are not drawn
     */
    public String caption() {
        Set<String> left = new LinkedHashSet<>(drawnSets(pressure));
        Set<String> right = new LinkedHashSet<>(drawnSets(ratios));
        StringBuilder s = new StringBuilder();
        long wilkeRows = points.stream().filter(p -> !p.ratio() && p.setId().startsWith(WILKE_1999))
                .map(Point::rowId).distinct().count();
        long nights = points.stream().filter(p -> !p.ratio() && p.setId().equals(WILKE_1999_NIGHT))
                .map(Point::rowId).distinct().count();
        s.append("Each point is one in vivo row, measured (horizontal) against predicted (vertical); the pressure's "
                + "orange, its shade = muscle model (orange: single-equivalent, dark: multi-fascicle); on the dashed "
                + "line they agree. Left: intradiscal pressure at L4-L5 (MPa) of ")
                .append(names(left)).append(" (").append(wilkeRows).append(" rows of Wilke et al. 1999");
        if (nights > 0) {
            s.append(", of which ").append(nights).append(" night rows predicted by the time-dependent disc");
        }
        s.append(")");
        if (left.contains("band")) {
            s.append("; vertical bars: the uncertainty band of each static prediction, from the Nachemson factor "
                    + LimitLines.number(IdpConversionRange.NACHEMSON_FACTOR_MIN, 1) + "-"
                    + LimitLines.number(IdpConversionRange.NACHEMSON_FACTOR_MAX, 1)
                    + " (dark) and with the disc area also over "
                    + LimitLines.number(IdpConversionRange.DISC_AREA_RATIO_MIN, 3) + "-"
                    + LimitLines.number(IdpConversionRange.DISC_AREA_RATIO_MAX, 3) + " times the subject's (light)");
        }
        s.append(". Right: ratios in % of the reference posture (relaxed standing unless a row says otherwise) of ")
                .append(names(right)).append("; a horizontal bar is a published range, one reaching the right edge a "
                        + "lower bound.");
        List<String> other = new ArrayList<>();
        for (Point p : points) {
            if (p.ratio()) {
                InVivoRatios.comparisons().stream().filter(c -> c.setId().equals(p.setId()) && c.id().equals(p.rowId())
                        && c.measure() != InVivoRatios.Measure.RATIO).findFirst()
                        .ifPresent(c -> other.add(c.id() + " (" + c.measure().name().toLowerCase(Locale.ROOT)
                                .replace('_', ' ') + ")"));
            }
        }
        List<String> otherDistinct = other.stream().distinct().toList();
        if (!otherDistinct.isEmpty()) {
            s.append(" Not a ratio of two postures' loads: ").append(String.join(", ", otherDistinct))
                    .append(" (see validate's usage).");
        }
        List<String> hollow = points.stream().filter(Point::beyondStrength)
                .map(p -> p.rowId() + " (" + p.kind().id() + ")").distinct().toList();
        if (!hollow.isEmpty()) {
            s.append(" Hollow: the muscles cannot balance ").append(String.join(", ", hollow))
                    .append("; drawn at the loads the task requires and left out of the errors.");
        }
        if (!notDrawn.isEmpty()) {
            s.append(" Not drawn (no prediction): ").append(String.join("; ", notDrawn)).append(".");
        }
        s.append(" The errors printed are those of lumbosim validate.");
        return s.toString();
    }

    private static String names(Set<String> drawn) {
        List<String> n = new ArrayList<>();
        for (String set : SET_LABELS.keySet().stream().sorted(ValidationFigure::bySetOrder).toList()) {
            if (drawn.contains(set) && !set.equals(WILKE_1999_NIGHT)) {
                n.add(SET_LABELS.get(set));
            }
        }
        return n.isEmpty() ? "no data set" : String.join(", ", n);
    }
}
