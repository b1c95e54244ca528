package io.verifact.ocr;

import io.verifact.document.Pictures;
import io.verifact.model.Box;
import io.verifact.model.Word;
import org.junit.jupiter.api.Test;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A page turned straight and enlarged for Tesseract, and the way back to the page as scanned. */
class PagePictureTest {

    private static final BufferedImage PAGE = Grey.of(Pictures.blank(827, 1169));

    @Test
    void aWordReadOnTheTurnedAndEnlargedPictureIsBoxedWhereItStandsOnThePage() {
        PagePicture picture = PagePicture.of(PAGE, 100, -3, 2.5, 255);
        // A word of 60 × 10 pixels on the page, its middle at (300, 700); on the picture it stands upright.
        Point2D middle = picture.toPicture().transform(new Point2D.Double(300, 700), null);
        double halfWidth = 30 * 2.5;
        double halfHeight = 5 * 2.5;
        Word read = new Word("234,56", Box.of(middle.getX() - halfWidth, middle.getY() - halfHeight, middle.getX() + halfWidth,
                middle.getY() + halfHeight, picture.image().getWidth(), picture.image().getHeight()), 0.9, 4, 1);

        Word onPage = picture.onPage(List.of(read)).getFirst();

        assertThat(onPage.box().centerX()).isCloseTo(300 / 827.0, within(0.5 / 827));
        assertThat(onPage.box().centerY()).isCloseTo(700 / 1169.0, within(0.5 / 1169));
        // Turned by 3°, the word's upright box of 60 × 10 covers 61 × 13 pixels of the page.
        assertThat(onPage.box().width() * 827).isCloseTo(60 * Math.cos(Math.toRadians(3)) + 10 * Math.sin(Math.toRadians(3)), within(0.5));
        assertThat(onPage.box().height() * 1169).isCloseTo(10 * Math.cos(Math.toRadians(3)) + 60 * Math.sin(Math.toRadians(3)), within(0.5));
        assertThat(onPage).extracting(Word::text, Word::confidence, Word::line, Word::block).containsExactly("234,56", 0.9, 4, 1);
    }

    @Test
    void theTurnedPictureKeepsThePageCornersAndIsAsLargeAsEnlarged() {
        PagePicture picture = PagePicture.of(PAGE, 100, 3, 2, 255);

        assertThat(picture.dpi()).isEqualTo(200);
        assertThat(picture.scale()).isCloseTo(2, within(1e-9));
        for (Point2D corner : List.of(new Point2D.Double(0, 0), new Point2D.Double(827, 0), new Point2D.Double(0, 1169), new Point2D.Double(827, 1169))) {
            Point2D there = picture.toPicture().transform(corner, null);
            assertThat(there.getX()).isBetween(-1.0, picture.image().getWidth() + 1.0);
            assertThat(there.getY()).isBetween(-1.0, picture.image().getHeight() + 1.0);
        }
    }

    @Test
    void aLongTillRollAskewIsReadAsScannedRatherThanOnACanvasEightTimesItsSize() {
        // A roll 600 pixels wide and 9,000 long, 7° askew: turned, its canvas would hold 1,700 × 9,000 pixels.
        BufferedImage roll = Grey.of(Pictures.blank(600, 9000));

        PagePicture picture = PagePicture.of(roll, 200, 7, 1, 255);

        assertThat(picture.image()).isSameAs(roll);
        assertThat(picture.toPicture().isIdentity()).isTrue();
        // An A4 page as askew is still turned straight.
        assertThat(PagePicture.of(PAGE, 100, 7, 1, 255).toPicture().isIdentity()).isFalse();
    }

    @Test
    void aPageNeitherTurnedNorEnlargedIsReadAsItIsWithItsBoxesUntouched() {
        PagePicture picture = PagePicture.of(PAGE, 200, 0, 1, 255);
        List<Word> read = List.of(new Word("Total", new Box(0.1, 0.2, 0.15, 0.21), 0.95, 0, 0));

        assertThat(picture.image()).isSameAs(PAGE);
        assertThat(picture.onPage(read)).isEqualTo(read);
    }

    @Test
    void smallPrintIsEnlargedToTheSizeTesseractReadsBestAndOrdinaryPrintIsNot() {
        PagePicture picture = PagePicture.of(PAGE, 100, 0, 1, 255);

        assertThat(picture.enlargementFor(wordsOfHeight(10, 1169))).isCloseTo(3, within(1e-3));
        assertThat(picture.enlargementFor(wordsOfHeight(18, 1169))).isEqualTo(1);
        assertThat(PagePicture.of(Grey.of(Pictures.blank(400, 560)), 50, 0, 1, 255).enlargementFor(wordsOfHeight(5, 560)))
                .as("at most four times").isEqualTo(4);
        assertThat(picture.enlargementFor(List.of())).as("nothing read, nothing to tell").isEqualTo(1);
    }

    @Test
    void aLargePageIsEnlargedNoFurtherThanAnA4PageAt300Dpi() {
        BufferedImage large = Grey.of(Pictures.blank(2000, 3000));
        PagePicture picture = PagePicture.of(large, 150, 0, 1, 255);

        double enlargement = picture.enlargementFor(wordsOfHeight(10, 3000));

        assertThat(2000 * enlargement * 3000 * enlargement).isCloseTo(2480.0 * 3508, within(1.0));
    }

    private static List<Word> wordsOfHeight(int pixels, int pageHeight) {
        return List.of("Facture", "Total", "TVA", "Date", "Montant").stream()
                .map(text -> new Word(text, new Box(0.1, 0.3, 0.2, 0.3 + pixels / (double) pageHeight), 0.9, 0, 0)).toList();
    }
}
