package io.verifact.model;

/**
 * One word read on a page, by any engine.
 *
 * @param text the characters as read
 * @param box where it stands on the page
 * @param confidence how sure the engine is, from 0 to 1 (1 for a PDF text layer)
 * @param line the index of its line on the page, in reading order
 * @param block the index of its block (paragraph or column) on the page
 */
public record Word(String text, Box box, double confidence, int line, int block) {

    public Word {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a word has text");
        }
    }
}
