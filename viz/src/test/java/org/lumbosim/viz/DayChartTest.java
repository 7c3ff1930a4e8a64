package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
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
        List<XYPlot> panels = plot.getSubplots();
        assertThat(panels).hasSize(2);
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
        XYPlot pressure = (XYPlot) ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
        List<String> labels = pressure.getAnnotations().stream().filter(XYTextAnnotation.class::isInstance)
                .map(a -> ((XYTextAnnotation) a).getText().strip()).toList();
        assertThat(labels).containsExactlyElementsOf(day.schedule().activities().stream().map(Activity::label).toList());
        assertThat(captions(chart)).anyMatch(c -> c.contains("Wilke's volunteer at night, after his own days"));
        assertThat(captions(chart)).as("the built-in day is calibrated to the measured loss").noneMatch(c -> c.startsWith("Warning"));
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
