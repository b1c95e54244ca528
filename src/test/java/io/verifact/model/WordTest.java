package io.verifact.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Words of two readings of one page put together. */
class WordTest {

    @Test
    void wordsReadAgainInAZoneShareNoLineOrBlockWithThePagesOwnWords() {
        List<Word> page = List.of(new Word("RESTORAN", new Box(0.3, 0.05, 0.5, 0.06), 0.9, 0, 0),
                new Word("Take", new Box(0.1, 0.35, 0.2, 0.36), 0.9, 7, 2));
        List<Word> zone = List.of(new Word("TOTAL:", new Box(0.1, 0.53, 0.2, 0.54), 0.9, 0, 0),
                new Word("4.80", new Box(0.8, 0.53, 0.9, 0.54), 0.9, 0, 0),
                new Word("CASH:", new Box(0.1, 0.56, 0.2, 0.57), 0.9, 1, 0));

        List<Word> renumbered = Word.numberedAfter(page, zone);

        assertThat(renumbered).extracting(Word::line).containsExactly(8, 8, 9);
        assertThat(renumbered).extracting(Word::block).containsOnly(3);
        assertThat(renumbered).extracting(Word::text, Word::box).containsExactlyElementsOf(zone.stream().map(w -> tuple(w.text(), w.box())).toList());
    }
}
