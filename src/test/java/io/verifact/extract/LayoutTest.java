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
    void wordsOnOneStraightLineStayTogetherWhateverTheirHeights() {
        List<Word> words = List.of(
                new Word("Total", new Box(0.1, 0.500, 0.16, 0.512), 1, 0, 0),
                new Word("1.234,50", new Box(0.7, 0.498, 0.8, 0.514), 1, 0, 0));
        Layout layout = new Layout(List.of(new PageText(1, words, Engine.TEXT, 595, 842)));

        assertThat(layout.lines(1)).hasSize(1);
    }
}
