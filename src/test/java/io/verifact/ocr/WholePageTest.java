package io.verifact.ocr;

import io.verifact.document.Pictures;
import io.verifact.model.Box;
import io.verifact.model.Word;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a whole page is read: the part that holds its print, and the figures a slip's layout analysis skipped. */
class WholePageTest {

    @Test
    void theAmountsASparseReadingFoundWhereThePageReadingFoundNothingAreAdded() {
        List<Word> read = List.of(
                new Word("TOTAL", new Box(0.05, 0.60, 0.20, 0.62), 0.95, 0, 0),
                new Word("CASH", new Box(0.05, 0.63, 0.18, 0.65), 0.94, 1, 0));
        List<Word> sparse = List.of(
                new Word("TOTAL", new Box(0.05, 0.60, 0.20, 0.62), 0.93, 0, 0),
                new Word("2.00", new Box(0.80, 0.60, 0.92, 0.62), 0.91, 1, 1),
                new Word("5.00", new Box(0.80, 0.63, 0.92, 0.65), 0.90, 2, 2),
                new Word("8:8", new Box(0.80, 0.70, 0.86, 0.72), 0.30, 3, 3));

        List<Word> all = WholePage.withFiguresMissed(read, sparse);

        assertThat(all).extracting(Word::text).containsExactly("TOTAL", "CASH", "2.00", "5.00");
        assertThat(all.subList(2, 4)).as("the figures keep lines of their own").allSatisfy(w -> assertThat(w.line()).isGreaterThan(1));
    }

    @Test
    void aBlankPageATinyOneAndAPageInkedAllOverAreReadWhole() {
        for (BufferedImage page : List.of(grey(2480, 3508), grey(3, 2), inkedAllOver(800, 1100))) {
            Rectangle part = WholePage.printed(page, new Ink(page));

            assertThat(part).as(page.getWidth() + " x " + page.getHeight()).isEqualTo(new Rectangle(0, 0, page.getWidth(), page.getHeight()));
        }
    }

    @Test
    void aSlipOnALargePageIsReadOnItsPrintWithAMarginAndTheScannersDarkEdgeLeftOut() {
        BufferedImage page = grey(2480, 3508);
        draw(page, g -> {
            g.setColor(Color.BLACK);
            // The lid's shadow along the left edge, and a slip's lines of print in the middle.
            g.fillRect(0, 0, 12, 3508);
            for (int y = 1500; y < 2100; y += 60) {
                g.fillRect(1000, y, 500, 20);
            }
        });

        Rectangle part = WholePage.printed(page, new Ink(page));

        assertThat(part.contains(new Rectangle(1000, 1500, 500, 600))).isTrue();
        assertThat(part.x).isGreaterThan(12);
        assertThat((double) part.width * part.height).isLessThan(0.2 * 2480 * 3508);
    }

    @Test
    void theFadedHeaderOfAThermalSlipOnALargePageIsInThePartRead() {
        BufferedImage page = grey(2480, 3508);
        draw(page, g -> {
            // The shop's name and address faded to a light grey over lines of print barely darker.
            g.setColor(new Color(212, 212, 212));
            for (int y = 1100; y < 1400; y += 60) {
                g.fillRect(1050, y, 400, 18);
            }
            g.setColor(new Color(170, 170, 170));
            for (int y = 1500; y < 2100; y += 60) {
                g.fillRect(1000, y, 500, 20);
            }
        });

        Rectangle part = WholePage.printed(page, new Ink(page));

        assertThat(part.contains(new Rectangle(1050, 1100, 400, 300))).as("the faded header is read").isTrue();
        assertThat((double) part.width * part.height).isLessThan(0.2 * 2480 * 3508);
    }

    @Test
    void aPhotographedPageHasTheAmountsItsLayoutAnalysisSkippedReadAsSparseText() {
        // A slip photographed on a table, the light falling from the left: the picture is wide, the
        // slip's amounts stand in a column apart.
        BufferedImage photo = grey(1100, 1400);
        draw(photo, g -> {
            g.setPaint(new java.awt.GradientPaint(0, 0, new Color(250, 250, 250), 1100, 0, new Color(150, 150, 150)));
            g.fillRect(0, 0, 1100, 1400);
        });
        List<Word> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double top = 0.1 + i * 0.013;
            labels.add(new Word("Label" + i, new Box(0.1, top, 0.3, top + 0.01), 0.9, i, 0));
        }
        Word total = new Word("6.00", new Box(0.8, 0.5, 0.88, 0.51), 0.9, 0, 0);
        WholePage.Eyes tesseract = (picture, dpi, mode, adaptive) -> mode == net.sourceforge.tess4j.ITessAPI.TessPageSegMode.PSM_SPARSE_TEXT
                ? java.util.stream.Stream.concat(labels.stream(), java.util.stream.Stream.of(total)).toList() : labels;

        List<Word> words = WholePage.read(photo, 200, tesseract);

        assertThat(words).extracting(Word::text).contains("Label0", "6.00");
    }

    /** Draws on a picture and lets go of the pen. */
    private static void draw(BufferedImage picture, java.util.function.Consumer<Graphics2D> drawing) {
        Graphics2D g = picture.createGraphics();
        try {
            drawing.accept(g);
        } finally {
            g.dispose();
        }
    }

    private static BufferedImage grey(int width, int height) {
        return Grey.of(Pictures.blank(width, height));
    }

    private static BufferedImage inkedAllOver(int width, int height) {
        BufferedImage page = grey(width, height);
        draw(page, g -> {
            g.setColor(Color.BLACK);
            for (int y = 20; y < height - 20; y += 40) {
                g.fillRect(20, y, width - 40, 10);
            }
        });
        return page;
    }
}
