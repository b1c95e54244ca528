package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Words standing close together on one line: a label, a value, a cell of a table. The text joins the
 * words with one space; {@code folded} is the same text folded for matching, position for position.
 */
final class Phrase {

    final int page;
    final int lineIndex;
    final List<Word> words;
    final String text;
    final String folded;
    private final int[] starts;
    final Box box;
    private final double height;
    /** The labels found in this phrase, once looked for; see {@link Labels#find}. */
    volatile List<Labels.Hit> labels;
    /** The table columns this phrase names, once looked for; see {@code TableHeader.columnsOf}. */
    volatile List<TableHeader.Naming> columns;

    Phrase(int page, int lineIndex, List<Word> words) {
        this.page = page;
        this.lineIndex = lineIndex;
        this.words = List.copyOf(words);
        this.starts = new int[words.size()];
        StringBuilder joined = new StringBuilder();
        Box union = null;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                joined.append(' ');
            }
            starts[i] = joined.length();
            joined.append(words.get(i).text());
            union = union == null ? words.get(i).box() : union.union(words.get(i).box());
        }
        this.text = joined.toString();
        this.folded = Fold.fold(text);
        this.box = union;
        this.height = words.stream().mapToDouble(w -> w.box().height()).sorted().skip(words.size() / 2).findFirst().orElse(union == null ? 0 : union.height());
    }

    /** The box of the words the characters from {@code start} to {@code end} fall in. */
    Box boxOf(int start, int end) {
        Box union = null;
        for (Word w : wordsOf(start, end)) {
            union = union == null ? w.box() : union.union(w.box());
        }
        return union == null ? box : union;
    }

    List<Word> wordsOf(int start, int end) {
        List<Word> in = new ArrayList<>();
        // Words start in order: begin at the last one starting at or before {@code start}.
        int first = java.util.Arrays.binarySearch(starts, start);
        first = first >= 0 ? first : Math.max(0, -first - 2);
        for (int i = first; i < words.size() && starts[i] < end; i++) {
            int wordStart = starts[i];
            int wordEnd = wordStart + words.get(i).text().length();
            if (wordStart < end && wordEnd > start) {
                in.add(words.get(i));
            }
        }
        return in;
    }

    /**
     * Where a cell of a table starts in the text, at or right of a place across the page, where OCR read a row
     * over several cells as one phrase: the first word there, set apart from the words before it by a word of
     * no letter or figure, as a cell's border is read ("TD24 - Fattura | 2025/A/0391"), or by a gap wider than
     * the text is high; -1 where no word is (an address's "Holandska 878/2" is one cell).
     */
    int cellFrom(double x) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).box().x0() >= x) {
                if (isBorder(words.get(i))) {
                    return i + 1 < words.size() ? starts[i + 1] : -1;
                }
                Word before = words.get(i - 1);
                return isBorder(before) || words.get(i).box().x0() - before.box().x1() >= height ? starts[i] : -1;
            }
        }
        return -1;
    }

    /** A word of no letter or figure, as OCR reads a table's rule or a cell's dash: "|", "¦", "-". */
    private static boolean isBorder(Word word) {
        return word.text().chars().noneMatch(Character::isLetterOrDigit);
    }

    /** The lowest confidence of the words in the range: a value is as sure as its least sure word. */
    double confidenceOf(int start, int end) {
        return wordsOf(start, end).stream().mapToDouble(Word::confidence).min().orElse(0);
    }

    /** The median height of the words: the size of the text, which a tall initial or a stray mark does not change. */
    double height() {
        return height;
    }

    @Override
    public String toString() {
        return "p" + page + "/l" + lineIndex + " " + text;
    }
}
