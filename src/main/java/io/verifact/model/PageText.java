package io.verifact.model;

import java.util.List;

/**
 * The words of one page and where they came from.
 *
 * @param number the page number, from 1
 * @param words the words in reading order
 * @param engine the engine that read them
 * @param width the page's width in points (PDF) or pixels (image), to keep its proportions
 * @param height the page's height in the same unit
 * @param uprightTurns how many quarter turns clockwise make the page upright, as its reading found it: a page
 *        scanned upside down is 2. Words' boxes stand on the page as it was scanned, as it is shown.
 */
public record PageText(int number, List<Word> words, Engine engine, double width, double height, int uprightTurns) {

    public PageText {
        words = List.copyOf(words);
        if (uprightTurns < 0 || uprightTurns > 3) {
            throw new IllegalArgumentException("a page is turned upright by 0 to 3 quarter turns, not " + uprightTurns);
        }
    }

    /** A page read upright as it was scanned. */
    public PageText(int number, List<Word> words, Engine engine, double width, double height) {
        this(number, words, engine, width, height, 0);
    }

    /** The same page with other words, read the same way. */
    public PageText withWords(List<Word> others) {
        return new PageText(number, others, engine, width, height, uprightTurns);
    }

    /** The page turned upright: its words where they stand once it is, its width and height swapped by a quarter turn. */
    public PageText upright() {
        if (uprightTurns == 0) {
            return this;
        }
        List<Word> turned = words.stream().map(w -> w.turned(uprightTurns)).toList();
        boolean sideways = uprightTurns % 2 == 1;
        return new PageText(number, turned, engine, sideways ? height : width, sideways ? width : height, 0);
    }
}
