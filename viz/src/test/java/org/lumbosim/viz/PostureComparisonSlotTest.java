package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;

/**
 * The posture comparison's in vivo slots: where a posture of a chart with measurements was not measured
 * (sitting upright in {@code PlotSittingPostures}, holding far in the report), its slot says so instead
 * of standing empty.
 */
class PostureComparisonSlotTest {

    /** The sitting example's postures, each with Wilke's value where he measured it (no load). */
    private static List<PostureCase> sitting() {
        List<PostureCase> out = new ArrayList<>();
        for (PosturePreset p : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.SITTING_UPRIGHT,
                PosturePreset.SITTING_UNSUPPORTED, PosturePreset.SITTING_SLOUCHED, PosturePreset.SITTING_MAX_FLEXION)) {
            Optional<Wilke1999.Measurement> m = Wilke1999.measurements().stream()
                    .filter(x -> x.preset().equals(Optional.of(p)) && x.loadKg() == 0).findFirst();
            out.add(new PostureCase(p.id().replace('_', ' '), Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of()),
                    m));
        }
        return out;
    }

    /**
     * At 960×540 and 640×360: the chart draws "not measured in vivo" once for each unmeasured posture,
     * in the IDP panel (right of the compression panel's axis title), below that posture's axis label and
     * above the next one's: in the slot of its in vivo bar. A chart without any measurement says nothing.
     */
    @Test
    void anUnmeasuredPosturesSlotSaysSo() {
        List<PostureCase> cases = sitting();
        assertThat(cases.stream().filter(c -> c.measured().isEmpty()).map(PostureCase::name))
                .containsExactly("sitting upright");
        JFreeChart chart = Charts.postureComparison(cases, "Sitting compared with standing", Fixtures.THEME);
        for (Rectangle2D area : List.of(new Rectangle2D.Double(0, 0, 960, 540), new Rectangle2D.Double(0, 0, 640, 360))) {
            List<DrawnStrings.Drawn> drawn = DrawnStrings.of(chart, area);
            List<DrawnStrings.Drawn> notes = drawn.stream()
                    .filter(d -> d.text().strip().equals(PostureComparisonChart.NOT_MEASURED)).toList();
            assertThat(notes).as("at %s", area).hasSize(1);
            DrawnStrings.Drawn note = notes.get(0);
            DrawnStrings.Drawn label = only(drawn, "sitting upright");
            DrawnStrings.Drawn next = only(drawn, "sitting unsupported");
            assertThat(note.baselineY()).as("below its posture's label").isGreaterThan(label.baselineY());
            assertThat(note.baselineY()).as("above the next posture's label").isLessThan(next.baselineY());
            assertThat(note.centreX()).as("in the IDP panel").isGreaterThan(only(drawn, "L5-S1 compression (N)").centreX());
        }
        List<PostureCase> unmeasured = cases.stream().map(c -> PostureCase.of(c.name(), c.result())).toList();
        JFreeChart none = Charts.postureComparison(unmeasured, "x", Fixtures.THEME);
        assertThat(DrawnStrings.of(none, new Rectangle2D.Double(0, 0, 960, 540)))
                .noneSatisfy(d -> assertThat(d.text()).contains(PostureComparisonChart.NOT_MEASURED));
    }

    private static DrawnStrings.Drawn only(List<DrawnStrings.Drawn> drawn, String text) {
        List<DrawnStrings.Drawn> found = drawn.stream().filter(d -> d.text().equals(text)).toList();
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }
}
