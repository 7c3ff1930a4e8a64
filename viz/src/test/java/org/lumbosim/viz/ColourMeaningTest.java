package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;

/**
 * A colour that means a quantity in one figure does not mean something else in another: the compression's blue,
 * the shear's green and the in vivo colour are never a series of things of another kind. The sweep comparison
 * drew the stoop's line blue and the squat's green, in its AP shear panel too; the muscle chart drew the left
 * muscles blue; the day chart drew the disc's height the shear's green.
 */
class ColourMeaningTest {
    private static final LumbosimTheme T = Fixtures.THEME;
    private static final List<Color> MEANINGS = List.of(T.seriesColor(LumbosimTheme.COMPRESSION_SERIES),
            T.seriesColor(LumbosimTheme.SHEAR_SERIES), T.inVivoColor());

    /**
     * A comparison's series are shades of the quantity they show, never another meaning's colour: for the
     * compression's blue, its first six series are neither the shear's green, nor the in vivo colour, nor the
     * pressure's orange, nor the disc height's sky blue, and with their dash no two are alike. (The comparison
     * colours were sky blue, orange and yellow: the pressure's and the disc height's colours.)
     */
    @Test
    void theComparisonColoursAreShadesOfTheirQuantity() {
        List<String> looks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Color c = LumbosimTheme.comparisonColor(T.compressionColor(), i);
            assertThat(c).as("comparison series %d", i).isNotIn(T.shearColor(), T.inVivoColor(), T.idpColor(),
                    T.seriesColor(LumbosimTheme.DISC_HEIGHT_SERIES), T.pushColor(), T.overloadColor());
            assertThat(PaletteCollisionTest.sameHue(c, T.compressionColor())).as("series %d", i).isTrue();
            looks.add(c + " " + T.comparisonStroke(i));
        }
        assertThat(looks).doesNotHaveDuplicates();
        assertThat(T.seriesColor(LumbosimTheme.DISC_HEIGHT_SERIES)).isNotIn(MEANINGS);
    }

    /**
     * Three sweeps in one comparison: no line of the compression or shear panel is another quantity's or the in vivo
     * colour (the stoop's line was the compression's blue in the shear panel too).
     */
    @Test
    void aSweepComparisonsLinesAreNotTheQuantitiesColours() {
        Map<String, ParameterSweep> sweeps = new LinkedHashMap<>();
        sweeps.put("stoop", ParameterSweep.loadMass(Fixtures.MODEL, PosturePreset.LIFT_ROUND_BACK.posture(), new double[] {0, 10, 20}));
        sweeps.put("squat", ParameterSweep.loadMass(Fixtures.MODEL, PosturePreset.LIFT_BENT_KNEES.posture(), new double[] {0, 10, 20}));
        sweeps.put("hold", ParameterSweep.loadMass(Fixtures.MODEL, PosturePreset.HOLD_FAR.posture(), new double[] {0, 10, 20}));
        JFreeChart chart = Charts.sweepComparison(sweeps, SpinalLevel.L5_S1, "Sweeps", T);
        List<Paint> paints = seriesPaints(chart.getPlot());
        assertThat(paints).as("three lines in three panels").hasSize(9).doesNotContain(T.inVivoColor());
        assertThat(paints.subList(0, 3)).doesNotContain(T.shearColor(), T.idpColor());
        assertThat(paints.subList(3, 6)).doesNotContain(T.compressionColor(), T.idpColor());
        assertThat(paints.subList(6, 9)).doesNotContain(T.compressionColor(), T.shearColor());
    }

    /**
     * A sweep comparison of up to three sweeps draws no line in the colour of the rings around its overloaded
     * points (the first sweep's line was vermilion, as the rings). Lifts and a far hold of 0-200 kg, overload
     * reported, are overloaded at their heaviest points, so the rings are drawn.
     */
    @Test
    void noLineOfASweepComparisonIsTheOverloadRingsColour() {
        LumbarModel reporting = Fixtures.MODEL.withOverloadPolicy(org.lumbosim.model.OverloadPolicy.REPORT);
        Map<String, ParameterSweep> sweeps = new LinkedHashMap<>();
        sweeps.put("stoop", ParameterSweep.loadMass(reporting, PosturePreset.LIFT_ROUND_BACK.posture(), new double[] {0, 100, 200}));
        sweeps.put("squat", ParameterSweep.loadMass(reporting, PosturePreset.LIFT_BENT_KNEES.posture(), new double[] {0, 100, 200}));
        sweeps.put("hold", ParameterSweep.loadMass(reporting, PosturePreset.HOLD_FAR.posture(), new double[] {0, 100, 200}));
        JFreeChart chart = Charts.sweepComparison(sweeps, SpinalLevel.L5_S1, "Sweeps", T);
        List<Paint> lines = new ArrayList<>();
        boolean ringed = false;
        for (Plot p : InVivoColourTest.panels(chart.getPlot())) {
            XYPlot x = (XYPlot) p;
            for (int s = 0; s < x.getDataset(0).getSeriesCount(); s++) {
                lines.add(((AbstractRenderer) x.getRenderer(0)).lookupSeriesPaint(s));
            }
            ringed |= x.getDatasetCount() > 1 && x.getDataset(1) != null && x.getDataset(1).getItemCount(0) > 0
                    && ((AbstractRenderer) x.getRenderer(1)).lookupSeriesPaint(0).equals(T.overloadColor());
        }
        assertThat(ringed).as("overloaded points ringed").isTrue();
        assertThat(lines).hasSize(9).doesNotContain(T.overloadColor());
    }

    /**
     * The colours that mean one thing in every figure, each named: compression, AP shear, an in vivo measurement, a
     * support's push on the body, something beyond a limit or a strength, the pressure, the disc height, the held
     * load, the furniture (the held load's box was a tint of the pressure's orange). No two are the same colour (the overload
     * rings and shading were the push's vermilion).
     */
    static Map<String, Color> reserved() {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("compression", T.compressionColor());
        m.put("AP shear", T.shearColor());
        m.put("in vivo", T.inVivoColor());
        m.put("push", T.pushColor());
        m.put("overload", T.overloadColor());
        m.put("intradiscal pressure", T.idpColor());
        m.put("disc height", T.seriesColor(LumbosimTheme.DISC_HEIGHT_SERIES));
        m.put("held load", T.heldLoadFill());
        m.put("furniture", T.furnitureFill());
        return m;
    }

    @Test
    void eachReservedColourHasOneMeaning() {
        assertThat(new java.util.HashSet<>(reserved().values())).as(reserved().toString()).hasSize(reserved().size());
        assertThat(T.compressionColor()).isEqualTo(T.seriesColor(LumbosimTheme.COMPRESSION_SERIES));
        assertThat(T.shearColor()).isEqualTo(T.seriesColor(LumbosimTheme.SHEAR_SERIES));
    }

    /**
     * Four to six sweeps in one comparison, overloaded at their heaviest points: no line of any panel takes the
     * push's, the overload's or the in vivo colour (the fourth sweep was vermilion, the push's and the overload
     * rings' colour), and no two lines of a panel share both colour and dash (a fifth sweep wrapped round to the
     * first's solid sky blue).
     */
    @Test
    void aComparisonOfFourToSixSweepsReusesNoReservedColourAndNoLine() {
        LumbarModel reporting = Fixtures.MODEL.withOverloadPolicy(org.lumbosim.model.OverloadPolicy.REPORT);
        List<PosturePreset> presets = List.of(PosturePreset.LIFT_ROUND_BACK, PosturePreset.LIFT_BENT_KNEES,
                PosturePreset.HOLD_FAR, PosturePreset.LIFT_ROUND_BACK, PosturePreset.LIFT_BENT_KNEES,
                PosturePreset.HOLD_FAR);
        for (int n = 4; n <= 6; n++) {
            Map<String, ParameterSweep> sweeps = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                sweeps.put("sweep " + i, ParameterSweep.loadMass(reporting, presets.get(i).posture(),
                        new double[] {0, 100 + 10 * i, 200}));
            }
            JFreeChart chart = Charts.sweepComparison(sweeps, SpinalLevel.L5_S1, "Sweeps", T);
            boolean ringed = false;
            for (Plot p : InVivoColourTest.panels(chart.getPlot())) {
                XYPlot x = (XYPlot) p;
                AbstractRenderer r = (AbstractRenderer) x.getRenderer(0);
                List<String> looks = new ArrayList<>();
                for (int s = 0; s < x.getDataset(0).getSeriesCount(); s++) {
                    Paint paint = r.lookupSeriesPaint(s);
                    assertThat(paint).as("%d sweeps: sweep %d", n, s).isNotIn(T.pushColor(), T.overloadColor(),
                            T.inVivoColor());
                    looks.add(paint + " " + r.lookupSeriesStroke(s));
                }
                assertThat(looks).as("%d sweeps", n).hasSize(n).doesNotHaveDuplicates();
                ringed |= x.getDatasetCount() > 1 && x.getDataset(1) != null && x.getDataset(1).getItemCount(0) > 0;
            }
            assertThat(ringed).as("%d sweeps: overloaded points ringed", n).isTrue();
        }
    }

    /**
     * A single sweep's overloaded stretches are hatched in the overload's colour, not shaded in the push's vermilion
     * (they were translucent vermilion), and told apart from the plain grey "not solved" shade by the hatching.
     */
    @Test
    void aSweepsOverloadedStretchesAreNotThePushsColour() {
        ParameterSweep s = ParameterSweep.loadMass(Fixtures.MODEL, PosturePreset.LIFT_ROUND_BACK.posture(),
                new double[] {0, 10, 20});
        JFreeChart chart = Charts.sweep(s, SpinalLevel.L5_S1, "Sweep", new double[0], new double[] {20}, "", T);
        int marked = 0;
        for (Plot p : InVivoColourTest.panels(chart.getPlot())) {
            assertThat(((XYPlot) p).getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).as("no shaded band").isNull();
            for (Object o : ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) ((XYPlot) p).getRenderer()).getAnnotations()) {
                Color c = ((OverloadHatch) o).color();
                assertThat(new Color(c.getRed(), c.getGreen(), c.getBlue())).isEqualTo(T.overloadColor())
                        .isNotEqualTo(T.pushColor());
                marked++;
            }
        }
        org.jfree.chart.LegendItem legend = chart.getPlot().getLegendItems().get(0);
        assertThat(legend.getOutlinePaint()).as("the legend's hatched square").isEqualTo(T.overloadColor());
        assertThat(legend.isShapeFilled()).isFalse();
        assertThat(marked).as("the overloaded point marked on the three panels").isEqualTo(3);
    }

    /** The left and right muscles are not the compression's blue (nor, see {@link PaletteCollisionTest}, any hue). */
    @Test
    void theMuscleChartsSidesAreNotTheCompressionsColour() {
        JFreeChart chart = Charts.muscleForces(Lumbosim.analyze(LumbarModel.of(Fixtures.SUBJECT)
                .withMuscleModel(MuscleModelKind.MULTI_FASCICLE), PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(HandLoad.ofMassKg(20))), "Muscles", T);
        assertThat(seriesPaints(chart.getPlot())).hasSize(2).doesNotContainAnyElementsOf(MEANINGS);
    }

    /** The day chart's disc height is not the shear's green; its IDP and Wilke's values keep their colours. */
    @Test
    void theDayChartsDiscHeightIsNotTheShearsColour() {
        DayResult day = DiurnalDisc.of(LumbarModel.of(Fixtures.SUBJECT)).simulate(DaySchedule.builtIn(), 0.25);
        List<Paint> paints = seriesPaints(Charts.day(day, SpinalLevel.L4_L5, "A day", T).getPlot());
        assertThat(paints).contains(T.seriesColor(LumbosimTheme.DISC_HEIGHT_SERIES), T.inVivoColor())
                .doesNotContain(T.seriesColor(LumbosimTheme.SHEAR_SERIES), T.seriesColor(LumbosimTheme.COMPRESSION_SERIES));
    }

    /** @return the paint of every series of every panel, in order (also for {@link PaletteCollisionTest}) */
    static List<Paint> seriesPaints(Plot plot) {
        List<Paint> out = new ArrayList<>();
        for (Plot p : InVivoColourTest.panels(plot)) {
            if (p instanceof XYPlot x && x.getDataset() != null) {
                for (int s = 0; s < x.getDataset().getSeriesCount(); s++) {
                    out.add(((AbstractRenderer) x.getRenderer()).lookupSeriesPaint(s));
                }
            } else if (p instanceof CategoryPlot c && c.getDataset() != null) {
                for (int s = 0; s < c.getDataset().getRowCount(); s++) {
                    out.add(((AbstractRenderer) c.getRenderer()).lookupSeriesPaint(s));
                }
            }
        }
        return out;
    }
}
