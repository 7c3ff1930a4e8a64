package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.result.AnalysisResult;

/**
 * Every chart with limit lines, built through the {@link Charts} facade, draws them at the values of
 * {@link OccupationalLimits} and writes those values (not other numbers) in their labels and captions.
 */
class LimitLinesTest {
    private static final LumbosimTheme T = Fixtures.THEME;
    private static final double AL = OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N;
    private static final double MPL = OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N;
    private static final double SHEAR = OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N;

    /** A limit as it must appear in text, formatted here from the constant independently of the charts. */
    private static String text(double limitN) {
        return String.format(Locale.ROOT, "%,.0f N", limitN);
    }

    private static List<ValueMarker> lines(Plot p) {
        // behind the data on a line plot, over the bars on a bar plot (with their labels)
        var ms = p instanceof XYPlot x ? x.getRangeMarkers(Layer.BACKGROUND)
                : ((CategoryPlot) p).getRangeMarkers(Layer.FOREGROUND);
        List<ValueMarker> out = new ArrayList<>();
        if (ms != null) {
            ms.stream().filter(m -> m instanceof LimitLines.LimitMarker).forEach(m -> out.add((ValueMarker) m));
        }
        return out;
    }

    /** @return the label of a limit line: its {@link LimitLabel} on a line plot, its {@link BarLimitLabel} on a bar plot */
    private static String label(Plot p, ValueMarker line) {
        if (p instanceof XYPlot x) {
            assertThat(line.getLabel()).as("a line plot's limit line leaves its label to a LimitLabel").isNull();
            return x.getAnnotations().stream().filter(a -> a instanceof LimitLabel l && l.valueN() == line.getValue())
                    .map(a -> ((LimitLabel) a).text()).findFirst().orElse(null);
        }
        assertThat(line.getLabel()).as("a bar plot's limit line leaves its label to a BarLimitLabel").isNull();
        for (Object a : ((CategoryPlot) p).getAnnotations()) {
            if (a instanceof BarLimitLabel l && l.valueN() == line.getValue()) {
                return l.text();
            }
        }
        return null;
    }

    /** Asserts the compression panel's lines are both NIOSH limits, each labelled with its own value. */
    private static void assertNioshLines(Plot compression) {
        List<ValueMarker> lines = lines(compression);
        assertThat(lines).extracting(ValueMarker::getValue).containsExactly(AL, MPL);
        assertThat(label(compression, lines.get(0))).contains(text(AL)).doesNotContain(text(MPL));
        assertThat(label(compression, lines.get(1))).contains(text(MPL)).doesNotContain(text(AL));
        // the stricter (lower) limit dashed, the maximum solid: as the explorer's bars, table and disc rings draw them
        assertThat(((java.awt.BasicStroke) lines.get(0).getStroke()).getDashArray()).as("action limit dashed").isNotNull();
        assertThat(((java.awt.BasicStroke) lines.get(1).getStroke()).getDashArray()).as("maximum permissible solid").isNull();
    }

    /** Asserts the shear panel has one line at +-the shear limit, labelled with its value. */
    private static void assertShearLine(Plot shear) {
        List<ValueMarker> lines = lines(shear);
        assertThat(lines).hasSize(1);
        assertEquals(SHEAR, Math.abs(lines.get(0).getValue()));
        assertThat(label(shear, lines.get(0))).contains(text(SHEAR));
    }

    @SuppressWarnings("unchecked")
    private static List<CategoryPlot> barPanels(JFreeChart chart) {
        return ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
    }

    @SuppressWarnings("unchecked")
    private static List<XYPlot> linePanels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    private static List<String> captions(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    /**
     * A stoop lift of 50 kg: past half of both NIOSH limits and of the shear limit (L5-S1 4,591 N, shear
     * 1,854 N), within the default subject's strength (55 kg is beyond it since the abdominal pressure
     * acts at its cavity's centroid line, 2026-12-07; 70 kg was within it before).
     */
    private static AnalysisResult heavyStoopLift() {
        return Lumbosim.analyze(Fixtures.MODEL, PosturePreset.LIFT_ROUND_BACK.posture(), List.of(HandLoad.ofMassKg(50)));
    }

    /** Loads that reach half of both NIOSH limits and of the shear limit (where the lines are drawn): a mass swept to 50 kg. */
    private static ParameterSweep heavySweep(Posture posture) {
        return ParameterSweep.loadMass(Fixtures.MODEL, posture, new double[] {0, 25, 50});
    }

    @Test
    void postureComparisonDrawsTheNioshLimits() {
        List<PostureCase> cases = new ArrayList<>(Fixtures.wilkeCases());
        cases.add(PostureCase.of("stoop 50 kg", heavyStoopLift()));
        JFreeChart chart = Charts.postureComparison(cases, "x", T);
        assertNioshLines(barPanels(chart).get(0));
    }

    @Test
    void sweepDrawsTheNioshAndShearLimits() {
        JFreeChart chart = Charts.sweep(heavySweep(Posture.standingFlexed(60)), SpinalLevel.L5_S1, "x", T);
        List<XYPlot> panels = linePanels(chart);
        assertNioshLines(panels.get(0));
        assertShearLine(panels.get(1));
    }

    @Test
    void sweepComparisonDrawsTheNioshAndShearLimits() {
        Map<String, ParameterSweep> sweeps = new LinkedHashMap<>();
        sweeps.put("stoop", heavySweep(PosturePreset.LIFT_ROUND_BACK.posture()));
        sweeps.put("bent", heavySweep(Posture.standingFlexed(60)));
        JFreeChart chart = Charts.sweepComparison(sweeps, SpinalLevel.L5_S1, "x", T);
        List<XYPlot> panels = linePanels(chart);
        assertNioshLines(panels.get(0));
        assertShearLine(panels.get(1));
    }

    @Test
    void motionDrawsTheNioshAndShearLimits() {
        int n = 21;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.1;
        }
        List<Posture> frames = MotionAnalysis.smoothTransition(PosturePreset.LIFT_ROUND_BACK.posture(),
                Posture.uprightStanding(), 2, n);
        MotionResult m = MotionAnalysis.solve(Fixtures.MODEL, t, frames, new LoadSchedule(80, 0, 5));
        JFreeChart chart = Charts.motion(m, SpinalLevel.L5_S1, "x", T);
        List<XYPlot> panels = linePanels(chart);
        assertNioshLines(panels.get(0));
        assertShearLine(panels.get(1));
    }

    @Test
    void levelProfileLabelsItsLinesByValueAndNamesThemInTheCaption() {
        JFreeChart chart = Charts.levelProfile(heavyStoopLift(), "x", T);
        List<CategoryPlot> panels = barPanels(chart);
        assertNioshLines(panels.get(0));
        assertThat(lines(panels.get(0))).extracting(l -> label(panels.get(0), l)).containsExactly(text(AL), text(MPL));
        assertShearLine(panels.get(1));
        assertThat(captions(chart)).anySatisfy(c -> assertThat(c).contains(text(AL), text(MPL), text(SHEAR)));
    }

    @Test
    void levelProfileOfALightTaskHasNoLinesAndNoLimitCaption() {
        // standing relaxed stays below half of every limit; this chart used to throw NullPointerException
        AnalysisResult standing = Lumbosim.analyze(Fixtures.MODEL, Posture.uprightStanding(), List.of());
        JFreeChart chart = Charts.levelProfile(standing, "x", T);
        barPanels(chart).forEach(p -> assertThat(lines(p)).isEmpty());
        assertThat(captions(chart)).noneMatch(c -> c.contains(text(AL)));
        assertThat(chart.createBufferedImage(960, 540).getWidth()).isEqualTo(960);
    }

    @Test
    void heatMapIsoLinesLieWhereTheGridCrossesTheLimits() {
        // one row pattern twice: AL is crossed half-way across the first cell, MPL inside the second
        double[] row = {AL - 100, AL + 100, MPL + 100};
        double[] distanceM = {0.2, 0.4, 0.6};
        CompressionGrid g = new CompressionGrid(SpinalLevel.L5_S1, new double[] {0, 10}, distanceM, 0.4,
                new double[][] {row, row});
        JFreeChart chart = Charts.compressionHeatMap(g, "x", T);
        XYPlot plot = (XYPlot) chart.getPlot();
        double mplX = distanceM[1] + (distanceM[2] - distanceM[1]) * (MPL - row[1]) / (row[2] - row[1]);
        List<String> labels = new ArrayList<>();
        int segments = 0;
        for (Object a : plot.getAnnotations()) {
            if (a instanceof XYLineAnnotation l && l.getPaint().equals(T.limitColor())) {
                boolean dashed = ((java.awt.BasicStroke) l.getStroke()).getDashArray() != null;
                double x = dashed ? mplX : (distanceM[0] + distanceM[1]) / 2;
                assertEquals(x, l.getX1(), 1e-12, dashed ? "MPL line" : "AL line");
                assertEquals(x, l.getX2(), 1e-12, dashed ? "MPL line" : "AL line");
                segments++;
            } else if (a instanceof XYTextAnnotation text) {
                labels.add(text.getText());
            }
        }
        assertEquals(2, segments);
        assertThat(labels).hasSize(2);
        assertThat(labels.get(0)).contains(text(AL));
        assertThat(labels.get(1)).contains(text(MPL));
        assertThat(captions(chart)).anySatisfy(c -> assertThat(c).contains(text(AL), text(MPL)));
    }
}
