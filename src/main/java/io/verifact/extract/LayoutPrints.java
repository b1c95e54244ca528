package io.verifact.extract;

import io.verifact.model.LayoutPrint;
import io.verifact.model.PageText;
import io.verifact.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells how well an invoice fits a layout: the words of a letterhead and of the labels stay where they
 * are from one invoice to the next, while the values and the lines change.
 */
public final class LayoutPrints {

    /** From this fit on, an invoice has the mask's layout. */
    public static final double FITS = 0.5;
    /**
     * The page's head carries the letterhead and the labels of the invoice's references; what stands
     * below changes with the lines (a long invoice's lines run down to the foot of its first page).
     */
    private static final double HEAD = 0.4;
    private static final int MOST_MARKS = 200;
    private static final double NEAR_X = 0.03;
    private static final double NEAR_Y = 0.03;

    private LayoutPrints() {
    }

    /** The layout of the invoice's first page: the words of letters in its head, and where they stand. */
    public static LayoutPrint of(List<PageText> pages) {
        if (pages.isEmpty()) {
            return LayoutPrint.NONE;
        }
        List<LayoutPrint.Mark> marks = new ArrayList<>();
        for (Word w : pages.getFirst().words()) {
            double y = w.box().centerY();
            if (y > HEAD) {
                continue;
            }
            String word = Fold.fold(w.text()).replaceAll("[^\\p{L}]", "");
            if (word.length() >= 3 && word.length() == w.text().replaceAll("[^\\p{L}]", "").length()
                    && w.text().chars().noneMatch(Character::isDigit)) {
                marks.add(new LayoutPrint.Mark(word, round(w.box().x0()), round(y)));
                if (marks.size() == MOST_MARKS) {
                    break;
                }
            }
        }
        return new LayoutPrint(marks);
    }

    /** How well the invoice fits the layout, from 0 (nothing in common) to 1 (the same words in the same places). */
    public static double fit(LayoutPrint layout, List<PageText> pages) {
        return fit(layout, of(pages));
    }

    public static double fit(LayoutPrint a, LayoutPrint b) {
        if (a.marks().isEmpty() || b.marks().isEmpty()) {
            return 0;
        }
        boolean[] used = new boolean[b.marks().size()];
        int matched = 0;
        for (LayoutPrint.Mark m : a.marks()) {
            for (int i = 0; i < used.length; i++) {
                LayoutPrint.Mark o = b.marks().get(i);
                if (!used[i] && o.word().equals(m.word()) && Math.abs(o.x() - m.x()) <= NEAR_X && Math.abs(o.y() - m.y()) <= NEAR_Y) {
                    used[i] = true;
                    matched++;
                    break;
                }
            }
        }
        return (double) matched / Math.max(a.marks().size(), b.marks().size());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
