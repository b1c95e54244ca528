package io.verifact.document;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Scans made in the test: white pages with large, clear black text where the test says. */
public final class Pictures {

    private Pictures() {
    }

    /** A white page with {@code text} drawn in a large sans-serif face, its baseline at (left, baseline) pixels. */
    public static BufferedImage page(int width, int height, String text, int left, int baseline, int fontSize) {
        BufferedImage page = blank(width, height);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize));
            g.drawString(text, left, baseline);
        } finally {
            g.dispose();
        }
        return page;
    }

    /**
     * A page covered edge to edge in small print, line after line of made-up words: a page that
     * keeps Tesseract busy for seconds.
     */
    public static BufferedImage crowded(int width, int height, long seed) {
        BufferedImage page = blank(width, height);
        java.util.Random random = new java.util.Random(seed);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, height / 110));
            int lineHeight = height / 80;
            for (int baseline = lineHeight * 2; baseline < height - lineHeight; baseline += lineHeight) {
                StringBuilder line = new StringBuilder();
                while (g.getFontMetrics().stringWidth(line.toString()) < width * 0.85) {
                    int letters = 2 + random.nextInt(9);
                    for (int i = 0; i < letters; i++) {
                        line.append((char) ('a' + random.nextInt(26)));
                    }
                    line.append(' ');
                }
                g.drawString(line.toString().strip(), width / 20, baseline);
            }
        } finally {
            g.dispose();
        }
        return page;
    }

    /** A white page, to draw on. */
    public static BufferedImage blank(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return page;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG file that states its resolution, as a scanner writes it. */
    public static byte[] pngAt(BufferedImage image, int dpi) {
        try {
            javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            var type = javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image);
            var metadata = writer.getDefaultImageMetadata(type, null);
            var root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
            var physical = new javax.imageio.metadata.IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(new javax.imageio.IIOImage(image, null, metadata));
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One TIFF file holding the pictures as its pages, in order. */
    public static byte[] tiff(List<BufferedImage> pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
