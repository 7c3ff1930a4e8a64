package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.disc.Activity;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;

/**
 * The day chart: plotted values equal the simulation's, units on the axes, the night shaded, Wilke's night
 * points said to be his volunteer's, every activity named, a warning beyond the measured height loss.
 */
class DayChartTest {

    @Test
    void plotsPressureAndHeightThroughTheDay() {
        DayResult day = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject())).simulate(DaySchedule.builtIn(), 0.25);
        JFreeChart chart = Charts.day(day, SpinalLevel.L4_L5, "A day", LumbosimTheme.slides());
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();
        assertThat(plot.getDomainAxis().getLabel()).contains("(h)");
        @SuppressWarnings("unchecked")
        List<XYPlot> all = plot.getSubplots();
        assertThat(all).as("the activities' strip, pressure, height").hasSize(3);
        List<XYPlot> panels = all.subList(1, 3);
        assertThat(panels.get(0).getRangeAxis().getLabel()).contains("(MPa)");
        assertThat(panels.get(1).getRangeAxis().getLabel()).contains("(mm)");
        for (int i = 0; i < day.samples().size(); i++) {
            var s = day.samples().get(i);
            assertThat(panels.get(0).getDataset().getXValue(0, i)).isEqualTo(s.timeH());
            assertThat(panels.get(0).getDataset().getYValue(0, i)).isEqualTo(s.level(SpinalLevel.L4_L5).idpMPa());
            assertThat(panels.get(1).getDataset().getYValue(0, i)).isEqualTo(s.level(SpinalLevel.L4_L5).heightMm());
        }
        assertThat(panels.get(0).getDataset().getSeriesCount()).as("model and Wilke's night points").isEqualTo(2);
        assertThat(panels.get(0).getDataset().getYValue(1, 0)).isEqualTo(0.10);
        assertThat(panels.get(0).getDataset().getYValue(1, 1)).isEqualTo(0.24);
        IntervalMarker night = (IntervalMarker) panels.get(0).getDomainMarkers(Layer.BACKGROUND).iterator().next();
        assertThat(night.getStartValue()).isEqualTo(16.0);
        assertThat(night.getEndValue()).isEqualTo(24.0);
        assertThat(chart.createBufferedImage(960, 540).getWidth()).isEqualTo(960);
    }

    private static List<String> captions(JFreeChart chart) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    @Test
    void namesEveryActivityAndSaysWhoseNightTheSquaresAre() {
        DayResult day = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject())).simulate(DaySchedule.builtIn(), 0.25);
        JFreeChart chart = Charts.day(day, SpinalLevel.L4_L5, "A day", LumbosimTheme.slides());
        XYPlot strip = (XYPlot) ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
        List<String> labels = strip.getAnnotations().stream().filter(ActivityStrip.class::isInstance)
                .flatMap(a -> ((ActivityStrip) a).spans().stream()).map(ActivityStrip.Span::label).toList();
        assertThat(labels).containsExactlyElementsOf(day.schedule().activities().stream().map(Activity::label).toList());
        assertThat(captions(chart)).anyMatch(c -> c.contains("Wilke's volunteer at night, after his own days"));
        assertThat(captions(chart)).as("the built-in day is calibrated to the measured loss").noneMatch(c -> c.startsWith("Warning"));
    }

    /**
     * The built-in day drawn at 960×540 and 640×360: every activity's name is drawn once, horizontal, no two
     * names overlap, none meets the pressure or height curves, and each stands over a bracket of its hours (a
     * line as long as its activity, under the name). The names were drawn rotated over the pressure panel, the
     * short activities' side by side ("housework" against "housework, bending") and across the curve.
     */
    @Test
    void theActivitiesNamesMeetNeitherEachOtherNorTheCurves() {
        DayResult day = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject())).simulate(DaySchedule.builtIn(), 0.25);
        LumbosimTheme theme = LumbosimTheme.slides();
        JFreeChart chart = Charts.day(day, SpinalLevel.L4_L5, "A day", theme);
        List<String> names = day.schedule().activities().stream().map(Activity::label).toList();
        for (java.awt.geom.Rectangle2D area : List.of(new java.awt.geom.Rectangle2D.Double(0, 0, 960, 540),
                new java.awt.geom.Rectangle2D.Double(0, 0, 640, 360))) {
            DrawnShapes.Drawing d = DrawnShapes.of(chart, area);
            List<DrawnShapes.Text> drawn = d.texts().stream().filter(t -> names.contains(t.text().strip())).toList();
            assertThat(drawn.stream().map(t -> t.text().strip()).toList()).as("at %s", area)
                    .containsExactlyInAnyOrderElementsOf(names);
            List<DrawnShapes.Line> curves = d.lines().stream().filter(l -> l.paint().equals(theme.seriesColor(3))
                    || l.paint().equals(theme.seriesColor(2))).toList();
            assertThat(curves).as("the curves' segments").hasSizeGreaterThan(100);
            for (int i = 0; i < drawn.size(); i++) {
                DrawnShapes.Text a = drawn.get(i);
                assertThat(a.box().getWidth()).as("%s horizontal", a.text()).isGreaterThan(a.box().getHeight());
                for (int j = i + 1; j < drawn.size(); j++) {
                    assertThat(a.box().intersects(drawn.get(j).box())).as("%s over %s at %s", a.text(),
                            drawn.get(j).text(), area).isFalse();
                }
                for (DrawnShapes.Line c : curves) {
                    java.awt.geom.Rectangle2D b = c.box();
                    assertThat(a.box().intersects(b.getX() - 1, b.getY() - 1, b.getWidth() + 2, b.getHeight() + 2))
                            .as("%s over a curve at %s", a.text(), area).isFalse();
                }
                // its bracket: a line of the text's colour just under the name, as long as the activity
                Activity act = day.schedule().activities().get(names.indexOf(a.text().strip()));
                double pxPerH = 0;
                for (DrawnShapes.Line l : d.lines()) {
                    java.awt.geom.Rectangle2D b = l.box();
                    if (l.paint().equals(theme.textColor()) && b.getHeight() < 1e-9 && b.getMinY() > a.box().getMaxY() - 1
                            && b.getMinY() < a.box().getMaxY() + a.box().getHeight()
                            && b.getMaxX() > a.box().getMinX() - 1e-9 - 2 * a.box().getWidth()
                            && b.getMinX() < a.box().getMaxX() + 2 * a.box().getWidth()) {
                        pxPerH = Math.max(pxPerH, (b.getWidth() + 2) / act.durationH());
                    }
                }
                assertThat(pxPerH).as("%s: its bracket at %s", a.text(), area).isPositive();
            }
        }
    }

    @Test
    void warnsWhenTheDayLosesMoreHeightThanMeasured() {
        DaySchedule heavy = new DaySchedule(List.of(
                Activity.of("bent forward", Posture.standingFlexed(60), 16),
                Activity.of("night", PosturePreset.LYING_SUPINE.posture(), 8)));
        DayResult day = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject())).simulate(heavy, 0.25);
        JFreeChart chart = Charts.day(day, SpinalLevel.L4_L5, "A heavy day", LumbosimTheme.slides());
        assertThat(captions(chart)).anyMatch(c -> c.startsWith("Warning: by the night this day has lost")
                && c.contains("than the 8 % measured by MRI"));
    }
}
