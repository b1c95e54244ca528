package io.verifact.capture;

import io.verifact.model.Box;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns a demo PDF into what a scanning station would make of its printout: grey pictures without
 * any text layer, slightly askew, on paper that is not quite white, with grain and the odd speck.
 * The grain is sparse so that the pictures stay small, and seeded so that they stay the same.
 */
final class Scanner {

    static final int DPI = 200;

    /** The share of pixels the sensor's grain moves at all. */
    private static final double GRAIN_SHARE = 0.05;
    private static final double SPECKS_PER_PIXEL = 0.00004;

    private Scanner() {
    }

    static List<BufferedImage> scan(byte[] pdf, ScanLook look) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            Random random = new Random(look.seed());
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage printed = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
                pages.add(age(printed, look, random));
            }
        }
        return pages;
    }

    private static BufferedImage age(BufferedImage printed, ScanLook look, Random random) {
        BufferedImage sheet = look.photocopy() ? copied(printed) : printed;
        BufferedImage scan = askew(sheet, look);
        WritableRaster raster = scan.getRaster();
        int width = scan.getWidth();
        int height = scan.getHeight();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grey = raster.getSample(x, y, 0) * look.paper() / 255;
                if (random.nextDouble() < GRAIN_SHARE) {
                    grey += (int) Math.round(random.nextGaussian() * look.grain());
                }
                raster.setSample(x, y, 0, Math.clamp(grey, 0, 255));
            }
        }
        int specks = (int) (width * height * SPECKS_PER_PIXEL * (look.photocopy() ? 3 : 1));
        for (int i = 0; i < specks; i++) {
            speck(raster, random.nextInt(width - 3), random.nextInt(height - 3), random.nextInt(3) + 1, random.nextInt(90));
        }
        return scan;
    }

    /** A copy of a copy: toner spreads, so strokes soften and thicken, and the paper greys. */
    private static BufferedImage copied(BufferedImage printed) {
        float[] weights = {1, 2, 1, 2, 4, 2, 1, 2, 1};
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= 16;
        }
        BufferedImage soft = new ConvolveOp(new Kernel(3, 3, weights), ConvolveOp.EDGE_NO_OP, null).filter(printed, null);
        WritableRaster raster = soft.getRaster();
        for (int y = 0; y < soft.getHeight(); y++) {
            for (int x = 0; x < soft.getWidth(); x++) {
                int grey = raster.getSample(x, y, 0);
                // Darker strokes, a paper a shade greyer: the copier's contrast curve.
                raster.setSample(x, y, 0, grey < 200 ? grey * 3 / 4 : Math.min(grey, 246));
            }
        }
        return soft;
    }

    /**
     * Where a box of the printed sheet lands on its scan: turned about the page's centre as the sheet
     * lay on the glass, and widened to hold the turned box.
     */
    static Box turned(Box onSheet, ScanLook look) {
        double angle = Math.toRadians(look.degrees());
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double cx = Canvas.WIDTH / 2.0;
        double cy = Canvas.HEIGHT / 2.0;
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (double fx : new double[] {onSheet.x0(), onSheet.x1()}) {
            for (double fy : new double[] {onSheet.y0(), onSheet.y1()}) {
                double dx = fx * Canvas.WIDTH - cx;
                double dy = fy * Canvas.HEIGHT - cy;
                // As Graphics2D turns the picture: clockwise for a positive angle, y pointing down.
                double x = cx + dx * cos - dy * sin;
                double y = cy + dx * sin + dy * cos;
                left = Math.min(left, x);
                top = Math.min(top, y);
                right = Math.max(right, x);
                bottom = Math.max(bottom, y);
            }
        }
        return Box.of(left, top, right, bottom, Canvas.WIDTH, Canvas.HEIGHT);
    }

    /** The sheet turned on the glass; the scanner's white lid shows in the corners it uncovers. */
    private static BufferedImage askew(BufferedImage sheet, ScanLook look) {
        BufferedImage scan = new BufferedImage(sheet.getWidth(), sheet.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(look.degrees()), sheet.getWidth() / 2.0, sheet.getHeight() / 2.0);
            g.drawImage(sheet, 0, 0, null);
        } finally {
            g.dispose();
        }
        return scan;
    }

    private static void speck(WritableRaster raster, int x, int y, int size, int grey) {
        for (int dy = 0; dy < size; dy++) {
            for (int dx = 0; dx < size; dx++) {
                raster.setSample(x + dx, y + dy, 0, grey);
            }
        }
    }
}
