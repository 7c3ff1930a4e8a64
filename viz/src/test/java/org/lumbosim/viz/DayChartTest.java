package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;

/** The day chart: plotted values equal the simulation's, units on the axes, the night shaded, Wilke's night points. */
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
}
