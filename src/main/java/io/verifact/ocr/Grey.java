package io.verifact.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Pictures as 8-bit grey, the one layout handed to OCR. */
final class Grey {

    private Grey() {
    }

    static BufferedImage of(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        return of(image, image.getWidth(), image.getHeight(), 0);
    }

    /** The picture as a new grey one, stretched to {@code width} × {@code height} and framed by a white border. */
    static BufferedImage of(BufferedImage image, int width, int height, int border) {
        BufferedImage grey = new BufferedImage(width + 2 * border, height + 2 * border, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            // A transparent scan would otherwise turn black where it is empty.
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grey.getWidth(), grey.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, border, border, width, height, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    /** The grey level of the pixel at {@code rank} (from 0, darkest first) of a picture's 256-level histogram. */
    static int level(int[] histogram, long rank) {
        long seen = 0;
        for (int level = 0; level < histogram.length; level++) {
            seen += histogram[level];
            if (seen > rank) {
                return level;
            }
        }
        return histogram.length - 1;
    }
}
