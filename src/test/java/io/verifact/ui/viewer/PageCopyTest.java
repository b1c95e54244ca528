package io.verifact.ui.viewer;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The copy of a page at the size it is shown, as the operator sees it when the page is panned. */
@ExtendWith(ApplicationExtension.class)
class PageCopyTest {

    private static final int PAPER = 0xFFFFFFFF;
    private static final int INK = 0xFF000000;

    @Test
    void aPlainPageStaysTheSameColourEverywhere() {
        WritableImage page = page(997, 1403, (x, y) -> 0xFF3C6E9A);

        Image copy = copyOf(page, 311, 640);

        PixelReader pixels = copy.getPixelReader();
        for (int y = 0; y < 640; y++) {
            for (int x = 0; x < 311; x++) {
                assertThat(Integer.toHexString(pixels.getArgb(x, y))).isEqualTo(Integer.toHexString(0xFF3C6E9A));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"2480, 3507, 1786, 2525", "2480, 3507, 655, 926", "1240, 1754, 1239, 1753", "1240, 1754, 124, 175"})
    void hairlinesAreKeptAsLighterStrokesWithTheirInkAndPlace(int pageWidth, int pageHeight, int width, int height) {
        // One-pixel rules across and down the page, as on a printed form: sampling would drop some of them.
        WritableImage page = page(pageWidth, pageHeight, (x, y) -> x % 37 == 5 || y % 41 == 7 ? INK : PAPER);

        Image copy = copyOf(page, width, height);

        assertThat(copy.getWidth()).isEqualTo(width);
        assertThat(copy.getHeight()).isEqualTo(height);
        double scale = (double) width * height / ((double) pageWidth * pageHeight);
        assertThat(ink(copy)).as("ink of the copy, per page pixel").isCloseTo(ink(page) * scale, within(ink(page) * scale * 0.01));
        // On a row of the copy clear of the rules across, each rule down the page still shows, where it was.
        int row = height / 2;
        while (coversRuleAcross(row, pageHeight, height)) {
            row++;
        }
        for (int x = 5; x < pageWidth; x += 37) {
            int column = (int) ((x + 0.5) * width / pageWidth);
            assertThat(darkness(copy.getPixelReader().getArgb(column, row)))
                    .as("the rule at page column %d, in column %d of the copy", x, column).isPositive();
        }
    }

    @Test
    void aCopyMadeInSlicesIsTheCopyMadeAtOnce() {
        Random random = new Random(7);
        int[] noise = new int[640 * 905];
        for (int i = 0; i < noise.length; i++) {
            int alpha = random.nextInt(256);
            // Premultiplied: no channel above its alpha.
            noise[i] = alpha << 24 | random.nextInt(alpha + 1) << 16 | random.nextInt(alpha + 1) << 8 | random.nextInt(alpha + 1);
        }
        WritableImage page = new WritableImage(640, 905);
        page.getPixelWriter().setPixels(0, 0, 640, 905, PixelFormat.getIntArgbPreInstance(), noise, 0, 640);

        Image atOnce = copyOf(page, 401, 567);
        PageCopy slices = new PageCopy(page, 401, 567);
        int calls = 0;
        while (!slices.advance(13)) {
            calls++;
        }

        assertThat(calls).isGreaterThan(60);
        assertThat(pixels(slices.image())).isEqualTo(pixels(atOnce));
    }

    @Test
    void eachPixelOfTheCopyTakesExactlyOnePixelsWorthOfThePage() {
        Random random = new Random(11);
        for (int trial = 0; trial < 500; trial++) {
            int from = 1 + random.nextInt(5000);
            int to = 1 + random.nextInt(from);
            int[] first = new int[from];
            int[] intoFirst = new int[from];
            int[] intoNext = new int[from];
            PageCopy.split(from, to, first, intoFirst, intoNext);
            int[] received = new int[to + 1];
            for (int i = 0; i < from; i++) {
                received[first[i]] += intoFirst[i];
                received[first[i] + 1] += intoNext[i];
            }
            for (int cell = 0; cell < to; cell++) {
                assertThat(received[cell]).as("%d into %d, pixel %d", from, to, cell).isEqualTo(PageCopy.ONE);
            }
            assertThat(received[to]).isZero();
        }
    }

    @Test
    void aCopyIsNeverLargerThanThePage() {
        WritableImage page = page(100, 140, (x, y) -> PAPER);

        assertThatThrownBy(() -> new PageCopy(page, 101, 140)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("101 x 140");
    }

    private static boolean coversRuleAcross(int row, int pageHeight, int height) {
        for (int y = (int) Math.floor((double) row * pageHeight / height); y < Math.ceil((row + 1.0) * pageHeight / height); y++) {
            if (y % 41 == 7) {
                return true;
            }
        }
        return false;
    }

    /** The page made smaller at once. */
    private static Image copyOf(Image page, int width, int height) {
        PageCopy copy = new PageCopy(page, width, height);
        copy.advance(Integer.MAX_VALUE);
        return copy.image();
    }

    private interface Paint {
        int argb(int x, int y);
    }

    private static WritableImage page(int width, int height, Paint paint) {
        WritableImage page = new WritableImage(width, height);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = paint.argb(x, y);
            }
            page.getPixelWriter().setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
        }
        return page;
    }

    /** How much darker than white the image is, added over its pixels, in units of one black pixel. */
    private static double ink(Image image) {
        double ink = 0;
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                ink += darkness(pixels.getArgb(x, y)) / 255.0;
            }
        }
        return ink;
    }

    private static int darkness(int argb) {
        return 255 - (argb & 0xFF);
    }

    private static int[] pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return pixels;
    }
}
