package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.reference.InVivoValidation;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;

/**
 * Issue 14 item 3: the validation figure draws every row that validate compares (or names it), prints
 * validate's numbers, and its text names only what it draws.
 */
class ValidationFigureTest {
    static List<ValidationFigure.ModelRun> runs = new ArrayList<>();
    static ValidationFigure fig;

    @BeforeAll
    static void build() {
        System.setProperty("java.awt.headless", "true");
        for (MuscleModelKind k : MuscleModelKind.values()) {
            runs.add(ValidationFigure.ModelRun.of(k));
        }
        fig = ValidationFigure.of(runs, Fixtures.THEME);
    }

    /** @return the chart's title, subtitles and legend labels */
    static String text(JFreeChart chart) {
        StringBuilder s = new StringBuilder(FigureTextTest.text(chart));
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            s.append(" | ").append(items.get(i).getLabel());
        }
        return s.toString();
    }

    /**
     * Both muscle models' points, error bars and translucent bands are of the pressure's orange hue, the models told
     * apart by shade (orange, dark orange) and their legend boxes differ: they were sky blue and orange, and where
     * their translucent bands overlapped they mixed into a greenish tint, a colour no legend names.
     */
    @Test
    void bothMuscleModelsAreShadesOfThePressuresOrange() {
        java.awt.Color orange = Fixtures.THEME.idpColor();
        for (JFreeChart c : List.of(fig.pressureChart(), fig.ratioChart())) {
            org.jfree.chart.plot.XYPlot plot = c.getXYPlot();
            int drawn = 0;
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                if (plot.getDataset(d) == null) {
                    continue;
                }
                org.jfree.chart.renderer.AbstractRenderer r = (org.jfree.chart.renderer.AbstractRenderer) plot.getRenderer(d);
                for (int s = 0; s < plot.getDataset(d).getSeriesCount(); s++) {
                    java.awt.Paint p = r.lookupSeriesPaint(s);
                    assertThat(PaletteCollisionTest.shadeOf(p, orange)).as("dataset %d series %d: %s", d, s, p).isTrue();
                    drawn++;
                }
            }
            assertThat(drawn).isPositive();
            java.util.Set<java.awt.Paint> models = new java.util.HashSet<>();
            LegendItemCollection items = plot.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                if (items.get(i).getLabel().endsWith(" muscles")) {
                    models.add(items.get(i).getFillPaint());
                }
            }
            assertThat(models).as("one legend box per model, each its own shade").hasSize(runs.size())
                    .allMatch(p -> PaletteCollisionTest.shadeOf(p, orange));
        }
    }

    @Test
    void everyWilkeRowOfEveryModelIsDrawnOrNamed() {
        for (ValidationFigure.ModelRun run : runs) {
            for (WilkeValidation.Row r : run.wilke().rows()) {
                String id = r.measurement().id();
                boolean drawn = fig.points().stream().anyMatch(p -> !p.ratio() && p.kind() == run.kind()
                        && p.rowId().equals(id));
                boolean named = fig.notDrawn().stream().anyMatch(n -> n.startsWith(id + " (" + run.kind().id()));
                assertThat(drawn || named).as(run.kind() + " " + id).isTrue();
                assertThat(drawn && named).as(run.kind() + " " + id).isFalse();
            }
        }
        assertThat(fig.points()).anyMatch(p -> p.rowId().equals("night_start"))
                .anyMatch(p -> p.rowId().equals("night_end"));
    }

    @Test
    void everyOtherSetRowIsDrawnOrNamedAndFailedRowsAreHollowNotDropped() {
        for (ValidationFigure.ModelRun run : runs) {
            for (InVivoValidation.SetReport set : run.sets()) {
                for (InVivoValidation.Row r : set.rows()) {
                    String id = r.comparison().id();
                    boolean drawn = fig.points().stream().anyMatch(p -> p.ratio() && p.kind() == run.kind()
                            && p.setId().equals(set.setId()) && p.rowId().equals(id));
                    boolean named = fig.notDrawn().stream().anyMatch(n -> n.startsWith(set.setId() + " " + id));
                    assertThat(drawn || named).as(run.kind() + " " + id).isTrue();
                    if (r.status() == WilkeValidation.Status.FAILED && drawn) {
                        assertThat(fig.points()).as(id).anyMatch(p -> p.rowId().equals(id) && p.kind() == run.kind()
                                && p.beyondStrength());
                    }
                }
            }
        }
    }

    @Test
    void theFigurePrintsTheNumbersValidatePrints() {
        String t = text(fig.pressureChart());
        String r = text(fig.ratioChart());
        for (ValidationFigure.ModelRun run : runs) {
            assertThat(t).contains(run.kind().id() + ": Wilke 1999 RMSE " + LimitLines.number(run.wilke().rmseIdpMPa(), 3)
                    + " MPa (n = " + run.wilke().n() + ")");
            assertThat(r).contains("Wilke 1999 " + LimitLines.number(run.wilke().ratioMaePct(), 1));
        }
    }

    /**
     * @param text a panel's text
     * @param drawn what it draws
     * @return data set labels, "hollow" or "bars" named in the text but not drawn
     */
    static List<String> namedButNotDrawn(String text, Set<String> drawn) {
        List<String> out = new ArrayList<>();
        ValidationFigure.SET_LABELS.forEach((id, label) -> {
            if (text.contains(label) && !drawn.contains(id)) {
                out.add(id);
            }
        });
        if (text.contains("hollow") && !drawn.contains("hollow")) {
            out.add("hollow");
        }
        if (text.contains("bars:") && !drawn.contains("band")) {
            out.add("band");
        }
        if (text.contains(ValidationFigure.RANGE) && !drawn.contains("range")) {
            out.add("range");
        }
        return out;
    }

    @Test
    void theHorizontalRangesAreExplainedInTheLegendWhereTheyAreDrawn() {
        // newcomer pass (ninth session): validate --plot drew published ranges and lower bounds as horizontal
        // lines running to the right edge with no legend entry (only the demo report's caption said what they are)
        assertThat(ValidationFigure.drawnSets(fig.ratioChart())).contains("range");
        for (JFreeChart c : List.of(fig.pressureChart(), fig.ratioChart())) {
            assertThat(text(c).contains(ValidationFigure.RANGE)).as(text(c))
                    .isEqualTo(ValidationFigure.drawnSets(c).contains("range"));
        }
    }

    @Test
    void eachPanelAndTheCaptionNameOnlyWhatIsDrawn() {
        for (JFreeChart c : List.of(fig.pressureChart(), fig.ratioChart())) {
            assertThat(namedButNotDrawn(text(c), ValidationFigure.drawnSets(c))).as(text(c)).isEmpty();
        }
        Set<String> both = new java.util.HashSet<>(ValidationFigure.drawnSets(fig.pressureChart()));
        both.addAll(ValidationFigure.drawnSets(fig.ratioChart()));
        assertThat(namedButNotDrawn(fig.caption().replace("Hollow:", "hollow").toLowerCase(java.util.Locale.ROOT),
                lower(both))).isEmpty();
        assertThat(ValidationFigure.drawnSets(fig.pressureChart())).contains("wilke1999", "wilke1999night", "band");
        assertThat(ValidationFigure.drawnSets(fig.ratioChart())).contains("wilke1999", "nachemson1981", "vbr");
    }

    private static Set<String> lower(Set<String> s) {
        return s;
    }

    @Test
    void theCheckFailsWhenATextNamesASetThatIsNotDrawn() {
        assertThat(namedButNotDrawn("Nachemson 1981 | hollow: ...", Set.of("wilke1999"))).contains("nachemson1981",
                "hollow");
        assertThat(namedButNotDrawn("Nachemson 1981", Set.of("nachemson1981"))).isEmpty();
    }

    @Test
    void writesAFigure() throws Exception {
        Path out = Path.of("target", "validation-figure.png");
        Files.createDirectories(out.getParent());
        FigureExporter.slides().write(fig.drawable(), out);
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
