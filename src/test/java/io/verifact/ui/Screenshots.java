package io.verifact.ui;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutionException;

/** Saves what a scene shows to {@code target/screenshots}, for a person to look at after the build. */
public final class Screenshots {

    private static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) throws IOException {
        WritableImage image;
        try {
            image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException("could not take a snapshot of the scene", e);
        }
        Files.createDirectories(FOLDER);
        Path file = FOLDER.resolve(name + ".png");
        ImageIO.write(toBufferedImage(image), "png", file.toFile());
        return file;
    }

    /** With {@code -Dverifact.screenshots=docs}, the screenshot goes to {@code docs/screenshots} too, where the README shows it. */
    public static void keep(Path shot) throws IOException {
        if ("docs".equals(System.getProperty("verifact.screenshots"))) {
            Path docs = Path.of("docs", "screenshots");
            Files.createDirectories(docs);
            Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
