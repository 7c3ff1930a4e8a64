package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * {@link Figures#titled}: one title across a composite, centred over its whole width at the theme's title size
 * (a long one made smaller only to fit), every text of the body drawn under it; a blank title is refused.
 */
class FiguresTitledTest {
    /** The slides' page, as {@link FigureExporter#slides()} lays a figure out (pt). */
    private static final Rectangle2D CARD = new Rectangle2D.Double(0, 0, 960, 540);

    @Test
    void theTitleSpansTheCompositeAndTheBodyLiesUnderIt() {
        AnalysisResult r = Lumbosim.analyze(Fixtures.MODEL, PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(HandLoad.ofMassKg(20)));
        JFreeChart levels = Charts.levelProfile(r, "All lumbar levels", Fixtures.THEME);
        String title = "Lifting from the floor with a round back, 20 kg";
        Drawable card = Figures.titled(title, Figures.sideBySide(StickFigure.of(r, SpinalLevel.L5_S1, "", Fixtures.THEME),
                levels, 0.4), Fixtures.THEME);
        List<DrawnShapes.Text> texts = DrawnShapes.of(card, CARD).texts();
        DrawnShapes.Text drawn = texts.stream().filter(t -> t.text().equals(title)).findFirst().orElseThrow();
        assertThat(drawn.centreX()).as("centred over the whole card").isCloseTo(CARD.getCenterX(), within(0.01 * CARD.getWidth()));
        double titleSize = drawn.box().getHeight();
        assertThat(texts).as("the body's texts").hasSizeGreaterThan(10);
        for (DrawnShapes.Text t : texts) {
            if (t != drawn) {
                assertThat(t.box().getMinY()).as("\"%s\" under the title", t.text()).isGreaterThanOrEqualTo(
                        drawn.box().getMaxY());
                assertThat(t.box().getHeight()).as("\"%s\" no taller than the title", t.text()).isLessThanOrEqualTo(
                        titleSize);
            }
        }
        // the same title given to the stick figure alone, in its 40 % of the width, shrinks below the chart's own
        Drawable old = Figures.sideBySide(StickFigure.of(r, SpinalLevel.L5_S1, title, Fixtures.THEME),
                Charts.levelProfile(r, "All lumbar levels", Fixtures.THEME), 0.4);
        List<DrawnShapes.Text> before = DrawnShapes.of(old, CARD).texts();
        double shrunk = before.stream().filter(t -> t.text().equals(title)).findFirst().orElseThrow().box().getHeight();
        double chart = before.stream().filter(t -> t.text().equals("All lumbar levels")).findFirst().orElseThrow().box()
                .getHeight();
        assertThat(shrunk).as("why: the stick figure's own title").isLessThan(chart);
        assertThat(titleSize).isGreaterThanOrEqualTo(chart);
    }

    @Test
    void aBlankTitleIsRefused() {
        Drawable body = (g, area) -> { };
        assertThatThrownBy(() -> Figures.titled(" ", body, Fixtures.THEME)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
    }
}
