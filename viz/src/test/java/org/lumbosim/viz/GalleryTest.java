package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.result.AnalysisResult;

/** Writes every figure as PNG (and the set as one PDF) under target/viz-gallery for a human to look at. */
class GalleryTest {
    @Test
    void writesEveryFigure() throws Exception {
        Path dir = Path.of("target", "viz-gallery");
        Files.createDirectories(dir);
        LumbosimTheme t = Fixtures.THEME;
        AnalysisResult lift = Fixtures.liftRoundBack15kg();
        StickFigure stick = StickFigure.of(lift, SpinalLevel.L5_S1, "Stoop lift, 15 kg", t);
        List<Drawable> figures = List.of(
                Charts.postureComparison(Fixtures.wilkeCases(), "Model vs in vivo (Wilke et al. 1999)", t),
                Charts.sweep(Fixtures.flexionSweep10kg(), SpinalLevel.L5_S1, "Bending forward holding 10 kg", t),
                Charts.compressionHeatMap(Fixtures.grid(16, 11), "L5-S1 compression, upright, load at shoulder height", t),
                Charts.levelProfile(lift, "Stoop lift, 15 kg: all lumbar levels", t),
                Charts.muscleForces(org.lumbosim.Lumbosim.analyze(
                        Fixtures.MODEL.withMuscleModel(org.lumbosim.model.MuscleModelKind.MULTI_FASCICLE),
                        org.lumbosim.posture.PosturePreset.LIFT_ROUND_BACK.posture(),
                        List.of(org.lumbosim.load.HandLoad.ofMassKg(15))),
                        "Stoop lift, 15 kg: muscle forces (multi-fascicle model)", t),
                stick,
                Figures.sideBySide(stick, Charts.levelProfile(lift, "All levels", t), 0.4));
        String[] names = {"posture-comparison", "sweep-flexion", "heatmap", "level-profile", "muscles", "stick",
            "stick-beside-chart"};
        FigureExporter ex = FigureExporter.slides().withPngDpi(96);
        for (int i = 0; i < names.length; i++) {
            Path f = dir.resolve(names[i] + ".png");
            ex.write(figures.get(i), f);
            assertThat(Files.size(f)).isPositive();
        }
        ex.writePdf(figures, dir.resolve("all.pdf"));
        ex.write(figures.get(2), dir.resolve("heatmap.svg"));
    }
}
