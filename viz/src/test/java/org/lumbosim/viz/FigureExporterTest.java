package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.result.AnalysisResult;
import org.w3c.dom.Document;

class FigureExporterTest {
    @TempDir
    Path dir;

    private static JFreeChart chart() {
        return Charts.levelProfile(Fixtures.liftRoundBack15kg(), "profile", Fixtures.THEME);
    }

    @Test
    void pngHasTheSizeOfTheChosenDpi() throws Exception {
        Path f = dir.resolve("a.png");
        new FigureExporter(480, 270, 150).write(chart(), f);
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(1000, img.getWidth());
        assertEquals(563, img.getHeight());
    }

    @Test
    void svgIsXmlWithTextAndUnits() throws Exception {
        Path f = dir.resolve("a.svg");
        FigureExporter.slides().write(chart(), f);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = dbf.newDocumentBuilder().parse(f.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertThat(doc.getDocumentElement().getTextContent()).contains("Compression (N)").contains("IDP (MPa)");
    }

    @Test
    void pdfHasOnePagePerFigure() throws Exception {
        AnalysisResult r = Fixtures.liftRoundBack15kg();
        List<Drawable> figs = List.of(chart(), StickFigure.of(r, SpinalLevel.L5_S1, "stick", Fixtures.THEME),
                Figures.sideBySide(StickFigure.of(r, SpinalLevel.L5_S1, "", Fixtures.THEME), chart(), 0.4));
        Path multi = dir.resolve("m.pdf");
        FigureExporter.slides().writePdf(figs, multi);
        try (PDDocument doc = Loader.loadPDF(multi.toFile())) {
            assertEquals(3, doc.getNumberOfPages());
            assertEquals(960, doc.getPage(0).getMediaBox().getWidth(), 1e-3);
        }
        Path single = dir.resolve("s.PDF");
        FigureExporter.slides().write(chart(), single);
        try (PDDocument doc = Loader.loadPDF(single.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void unknownExtensionAndBadSizesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureExporter.slides().write(chart(), dir.resolve("a.jpg")));
        assertThat(e.getMessage()).contains("a.jpg").contains(".png");
        assertThrows(IllegalArgumentException.class, () -> new FigureExporter(0, 100, 72));
        assertThrows(IllegalArgumentException.class, () -> new FigureExporter(100, 100, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> FigureExporter.slides().writePdf(List.of(), dir.resolve("x.pdf")));
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }
}
