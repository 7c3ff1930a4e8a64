package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * The value-axis titles of stacked line panels (the motion chart's "Compression (N)", "AP shear (N)",
 * "IDP (MPa)", the sweep's) and of bar panels side by side (the level profile's) do not overlap one
 * another at the slide size and at 640×360, where the panels are shorter (narrower) than the titles
 * at the theme's size: each title, drawn alone in a colour no other part of the figure has, is found
 * in the image and its box compared with the others'.
 */
class AxisTitleLayoutTest {
    private static final int[][] SIZES = {{960, 540}, {640, 360}};
    /** The colour a title is drawn in to find it: magenta, in no theme palette entry. */
    private static final Color MARK = new Color(255, 0, 255);

    @Test
    void theMotionChartsAxisTitlesDoNotOverlapAtAnySize() {
        int n = 81;
        double[] t = new double[n];
        List<Posture> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.1;
            frames.add(Posture.standingFlexed(30 * (1 - Math.cos(2 * Math.PI * t[i] / 1.6))));
        }
        MotionResult m = MotionAnalysis.solve(Fixtures.MODEL, t, frames, new LoadSchedule(45, 0, 8));
        assertTitlesApart(Charts.motion(m, SpinalLevel.L5_S1, "Five bends", Fixtures.THEME));
    }

    @Test
    void theSweepsAxisTitlesDoNotOverlapAtAnySize() {
        assertTitlesApart(Charts.sweep(Fixtures.flexionSweep10kg(), SpinalLevel.L5_S1, "Bending forward", Fixtures.THEME));
    }

    @Test
    void theLevelProfilesAxisTitlesDoNotOverlapAtAnySize() {
        JFreeChart chart = Charts.levelProfile(Fixtures.liftRoundBack15kg(), "Stoop lift, 15 kg", Fixtures.THEME);
        assertTitlesApart(chart, barPanelAxes(chart), chart);
    }

    /** As {@code lumbosim plot} draws it without a sweep: in the right 60 % of the card, beside the stick figure. */
    @Test
    void theLevelProfilesAxisTitlesDoNotOverlapBesideTheStickFigure() {
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.SITTING_MAX_FLEXION.posture(), List.of());
        JFreeChart chart = Charts.levelProfile(r, "All lumbar levels", Fixtures.THEME);
        Drawable card = Figures.sideBySide(StickFigure.of(r, SpinalLevel.L5_S1, "sitting_max_flexion", Fixtures.THEME),
                chart, 0.4);
        assertTitlesApart(chart, barPanelAxes(chart), card);
    }

    /**
     * Beside the stick figure at 640×360 every bar panel's scale keeps two numbered ticks (the
     * compression and AP shear panels of the seated presets showed only "0" before), for the seated
     * presets whose figures carry the newest supports: the trunk on the thighs, the hands on the
     * thighs, the armrests.
     */
    @Test
    void theLevelProfilesBarPanelsKeepTwoNumberedTicksBesideTheStickFigure() {
        for (PosturePreset p : new PosturePreset[] {PosturePreset.SITTING_MAX_FLEXION, PosturePreset.SITTING_UNSUPPORTED,
            PosturePreset.SITTING_SLOUCHED}) {
            AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of());
            JFreeChart chart = Charts.levelProfile(r, "All lumbar levels", Fixtures.THEME);
            Drawable card = Figures.sideBySide(StickFigure.of(r, SpinalLevel.L5_S1, p.id(), Fixtures.THEME), chart, 0.4);
            for (int[] size : SIZES) {
                image(card, size[0], size[1]);
                for (ValueAxis axis : barPanelAxes(chart)) {
                    double unit = ((org.jfree.chart.axis.NumberAxis) axis).getTickUnit().getSize();
                    assertThat(FittedTitleAxis.ticks(axis.getLowerBound(), axis.getUpperBound(), unit))
                            .as("%s: %s at %dx%d (unit %s, range %s)", p.id(), axis.getLabel(), size[0], size[1], unit,
                                    axis.getRange()).isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    /**
     * A bar panel's range grown for two numbered ticks in a small drawing is that drawing's only: the
     * same chart drawn small and then large shows the range and ticks of a chart drawn large only (the
     * compression panel of sitting_max_flexion stayed at 0-500 N at 1600x900 after a drawing at 400x225,
     * where a fresh chart shows 0-443 N).
     */
    @Test
    void aRangeGrownForTwoTicksDoesNotOutliveItsDrawing() {
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.SITTING_MAX_FLEXION.posture(), List.of());
        JFreeChart fresh = Charts.levelProfile(r, "All lumbar levels", Fixtures.THEME);
        image(Figures.sideBySide(StickFigure.of(r, SpinalLevel.L5_S1, "", Fixtures.THEME), fresh, 0.4), 1600, 900);
        List<String> large = scales(fresh);
        JFreeChart chart = Charts.levelProfile(r, "All lumbar levels", Fixtures.THEME);
        Drawable card = Figures.sideBySide(StickFigure.of(r, SpinalLevel.L5_S1, "", Fixtures.THEME), chart, 0.4);
        image(card, 400, 225);
        assertThat(scales(chart)).as("the small drawing grows a range").isNotEqualTo(large);
        image(card, 1600, 900);
        assertThat(scales(chart)).isEqualTo(large);
    }

    /** @return each bar panel's range and tick unit */
    private static List<String> scales(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (ValueAxis axis : barPanelAxes(chart)) {
            out.add(axis.getRange() + " by " + ((org.jfree.chart.axis.NumberAxis) axis).getTickUnit().getSize());
        }
        return out;
    }

    private static void assertTitlesApart(JFreeChart chart) {
        List<ValueAxis> axes = new ArrayList<>();
        for (Object p : ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots()) {
            axes.add(((XYPlot) p).getRangeAxis());
        }
        assertTitlesApart(chart, axes, chart);
    }

    private static List<ValueAxis> barPanelAxes(JFreeChart chart) {
        List<ValueAxis> axes = new ArrayList<>();
        for (Object p : ((CombinedDomainCategoryPlot) chart.getCategoryPlot()).getSubplots()) {
            axes.add(((CategoryPlot) p).getRangeAxis());
        }
        return axes;
    }

    /** Checks the titles of {@code axes} (of {@code chart}) as {@code figure} draws them at each size. */
    private static void assertTitlesApart(JFreeChart chart, List<ValueAxis> axes, Drawable figure) {
        assertThat(axes).as("%s's panels", chart.getTitle().getText()).hasSizeGreaterThan(1);
        for (int[] size : SIZES) {
            List<Rectangle> boxes = new ArrayList<>();
            for (ValueAxis axis : axes) {
                Paint paint = axis.getLabelPaint();
                axis.setLabelPaint(MARK);
                boxes.add(marked(image(figure, size[0], size[1])));
                axis.setLabelPaint(paint);
            }
            for (int i = 0; i < boxes.size(); i++) {
                String title = axes.get(i).getLabel();
                assertThat(boxes.get(i)).as("%s drawn at %dx%d", title, size[0], size[1]).isNotNull();
                assertThat(new Rectangle(size[0], size[1]).contains(boxes.get(i)))
                        .as("%s inside the figure at %dx%d", title, size[0], size[1]).isTrue();
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).intersects(boxes.get(j)))
                            .as("%s %s and %s %s at %dx%d", title, boxes.get(i), axes.get(j).getLabel(),
                                    boxes.get(j), size[0], size[1])
                            .isFalse();
                }
            }
        }
    }

    /** @return {@code figure} drawn on a transparent image, as {@link JFreeChart#createBufferedImage} draws a chart */
    private static BufferedImage image(Drawable figure, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = img.createGraphics();
        figure.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        return img;
    }

    /** @return the box of the pixels drawn in {@link #MARK} (anti-aliased edges included), or null */
    private static Rectangle marked(BufferedImage img) {
        Rectangle box = null;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r - g > 60 && b - g > 60 && Math.abs(r - b) < 40) {
                    Rectangle px = new Rectangle(x, y, 1, 1);
                    box = box == null ? px : box.union(px);
                }
            }
        }
        return box;
    }
}
