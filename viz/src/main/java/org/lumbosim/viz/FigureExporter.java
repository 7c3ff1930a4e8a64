package org.lumbosim.viz;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;

/**
 * Writes figures (JFreeChart charts, {@link StickFigure}s, anything {@link Drawable}) to PNG, SVG
 * or PDF, chosen by the file extension. Works headless. A figure has a nominal size in points
 * (1/72 inch), the unit the theme's font sizes use; PNG rasterises it at a chosen resolution.
 * Immutable; vector output uses Apache-licensed back ends (Batik for SVG, PDFBox with
 * pdfbox-graphics2d for PDF).
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
            throw new IllegalArgumentException(name + " = " + v + " is outside (0, " + max + "] " + unit);
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

    /**
     * Writes one figure; the format follows the extension: {@code .png}, {@code .svg} or {@code .pdf}.
     *
     * @param figure the figure (drawn, not modified)
     * @param file the file to create or replace
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the extension is none of the three
     */
    public void write(Drawable figure, Path file) throws IOException {
        switch (extension(file)) {
            case "png" -> writePng(figure, file);
            case "svg" -> writeSvg(figure, file);
            case "pdf" -> writePdf(List.of(figure), file);
            default -> throw new IllegalArgumentException("file = \"" + file
                    + "\" has an unknown extension; use .png, .svg or .pdf");
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
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
     * Writes a PNG, recording the resolution in its pHYs chunk.
     *
     * @param figure the figure (drawn, not modified)
     * @param file the file to create or replace
     * @throws IOException if writing fails
     */
    public void writePng(Drawable figure, Path file) throws IOException {
        BufferedImage img = toImage(figure);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (OutputStream out = Files.newOutputStream(file);
             ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
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
    }

    /**
     * Writes an SVG of {@link #widthPt()} x {@link #heightPt()} user units, text kept as text.
     *
     * @param figure the figure (drawn, not modified)
     * @param file the file to create or replace
     * @throws IOException if writing fails
     */
    public void writeSvg(Drawable figure, Path file) throws IOException {
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
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            g.stream(out, true);
        } finally {
            g.dispose();
        }
    }

    /**
     * Writes a PDF with one page of {@link #widthPt()} x {@link #heightPt()} points per figure, in
     * order. Text is drawn as vector outlines.
     *
     * @param figures the figures (drawn, not modified; at least one)
     * @param file the file to create or replace
     * @throws IOException if writing fails
     */
    public void writePdf(List<? extends Drawable> figures, Path file) throws IOException {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("figures is empty: a PDF needs at least one page");
        }
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
            doc.save(file.toFile());
        }
    }
}
