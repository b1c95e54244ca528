package io.verifact.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Pictures from the engine, as JavaFX shows them. Safe off the JavaFX thread. */
final class FxImages {

    private FxImages() {
    }

    static Image of(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] argb;
        if (picture.getType() == BufferedImage.TYPE_BYTE_GRAY && picture.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && picture.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel model
                && model.getPixelStride() == 1 && model.getScanlineStride() == width) {
            // Grey levels as they are: going through getRGB would take them for linear light and wash the page out.
            byte[] grey = bytes.getData();
            int offset = bytes.getOffset();
            argb = new int[width * height];
            for (int i = 0; i < argb.length; i++) {
                int g = grey[offset + i] & 0xFF;
                argb[i] = 0xFF000000 | g << 16 | g << 8 | g;
            }
        } else {
            argb = picture.getRGB(0, 0, width, height, null, 0, width);
            if (picture.getColorModel().hasAlpha()) {
                onWhite(argb);
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), argb, 0, width);
        return image;
    }

    /** A page with see-through parts is shown as printed on white paper: nothing is drawn under it. */
    private static void onWhite(int[] argb) {
        for (int i = 0; i < argb.length; i++) {
            int a = argb[i] >>> 24;
            if (a != 0xFF) {
                int r = white(argb[i] >> 16 & 0xFF, a);
                int g = white(argb[i] >> 8 & 0xFF, a);
                int b = white(argb[i] & 0xFF, a);
                argb[i] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
    }

    private static int white(int channel, int alpha) {
        return (channel * alpha + 0xFF * (0xFF - alpha) + 127) / 0xFF;
    }
}
