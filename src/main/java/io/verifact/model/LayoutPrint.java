package io.verifact.model;

import java.util.List;

/**
 * What a page layout looks like, to tell one letterhead from another: the words that stay the same
 * from one invoice to the next (labels, the supplier's name and address) and where they stand.
 */
public record LayoutPrint(List<Mark> marks) {

    public static final LayoutPrint NONE = new LayoutPrint(List.of());

    public LayoutPrint {
        marks = List.copyOf(marks);
    }

    /**
     * One word of the layout.
     *
     * @param word the word, folded to lower case without accents
     * @param x the left of the word, as a fraction of the page's width
     * @param y the middle of the word, as a fraction of the page's height
     */
    public record Mark(String word, double x, double y) {
    }
}
