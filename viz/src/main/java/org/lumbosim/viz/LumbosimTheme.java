package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.lumbosim.internal.Checks;

/**
 * How Lumbosim figures look: fonts, colours and line widths, passed explicitly to every chart
 * function (never installed globally). Sizes are in points of a figure drawn at its nominal size;
 * {@link #slides()} is sized for a 960 x 540 pt (16:9) slide. The chart classes of this package
 * style their axes, plots, titles and legends through this object's package-private methods.
 *
 * @param fontFamily font family for all text (a logical or installed family, e.g. "DejaVu Sans")
 * @param titleSizePt chart title size (pt)
 * @param axisLabelSizePt axis label size (pt)
 * @param tickLabelSizePt tick label size (pt)
 * @param legendSizePt legend and annotation text size (pt)
 * @param palette series colours, used in order (at least 4; immutable copy)
 * @param limitColor colour of occupational-limit lines
 * @param lineWidthPt width of data lines (pt)
 * @param limitLineWidthPt width of limit lines (pt)
 * @param background figure and plot background
 * @param gridColor colour of grid lines
 * @param textColor colour of all text and axis lines
 */
public record LumbosimTheme(String fontFamily, float titleSizePt, float axisLabelSizePt, float tickLabelSizePt,
                            float legendSizePt, List<Color> palette, Color limitColor, float lineWidthPt,
                            float limitLineWidthPt, Color background, Color gridColor, Color textColor) {

    /**
     * Okabe-Ito colour-blind-safe palette, in the order used for series: blue, vermillion, bluish
     * green, orange, reddish purple, sky blue, yellow. Okabe M, Ito K (2008), "Color Universal
     * Design (CUD): how to make figures and presentations that are friendly to colorblind people",
     * https://jfly.uni-koeln.de/color/ (RGB values from its Figure 16).
     */
    public static final List<Color> OKABE_ITO = List.of(
            new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(230, 159, 0),
            new Color(204, 121, 167), new Color(86, 180, 233), new Color(240, 228, 66));

    /** Okabe-Ito black, for limit lines and text. */
    public static final Color OKABE_ITO_BLACK = new Color(0, 0, 0);

    /** Checks sizes and copies the palette. */
    public LumbosimTheme {
        Checks.given(fontFamily, "fontFamily");
        Checks.givenEach(palette, "palette");
        Checks.given(limitColor, "limitColor");
        Checks.given(background, "background");
        Checks.given(gridColor, "gridColor");
        Checks.given(textColor, "textColor");
        if (fontFamily.isBlank()) {
            throw new IllegalArgumentException("fontFamily is missing");
        }
        positive("titleSizePt", titleSizePt);
        positive("axisLabelSizePt", axisLabelSizePt);
        positive("tickLabelSizePt", tickLabelSizePt);
        positive("legendSizePt", legendSizePt);
        positive("lineWidthPt", lineWidthPt);
        positive("limitLineWidthPt", limitLineWidthPt);
        palette = List.copyOf(palette);
        if (palette.size() < 4) {
            throw new IllegalArgumentException("palette has " + palette.size() + " colours; at least 4 are needed");
        }
    }

    private static void positive(String name, float value) {
        if (!(value > 0) || Float.isInfinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + " is not a positive finite size (pt)");
        }
    }

    /**
     * @return slide theme: DejaVu Sans, 22 pt titles, 16 pt axis labels, 14 pt ticks and legends,
     *     Okabe-Ito colours, 3 pt data lines, white background
     */
    public static LumbosimTheme slides() {
        return new LumbosimTheme("DejaVu Sans", 22f, 16f, 14f, 14f, OKABE_ITO, OKABE_ITO_BLACK, 3f, 2f,
                Color.WHITE, new Color(215, 215, 215), new Color(30, 30, 30));
    }

    /**
     * @param sizeFactor factor applied to every font size and line width (positive)
     * @return a copy with everything scaled, e.g. 0.7 for a printed paper figure
     */
    public LumbosimTheme scaled(float sizeFactor) {
        positive("sizeFactor", sizeFactor);
        return new LumbosimTheme(fontFamily, titleSizePt * sizeFactor, axisLabelSizePt * sizeFactor,
                tickLabelSizePt * sizeFactor, legendSizePt * sizeFactor, palette, limitColor,
                lineWidthPt * sizeFactor, limitLineWidthPt * sizeFactor, background, gridColor, textColor);
    }

    /** @return the title font */
    public Font titleFont() {
        return new Font(fontFamily, Font.BOLD, 1).deriveFont(titleSizePt);
    }

    /** @return the axis label font */
    public Font axisLabelFont() {
        return new Font(fontFamily, Font.PLAIN, 1).deriveFont(axisLabelSizePt);
    }

    /** @return the tick label font */
    public Font tickLabelFont() {
        return new Font(fontFamily, Font.PLAIN, 1).deriveFont(tickLabelSizePt);
    }

    /** @return the legend and annotation font */
    public Font legendFont() {
        return new Font(fontFamily, Font.PLAIN, 1).deriveFont(legendSizePt);
    }

    /**
     * @param index series index (0-based; wraps around the palette)
     * @return the colour of that series
     */
    public Color seriesColor(int index) {
        return palette.get(Math.floorMod(index, palette.size()));
    }

    /**
     * Palette index of compression in every chart (bars, lines) and in the stick figure's arrow and
     * legend: blue. The stick figure beside the level profile drew it vermilion and the bars blue.
     */
    static final int COMPRESSION_SERIES = 0;
    /** Palette index of AP shear in every chart and in the stick figure's arrow and legend: bluish green. */
    static final int SHEAR_SERIES = 2;

    /**
     * Palette index of an in vivo measurement (Wilke et al. 1999's and every other measured disc pressure a
     * figure draws beside the model): reddish purple, a colour no other series of those figures carries. The
     * posture and day charts drew Wilke's data vermilion and the claims figures green (the shear's colour).
     */
    static final int IN_VIVO_SERIES = 4;

    /**
     * Palette index of intradiscal pressure in every chart (lines, bars, the model's bars beside an in vivo
     * pressure, the validation figure's predicted pressures): orange, and nothing else. Until the thirteenth
     * session orange was also a held load's box and the second series of a comparison (the stick figure beside
     * the level profile paired the orange box with the orange IDP bars), and the model's pressure bars beside in
     * vivo values were the compression's blue.
     */
    static final int IDP_SERIES = 3;

    /**
     * Shades of a comparison's series (factor on each channel of the quantity's colour), by the series' index: the
     * quantity's colour, then darker. A comparison draws every series in the colour of the quantity it shows (a
     * sweep comparison's compression panel blue, its pressure panel orange) and tells the series apart by form:
     * shade ({@link #comparisonColor}), dash ({@link #comparisonStroke}) and marker. Until the thirteenth session
     * the series were sky blue, orange and yellow in every panel: orange was the pressure's colour too and sky
     * blue the disc height's, and the validation figure's two translucent bands mixed into a greenish tint.
     */
    private static final double[] COMPARISON_SHADES = {1.0, 0.55};

    /**
     * Dash of a comparison's series by index (in multiples of the line's width): solid, dashed, dotted (dash as
     * long as the gap is wide, round caps), then round again. With the two shades of {@link #COMPARISON_SHADES}
     * no two of six series share both shade and dash.
     */
    private static final float[][] COMPARISON_DASHES = {null, {4f, 2.5f}, {0.1f, 2.2f}};

    /** Palette index of a disc's height (the day chart): sky blue, and nothing else. It was the shear's green. */
    static final int DISC_HEIGHT_SERIES = 5;

    /**
     * Colour of a comparison's series where the figure's quantity has no colour of its own (the muscle forces'
     * left and right sides) and of a comparison's legend, which stands for every panel: the body's mid grey,
     * shaded as the series are ({@link #comparisonColor}).
     */
    public static final Color NEUTRAL_SERIES = new Color(120, 120, 120);

    /**
     * @param quantity the colour of the quantity the series shows ({@link #compressionColor()}, {@link #shearColor()},
     *     {@link #idpColor()}, or {@link #NEUTRAL_SERIES})
     * @param index the series' index in a comparison (0-based)
     * @return its colour: {@code quantity} for even indices, darker ({@link #COMPARISON_SHADES}) for odd ones
     */
    static Color comparisonColor(Color quantity, int index) {
        double k = COMPARISON_SHADES[Math.floorMod(index, COMPARISON_SHADES.length)];
        return new Color((int) Math.round(quantity.getRed() * k), (int) Math.round(quantity.getGreen() * k),
                (int) Math.round(quantity.getBlue() * k));
    }

    /**
     * @param index the series' index in a comparison (0-based)
     * @return its line: solid, dashed, dotted by index ({@link #COMPARISON_DASHES}), so that with the shade
     *     ({@link #comparisonColor}) no two of six series share both colour and line
     */
    Stroke comparisonStroke(int index) {
        float[] dash = COMPARISON_DASHES[Math.floorMod(index, COMPARISON_DASHES.length)];
        if (dash == null) {
            return dataStroke();
        }
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            scaled[i] = dash[i] * lineWidthPt;
        }
        return new BasicStroke(lineWidthPt, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }

    /**
     * @return the colour of a mark of something beyond a limit or a strength (the rings around a sweep comparison's
     *     overloaded points, the hatching of overloaded stretches, the explorer's rings around discs above a NIOSH
     *     limit): the limits' own colour ({@link #limitColor()}), the mark told apart by its form (ring, hatching).
     *     Overloaded points were ringed and shaded vermilion, the colour of a support's push ({@link #pushColor()})
     *     and, until the thirteenth session, of a fourth compared sweep
     */
    public Color overloadColor() {
        return limitColor;
    }

    /** @return the colour of compression in every chart and stick figure ({@link #COMPRESSION_SERIES}) */
    public Color compressionColor() {
        return seriesColor(COMPRESSION_SERIES);
    }

    /** @return the colour of AP shear in every chart and stick figure ({@link #SHEAR_SERIES}) */
    public Color shearColor() {
        return seriesColor(SHEAR_SERIES);
    }

    /** @return the colour of intradiscal pressure in every figure ({@link #IDP_SERIES}) */
    public Color idpColor() {
        return seriesColor(IDP_SERIES);
    }

    /** @return the colour of an in vivo measurement in every figure ({@link #IN_VIVO_SERIES}) */
    public Color inVivoColor() {
        return seriesColor(IN_VIVO_SERIES);
    }

    /**
     * Palette index of a support's push on the body in a stick figure (the thighs' push on a trunk or on hands
     * resting on them, its arrows, dots and legend line): vermilion, a colour no other mark of a stick figure
     * carries. It was the in vivo colour ({@link #IN_VIVO_SERIES}), so that a force read as a measurement.
     */
    static final int PUSH_SERIES = 1;

    /** @return the colour of a support's push on the body in a stick figure ({@link #PUSH_SERIES}) */
    public Color pushColor() {
        return seriesColor(PUSH_SERIES);
    }

    /**
     * @return the colour of the ground's line in a stick figure: the text colour. The ground is a drafting ground
     *     line hatched beneath ({@link #groundHatchColor()}), never a filled area like the furniture's boxes
     *     ({@link #furnitureFill()}): the explorer drew the floor as a grey area, like its grey seat
     */
    public Color groundColor() {
        return textColor;
    }

    /**
     * Colour of the hatching beneath the ground's line in a stick figure: a neutral mid grey, darker than the grid's
     * (the hatching drawn in the grid's light grey faded out on the atlas's small cards), with none of the
     * furniture's warm tint.
     */
    public static final Color GROUND_HATCH = new Color(160, 160, 160);

    /** @return the colour of the hatching beneath the ground's line in a stick figure ({@link #GROUND_HATCH}) */
    public Color groundHatchColor() {
        return GROUND_HATCH;
    }

    /** Fill of the furniture a stick figure draws (seat, backrest, armrests, sled): a light warm grey. */
    public static final Color FURNITURE_FILL = new Color(232, 226, 214);
    /** Outline of the furniture a stick figure draws. */
    public static final Color FURNITURE_EDGE = new Color(150, 140, 120);
    /**
     * Fill of a held load's box in a stick figure and the explorer: a warm grey of the furniture's tint, darker than
     * the furniture's fill so that the box stands apart from a seat (a seated hold drew both beige). A held object is
     * no quantity, so it takes no palette colour: until the thirteenth session it was the palette's orange lightened,
     * and beside the level profile the orange box read as one of the orange pressure bars.
     */
    public static final Color HELD_LOAD_FILL = new Color(196, 184, 160);
    /** Outline of a held load's box and its leader line: a dark warm grey, darker than the furniture's outline. */
    public static final Color HELD_LOAD_EDGE = new Color(88, 82, 70);

    /** @return fill of furniture in a stick figure ({@link #FURNITURE_FILL}) */
    public Color furnitureFill() {
        return FURNITURE_FILL;
    }

    /** @return outline of furniture in a stick figure ({@link #FURNITURE_EDGE}) */
    public Color furnitureEdge() {
        return FURNITURE_EDGE;
    }

    /** @return fill of a held load's box in a stick figure ({@link #HELD_LOAD_FILL}) */
    public Color heldLoadFill() {
        return HELD_LOAD_FILL;
    }

    /** @return outline of a held load's box and its leader line ({@link #HELD_LOAD_EDGE}) */
    public Color heldLoadEdge() {
        return HELD_LOAD_EDGE;
    }

    /** @return stroke for data lines */
    public Stroke dataStroke() {
        return new BasicStroke(lineWidthPt, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * @param dashed whether the line is dashed (used for the stricter of two limits)
     * @return stroke for limit lines
     */
    public Stroke limitStroke(boolean dashed) {
        if (!dashed) {
            return new BasicStroke(limitLineWidthPt);
        }
        float dash = limitLineWidthPt * 4;
        return new BasicStroke(limitLineWidthPt, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {dash, dash * 0.75f}, 0f);
    }

    /**
     * Applies the text fonts and colours to an axis, and numbers its ticks as the text outputs do
     * ({@link #numberTicksInRootLocale}); does nothing for {@code null}.
     */
    void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        numberTicksInRootLocale(axis);
        axis.setLabelFont(axisLabelFont());
        axis.setLabelPaint(textColor);
        axis.setTickLabelFont(tickLabelFont());
        axis.setTickLabelPaint(textColor);
        axis.setAxisLinePaint(textColor);
        axis.setTickMarkPaint(textColor);
    }

    /**
     * Makes a number axis write its tick labels in {@link Locale#ROOT} ({@code 2,000}, ASCII digits)
     * whatever the JVM's default locale: JFreeChart formats ticks in the default locale, so under
     * German or Turkish settings 2000 N was labelled {@code 2.000} and under Arabic or Persian ones
     * with Arabic-Indic digits, unlike every number the command line prints. Other axes are left alone.
     *
     * @param axis any axis, or {@code null}
     */
    public static void numberTicksInRootLocale(Axis axis) {
        if (axis instanceof NumberAxis n) {
            n.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        }
    }

    /** Styles a bar plot: background, value grid lines only, axes, category margin. */
    void styleCategoryPlot(CategoryPlot plot) {
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(gridColor);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        styleAxis(plot.getDomainAxis());
        styleAxis(plot.getRangeAxis());
        if (plot.getDomainAxis() != null) {
            plot.getDomainAxis().setCategoryMargin(0.25);
        }
    }

    /** Styles an XY plot: background, grid lines, axes. */
    void styleXYPlot(XYPlot plot) {
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(gridColor);
        plot.setRangeGridlinePaint(gridColor);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        styleAxis(plot.getDomainAxis());
        styleAxis(plot.getRangeAxis());
    }

    /**
     * Styles a chart's background, title, shared axis of a combined plot and legend (at the top).
     *
     * @param chart a new chart (modified)
     * @return {@code chart}
     */
    JFreeChart finish(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setFont(titleFont());
            t.setPaint(textColor);
            t.setMargin(new RectangleInsets(4, 0, 10, 0));
        }
        if (chart.getPlot() instanceof CombinedDomainCategoryPlot p) {
            styleAxis(p.getDomainAxis());
            p.setBackgroundPaint(background);
            p.setOutlineVisible(false);
        } else if (chart.getPlot() instanceof CombinedDomainXYPlot p) {
            styleAxis(p.getDomainAxis());
            p.setBackgroundPaint(background);
            p.setOutlineVisible(false);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(legendFont());
            legend.setItemPaint(textColor);
            legend.setBackgroundPaint(background);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
        }
        return chart;
    }

    /**
     * @param text the caption
     * @param edge where the caption goes (top or bottom)
     * @return a new one-line caption in the legend font
     */
    TextTitle caption(String text, RectangleEdge edge) {
        TextTitle t = new TextTitle(text, legendFont());
        t.setPaint(textColor);
        t.setPosition(edge);
        t.setMargin(new RectangleInsets(2, 0, 4, 0));
        return t;
    }

    /**
     * @param label the entry's text
     * @param paint the box's colour
     * @return a new legend entry drawn as a filled square
     */
    LegendItem legendBox(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle(-7, -7, 14, 14), paint);
        item.setLabelFont(legendFont());
        return item;
    }
}
