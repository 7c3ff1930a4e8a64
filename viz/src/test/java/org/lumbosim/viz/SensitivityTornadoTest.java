package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.junit.jupiter.api.Test;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeSensitivity;

/**
 * {@link SensitivityTornado}: two panels (RMSE, ratio error) sharing the constants, widest RMSE swing on top,
 * bars from the published summary to each end's, in the pressure's orange and its darker shade; written as
 * PNG and SVG to target/viz-gallery for a human to look at.
 */
class SensitivityTornadoTest {
    private static final LumbosimTheme T = Fixtures.THEME;

    @Test
    void barsRunFromThePublishedSummaryToEachEndsWidestOnTop() throws Exception {
        WilkeSensitivity.Result r = WilkeSensitivity.run(Wilke1999.subjectModel(), WilkeSensitivity.publishedRanges());
        JFreeChart chart = SensitivityTornado.of(r, "Sensitivity", T);
        @SuppressWarnings("unchecked")
        List<CategoryPlot> panels = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
        assertThat(panels).hasSize(2);
        CategoryPlot rmse = panels.get(0);
        assertThat(((BarRenderer) rmse.getRenderer()).getBase()).isEqualTo(r.baseline().rmseIdpMPa());
        assertThat(((BarRenderer) panels.get(1).getRenderer()).getBase()).isEqualTo(r.baseline().ratioMaePct());
        double previous = Double.POSITIVE_INFINITY;
        for (int c = 0; c < rmse.getDataset().getColumnCount(); c++) {
            double width = Math.abs(rmse.getDataset().getValue(1, c).doubleValue()
                    - rmse.getDataset().getValue(0, c).doubleValue());
            assertThat(width).as("column %d", c).isLessThanOrEqualTo(previous);
            previous = width;
        }
        assertThat(rmse.getDataset().getColumnKeys()).hasSize(WilkeSensitivity.publishedRanges().size());
        assertThat(rmse.getDataset().getColumnKey(0).toString()).startsWith("discAreaScale");
        for (CategoryPlot p : panels) {
            assertThat(p.getRenderer().getSeriesPaint(0)).isEqualTo(T.idpColor());
            assertThat(p.getRenderer().getSeriesPaint(1)).isEqualTo(LumbosimTheme.comparisonColor(T.idpColor(), 1));
        }
        Path dir = Path.of("target", "viz-gallery");
        Files.createDirectories(dir);
        FigureExporter.slides().withPngDpi(96).write(chart, dir.resolve("validation-sensitivity.png"));
        FigureExporter.slides().write(chart, dir.resolve("validation-sensitivity.svg"));
        assertThat(Files.size(dir.resolve("validation-sensitivity.svg"))).isPositive();
    }

    @Test
    void nothingToDrawIsRefused() {
        WilkeSensitivity.Result r = WilkeSensitivity.run(Wilke1999.subjectModel(), List.of());
        assertThatThrownBy(() -> SensitivityTornado.of(r, "x", T)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no swing");
    }
}
