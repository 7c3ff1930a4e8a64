package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;

/**
 * One meaning, one colour: every figure that draws in vivo data draws it in {@link LumbosimTheme#inVivoColor()}
 * and no other series of it takes that colour. The posture and day charts drew Wilke et al. 1999's values
 * vermilion, the claims panels and the percent-of-standing chart green (the shear's colour).
 */
class InVivoColourTest {
    private static final LumbosimTheme T = Fixtures.THEME;
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 960, 540);

    @Test
    void theInVivoColourIsNoOtherMeaningsColour() {
        Color v = T.inVivoColor();
        assertThat(v).isEqualTo(T.seriesColor(LumbosimTheme.IN_VIVO_SERIES))
                .isNotEqualTo(T.seriesColor(LumbosimTheme.COMPRESSION_SERIES))
                .isNotEqualTo(T.seriesColor(LumbosimTheme.SHEAR_SERIES))
                .isNotEqualTo(T.idpColor()).isNotEqualTo(T.heldLoadFill())
                .isNotEqualTo(T.overloadColor()).isNotEqualTo(ClaimsFigure.CLAIM_COLOR)
                .isNotEqualTo(T.limitColor()).isNotEqualTo(T.textColor());
    }

    /** The posture chart: one in vivo bar per measured posture, plus its legend box; the model's bars are not that colour. */
    @Test
    void thePostureChartDrawsWilkesBarsInTheInVivoColour() {
        List<PostureCase> cases = Fixtures.wilkeCases();
        JFreeChart chart = Charts.postureComparison(cases, "Postures", T);
        DrawnShapes.Drawing d = DrawnShapes.of(chart, AREA);
        long measured = cases.stream().filter(c -> c.measured().isPresent()).count();
        assertThat(measured).isPositive();
        assertThat(count(d.fills(), T.inVivoColor())).as("bars").isEqualTo(measured);
        assertThat(count(d.shapes(), T.inVivoColor())).as("the legend box").isEqualTo(1);
        assertThat(count(d.fills(), T.compressionColor())).as("the model's compression bars").isEqualTo(cases.size());
        assertThat(count(d.fills(), T.idpColor())).as("the model's IDP bars").isEqualTo(cases.size());
        assertOnlyInVivoSeriesTakeTheColour(chart.getPlot(), Charts.WILKE_SERIES);
    }

    /** The day chart: Wilke's two night values are markers of the in vivo colour. */
    @Test
    void theDayChartDrawsWilkesNightValuesInTheInVivoColour() {
        DayResult day = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject())).simulate(DaySchedule.builtIn(), 0.25);
        JFreeChart chart = Charts.day(day, SpinalLevel.L4_L5, "A day", T);
        DrawnShapes.Drawing d = DrawnShapes.of(chart, AREA);
        assertThat(count(d.shapes(), T.inVivoColor()) + count(d.fills(), T.inVivoColor()))
                .as("two night values and a legend marker").isEqualTo(3);
        assertOnlyInVivoSeriesTakeTheColour(chart.getPlot(), Charts.WILKE_SERIES);
    }

    /** A claim's panel: its in vivo bar, and no other, in the in vivo colour. */
    @Test
    void aClaimsPanelDrawsItsInVivoBarInTheInVivoColour() {
        ClaimsFigure.Claim c = new ClaimsFigure.Claim("A claims 140", "a source", "X (%)", 140, 100, "reference", 60,
                "in vivo: study", 90, "model: posture");
        DrawnShapes.Drawing d = DrawnShapes.of(ClaimsFigure.claimChart(c, T), AREA);
        assertThat(count(d.fills(), T.inVivoColor())).isEqualTo(1);
        assertThat(count(d.fills(), T.seriesColor(LumbosimTheme.COMPRESSION_SERIES))).as("the model's bar").isEqualTo(1);
        assertThat(count(d.fills(), ClaimsFigure.CLAIM_COLOR)).as("the claim's bar").isEqualTo(1);
    }

    /** The percent-of-standing chart: Wilke's bars in the in vivo colour, one per posture he measured. */
    @Test
    void thePercentChartDrawsWilkesBarsInTheInVivoColour() {
        JFreeChart chart = ClaimsFigure.percentOfStanding(List.of(new ClaimsFigure.PercentRow("standing", 100, 100, 100),
                new ClaimsFigure.PercentRow("sitting", 140, 90, 95),
                new ClaimsFigure.PercentRow("carrying", 220, Double.NaN, 250)), "Model: note.", "Percent", T);
        DrawnShapes.Drawing d = DrawnShapes.of(chart, AREA);
        assertThat(count(d.fills(), T.inVivoColor())).as("two bars").isEqualTo(2);
        assertThat(count(d.shapes(), T.inVivoColor())).as("the legend box").isEqualTo(1);
        assertOnlyInVivoSeriesTakeTheColour(chart.getPlot(), ClaimsFigure.WILKE);
    }

    /**
     * Nachemson's figure, the second in vivo source of the percent chart, is drawn in the in vivo colour too, told
     * apart from Wilke's filled bars by its form: hollow, a blank bar outlined in the in vivo colour, one per
     * posture it has and the legend's box; Nachemson's bars were orange, the pressure's colour, which is the
     * model's bars' alone (four bars and the legend's box; they were the compression's blue).
     */
    @Test
    void thePercentChartDrawsNachemsonsBarsHollowInTheInVivoColour() {
        JFreeChart chart = ClaimsFigure.percentOfStanding(List.of(new ClaimsFigure.PercentRow("standing", 100, 100, 100),
                new ClaimsFigure.PercentRow("sitting", 140, 90, 95),
                new ClaimsFigure.PercentRow("lying", Double.NaN, 20, 25),
                new ClaimsFigure.PercentRow("carrying", 220, Double.NaN, 250)), "Model: note.", "Percent", T);
        DrawnShapes.Drawing d = DrawnShapes.of(chart, AREA);
        long hollow = java.util.stream.Stream.concat(d.fills().stream(), d.shapes().stream()).filter(f -> f.box().getWidth() > 0 && f.box().getHeight() > 0
                && T.background().equals(f.paint()) && d.outlines().stream().anyMatch(o -> T.inVivoColor().equals(o.paint())
                        && o.box().equals(f.box()))).count();
        assertThat(hollow).as("three hollow bars and the legend's box").isEqualTo(4);
        assertThat(count(d.fills(), T.inVivoColor()) + count(d.shapes(), T.inVivoColor()))
                .as("Wilke's filled bars (three) and the legend's box").isEqualTo(4);
        assertThat(count(d.fills(), T.idpColor()) + count(d.shapes(), T.idpColor()))
                .as("the model's orange bars (four) and the legend's box").isEqualTo(5);
        assertThat(count(d.fills(), T.compressionColor())).as("blue bars").isZero();
    }

    /**
     * A stick figure draws no measurement, so no mark of it takes the in vivo colour: the thighs' push (tying
     * shoes' trunk on the thighs, hands resting on them) was drawn reddish purple, the in vivo colour, and read as
     * a measurement. Over every preset with 0, 5 and 20 kg and the random lying and sitting postures of {@link
     * StickFigureArrowsTest#figures()}: no filled shape, line or legend line is in the in vivo colour, and where a
     * push is drawn, its arrows, dots and legend line are in {@link LumbosimTheme#pushColor()}, a colour no other
     * meaning of a stick figure or of the charts' in vivo data carries.
     */
    @Test
    void aStickFiguresPushIsNotInTheInVivoColour() {
        Color push = T.pushColor();
        assertThat(push).isNotEqualTo(T.inVivoColor()).isNotEqualTo(T.seriesColor(LumbosimTheme.COMPRESSION_SERIES))
                .isNotEqualTo(T.seriesColor(LumbosimTheme.SHEAR_SERIES)).isNotEqualTo(T.heldLoadFill())
                .isNotEqualTo(T.heldLoadEdge()).isNotEqualTo(T.idpColor())
                .isNotEqualTo(T.furnitureFill()).isNotEqualTo(T.furnitureEdge()).isNotEqualTo(T.textColor())
                .isNotEqualTo(T.limitColor());
        assertThat(T.palette()).contains(push);
        Rectangle2D card = new Rectangle2D.Double(0, 0, 480, 400);
        int pushes = 0;
        for (StickFigure f : StickFigureArrowsTest.figures()) {
            DrawnShapes.Drawing d = DrawnShapes.of(f, card);
            assertThat(count(d.fills(), T.inVivoColor()) + count(d.shapes(), T.inVivoColor())).as(f.title()).isZero();
            assertThat(d.lines()).as(f.title()).noneMatch(l -> T.inVivoColor().equals(l.paint()));
            java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
            List<StickFigure.Label> labels = f.labels(g, card);
            g.dispose();
            assertThat(labels).as(f.title()).noneMatch(l -> l.color().equals(T.inVivoColor()));
            boolean hasPush = f.scene().trunkOnThighs() != null
                    || f.scene().handsOnThighs().stream().anyMatch(h -> h.forceN() > 0);
            if (hasPush && labels.stream().anyMatch(l -> l.text().startsWith("thighs' push"))) {
                assertThat(labels).filteredOn(l -> l.text().startsWith("thighs' push"))
                        .allMatch(l -> l.color().equals(push));
                assertThat(count(d.shapes(), push)).as("%s: the push's arrows and dots", f.title()).isPositive();
                pushes++;
            }
        }
        assertThat(pushes).as("figures with a push").isPositive();
    }

    private static long count(List<DrawnShapes.Fill> fills, Color c) {
        return fills.stream().filter(f -> c.equals(f.paint()) && f.box().getWidth() > 0 && f.box().getHeight() > 0)
                .count();
    }

    /** Every series of every panel of {@code plot}: the one named {@code inVivo} has the in vivo colour, no other has. */
    private static void assertOnlyInVivoSeriesTakeTheColour(Plot plot, String inVivo) {
        int found = 0;
        for (Plot p : panels(plot)) {
            if (p instanceof CategoryPlot c && c.getDataset() != null) {
                for (int s = 0; s < c.getDataset().getRowCount(); s++) {
                    found += check(((org.jfree.chart.renderer.AbstractRenderer) c.getRenderer()).lookupSeriesPaint(s), c.getDataset().getRowKey(s).equals(inVivo));
                }
            } else if (p instanceof XYPlot x && x.getDataset() != null) {
                for (int s = 0; s < x.getDataset().getSeriesCount(); s++) {
                    found += check(((org.jfree.chart.renderer.AbstractRenderer) x.getRenderer()).lookupSeriesPaint(s), x.getDataset().getSeriesKey(s).equals(inVivo));
                }
            }
        }
        assertThat(found).as("panels with the in vivo series").isPositive();
    }

    private static int check(Paint paint, boolean inVivo) {
        if (inVivo) {
            assertThat(paint).isEqualTo(T.inVivoColor());
            return 1;
        }
        assertThat(paint).isNotEqualTo(T.inVivoColor());
        return 0;
    }

    /** @return the panels of a combined plot, or the plot itself */
    @SuppressWarnings("unchecked")
    static List<Plot> panels(Plot plot) {
        List<Plot> out = new ArrayList<>();
        if (plot instanceof CombinedDomainCategoryPlot c) {
            out.addAll(c.getSubplots());
        } else if (plot instanceof CombinedDomainXYPlot x) {
            out.addAll(x.getSubplots());
        } else {
            out.add(plot);
        }
        return out;
    }
}
