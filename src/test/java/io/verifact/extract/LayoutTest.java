package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Word;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How the words of a page become lines, on straight pages and on skewed scans. */
class LayoutTest {

    @Test
    void aSkewedScanKeepsEachTableRowOnItsOwnLine() {
        // Three close rows of a totals table, the page turned so that each row falls 3 % across the page.
        double slope = 0.03;
        List<Word> words = new ArrayList<>();
        String[][] rows = {{"Nettobetrag", "321,40", "127,59"}, {"MwSt-Betrag", "61,07", "8,93"}, {"Endbetrag", "382,47", "136,52"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                double x = 0.1 + 0.3 * c;
                double y = 0.80 + 0.011 * r + slope * x;
                words.add(new Word(rows[r][c], new Box(x, y, x + 0.08, y + 0.009), 0.9, r, 0));
            }
        }
        Layout layout = new Layout(List.of(new PageText(1, words, Engine.TESSERACT, 1654, 2339)));

        assertThat(layout.lines(1)).extracting(Line::text)
                .containsExactly("Nettobetrag  321,40  127,59", "MwSt-Betrag  61,07  8,93", "Endbetrag  382,47  136,52");
    }

    @Test
    void aWatermarkAcrossTheHeaderJoinsNoLinesTogether() {
        List<Word> words = new ArrayList<>();
        String[][] rows = {{"Rechnung", "Belegnummer", "TEST1234"}, {"Deutschland", "Währung", "EUR"}, {"Bitte", "Datum", "18.02.2025"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                double x = 0.1 + 0.3 * c;
                double y = 0.20 + 0.015 * r;
                words.add(new Word(rows[r][c], new Box(x, y, x + 0.08, y + 0.01), 1, r, 0));
            }
        }
        // A diagonal "Trial" watermark: one word as tall as a third of the page.
        words.add(new Word("Tria", new Box(0.35, 0.086, 0.55, 0.43), 1, 9, 0));
        Layout layout = new Layout(List.of(new PageText(1, words, Engine.TEXT, 595, 842)));

        assertThat(layout.lines(1)).extracting(Line::text)
                .contains("Rechnung  Belegnummer  TEST1234", "Deutschland  Währung  EUR", "Bitte  Datum  18.02.2025", "Tria");
    }

    @Test
    void aTextLayerWhoseWordsMostlyHaveNoHeightKeepsItsOtherWordsOnTheirLines() {
        List<Word> words = new ArrayList<>();
        // A broken text layer: most words with a box of no height, a few with one.
        for (int c = 0; c < 5; c++) {
            words.add(new Word("flat" + c, new Box(0.1 + 0.15 * c, 0.30, 0.2 + 0.15 * c, 0.30), 1, 0, 0));
        }
        words.add(new Word("Total", new Box(0.1, 0.30, 0.18, 0.31), 1, 0, 0));
        words.add(new Word("12,00", new Box(0.7, 0.30, 0.78, 0.31), 1, 0, 0));
        Layout layout = new Layout(List.of(new PageText(1, words, Engine.TEXT, 595, 842)));

        // The words with a height are no watermark for being taller than the usual word's nothing.
        assertThat(layout.lines(1)).extracting(Line::text).anySatisfy(line -> assertThat(line).contains("Total", "12,00"));
    }

    @Test
    void aTallStampGlyphDoesNotMergeATableHeaderWithItsRow() {
        List<Word> words = new ArrayList<>(List.of(
                new Word("Sub", new Box(0.55, 0.400, 0.59, 0.410), 1, 0, 0),
                new Word("Total", new Box(0.60, 0.400, 0.66, 0.410), 1, 0, 0),
                new Word("$93.50", new Box(0.80, 0.400, 0.88, 0.410), 1, 0, 0),
                new Word("Total", new Box(0.55, 0.418, 0.61, 0.428), 1, 1, 0),
                new Word("Tax", new Box(0.62, 0.418, 0.66, 0.428), 1, 1, 0),
                new Word("$8.50", new Box(0.80, 0.418, 0.87, 0.428), 1, 1, 0)));
        for (int i = 0; i < 30; i++) {
            double y = 0.5 + 0.015 * i;
            words.add(new Word("line" + i, new Box(0.1, y, 0.2, y + 0.01), 1, 2 + i, 0));
        }
        // The "PAID" stamp's letters stand about five times taller than the text, across both rows.
        words.add(new Word("id", new Box(0.70, 0.39, 0.76, 0.44), 1, 40, 0));
        Layout layout = new Layout(List.of(new PageText(1, words, Engine.TEXT, 595, 842)));

        assertThat(layout.lines(1)).extracting(Line::text).contains("Sub Total  $93.50", "Total Tax  $8.50");
    }

    @Test
    void onAScanWordsASpaceApartStayOnePhraseAndALabelStaysApartFromItsValue() {
        // Tesseract's boxes hug the letters: a lower-case word is barely as tall as the space after a capital.
        List<Word> words = List.of(
                new Word("Globale", new Box(0.082, 0.3567, 0.136, 0.3627), 0.93, 0, 0),
                new Word("Nummer:", new Box(0.146, 0.3571, 0.198, 0.3627), 0.92, 0, 0),
                new Word("4333741000005", new Box(0.310, 0.3567, 0.411, 0.3627), 0.91, 0, 0));
        Layout layout = new Layout(List.of(new PageText(1, words, Engine.TESSERACT, 1654, 2339)));

        assertThat(layout.lines(1).getFirst().phrases()).extracting(p -> p.text).containsExactly("Globale Nummer:", "4333741000005");
    }

    @Test
    void wordsOnOneStraightLineStayTogetherWhateverTheirHeights() {
        List<Word> words = List.of(
                new Word("Total", new Box(0.1, 0.500, 0.16, 0.512), 1, 0, 0),
                new Word("1.234,50", new Box(0.7, 0.498, 0.8, 0.514), 1, 0, 0));
        Layout layout = new Layout(List.of(new PageText(1, words, Engine.TEXT, 595, 842)));

        assertThat(layout.lines(1)).hasSize(1);
    }
}
