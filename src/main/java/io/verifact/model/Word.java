package io.verifact.model;

import java.util.List;

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

    /** The same word once its page is turned clockwise by quarter turns ({@link Box#turned}). */
    public Word turned(int quarterTurns) {
        return new Word(text, box.turned(quarterTurns), confidence, line, block);
    }

    /**
     * Words of another reading of the same page (a zone read again, a second pass), their lines and
     * blocks numbered after those of {@code page}: each reading numbers its lines from the start, and
     * words of two readings that share a number are no line together.
     */
    public static List<Word> numberedAfter(List<Word> page, List<Word> other) {
        int lines = page.stream().mapToInt(Word::line).max().orElse(-1) + 1;
        int blocks = page.stream().mapToInt(Word::block).max().orElse(-1) + 1;
        return other.stream().map(w -> new Word(w.text(), w.box(), w.confidence(), lines + w.line(), blocks + w.block())).toList();
    }
}
