package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lumbosim.internal.Checks;

/**
 * The claims figure (issue 14 item 4): each claim about disc loads that the examples print, as a
 * small panel of bars (what the claim says, the in vivo measurement, the model) in the claim's own
 * unit, and the "percent of standing" chart that textbooks reproduce, with Nachemson's figure, Wilke
 * et al. (1999) and the model side by side. A value that does not exist (a claim that gives only a
 * direction, an activity nobody measured) is not drawn and the text says so; every text is made from
 * the values drawn.
 */
public final class ClaimsFigure {
    private ClaimsFigure() {
    }

    /**
     * One claim.
     *
     * @param claim the claim as the examples print it
     * @param claimSource where the claim comes from
     * @param unit the value axis label, with its unit, e.g. "L4-L5 IDP (% of standing)"
     * @param claimed the claim's number in that unit; NaN when the claim gives only a direction
     * @param referenceLine a line to compare with (e.g. 100 % = the reference posture); NaN for none
     * @param referenceLabel the line's meaning, e.g. "standing"; "" without a line
     * @param inVivo the in vivo value in that unit; NaN when not measured
     * @param inVivoLabel what was measured and by whom, e.g. "Wilke 1999: slouched sitting"
     * @param model the model's value in that unit; NaN when the model cannot solve it
     * @param modelLabel what the model computed, e.g. "model: sitting_slouched"
     */
    public record Claim(String claim, String claimSource, String unit, double claimed, double referenceLine,
                        String referenceLabel, double inVivo, String inVivoLabel, double model, String modelLabel) {
        /** Checks that every component is given. */
        public Claim {
            Checks.given(claim, "claim");
            Checks.given(claimSource, "claimSource");
            Checks.given(unit, "unit");
            Checks.given(referenceLabel, "referenceLabel");
            Checks.given(inVivoLabel, "inVivoLabel");
            Checks.given(modelLabel, "modelLabel");
        }
    }

    /**
     * One posture of the percent-of-standing chart.
     *
     * @param posture the posture, in words
     * @param nachemsonPct Nachemson's figure (% of standing); NaN when it has no bar for it
     * @param wilkePct Wilke et al. (1999) (% of standing); NaN when not measured
     * @param modelPct the model (% of standing); NaN when not solvable
     */
    public record PercentRow(String posture, double nachemsonPct, double wilkePct, double modelPct) {
        /** Checks that every component is given. */
        public PercentRow {
            Checks.given(posture, "posture");
        }
    }

    /** Series (and legend) names of the bars of a claim. */
    public static final String CLAIMED = "the claim";
    /** Series of the in vivo value. */
    public static final String IN_VIVO = "in vivo";
    /** Series of the model. */
    public static final String MODEL = Charts.MODEL_SERIES;
    /**
     * Width of the outline of Nachemson's hollow bars in the percent-of-standing chart (share of a data line's
     * width): wide enough to read as the in vivo colour around the bar's blank inside. Drawing choice.
     */
    static final float HOLLOW_OUTLINE_SHARE = 0.7f;
    /** Series of Nachemson's figure in the percent-of-standing chart. */
    public static final String NACHEMSON = "Nachemson's figure (secondary)";
    /** Series of Wilke et al. (1999) in the percent-of-standing chart. */
    public static final String WILKE = "Wilke et al. 1999 (L4-L5)";

    /** The claimed value's bar: grey, apart from the in vivo and model colours. */
    static final Color CLAIM_COLOR = new Color(0x99, 0x99, 0x99);
    /**
     * Share of a claim panel's bar axis kept free under the bottom bar when it draws a reference line: room for
     * the line's label where the gaps between bars are too narrow for it (a 320 × 200 panel). Drawing choice.
     */
    private static final double REFERENCE_LABEL_ROOM = 0.15;
    /**
     * Sizes tried in turn for the reference line's label where it finds no room beside the line (shares of its
     * font): the panels draw at the theme's sizes, and a panel drawn small (400 × 225) has no room at 14 pt.
     * Drawing choice.
     */
    private static final float[] LABEL_SHRINKS = {1f, 0.85f, 0.7f};
    /** Room right of the longest bar for its value label (factor of the axis maximum). */
    private static final double LABEL_ROOM = 1.2;

    /**
     * @param c a claim
     * @param theme the look
     * @return the colour of the model's bar: the colour of the quantity its value axis names ({@link Claim#unit()}:
     *     "IDP" or "pressure" the pressure's orange, "shear" the shear's green, else the compression's blue), as in
     *     every chart; every model bar was the compression's blue, a pressure's too
     */
    static Color modelColor(Claim c, LumbosimTheme theme) {
        String unit = c.unit().toLowerCase(Locale.ROOT);
        if (unit.contains("idp") || unit.contains("pressure")) {
            return theme.idpColor();
        }
        return unit.contains("shear") ? theme.shearColor() : theme.compressionColor();
    }

    /**
     * @param c a claim
     * @param theme the look, at its own sizes though four panels share a slide (scaled to 0.75 until 2026-12-07,
     *     eleventh session, its texts were 10.5 pt: 13 px capitals at 1920 × 1080, too small to read from the back
     *     of a room)
     * @return one panel: horizontal bars of the claim, the in vivo value and the model that exist,
     *     each labelled with its value, and the reference line
     */
    public static JFreeChart claimChart(Claim c, LumbosimTheme theme) {
        Checks.given(c, "c");
        Checks.given(theme, "theme");
        LumbosimTheme t = theme;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Color> colors = new ArrayList<>();
        if (Double.isFinite(c.claimed())) {
            data.addValue(c.claimed(), "v", CLAIMED);
            colors.add(CLAIM_COLOR);
        }
        if (Double.isFinite(c.inVivo())) {
            data.addValue(c.inVivo(), "v", c.inVivoLabel());
            colors.add(t.inVivoColor());
        }
        if (Double.isFinite(c.model())) {
            data.addValue(c.model(), "v", c.modelLabel());
            colors.add(modelColor(c, t));
        }
        CategoryPlot plot = PlotParts.barPlot(data, c.unit(), t);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        // at the theme's sizes a long label takes three lines ("Wilke 1999: lying prone flat (on the elbows not
        // measured)"), and the value axis' title ends at the plot's right end: centred, a long one ran past the
        // panel ("L4-L5 IDP after 7 h (% of the night's start)")
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getRangeAxis().setLabelLocation(org.jfree.chart.axis.AxisLabelLocation.HIGH_END);
        BarRenderer r = new ColouredBars(colors, c.referenceLine());
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.3);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT)));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(4);
        r.setDefaultItemLabelFont(t.legendFont());
        plot.setRenderer(r);
        double max = Math.max(PlotParts.maxOf(data), Double.isFinite(c.referenceLine()) ? c.referenceLine() : 0);
        PlotParts.ensureUpper(plot.getRangeAxis(), max * LABEL_ROOM);
        if (Double.isFinite(c.referenceLine())) {
            // room under the bottom bar for the line's label, where the panel's gaps between bars are too narrow
            plot.getDomainAxis().setLowerMargin(REFERENCE_LABEL_ROOM);
            ValueMarker m = new ValueMarker(c.referenceLine(), t.textColor(), t.limitStroke(true));
            m.setLabel(c.referenceLabel());
            m.setLabelFont(t.legendFont());
            // where no bar or value label lies beneath it, placed as drawn (ColouredBars.drawRangeMarker);
            // else as here: beside the line at the bottom, on the side with room, never cut at the plot's edge
            boolean rightHalf = c.referenceLine() > plot.getRangeAxis().getUpperBound() / 2;
            m.setLabelAnchor(rightHalf ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(rightHalf ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            m.setLabelBackgroundColor(t.background());
            m.setLabelPaint(t.textColor());
            plot.addRangeMarker(m);
        }
        JFreeChart chart = t.finish(new JFreeChart(c.claim(), t.legendFont().deriveFont(java.awt.Font.BOLD), plot,
                false));
        List<String> absent = new ArrayList<>();
        if (!Double.isFinite(c.claimed())) {
            absent.add("the claim gives no number");
        }
        if (!Double.isFinite(c.inVivo())) {
            absent.add("no in vivo measurement");
        }
        if (!Double.isFinite(c.model())) {
            absent.add("the model cannot solve it");
        }
        if (!absent.isEmpty()) {
            String note = String.join("; ", absent);
            chart.addSubtitle(t.caption(Character.toUpperCase(note.charAt(0)) + note.substring(1), RectangleEdge.BOTTOM));
        }
        return chart;
    }

    /**
     * A bar renderer with one colour per category (bars of one series) whose value labels the reference
     * line never crosses: a label drawn beside its bar's end that the line would cross (the model's 97 %
     * beside the line at 100 %, relaxed standing) is drawn beside the line instead, on the side away from
     * the bar. For horizontal bars, the only ones the panels draw.
     */
    private static final class ColouredBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final List<Color> colors;
        private final double referenceLine;
        /** Where the reference line is drawn in the panel being drawn (px across); NaN before it is. */
        private transient double lineX = Double.NaN;
        /** The bars and value labels drawn in the panel being drawn (px), which the line's own label keeps off. */
        private transient List<Rectangle2D> taken = new ArrayList<>();

        /**
         * @param colors a colour per category
         * @param referenceLine the reference line's value; NaN for none
         */
        ColouredBars(List<Color> colors, double referenceLine) {
            this.colors = List.copyOf(colors);
            this.referenceLine = referenceLine;
        }

        @Override
        public java.awt.Paint getItemPaint(int row, int column) {
            return colors.get(column);
        }

        @Override
        public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
                                                    int rendererIndex, org.jfree.chart.plot.PlotRenderingInfo info) {
            taken = new ArrayList<>();
            return super.initialise(g2, dataArea, plot, rendererIndex, info);
        }

        /**
         * Draws the reference line, then its label (on the theme's background, beside the line) at the lowest
         * place, on the side of the line with more room first, where it lies over no bar and no value label
         * and inside the plot; where there is none, at the bottom as the marker's anchors say. The label sat
         * over the bottom bar ("relaxed standing" over the model's bar in every claim panel of the demo).
         */
        @Override
        public void drawRangeMarker(Graphics2D g2, CategoryPlot plot, ValueAxis axis, org.jfree.chart.plot.Marker marker,
                                    Rectangle2D dataArea) {
            String label = marker.getLabel();
            if (!(marker instanceof ValueMarker vm) || label == null || plot.getOrientation() != PlotOrientation.HORIZONTAL) {
                super.drawRangeMarker(g2, plot, axis, marker, dataArea);
                return;
            }
            double x = axis.valueToJava2D(vm.getValue(), dataArea, plot.getRangeAxisEdge());
            Rectangle2D box = null;
            Rectangle2D text = null;
            java.awt.Font font = marker.getLabelFont();
            // at its font, else (a panel drawn small) at a smaller one, the smallest LABEL_SHRINKS' last
            for (int k = 0; k < LABEL_SHRINKS.length && box == null; k++) {
                font = marker.getLabelFont().deriveFont(marker.getLabelFont().getSize2D() * LABEL_SHRINKS[k]);
                java.awt.FontMetrics fm = g2.getFontMetrics(font);
                text = fm.getStringBounds(label, g2);
                double w = text.getWidth() + 2 * LABEL_PAD_PX;
                double h = text.getHeight() + 2 * LABEL_PAD_PX;
                boolean leftFirst = x > dataArea.getCenterX();
                for (boolean left : new boolean[] {leftFirst, !leftFirst}) {
                    double bx = left ? x - LINE_CLEARANCE_PX - w : x + LINE_CLEARANCE_PX;
                    for (double by = dataArea.getMaxY() - h; by >= dataArea.getMinY() && box == null; by -= 1) {
                        Rectangle2D r = new Rectangle2D.Double(bx, by, w, h);
                        if (dataArea.contains(r) && taken.stream().noneMatch(r::intersects)) {
                            box = r;
                        }
                    }
                    if (box != null) {
                        break;
                    }
                }
            }
            if (box == null) {
                super.drawRangeMarker(g2, plot, axis, marker, dataArea);
                return;
            }
            // the line alone: a copy without the label (setting the marker's own label would fire a change event)
            ValueMarker line = new ValueMarker(vm.getValue(), vm.getPaint(), vm.getStroke());
            line.setAlpha(vm.getAlpha());
            super.drawRangeMarker(g2, plot, axis, line, dataArea);
            g2.setPaint(marker.getLabelBackgroundColor());
            g2.fill(box);
            g2.setFont(font);
            g2.setPaint(marker.getLabelPaint());
            g2.drawString(label, (float) (box.getX() + LABEL_PAD_PX - text.getX()),
                    (float) (box.getY() + LABEL_PAD_PX - text.getY()));
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                             CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            lineX = Double.isFinite(referenceLine)
                    ? rangeAxis.valueToJava2D(referenceLine, dataArea, plot.getRangeAxisEdge()) : Double.NaN;
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }

        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                     CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            Rectangle2D at = bar;
            String label = generator == null ? null : generator.generateLabel(data, row, column);
            if (label != null && !negative && Double.isFinite(lineX)
                    && plot.getOrientation() == PlotOrientation.HORIZONTAL) {
                double left = bar.getMaxX() + getItemLabelAnchorOffset();
                double width = g2.getFontMetrics(getItemLabelFont(row, column)).getStringBounds(label, g2).getWidth();
                // the line, with room for its stroke, across the label's box
                if (lineX + LINE_CLEARANCE_PX > left && lineX - LINE_CLEARANCE_PX < left + width) {
                    at = new Rectangle2D.Double(bar.getX(), bar.getY(), lineX + LINE_CLEARANCE_PX - bar.getX(),
                            bar.getHeight());
                }
            }
            super.drawItemLabel(g2, data, row, column, plot, generator, at, negative);
            taken.add(bar);
            if (label != null) {
                // the value label as drawn: beside the end of "at", centred on the bar
                Rectangle2D b = g2.getFontMetrics(getItemLabelFont(row, column)).getStringBounds(label, g2);
                taken.add(new Rectangle2D.Double(at.getMaxX() + getItemLabelAnchorOffset(),
                        bar.getCenterY() - b.getHeight() / 2, b.getWidth(), b.getHeight()));
            }
        }
    }

    /** Half the reference line's drawn width and a little more: how far a value label keeps from it (px). */
    private static final double LINE_CLEARANCE_PX = 2;
    /** Room around the reference line's own label, inside its background (px). */
    private static final double LABEL_PAD_PX = 1;

    /**
     * @param claims the claims, in reading order (not modified)
     * @param theme the look
     * @return the claims' panels in a grid of two columns
     */
    public static Drawable claims(List<Claim> claims, LumbosimTheme theme) {
        Checks.givenEach(claims, "claims");
        Checks.given(theme, "theme");
        List<JFreeChart> charts = claims.stream().map(c -> claimChart(c, theme)).toList();
        return new Grid(charts, 2, theme.background());
    }

    private record Grid(List<JFreeChart> charts, int columns, Color background) implements Drawable {
        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            int rows = (charts.size() + columns - 1) / columns;
            double w = area.getWidth() / columns;
            double h = area.getHeight() / rows;
            g.setPaint(background);
            g.fill(area);
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).draw(g, new Rectangle2D.Double(area.getX() + (i % columns) * w,
                        area.getY() + (i / columns) * h, w, h));
            }
        }
    }

    /**
     * The percent-of-standing chart: for each posture, Nachemson's figure, Wilke et al. (1999) and the
     * model as horizontal bars side by side, standing = 100 % marked.
     *
     * @param rows the postures, top first (not modified)
     * @param modelNote what the model's bars are (level, subject), for the caption under the chart
     * @param title chart title
     * @param theme the look
     * @return a new chart; its dataset has rows {@link #NACHEMSON}, {@link #WILKE}, {@link #MODEL} (a
     *     row only when it has a value) and one column per posture; missing values are absent
     */
    public static JFreeChart percentOfStanding(List<PercentRow> rows, String modelNote, String title,
                                               LumbosimTheme theme) {
        Checks.givenEach(rows, "rows");
        Checks.given(modelNote, "modelNote");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PercentRow r : rows) {
            add(data, r.nachemsonPct(), NACHEMSON, r.posture());
            add(data, r.wilkePct(), WILKE, r.posture());
            add(data, r.modelPct(), MODEL, r.posture());
        }
        CategoryPlot plot = PlotParts.barPlot(data, "Disc pressure (% of relaxed standing)", theme);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setDrawBarOutline(true);
        for (int s = 0; s < data.getRowCount(); s++) {
            String key = (String) data.getRowKey(s);
            // two in vivo sources in one colour, told apart by the bar's form: Nachemson's figure hollow (an
            // outline of the in vivo colour on the background), Wilke's filled; each bar outlined in its colour
            Color c = key.equals(MODEL) ? theme.idpColor() : theme.inVivoColor();
            boolean hollow = key.equals(NACHEMSON);
            r.setSeriesPaint(s, hollow ? theme.background() : c);
            r.setSeriesOutlinePaint(s, c);
            r.setSeriesOutlineStroke(s, new BasicStroke(hollow ? theme.lineWidthPt() * HOLLOW_OUTLINE_SHARE : 1f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        }
        ValueMarker standing = new ValueMarker(100, theme.textColor(), new BasicStroke(theme.limitLineWidthPt()));
        plot.addRangeMarker(standing);
        JFreeChart chart = theme.finish(new JFreeChart(title, theme.titleFont(), plot, true));
        List<String> missing = new ArrayList<>();
        for (PercentRow row : rows) {
            if (Double.isNaN(row.wilkePct())) {
                missing.add(row.posture());
            }
        }
        String note = "Vertical line: relaxed standing = 100 %. " + modelNote
                + (missing.isEmpty() ? "" : " Not measured by Wilke et al. 1999: " + String.join(", ", missing) + ".");
        chart.addSubtitle(theme.caption(note, RectangleEdge.BOTTOM));
        return chart;
    }

    private static void add(DefaultCategoryDataset data, double v, String series, String posture) {
        if (Double.isFinite(v)) {
            data.addValue(v, series, posture);
        }
    }

    /**
     * What a claim panel draws, read back from its dataset.
     *
     * @param chart a panel of {@link #claimChart}
     * @return the bars' labels ({@link #CLAIMED}, the in vivo label, the model label) that are drawn
     */
    public static Set<String> drawnBars(JFreeChart chart) {
        Checks.given(chart, "chart");
        Set<String> out = new LinkedHashSet<>();
        var data = chart.getCategoryPlot().getDataset();
        for (int c = 0; c < data.getColumnCount(); c++) {
            if (data.getValue(0, c) != null) {
                out.add((String) data.getColumnKey(c));
            }
        }
        return out;
    }

    /**
     * The caption of the claims panels, made from the values drawn.
     *
     * @param claims the claims
     * @return one sentence per claim: what it says, its source, the in vivo value or that there is none,
     *     and the model's value
     */
    public static String caption(List<Claim> claims) {
        Checks.givenEach(claims, "claims");
        StringBuilder s = new StringBuilder("Each panel is one claim printed by the examples: grey = what the claim "
                + "says (when it gives a number), reddish purple = the in vivo measurement, blue = the model, in the claim's "
                + "unit. ");
        for (Claim c : claims) {
            s.append(c.claim()).append(" (claim: ").append(c.claimSource()).append("): ");
            s.append(Double.isFinite(c.claimed()) ? "claimed " + LimitLines.number(c.claimed(), 0) + "; "
                    : "the claim gives only a direction; ");
            s.append(Double.isFinite(c.inVivo()) ? "in vivo " + c.inVivoLabel() + " " + LimitLines.number(c.inVivo(), 0)
                    : "no in vivo measurement");
            s.append("; ").append(Double.isFinite(c.model()) ? c.modelLabel() + " " + LimitLines.number(c.model(), 0)
                    : "the model cannot solve it").append(" (").append(c.unit()).append(").");
            if (Double.isFinite(c.referenceLine())) {
                s.append(" Dashed line: ").append(c.referenceLabel()).append(".");
            }
            s.append(' ');
        }
        return s.toString().trim();
    }
}
