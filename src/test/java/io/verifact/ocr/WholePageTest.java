package io.verifact.ocr;

import io.verifact.model.Box;
import io.verifact.model.Word;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A till slip whose column of amounts the page's layout analysis skipped. */
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
    }
}
