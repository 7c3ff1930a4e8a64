package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Issue 14 item 4: the claims panels draw what exists and their text names only what is drawn. */
class ClaimsFigureTest {
    private static final LumbosimTheme T = Fixtures.THEME;
    // made-up numbers: these tests are about the drawing, not the model
    private static final ClaimsFigure.Claim NUMBERED = new ClaimsFigure.Claim("A claims 140", "a source", "X (%)", 140,
            100, "reference", 60, "in vivo: study", 90, "model: posture");
    private static final ClaimsFigure.Claim DIRECTION_ONLY = new ClaimsFigure.Claim("B is lower", "another source",
            "Y (N)", Double.NaN, 100, "reference", Double.NaN, "in vivo: nobody", 80, "model: other");

    @Test
    void aPanelDrawsOnlyTheValuesThatExist() {
        assertThat(ClaimsFigure.drawnBars(ClaimsFigure.claimChart(NUMBERED, T)))
                .containsExactly(ClaimsFigure.CLAIMED, "in vivo: study", "model: posture");
        assertThat(ClaimsFigure.drawnBars(ClaimsFigure.claimChart(DIRECTION_ONLY, T))).containsExactly("model: other");
    }

    @Test
    void theCaptionNamesOnlyTheBarsDrawn() {
        String c = ClaimsFigure.caption(List.of(NUMBERED, DIRECTION_ONLY));
        assertThat(c).contains("claimed 140").contains("in vivo in vivo: study 60").contains("model: posture 90")
                .contains("the claim gives only a direction").contains("no in vivo measurement")
                .doesNotContain("in vivo: nobody");
        for (ClaimsFigure.Claim k : List.of(NUMBERED, DIRECTION_ONLY)) {
            JFreeChart chart = ClaimsFigure.claimChart(k, T);
            String text = FigureTextTest.text(chart);
            assertThat(text).startsWith(k.claim());
            // the panel says which bars are absent, and only those
            assertThat(text.contains("no in vivo measurement")).isEqualTo(Double.isNaN(k.inVivo()));
            assertThat(text.contains("gives no number")).isEqualTo(Double.isNaN(k.claimed()));
            // a label is in the caption only when its bar is drawn
            for (String label : List.of(k.inVivoLabel(), k.modelLabel())) {
                assertThat(c.contains(label)).as(label).isEqualTo(ClaimsFigure.drawnBars(chart).contains(label));
            }
        }
    }

    @Test
    void thePercentChartNamesThePosturesWilkeDidNotMeasureAndDrawsNoBarForThem() {
        JFreeChart chart = ClaimsFigure.percentOfStanding(List.of(
                new ClaimsFigure.PercentRow("standing", 100, 100, 100),
                new ClaimsFigure.PercentRow("carrying", 220, Double.NaN, 250)), "Model: note.", "Percent", T);
        var data = chart.getCategoryPlot().getDataset();
        assertThat(data.getValue(ClaimsFigure.WILKE, "carrying")).isNull();
        assertThat(data.getValue(ClaimsFigure.NACHEMSON, "carrying").doubleValue()).isEqualTo(220);
        assertThat(FigureTextTest.text(chart)).contains("Not measured by Wilke et al. 1999: carrying.")
                .doesNotContain("standing.");
        JFreeChart all = ClaimsFigure.percentOfStanding(List.of(new ClaimsFigure.PercentRow("standing", 100, 100, 100)),
                "Model: note.", "Percent", T);
        assertThat(FigureTextTest.text(all)).doesNotContain("Not measured");
    }

    /**
     * No text of a panel is crossed by its dashed reference line, as drawn: for a model's value from 80 to
     * 120 % beside the line at 100 % (the demo report's model of slouched sitting, 97 %, had the line through
     * its label "97"), at the report's panel size and a small one.
     */
    @Test
    void noLabelIsCrossedByTheReferenceLine() {
        int moved = 0;
        for (Rectangle2D area : List.of(new Rectangle2D.Double(0, 0, 480, 270), new Rectangle2D.Double(0, 0, 400, 225))) {
            for (int v = 80; v <= 120; v++) {
                ClaimsFigure.Claim c = new ClaimsFigure.Claim("A claims 140", "a source", "X (%)", 140, 100,
                        "relaxed standing", 60, "in vivo: study", v, "model: posture");
                Drawn d = drawn(ClaimsFigure.claimChart(c, T), area);
                assertThat(d.dashed()).as("the reference line is drawn").isNotEmpty();
                Rectangle2D label = null;
                for (Text t : d.texts()) {
                    for (Line2D line : d.dashed()) {
                        assertThat(line.intersects(t.box())).as("\"%s\" crossed by the line, model %d at %s", t.text(),
                                v, area).isFalse();
                    }
                    if (t.text().equals(String.valueOf(v))) {
                        label = t.box();
                    }
                }
                assertThat(label).as("the model's label %d is drawn", v).isNotNull();
                // a bar ending left of the line whose label the line would have crossed: drawn right of the line
                moved += v < 100 && label.getMinX() > d.dashed().get(0).getX1() ? 1 : 0;
            }
        }
        assertThat(moved).as("labels drawn right of the line").isPositive();
    }

    /**
     * The reference line's own label lies over no bar and no value label, as drawn: it sat at the bottom of
     * every panel, over the model's bar ("relaxed standing" in the demo's four claim panels, on an opaque
     * background that hid the bar's end). Three bars and two, models from 20 to 150 % beside the line at
     * 100 %, at the report's panel size and a small one; the label is drawn, beside the line (not crossed).
     */
    @Test
    void theReferenceLabelLiesOverNoBarAndNoValueLabel() {
        int panels = 0;
        for (Rectangle2D area : List.of(new Rectangle2D.Double(0, 0, 480, 270), new Rectangle2D.Double(0, 0, 400, 225))) {
            for (int v = 20; v <= 150; v += 5) {
                for (boolean claimed : new boolean[] {true, false}) {
                    ClaimsFigure.Claim c = new ClaimsFigure.Claim("A claims 140", "a source", "X (%)",
                            claimed ? 140 : Double.NaN, 100, "relaxed standing", 60, "in vivo: study", v,
                            "model: posture");
                    Drawn d = drawn(ClaimsFigure.claimChart(c, T), area);
                    String what = "model " + v + (claimed ? "" : ", no claimed bar") + " at " + area;
                    Text label = d.texts().stream().filter(t -> t.text().equals("relaxed standing")).findFirst()
                            .orElseThrow();
                    assertThat(d.bars()).as(what).hasSize(claimed ? 3 : 2);
                    for (Rectangle2D bar : d.bars()) {
                        assertThat(label.box().intersects(bar)).as("the label over a bar, %s", what).isFalse();
                    }
                    for (Text t : d.texts()) {
                        if (t != label && t.text().matches("[0-9,]+")) {
                            assertThat(label.box().intersects(t.box())).as("the label over \"%s\", %s", t.text(), what)
                                    .isFalse();
                        }
                    }
                    for (Line2D line : d.dashed()) {
                        assertThat(line.intersects(label.box())).as("the label crossed by the line, %s", what).isFalse();
                    }
                    panels++;
                }
            }
        }
        assertThat(panels).isEqualTo(2 * 27 * 2);
    }

    /**
     * The demo's four claim panels on one 960×540 pt slide (1920×1080 px as the report writes it): every text
     * is at least the theme's tick-label size (14 pt: its line's box at least that font's height), lies wholly
     * inside the slide and its own panel, and none is cut short ("..."). The panels scaled the theme to 0.75:
     * 10.5 pt texts, capitals about 13 px high at 1920×1080, too small from the back of a room.
     */
    @Test
    void everyTextOfTheClaimsSlideIsReadable() {
        List<ClaimsFigure.Claim> four = List.of(
                new ClaimsFigure.Claim("Slouched sitting raises disc pressure by 40 % over standing", "a source",
                        "L4-L5 IDP (% of standing)", 140, 100, "relaxed standing", 60, "Wilke 1999: slouched sitting",
                        97, "model: slouched sitting"),
                new ClaimsFigure.Claim("Lying prone on the elbows unloads the disc", "a source",
                        "L4-L5 IDP (% of standing)", Double.NaN, 100, "relaxed standing", 20,
                        "Wilke 1999: lying prone flat (on the elbows not measured)", 71, "model: prone on the elbows"),
                new ClaimsFigure.Claim("A sit-up loads the spine with about 3,300 N", "a source",
                        "L4-L5 compression (N)", 3300, 536, "model: relaxed standing", Double.NaN, "none", 1376,
                        "model: sit-up"),
                new ClaimsFigure.Claim("Discs swell overnight: the pressure lying down rises through the night",
                        "a source", "L4-L5 IDP after 7 h (% of the night's start)", Double.NaN, 100,
                        "start of the night", 240, "Wilke 1999: 7 h into the night", 185, "model: time-dependent disc"));
        Rectangle2D slide = new Rectangle2D.Double(0, 0, 960, 540);
        DrawnShapes.Drawing d = DrawnShapes.of(ClaimsFigure.claims(four, T), slide);
        double tickHeight = T.tickLabelFont().getLineMetrics("0", new java.awt.font.FontRenderContext(null, true, true))
                .getHeight();
        assertThat(d.texts()).hasSizeGreaterThan(30);
        for (DrawnShapes.Text t : d.texts()) {
            Rectangle2D b = t.box();
            assertThat(b.getHeight()).as("\"%s\": its line's height (pt)", t.text())
                    .isGreaterThanOrEqualTo(tickHeight * 0.98);
            assertThat(slide.contains(b)).as("\"%s\" %s inside the slide", t.text(), b).isTrue();
            Rectangle2D panel = new Rectangle2D.Double(b.getCenterX() < 480 ? 0 : 480, b.getCenterY() < 270 ? 0 : 270,
                    480, 270);
            assertThat(panel.contains(b)).as("\"%s\" %s inside its panel", t.text(), b).isTrue();
            assertThat(t.text()).doesNotContain("...");
        }
    }

    /** A string drawn, with its box (px). */
    private record Text(String text, Rectangle2D box) {
    }

    /** What a chart draws: its texts, its dashed straight lines and its bars (px). */
    private record Drawn(List<Text> texts, List<Line2D> dashed, List<Rectangle2D> bars) {
    }

    /**
     * Bars: rectangles in one of the bars' colours (the claim's grey, the in vivo green, the model blue);
     * dashed lines: each as its two edges, widened by the stroke's half width on either side.
     */
    private static Drawn drawn(JFreeChart chart, Rectangle2D area) {
        DrawnShapes.Drawing d = DrawnShapes.of(chart, area);
        Drawn out = new Drawn(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (DrawnShapes.Text t : d.texts()) {
            out.texts().add(new Text(t.text(), t.box()));
        }
        for (DrawnShapes.Fill f : d.fills()) {
            if (f.paint() instanceof java.awt.Color c && (c.equals(T.seriesColor(0)) || c.equals(T.inVivoColor())
                    || c.equals(ClaimsFigure.CLAIM_COLOR))) {
                out.bars().add(f.box());
            }
        }
        for (DrawnShapes.Line l : d.lines()) {
            if (l.stroke() instanceof BasicStroke b && b.getDashArray() != null) {
                Rectangle2D r = l.box();
                double hw = b.getLineWidth() / 2;
                out.dashed().add(new Line2D.Double(r.getMinX() - hw, r.getMinY(), r.getMinX() - hw, r.getMaxY()));
                out.dashed().add(new Line2D.Double(r.getMaxX() + hw, r.getMinY(), r.getMaxX() + hw, r.getMaxY()));
            }
        }
        return out;
    }
}
