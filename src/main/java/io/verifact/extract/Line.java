package io.verifact.extract;

import io.verifact.model.Box;

import java.util.List;

/**
 * The phrases of one visual line of a page, left to right.
 *
 * @param text the phrases' text, two spaces apart
 * @param folded the same text folded for matching, position for position
 */
record Line(int page, int index, List<Phrase> phrases, Box box, String text, String folded) {

    Line(int page, int index, List<Phrase> phrases, Box box) {
        this(page, index, phrases, box, joined(phrases));
    }

    private Line(int page, int index, List<Phrase> phrases, Box box, String text) {
        this(page, index, phrases, box, text, Fold.fold(text));
    }

    private static String joined(List<Phrase> phrases) {
        StringBuilder s = new StringBuilder();
        for (Phrase p : phrases) {
            if (!s.isEmpty()) {
                s.append("  ");
            }
            s.append(p.text);
        }
        return s.toString();
    }

    /** The line's words, left to right. */
    List<io.verifact.model.Word> words() {
        return phrases.stream().flatMap(p -> p.words.stream()).toList();
    }

    double height() {
        return phrases.stream().mapToDouble(Phrase::height).min().orElse(box.height());
    }
}
