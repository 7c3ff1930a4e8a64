package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
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
import org.lumbosim.io.OutputFiles;
import org.lumbosim.io.OutputPathException;
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
        assertThat(assertThrows(IllegalArgumentException.class, () -> new FigureExporter(0, 100, 72)).getMessage())
                .isEqualTo("widthPt = 0.0 is outside (0.0, 20000.0] pt");
        assertThrows(IllegalArgumentException.class, () -> new FigureExporter(100, 100, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> FigureExporter.slides().writePdf(List.of(), dir.resolve("x.pdf")));
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    /** A stream that fails like a full disk once {@code capacity} bytes were written. */
    private static OutputStream fullDisk(OutputStream out, long capacityBytes) {
        return new OutputStream() {
            private long left = capacityBytes;

            @Override
            public void write(int b) throws IOException {
                if (left-- <= 0) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }
        };
    }

    @Test
    void issue15_aFigureWrittenOnAFullDiskLeavesTheExistingFileWhole() throws Exception {
        for (FigureExporter.Format format : FigureExporter.Format.values()) {
            Path f = dir.resolve("figure." + format.name().toLowerCase(java.util.Locale.ROOT));
            FigureExporter.slides().write(chart(), f);
            byte[] before = Files.readAllBytes(f);
            OutputFiles files = new OutputFiles().file("--plot", f)
                    .content(f, out -> FigureExporter.slides().write(chart(), format, fullDisk(out, 2000)));
            assertThatThrownBy(files::writeAll).isInstanceOf(OutputPathException.class)
                    .hasMessage("--plot = \"" + f + "\" cannot be written: No space left on device");
            assertThat(Files.readAllBytes(f)).as(format.name()).isEqualTo(before);
        }
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("figure.png", "figure.svg", "figure.pdf");
        }
    }

    @Test
    void issue15_aFigureFileIsReplacedByARenameNeverRewrittenInPlace() throws Exception {
        Path f = dir.resolve("a.png");
        Files.writeString(f, "old");
        Path oldInode = dir.resolve("old-link");
        Files.createLink(oldInode, f);
        FigureExporter.slides().write(chart(), f);
        assertThat(ImageIO.read(f.toFile())).isNotNull();
        assertThat(Files.readString(oldInode)).isEqualTo("old");
    }

    @Test
    void issue15_streamsAreWrittenAndLeftOpenForTheCaller() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        FigureExporter.slides().write(chart(), FigureExporter.Format.PDF, out);
        assertThat(closed).isFalse();
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            assertEquals(1, doc.getNumberOfPages());
        }
        assertThat(FigureExporter.Format.of(Path.of("x/A.SVG"))).isEqualTo(FigureExporter.Format.SVG);
    }
}
