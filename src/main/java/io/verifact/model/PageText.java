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
 */
public record PageText(int number, List<Word> words, Engine engine, double width, double height) {

    public PageText {
        words = List.copyOf(words);
    }
}
