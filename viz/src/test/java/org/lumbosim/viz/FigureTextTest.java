package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;

/**
 * Issue 14 item 2: every limit line a chart's text names is drawn in that chart. The text is the
 * title and every caption; what is drawn is read back from the chart's panels.
 */
class FigureTextTest {
    private static final LumbosimTheme T = Fixtures.THEME;
    private static final double[] LIMITS_N = {OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N,
        OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N,
        OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N};

    /** @return the chart's title and captions, each rendered once so that nothing is built lazily */
    static String text(JFreeChart chart) {
        chart.createBufferedImage(960, 540);
        List<String> parts = new ArrayList<>();
        parts.add(chart.getTitle() == null ? "" : chart.getTitle().getText());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt) {
                parts.add(tt.getText());
            }
        }
        return String.join(" | ", parts);
    }

    /**
     * @param text a figure's text
     * @param drawnN the limit lines drawn (N)
     * @return the limits the text names that are not drawn
     */
    static List<Double> namedButNotDrawn(String text, Set<Double> drawnN) {
        List<Double> out = new ArrayList<>();
        for (double limit : LIMITS_N) {
            String plain = String.format(java.util.Locale.ROOT, "%.0f N", limit);
            String grouped = LimitLines.newtons(limit);
            if ((text.contains(plain) || text.contains(grouped)) && !drawnN.contains(limit)) {
                out.add(limit);
            }
        }
        if (text.contains("dashed") && !drawnN.contains(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N)) {
            out.add(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N);
        }
        return out;
    }

    private static void namesOnlyWhatItDraws(JFreeChart chart) {
        String text = text(chart);
        assertThat(namedButNotDrawn(text, Charts.drawnLimitsN(chart))).as(text).isEmpty();
    }

    @Test
    void everyChartNamesOnlyTheLimitLinesItDraws() {
        AnalysisResult light = Lumbosim.analyze(Fixtures.MODEL, Posture.uprightStanding(), List.of());
        AnalysisResult heavy = Fixtures.liftRoundBack15kg();
        for (AnalysisResult r : List.of(light, heavy)) {
            namesOnlyWhatItDraws(Charts.levelProfile(r, "Levels", T));
            namesOnlyWhatItDraws(Charts.muscleForces(r, "Muscles", T));
        }
        namesOnlyWhatItDraws(Charts.sweep(Fixtures.flexionSweep10kg(), SpinalLevel.L5_S1, "Sweep", T));
        namesOnlyWhatItDraws(Charts.sweepComparison(Map.of("a", Fixtures.flexionSweep10kg()), SpinalLevel.L5_S1,
                "Sweeps", T));
        namesOnlyWhatItDraws(Charts.postureComparison(Fixtures.wilkeCases(), "Postures", T));
        namesOnlyWhatItDraws(Charts.compressionHeatMap(Fixtures.grid(6, 5), "Heat", T));
    }

    @Test
    void theLevelProfileOfALiftBelowTheMaximumLimitNamesNoDashedLine() {
        // 20 kg: between half of the action limit and half of the maximum limit in the current model (L5-S1 2,877 N)
        JFreeChart chart = Charts.levelProfile(Lumbosim.analyze(Fixtures.MODEL,
                org.lumbosim.posture.PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(org.lumbosim.load.HandLoad.ofMassKg(20))), "Levels", T);
        Set<Double> drawn = Charts.drawnLimitsN(chart);
        assertThat(drawn).contains(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N)
                .doesNotContain(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N);
        assertThat(text(chart)).contains("3,400 N").doesNotContain("6,400").doesNotContain("6400")
                .doesNotContain("dashed");
    }

    @Test
    void aHeatMapBelowTheLimitsHasNoLineNote() {
        CompressionGrid low = CompressionGrid.solve(Fixtures.MODEL, Posture.uprightStanding(), SpinalLevel.L5_S1,
                new double[] {0, 1}, new double[] {0.2, 0.25}, Fixtures.shoulderHeightM());
        JFreeChart chart = Charts.compressionHeatMap(low, "Heat", T);
        assertThat(Charts.drawnLimitsN(chart)).isEmpty();
        assertThat(Charts.limitsCaption(chart)).isEmpty();
        assertThat(text(chart)).doesNotContain("NIOSH");
    }

    @Test
    void theCheckFailsWhenATextNamesALineThatIsNotDrawn() {
        assertThat(namedButNotDrawn("Line: NIOSH (1981) maximum permissible 6,400 N",
                Set.of(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N))).isNotEmpty();
        assertThat(namedButNotDrawn("Line: NIOSH (1981) action limit 3,400 N",
                Set.of(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N))).isEmpty();
    }

    @Test
    void numbersHaveThousandsSeparatorsAndNoNegativeZero() {
        assertThat(LimitLines.newtons(3400)).isEqualTo("3,400 N");
        assertThat(LimitLines.number(-0.2, 0)).isEqualTo("0");
        assertThat(LimitLines.number(-1234.5, 1)).isEqualTo("-1,234.5");
    }

    /** Small AP shears of the five levels (N, L5-S1 first): spans from 0 to a few newtons, either side of 0. */
    private static final double[][] SMALL_SHEARS_N = {
        {0, 0, 0, 0, 0},
        {1e-9, -1e-9, 1e-9, -1e-9, 1e-9},
        {0.3, 0.3, 0.3, 0.3, 0.3},
        {-0.3, -0.3, -0.3, -0.3, -0.3},
        {0.3, -0.3, 0.1, -0.1, 0},
        {1, 1, 1, 1, 1},
        {-1, -1, -1, -1, -1},
        {1.3, -0.05, -0.7, -1.2, -0.7},
        {3, 3, 3, 3, 3},
        {-3, -3, -3, -3, -3},
        {3, -3, 1, -1, 0},
        {2.2, -0.02, -0.8, -1.4, -0.9},
    };
    /** Sizes the level profile is drawn at (pt): alone on a slide and small, and as the card's right part. */
    private static final double[][] SIZES_PT = {{960, 540}, {384, 360}};
    /** Sizes of the stick figure card of {@code lumbosim plot} (pt): a slide, and the small card. */
    private static final double[][] CARD_SIZES_PT = {{960, 540}, {640, 360}};
    /** The card's share of its width for the stick figure (as in {@code lumbosim plot}). */
    private static final double CARD_LEFT_FRACTION = 0.4;

    /** @return the lying preset's result with the five levels' AP shears replaced by {@code shearsN} */
    private static AnalysisResult withShears(AnalysisResult r, double[] shearsN) {
        List<LevelLoad> levels = new ArrayList<>();
        for (int i = 0; i < r.levels().size(); i++) {
            LevelLoad l = r.levels().get(i);
            levels.add(new LevelLoad(l.level(), l.compressionN(), shearsN[i], l.lateralShearN(), l.idpMPa(),
                    l.flexionMomentNm(), l.lateralMomentNm(), l.axialMomentNm(), l.passiveMomentNm()));
        }
        return new AnalysisResult(levels, r.muscles(), r.iapForceN(), r.backrestForceN(), r.equilibriumResidualNm(),
                r.iterations(), r.pose(), r.balance(), r.overloaded(), r.trunkOnThighs(), r.handsOnThighs());
    }

    private static AnalysisResult lyingSupine() {
        return Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.LYING_SUPINE.posture(), List.of());
    }

    /**
     * The tick labels drawn under the shear panel of a level profile drawn into {@code profileArea} (alone,
     * or as the right part of a card drawn whole into {@code figureArea}), left to right: every string the
     * figure draws centred over the panel's data, on the rows of tick labels just under it (the axis title
     * excepted). Read from what is drawn: JFreeChart's own tick list also holds the minor ticks, unlabelled
     * ("") and not drawn.
     */
    private static List<String> shearTickLabels(org.jfree.chart.ui.Drawable figure, Rectangle2D figureArea,
                                                JFreeChart profile, Rectangle2D profileArea) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            profile.draw(g, profileArea, info);
        } finally {
            g.dispose();
        }
        Rectangle2D data = info.getPlotInfo().getSubplotInfo(1).getDataArea();
        CategoryPlot shear = (CategoryPlot) ((CombinedDomainCategoryPlot) profile.getPlot()).getSubplots().get(1);
        String title = shear.getRangeAxis().getLabel();
        double rows = 2.5 * T.tickLabelFont().getSize2D();
        List<DrawnStrings.Drawn> labels = new ArrayList<>();
        for (DrawnStrings.Drawn d : DrawnStrings.of(figure, figureArea)) {
            boolean titlePart = title.equals(d.text()) || title.startsWith(d.text() + " ") || title.endsWith(" " + d.text());
            if (!titlePart && d.centreX() >= data.getMinX() - 1 && d.centreX() <= data.getMaxX() + 1
                    && d.baselineY() > data.getMaxY() && d.baselineY() <= data.getMaxY() + rows) {
                labels.add(d);
            }
        }
        labels.sort(java.util.Comparator.comparingDouble(DrawnStrings.Drawn::centreX));
        List<String> out = new ArrayList<>();
        for (DrawnStrings.Drawn d : labels) {
            out.add(d.text());
        }
        return out;
    }

    /**
     * @param labels an axis's tick labels, left to right
     * @return what is wrong with them as the labels of a scale: fewer than two, a blank or "-0" one, a
     *     repeated one, one that is not a number, values that do not increase left to right; empty if none
     */
    static List<String> tickLabelProblems(List<String> labels) {
        List<String> problems = new ArrayList<>();
        if (labels.size() < 2) {
            problems.add("fewer than 2 labels");
        }
        if (new java.util.HashSet<>(labels).size() < labels.size()) {
            problems.add("a repeated label");
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (String label : labels) {
            if (label.isBlank()) {
                problems.add("a blank label");
            } else if (label.matches("-0(\\.0*)?")) {
                problems.add("a negative zero: " + label);
            } else if (!label.matches("-?[0-9][0-9,]*(\\.[0-9]+)?")) {
                problems.add("not a number: " + label);
            } else {
                double v = Double.parseDouble(label.replace(",", ""));
                if (!(v > previous)) {
                    problems.add("not increasing at " + label);
                }
                previous = v;
            }
        }
        return problems;
    }

    /**
     * The level profile's AP shear axis, for shears spanning 0 to a few newtons either side of 0 (lying
     * down, where the shear is the passive erectors' newton or so): drawn alone and as the right part
     * of {@code lumbosim plot}'s stick figure card, at a slide's size and small, its drawn tick labels
     * are at least two distinct numbers, none blank and none "-0", increasing left to right; its range
     * spans at least {@link LimitLines#LEAST_SHEAR_SPAN_N} (over a billionth of a newton its ticks read
     * "-0 0 0" before h8/figures). The shears are set directly, not left to a posture.
     */
    @Test
    void aShearAxisOfASmallSpanHasDistinctNumberedTicksAndNoMinusZero() {
        AnalysisResult lying = lyingSupine();
        for (double[] shearsN : SMALL_SHEARS_N) {
            AnalysisResult r = withShears(lying, shearsN);
            String name = java.util.Arrays.toString(shearsN);
            for (double[] size : SIZES_PT) {
                Rectangle2D area = new Rectangle2D.Double(0, 0, size[0], size[1]);
                JFreeChart profile = Charts.levelProfile(r, "All lumbar levels", T);
                List<String> labels = shearTickLabels(profile, area, profile, area);
                assertThat(tickLabelProblems(labels)).as(name + " alone at " + size[0] + "x" + size[1] + ": " + labels)
                        .isEmpty();
                CategoryPlot shear = (CategoryPlot) ((CombinedDomainCategoryPlot) profile.getPlot()).getSubplots().get(1);
                assertThat(shear.getRangeAxis().getRange().getLength()).as(name)
                        .isGreaterThanOrEqualTo(LimitLines.LEAST_SHEAR_SPAN_N);
            }
            assertCardShearTicks(r, name);
        }
    }

    /**
     * Lying on the back as the model solves it (about a newton of AP shear at each level since the
     * passive erector tension, h8/passmuscle): the card's and the profile's shear ticks as above.
     */
    @Test
    void theLyingPresetsShearAxisHasDistinctNumberedTicks() {
        AnalysisResult r = lyingSupine();
        for (LevelLoad l : r.levels()) {
            assertThat(Math.abs(l.apShearN())).as(l.level().label()).isLessThan(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N
                    * LimitLines.SHOWN_FRACTION);
        }
        Rectangle2D area = new Rectangle2D.Double(0, 0, 960, 540);
        JFreeChart profile = Charts.levelProfile(r, "All lumbar levels", T);
        List<String> labels = shearTickLabels(profile, area, profile, area);
        assertThat(tickLabelProblems(labels)).as(labels.toString()).isEmpty();
        // JFreeChart's tick list holds the labelled major ticks and, between them, minor ticks whose text
        // is "" (read as blank repeated labels before): their marks are not drawn, and no label is
        CategoryPlot shear = (CategoryPlot) ((CombinedDomainCategoryPlot) profile.getPlot()).getSubplots().get(1);
        org.jfree.chart.axis.ValueAxis axis = shear.getRangeAxis();
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            profile.draw(g, area, info);
            List<String> major = new ArrayList<>();
            for (Object t : axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(),
                    info.getPlotInfo().getSubplotInfo(1).getDataArea(), org.jfree.chart.ui.RectangleEdge.BOTTOM)) {
                org.jfree.chart.axis.ValueTick tick = (org.jfree.chart.axis.ValueTick) t;
                if (tick.getTickType() == org.jfree.chart.axis.TickType.MAJOR) {
                    major.add(tick.getText());
                } else {
                    assertThat(tick.getText()).isEmpty();
                }
            }
            assertThat(major).isEqualTo(labels);
        } finally {
            g.dispose();
        }
        assertThat(axis.isMinorTickMarksVisible()).isFalse();
        assertCardShearTicks(r, "lying_supine");
    }

    /** The shear tick labels of the stick figure card of {@code r} (as {@code lumbosim plot} draws it) at each card size. */
    private static void assertCardShearTicks(AnalysisResult r, String name) {
        for (double[] size : CARD_SIZES_PT) {
            JFreeChart profile = Charts.levelProfile(r, "All lumbar levels", T);
            org.jfree.chart.ui.Drawable card = Figures.sideBySide(
                    StickFigure.of(r, SpinalLevel.L5_S1, "Lying on the back", T), profile, CARD_LEFT_FRACTION);
            double left = size[0] * CARD_LEFT_FRACTION;
            List<String> labels = shearTickLabels(card, new Rectangle2D.Double(0, 0, size[0], size[1]), profile,
                    new Rectangle2D.Double(left, 0, size[0] - left, size[1]));
            assertThat(tickLabelProblems(labels)).as(name + " card at " + size[0] + "x" + size[1] + ": " + labels)
                    .isEmpty();
        }
    }

    @Test
    void theTickCheckFailsOnBlankRepeatedAndNegativeZeroLabels() {
        assertThat(tickLabelProblems(List.of("-0", "0", "0"))).containsExactlyInAnyOrder("a repeated label",
                "a negative zero: -0", "not increasing at 0");
        assertThat(tickLabelProblems(List.of("0", "", "1"))).containsExactly("a blank label");
        assertThat(tickLabelProblems(List.of("0"))).containsExactly("fewer than 2 labels");
        assertThat(tickLabelProblems(List.of("1", "0.5"))).containsExactly("not increasing at 0.5");
        assertThat(tickLabelProblems(List.of("-1", "0", "1,000"))).isEmpty();
    }
}
