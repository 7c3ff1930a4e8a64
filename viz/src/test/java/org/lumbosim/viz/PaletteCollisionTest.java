package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * The colour collisions the twelfth and thirteenth sessions' legend left open (docs/charts.md): orange meant the
 * pressure, the held load's box and a compared series; sky blue a compared series, the disc height and the band
 * where supports cannot hold the body; the model's bars beside in vivo pressures were the compression's blue. The
 * rule now: a hue names one quantity or kind of thing in every figure; the series of a comparison are drawn in the
 * hue of the quantity they show and told apart by form (shade, dash, marker); objects (furniture, the held load)
 * are warm greys. Hues are compared, not exact colours, since a comparison's second series is a darker shade and the
 * held box was a tint of orange.
 */
class PaletteCollisionTest {
    private static final LumbosimTheme T = Fixtures.THEME;
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 960, 540);
    /** Largest hue difference (fraction of the colour circle) of two shades of one colour: round-off only. */
    private static final float SAME_HUE = 0.01f;
    /** Least saturation of a colour that carries a hue (the warm greys have at most 0.23). */
    private static final float HUED = 0.3f;

    /** @return whether {@code p} is a colour of {@code c}'s hue (a shade or tint of it), both saturated */
    static boolean sameHue(Paint p, Color c) {
        if (!(p instanceof Color a)) {
            return false;
        }
        float[] x = Color.RGBtoHSB(a.getRed(), a.getGreen(), a.getBlue(), null);
        float[] y = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        float d = Math.abs(x[0] - y[0]);
        return x[1] >= HUED && y[1] >= HUED && Math.min(d, 1 - d) <= SAME_HUE;
    }

    /**
     * @return whether {@code p} is {@code c} or a darker shade of it (a multiple of its channels: the same hue and
     *     saturation, alpha ignored); the compression's blue and the disc height's sky blue share a hue
     */
    static boolean shadeOf(Paint p, Color c) {
        if (!(p instanceof Color a) || !sameHue(a, c)) {
            return false;
        }
        return Math.abs(saturation(a) - saturation(c)) <= 2 * SAME_HUE;
    }

    private static float saturation(Color c) {
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[1];
    }

    /**
     * One to six sweeps in one comparison: every line of the compression panel is of the compression's hue, of the
     * shear panel the shear's, of the pressure panel the pressure's orange, and no two lines of a panel share both
     * colour and dash. The sweeps were sky blue, orange and yellow in every panel: the second sweep's compression
     * was drawn in the pressure's orange and the first's in the disc height's sky blue.
     */
    @Test
    void eachPanelOfASweepComparisonDrawsItsSweepsInItsQuantitysHue() {
        List<PosturePreset> presets = List.of(PosturePreset.LIFT_ROUND_BACK, PosturePreset.LIFT_BENT_KNEES,
                PosturePreset.HOLD_FAR);
        List<Color> quantities = List.of(T.compressionColor(), T.shearColor(), T.idpColor());
        for (int n = 1; n <= 6; n++) {
            Map<String, ParameterSweep> sweeps = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                sweeps.put("sweep " + i, ParameterSweep.loadMass(Fixtures.MODEL, presets.get(i % 3).posture(),
                        new double[] {0, 5 + i, 20}));
            }
            JFreeChart chart = Charts.sweepComparison(sweeps, SpinalLevel.L5_S1, "Sweeps", T);
            List<Plot> panels = InVivoColourTest.panels(chart.getPlot());
            assertThat(panels).hasSize(3);
            for (int k = 0; k < 3; k++) {
                XYPlot x = (XYPlot) panels.get(k);
                AbstractRenderer r = (AbstractRenderer) x.getRenderer(0);
                List<String> looks = new ArrayList<>();
                for (int s = 0; s < x.getDataset(0).getSeriesCount(); s++) {
                    Paint p = r.lookupSeriesPaint(s);
                    Color q = quantities.get(k);
                    assertThat(shadeOf(p, q)).as("%d sweeps, panel %d, sweep %d: %s against %s", n, k, s, p, q).isTrue();
                    looks.add(p + " " + r.lookupSeriesStroke(s));
                }
                assertThat(looks).as("%d sweeps, panel %d", n, k).hasSize(n).doesNotHaveDuplicates();
            }
            // the legend stands for the three panels: neutral, no quantity's hue
            for (int i = 0; i < chart.getPlot().getLegendItems().getItemCount(); i++) {
                Paint p = chart.getPlot().getLegendItems().get(i).getLinePaint();
                assertThat(quantities).as("legend line %d", i).noneMatch(q -> sameHue(p, q));
            }
        }
    }

    /**
     * A held load is an object, not a quantity: its box and outline are warm greys of no palette colour's hue,
     * apart from the furniture's fill. It was the pressure's orange, tinted, and the stick figure beside the level
     * profile paired the orange box with the orange pressure bars.
     */
    @Test
    void theHeldLoadIsAWarmGreyOfNoPalettesHue() {
        for (Color c : List.of(T.heldLoadFill(), T.heldLoadEdge())) {
            assertThat(saturation(c)).as("%s", c).isLessThan(HUED);
            assertThat(c.getRed()).as("warm: red above blue").isGreaterThan(c.getBlue());
            assertThat(T.palette()).noneMatch(p -> sameHue(c, p));
        }
        assertThat(T.heldLoadFill()).isNotEqualTo(T.furnitureFill()).isNotEqualTo(T.furnitureEdge());
        assertThat(T.heldLoadEdge()).isNotEqualTo(T.furnitureEdge());
    }

    /**
     * The stoop lift with 15 kg, its stick figure and level profile side by side: no mark of the stick figure is of
     * the pressure's orange hue, while the level profile's pressure bars are orange (the box was).
     */
    @Test
    void noMarkOfTheStickFigureBesideTheLevelProfileIsThePressuresOrange() {
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(HandLoad.ofMassKg(15)));
        DrawnShapes.Drawing stick = DrawnShapes.of(StickFigureMarksTest.figure(PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(HandLoad.ofMassKg(15)), 15), new Rectangle2D.Double(0, 0, 480, 540));
        assertThat(java.util.stream.Stream.concat(stick.shapes().stream(), stick.fills().stream())).as("the box drawn")
                .anyMatch(s -> T.heldLoadFill().equals(s.paint()));
        assertThat(stick.shapes()).noneMatch(s -> sameHue(s.paint(), T.idpColor()));
        assertThat(stick.fills()).noneMatch(s -> sameHue(s.paint(), T.idpColor()));
        assertThat(stick.lines()).noneMatch(s -> sameHue(s.paint(), T.idpColor()));
        assertThat(stick.outlines()).noneMatch(s -> sameHue(s.paint(), T.idpColor()));
        DrawnShapes.Drawing levels = DrawnShapes.of(Charts.levelProfile(r, "Levels", T), AREA);
        assertThat(levels.fills()).as("pressure bars").anyMatch(f -> T.idpColor().equals(f.paint()));
    }

    /**
     * Sky blue is the disc height's alone: the day chart draws the height in it, a sweep's band where the supports
     * cannot hold the body is the furniture's beige edged in its outline (it was translucent sky blue), and no line
     * of a comparison is sky blue (the first sweep's was).
     */
    @Test
    void skyBlueIsTheDiscHeightsAlone() {
        Color sky = T.seriesColor(LumbosimTheme.DISC_HEIGHT_SERIES);
        assertThat(List.of(T.compressionColor(), T.shearColor(), T.idpColor(), T.inVivoColor(), T.pushColor()))
                .noneMatch(c -> shadeOf(c, sky));
        ParameterSweep s = ParameterSweep.loadMass(Fixtures.MODEL, PosturePreset.LIFT_ROUND_BACK.posture(),
                new double[] {0, 10, 20});
        JFreeChart chart = Charts.sweep(s, SpinalLevel.L5_S1, "Sweep", new double[0], new double[] {30},
                new double[0], "", T);
        int bands = 0;
        for (Plot p : InVivoColourTest.panels(chart.getPlot())) {
            for (Object o : ((XYPlot) p).getDomainMarkers(Layer.BACKGROUND)) {
                Marker m = (Marker) o;
                Color c = (Color) m.getPaint();
                assertThat(saturation(c)).as("band %s: no hue", c).isLessThan(HUED);
                assertThat(m.getOutlinePaint()).isEqualTo(LumbosimTheme.FURNITURE_EDGE);
                bands++;
            }
        }
        assertThat(bands).as("the not-held point's band on three panels").isEqualTo(3);
        Map<String, ParameterSweep> two = new LinkedHashMap<>();
        two.put("stoop", s);
        two.put("squat", ParameterSweep.loadMass(Fixtures.MODEL, PosturePreset.LIFT_BENT_KNEES.posture(),
                new double[] {0, 10, 20}));
        for (Paint p : ColourMeaningTest.seriesPaints(Charts.sweepComparison(two, SpinalLevel.L5_S1, "Two", T).getPlot())) {
            assertThat(shadeOf(p, sky)).as("%s", p).isFalse();
        }
    }

    /**
     * The model's bars beside an in vivo pressure are the pressure's orange (they were the compression's blue, in
     * the posture chart's pressure panel, the percent-of-standing chart and the claims panels on a pressure); a
     * claim on a compression keeps the compression's blue.
     */
    @Test
    void theModelsPressureBesideInVivoValuesIsOrange() {
        List<PostureCase> cases = List.of(
                new PostureCase("standing", Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.STANDING_RELAXED.posture(),
                        List.of()), java.util.Optional.empty()));
        JFreeChart postures = Charts.postureComparison(cases, "Postures", T);
        List<Plot> panels = InVivoColourTest.panels(postures.getPlot());
        CategoryPlot idp = (CategoryPlot) panels.get(1);
        assertThat(((AbstractRenderer) idp.getRenderer()).lookupSeriesPaint(
                idp.getDataset().getRowIndex(Charts.MODEL_SERIES))).isEqualTo(T.idpColor());
        CategoryPlot comp = (CategoryPlot) panels.get(0);
        assertThat(((AbstractRenderer) comp.getRenderer()).lookupSeriesPaint(0)).isEqualTo(T.compressionColor());

        JFreeChart percent = ClaimsFigure.percentOfStanding(List.of(new ClaimsFigure.PercentRow("standing", 100, 100,
                100), new ClaimsFigure.PercentRow("sitting", 140, 90, 95)), "Model: note.", "Percent", T);
        DrawnShapes.Drawing d = DrawnShapes.of(percent, AREA);
        assertThat(d.fills()).as("the model's bars").filteredOn(f -> T.idpColor().equals(f.paint())).hasSize(2);
        assertThat(d.fills()).noneMatch(f -> T.compressionColor().equals(f.paint()));

        ClaimsFigure.Claim pressure = new ClaimsFigure.Claim("A claims 140", "a source", "L4-L5 IDP (% of standing)",
                140, 100, "reference", 60, "in vivo", 80, "model");
        ClaimsFigure.Claim force = new ClaimsFigure.Claim("B claims 3000", "a source", "L4-L5 compression (N)", 3000,
                1000, "reference", Double.NaN, "", 2000, "model");
        assertThat(DrawnShapes.of(ClaimsFigure.claimChart(pressure, T), AREA).fills())
                .anyMatch(f -> T.idpColor().equals(f.paint()))
                .noneMatch(f -> T.compressionColor().equals(f.paint()));
        assertThat(DrawnShapes.of(ClaimsFigure.claimChart(force, T), AREA).fills())
                .anyMatch(f -> T.compressionColor().equals(f.paint()))
                .noneMatch(f -> T.idpColor().equals(f.paint()));
    }

    /** A muscle force has no colour of its own: the left and right sides are two greys (they were sky blue and orange). */
    @Test
    void theMuscleChartsSidesAreNeutralGreys() {
        JFreeChart chart = Charts.muscleForces(Lumbosim.analyze(LumbarModel.of(Fixtures.SUBJECT)
                .withMuscleModel(MuscleModelKind.MULTI_FASCICLE), PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(HandLoad.ofMassKg(20))), "Muscles", T);
        List<Paint> paints = ColourMeaningTest.seriesPaints(chart.getPlot());
        assertThat(paints).hasSize(2).doesNotHaveDuplicates()
                .allMatch(p -> p instanceof Color c && saturation(c) == 0f);
    }
}
