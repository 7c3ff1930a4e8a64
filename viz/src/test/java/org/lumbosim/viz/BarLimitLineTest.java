package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.PosturePreset;

/**
 * A limit line of a bar plot is drawn over the bars, not hidden behind them: where a bar runs past
 * the line (the L5-S1 shear and the lower levels' compression of a heavy stoop lift, the top
 * activities of a ranking), the line's pixels show across the bar at 960×540 and 640×360.
 */
class BarLimitLineTest {
    private static final int[][] SIZES = {{960, 540}, {640, 360}};
    /** A pixel whose every channel is below this is the black limit line, not a coloured bar. */
    private static final int DARK = 80;
    /** Rows checked on each side of a bar's middle: one dash and one gap of a dashed line fit in them. */
    private static final int HALF_ROWS = 7;
    /** Dark rows required among the checked ones (a dashed line leaves gaps). */
    private static final int MIN_DARK_ROWS = 5;

    @Test
    void aLimitLineShowsAcrossEveryBarThatRunsPastIt() {
        JFreeChart levels = Charts.levelProfile(Lumbosim.analyze(Fixtures.MODEL,
                PosturePreset.LIFT_ROUND_BACK.posture(), List.of(HandLoad.ofMassKg(60))), "Stoop lift, 60 kg", Fixtures.THEME);
        Map<String, Double> activities = new LinkedHashMap<>();
        activities.put("heaviest", 7000.0);
        activities.put("heavy", 5000.0);
        activities.put("light", 2000.0);
        JFreeChart ranking = Charts.compressionRanking(activities, "L5-S1 compression (N)", "", "Ranking", Fixtures.THEME);
        for (int[] size : SIZES) {
            assertThat(barsCrossed(levels, size)).as("bars past a line in the level profile").isGreaterThanOrEqualTo(5);
            assertThat(barsCrossed(ranking, size)).as("bars past a line in the ranking").isEqualTo(3);
        }
    }

    /** @return how many (bar, line) pairs with the bar past the line were checked */
    private static int barsCrossed(JFreeChart chart, int[] size) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.createBufferedImage(size[0], size[1], info);
        List<CategoryPlot> panels = new ArrayList<>();
        if (chart.getPlot() instanceof CombinedDomainCategoryPlot c) {
            panels.addAll(c.getSubplots());
        } else {
            panels.add(chart.getCategoryPlot());
        }
        int checked = 0;
        for (int i = 0; i < panels.size(); i++) {
            CategoryPlot p = panels.get(i);
            Rectangle2D area = panels.size() > 1 ? info.getPlotInfo().getSubplotInfo(i).getDataArea()
                    : info.getPlotInfo().getDataArea();
            CategoryDataset data = p.getDataset();
            for (double lineN : lineValuesN(p)) {
                int x = (int) Math.round(p.getRangeAxis().valueToJava2D(lineN, area, p.getRangeAxisEdge()));
                for (int c = 0; c < data.getColumnCount(); c++) {
                    double v = data.getValue(0, c).doubleValue();
                    if (!(v * Math.signum(lineN) > Math.abs(lineN) * 1.05)) {
                        continue;
                    }
                    int y = (int) Math.round(p.getDomainAxis().getCategoryMiddle(c, data.getColumnCount(), area,
                            p.getDomainAxisEdge()));
                    int dark = 0;
                    for (int row = y - HALF_ROWS; row <= y + HALF_ROWS; row++) {
                        dark += isDark(img, x - 1, row) || isDark(img, x, row) || isDark(img, x + 1, row) ? 1 : 0;
                    }
                    assertThat(dark).as("line %s N across bar %s (%s) at %dx%d", lineN, data.getColumnKey(c), v,
                            size[0], size[1]).isGreaterThanOrEqualTo(MIN_DARK_ROWS);
                    checked++;
                }
            }
        }
        return checked;
    }

    /** The values of the panel's limit lines, in whichever layer they are drawn. */
    private static List<Double> lineValuesN(CategoryPlot p) {
        List<Double> out = new ArrayList<>();
        for (Layer layer : new Layer[] {Layer.BACKGROUND, Layer.FOREGROUND}) {
            var markers = p.getRangeMarkers(layer);
            if (markers != null) {
                markers.stream().filter(m -> m instanceof LimitLines.LimitMarker)
                        .forEach(m -> out.add(((LimitLines.LimitMarker) m).getValue()));
            }
        }
        return out;
    }

    private static boolean isDark(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        return (rgb >> 16 & 0xff) < DARK && (rgb >> 8 & 0xff) < DARK && (rgb & 0xff) < DARK;
    }
}
