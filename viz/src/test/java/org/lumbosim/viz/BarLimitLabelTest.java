package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * The limit labels of the bar plots (level profile, posture comparison, ranking), as drawn: none
 * overlaps another label or any other text, none is cut by the plot's clip (its edge), none meets a
 * bar, and no limit line runs through one. Every preset with 0 to 60 kg in the hands (those the model
 * solves), at the demo's sizes: 960×540, 1920×1080 and the 60 % card of {@code plot} (576×540 and
 * 1152×1080). With
 * a 45 kg stoop lift the labels at the top drew "6,400 N" over "3,400 N", the "3" cut at the plot's
 * left edge and the dashed line through a label.
 */
class BarLimitLabelTest {
    private static final LumbosimTheme T = Fixtures.THEME;
    /**
     * 960×540 and 1920×1080, and the 60 % card of {@code plot} (its figure is 960×540 pt, the level
     * profile beside the stick figure in 576×540, drawn at twice that in its PNG), also at 1920×1080.
     */
    private static final Rectangle2D[] AREAS = {new Rectangle2D.Double(0, 0, 960, 540),
        new Rectangle2D.Double(0, 0, 1920, 1080), new Rectangle2D.Double(0, 0, 0.6 * 960, 540),
        new Rectangle2D.Double(0, 0, 0.6 * 1920, 1080)};
    private static final double[] MASSES_KG = {0, 15, 30, 45, 60};

    /** The texts a limit label of a bar plot can have (besides its value alone, {@link #isLabel}). */
    private static final Set<String> LABELS = Set.of(LimitLines.NIOSH_AL_LABEL, LimitLines.NIOSH_MPL_LABEL,
            LimitLines.newtons(3400), LimitLines.newtons(6400), LimitLines.newtons(1000));
    /** A limit's value alone, as a label in a narrow panel; also a tick label, but that lies outside the plot. */
    private static final Set<String> VALUES = Set.of("3,400", "6,400", "1,000");

    /**
     * @return whether the text is a limit label: one of {@link #LABELS}, or a value of {@link #VALUES}
     *     drawn inside a plot (its middle within a clip smaller than the figure: tick labels are drawn
     *     outside the plot)
     */
    private static boolean isLabel(Text t, Rectangle2D area) {
        return LABELS.contains(t.text()) || VALUES.contains(t.text()) && t.clip().getWidth() < area.getWidth() - 1
                && t.clip().contains(t.box().getCenterX(), t.box().getCenterY());
    }

    @Test
    void levelProfileLabelsOfEveryPresetAndLoadKeepClear() {
        int labelled = 0;
        int withBoth = 0;
        for (PosturePreset preset : PosturePreset.values()) {
            for (double kg : MASSES_KG) {
                AnalysisResult r;
                try {
                    r = Lumbosim.analyze(Fixtures.MODEL, preset.posture(),
                            kg == 0 ? List.of() : List.of(HandLoad.ofMassKg(kg)));
                } catch (LumbosimException | IllegalArgumentException refused) {
                    continue;
                }
                JFreeChart chart = Charts.levelProfile(r, "All lumbar levels", T);
                for (Rectangle2D area : AREAS) {
                    int n = assertLabelsClear(chart, area, preset + " " + kg + " kg");
                    labelled += n > 0 ? 1 : 0;
                    withBoth += n >= 3 ? 1 : 0;
                }
            }
        }
        assertThat(labelled).as("figures with limit labels").isGreaterThan(30);
        assertThat(withBoth).as("figures with both NIOSH labels and the shear label").isGreaterThan(5);
    }

    @Test
    void postureComparisonAndRankingLabelsKeepClear() {
        for (double kg : MASSES_KG) {
            List<PostureCase> cases = new ArrayList<>(Fixtures.wilkeCases());
            cases.add(PostureCase.of("stoop " + kg + " kg", Lumbosim.analyze(Fixtures.MODEL,
                    PosturePreset.LIFT_ROUND_BACK.posture(), kg == 0 ? List.of() : List.of(HandLoad.ofMassKg(kg)))));
            JFreeChart comparison = Charts.postureComparison(cases, "x", T);
            for (Rectangle2D area : AREAS) {
                assertLabelsClear(comparison, area, "comparison, stoop " + kg + " kg");
            }
        }
        for (double topN : new double[] {2000, 3500, 5000, 6500, 8000}) {
            Map<String, Double> activities = new LinkedHashMap<>();
            activities.put("heaviest", topN);
            activities.put("heavy", topN * 0.8);
            activities.put("light", topN * 0.4);
            JFreeChart ranking = Charts.compressionRanking(activities, "L5-S1 compression (N)", "", "Ranking", T);
            for (Rectangle2D area : AREAS) {
                assertLabelsClear(ranking, area, "ranking to " + topN + " N");
            }
        }
    }

    /** @return how many limit labels the chart draws into the area, each checked */
    private static int assertLabelsClear(JFreeChart chart, Rectangle2D area, String what) {
        Drawn d = drawn(chart, area);
        List<Text> labels = d.texts().stream().filter(t -> isLabel(t, area)).toList();
        String where = what + " at " + (int) area.getWidth() + "x" + (int) area.getHeight();
        for (Text l : labels) {
            assertThat(l.clip().contains(l.box())).as("\"%s\" cut by the plot's edge, %s", l.text(), where).isTrue();
            for (Text t : d.texts()) {
                if (t != l && !t.text().isBlank()) {
                    assertThat(l.box().intersects(t.box())).as("\"%s\" over \"%s\", %s", l.text(), t.text(), where)
                            .isFalse();
                }
            }
            for (Rectangle2D bar : d.bars()) {
                assertThat(l.box().intersects(bar)).as("\"%s\" over a bar %s, %s", l.text(), bar, where).isFalse();
            }
            for (Line2D line : d.limitLines()) {
                assertThat(line.intersects(l.box())).as("a limit line through \"%s\" %s, line at %.1f, %s", l.text(), l.box(), line.getX1(), where).isFalse();
            }
        }
        return labels.size();
    }

    /** A string drawn, with its box and the clip it was drawn in (px). */
    private record Text(String text, Rectangle2D box, Rectangle2D clip) {
    }

    /** What a chart draws: its texts, its bars and its limit lines (px). */
    private record Drawn(List<Text> texts, List<Rectangle2D> bars, List<Line2D> limitLines) {
    }

    /** Bars: rectangles filled in a series colour; limit lines: lines in a limit stroke and colour. */
    private static Drawn drawn(JFreeChart chart, Rectangle2D area) {
        DrawnShapes.Drawing d = DrawnShapes.of(chart, area);
        Drawn out = new Drawn(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (DrawnShapes.Text t : d.texts()) {
            out.texts().add(new Text(t.text(), t.box(), t.clip()));
        }
        for (DrawnShapes.Fill f : d.fills()) {
            if (f.paint() instanceof Color c && isSeriesColor(c)) {
                out.bars().add(f.box());
            }
        }
        for (DrawnShapes.Line l : d.lines()) {
            if (l.stroke() instanceof BasicStroke b && (b.equals(T.limitStroke(true)) || b.equals(T.limitStroke(false)))
                    && T.limitColor().equals(l.paint())) {
                Rectangle2D r = l.box();
                out.limitLines().add(new Line2D.Double(r.getCenterX(), r.getMinY(), r.getCenterX(), r.getMaxY()));
            }
        }
        return out;
    }

    private static boolean isSeriesColor(Color c) {
        for (int i = 0; i < 6; i++) {
            if (T.seriesColor(i).equals(c)) {
                return true;
            }
        }
        return false;
    }
}
