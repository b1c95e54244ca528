package io.verifact.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Pictures as 8-bit grey, the one layout handed to OCR. */
final class Grey {

    private Grey() {
    }

    static BufferedImage of(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            // A transparent scan would otherwise turn black where it is empty.
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }
}
