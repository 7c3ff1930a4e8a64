package org.lumbosim.viz;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.RangeText;
import org.lumbosim.internal.Checks;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.io.OutputPathException;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;

/**
 * Writes figures (JFreeChart charts, {@link StickFigure}s, anything {@link Drawable}) to PNG, SVG
 * or PDF, chosen by the file extension. Works headless. A figure has a nominal size in points
 * (1/72 inch), the unit the theme's font sizes use; PNG rasterises it at a chosen resolution.
 * Immutable; vector output uses Apache-licensed back ends (Batik for SVG, PDFBox with
 * pdfbox-graphics2d for PDF). Files are written through {@link OutputFiles}, whole or not at all
 * (a full disk never truncates or destroys an existing figure); the methods that take an
 * {@link OutputStream} let a caller write a figure as one of several outputs of an
 * {@link OutputFiles}.
 *
 * @param widthPt figure width (pt, positive)
 * @param heightPt figure height (pt, positive)
 * @param pngDpi resolution of PNG output (dots per inch, positive); the PNG is
 *     {@code widthPt * pngDpi / 72} pixels wide
 */
public record FigureExporter(double widthPt, double heightPt, double pngDpi) {
    /** Points per inch. */
    public static final double POINTS_PER_INCH = 72;
    /** Metres per inch, for the PNG pHYs chunk. */
    private static final double METRES_PER_INCH = 0.0254;
    /** Largest accepted side (pt) and resolution (dpi), to keep images within memory. */
    private static final double MAX_SIDE_PT = 20_000;
    private static final double MAX_DPI = 1200;

    /** Checks the sizes. */
    public FigureExporter {
        check("widthPt", widthPt, MAX_SIDE_PT, "pt");
        check("heightPt", heightPt, MAX_SIDE_PT, "pt");
        check("pngDpi", pngDpi, MAX_DPI, "dpi");
    }

    private static void check(String name, double v, double max, String unit) {
        if (!(v > 0 && v <= max)) {
            throw new IllegalArgumentException(name + " = " + v + " is outside " + RangeText.aboveWithUnit(0, max, unit));
        }
    }

    /** @return a 16:9 slide (960 x 540 pt = 13.33 x 7.5 in) with PNG at 144 dpi (1920 x 1080 px) */
    public static FigureExporter slides() {
        return new FigureExporter(960, 540, 144);
    }

    /**
     * @param dpi PNG resolution
     * @return a copy with another PNG resolution
     */
    public FigureExporter withPngDpi(double dpi) {
        return new FigureExporter(widthPt, heightPt, dpi);
    }

    /**
     * @param newWidthPt width (pt)
     * @param newHeightPt height (pt)
     * @return a copy with another size
     */
    public FigureExporter withSizePt(double newWidthPt, double newHeightPt) {
        return new FigureExporter(newWidthPt, newHeightPt, pngDpi);
    }

    /** @return PNG width (px) */
    public int pngWidthPx() {
        return (int) Math.round(widthPt * pngDpi / POINTS_PER_INCH);
    }

    /** @return PNG height (px) */
    public int pngHeightPx() {
        return (int) Math.round(heightPt * pngDpi / POINTS_PER_INCH);
    }

    /** The file formats of a figure, named by the file's extension. */
    public enum Format {
        /** Raster image at {@link #pngDpi()}, with the resolution in its pHYs chunk. */
        PNG,
        /** Scalable vector graphics, text kept as text. */
        SVG,
        /** PDF, one page per figure, text as vector outlines. */
        PDF;

        /**
         * @param file a file name ending in {@code .png}, {@code .svg} or {@code .pdf} (any case)
         * @return the format its extension names
         * @throws IllegalArgumentException if the extension is none of the three
         */
        public static Format of(Path file) {
            Checks.given(file, "file");
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
            for (Format f : values()) {
                if (f.name().equals(ext)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("file = \"" + file + "\" has an unknown extension; use .png, .svg or .pdf");
        }
    }

    /**
     * Writes one figure, whole or not at all (through {@link OutputFiles}: a temporary file in the
     * same folder moved into place, so a full disk never leaves a truncated file or destroys the
     * file it would replace); the format follows the extension: {@code .png}, {@code .svg} or
     * {@code .pdf}.
     *
     * @param figure the figure (drawn, not modified)
     * @param file the file to create or replace (missing folders are created)
     * @throws IOException if writing fails (the file is then unchanged)
     * @throws IllegalArgumentException if the extension is none of the three
     */
    public void write(Drawable figure, Path file) throws IOException {
        Format format = Format.of(file);
        writeWhole(file, out -> write(figure, format, out));
    }

    /**
     * Writes one figure to a stream, for example the temporary file of an {@link OutputFiles}.
     *
     * @param figure the figure (drawn, not modified)
     * @param format the format
     * @param out the stream (written, flushed, not closed)
     * @throws IOException if writing fails
     */
    public void write(Drawable figure, Format format, OutputStream out) throws IOException {
        switch (format) {
            case PNG -> writePng(figure, out);
            case SVG -> writeSvg(figure, out);
            case PDF -> writePdf(List.of(figure), out);
        }
    }

    /** Writes a file through the one output writer, its failures as IOException. */
    private static void writeWhole(Path file, OutputFiles.Content content) throws IOException {
        try {
            OutputFiles.write("file", file, content);
        } catch (OutputPathException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Rasterises a figure at {@link #pngDpi()}: the figure is drawn at its nominal size in points
     * on a graphics scaled by {@code pngDpi / 72}, so text keeps its size relative to the figure.
     *
     * @param figure the figure (drawn, not modified)
     * @return a new RGB image of {@link #pngWidthPx()} x {@link #pngHeightPx()} pixels
     */
    public BufferedImage toImage(Drawable figure) {
        BufferedImage img = new BufferedImage(pngWidthPx(), pngHeightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            double scale = pngDpi / POINTS_PER_INCH;
            g.scale(scale, scale);
            figure.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Writes a PNG, recording the resolution in its pHYs chunk, whole or not at all.
     *
     * @param figure the figure (drawn, not modified)
     * @param file the file to create or replace (missing folders are created)
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public void writePng(Drawable figure, Path file) throws IOException {
        writeWhole(file, out -> writePng(figure, out));
    }

    /**
     * Writes a PNG to a stream, recording the resolution in its pHYs chunk.
     *
     * @param figure the figure (drawn, not modified)
     * @param out the stream (written, flushed, not closed)
     * @throws IOException if writing fails
     */
    public void writePng(Drawable figure, OutputStream out) throws IOException {
        BufferedImage img = toImage(figure);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String ppm = Long.toString(Math.round(pngDpi / METRES_PER_INCH));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            try {
                meta.mergeTree("javax_imageio_png_1.0", root);
            } catch (IIOInvalidTreeException e) {
                throw new IOException("cannot set the PNG resolution", e);
            }
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
        out.flush();
    }

    /**
     * Writes an SVG of {@link #widthPt()} x {@link #heightPt()} user units, text kept as text, whole
     * or not at all.
     *
     * @param figure the figure (drawn, not modified)
     * @param file the file to create or replace (missing folders are created)
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public void writeSvg(Drawable figure, Path file) throws IOException {
        writeWhole(file, out -> writeSvg(figure, out));
    }

    /**
     * Writes an SVG of {@link #widthPt()} x {@link #heightPt()} user units to a stream, text kept as text.
     *
     * @param figure the figure (drawn, not modified)
     * @param out the stream (written, flushed, not closed)
     * @throws IOException if writing fails
     */
    public void writeSvg(Drawable figure, OutputStream out) throws IOException {
        DOMImplementation dom = GenericDOMImplementation.getDOMImplementation();
        Document doc = dom.createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
        ctx.setComment("Generated by Lumbosim with Apache Batik");
        SVGGraphics2D g = new SVGGraphics2D(ctx, false);
        int w = (int) Math.ceil(widthPt);
        int h = (int) Math.ceil(heightPt);
        g.setSVGCanvasSize(new Dimension(w, h));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        figure.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        try {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            g.stream(text, true);
            text.flush();
        } finally {
            g.dispose();
        }
    }

    /**
     * Writes a PDF with one page of {@link #widthPt()} x {@link #heightPt()} points per figure, in
     * order, whole or not at all. Text is drawn as vector outlines.
     *
     * @param figures the figures (drawn, not modified; at least one)
     * @param file the file to create or replace (missing folders are created)
     * @throws IOException if writing fails (the file is then unchanged)
     * @throws IllegalArgumentException if {@code figures} is empty (nothing is written)
     */
    public void writePdf(List<? extends Drawable> figures, Path file) throws IOException {
        checkPages(figures);
        writeWhole(file, out -> writePdf(figures, out));
    }

    private static void checkPages(List<? extends Drawable> figures) {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("figures is empty: a PDF needs at least one page");
        }
    }

    /**
     * Writes a PDF with one page of {@link #widthPt()} x {@link #heightPt()} points per figure, in
     * order, to a stream. Text is drawn as vector outlines.
     *
     * @param figures the figures (drawn, not modified; at least one)
     * @param out the stream (written, flushed, not closed)
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if {@code figures} is empty
     */
    public void writePdf(List<? extends Drawable> figures, OutputStream out) throws IOException {
        checkPages(figures);
        OutputStream kept = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        try (PDDocument doc = new PDDocument()) {
            for (Drawable f : figures) {
                PDRectangle size = new PDRectangle((float) widthPt, (float) heightPt);
                PDPage page = new PDPage(size);
                doc.addPage(page);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, size);
                try {
                    f.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
                } finally {
                    g.dispose();
                }
                PDFormXObject form = g.getXFormObject();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawForm(form);
                }
            }
            doc.save(kept);
        }
        out.flush();
    }
}
