package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.result.AnalysisResult;

class StickFigureTest {
    @Test
    void drawsSomethingAndUsesTheSolvedLevel() {
        AnalysisResult r = Fixtures.liftRoundBack15kg();
        StickFigure f = StickFigure.of(r, SpinalLevel.L5_S1, "stoop", Fixtures.THEME);
        assertEquals(r.l5s1(), f.load());
        assertEquals(r.pose(), f.pose());
        BufferedImage img = FigureExporter.slides().withPngDpi(72).toImage(f);
        int nonWhite = 0;
        int orange = 0;
        Color comp = Fixtures.THEME.seriesColor(1);
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                nonWhite += rgb != 0xffffff ? 1 : 0;
                orange += rgb == (comp.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        assertThat(nonWhite).isGreaterThan(500);
        assertThat(orange).as("compression arrow pixels").isGreaterThan(20);
    }

    @Test
    void arrowsAreToScale() {
        AnalysisResult r = Fixtures.liftRoundBack15kg();
        StickFigure f = StickFigure.of(r, SpinalLevel.L5_S1, "", Fixtures.THEME);
        double longest = Math.max(Math.abs(r.l5s1().compressionN()), Math.abs(r.l5s1().apShearN()));
        assertEquals(StickFigure.LONGEST_ARROW_M, longest * f.arrowMPerN(), 1e-12);
        double bar = f.scaleBarN();
        double mantissa = bar / Math.pow(10, Math.floor(Math.log10(bar)));
        assertThat(mantissa).isIn(1.0, 2.0, 5.0);
        assertThat(bar).isBetween(longest / 6, longest / 1.5);
    }

    @Test
    void rejectsMissingParts() {
        assertThrows(IllegalArgumentException.class, () -> new StickFigure(null, null, null, "", Fixtures.THEME, null));
    }
}
