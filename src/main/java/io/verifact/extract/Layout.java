package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Word;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The pages as lines of phrases, built from word boxes alone so that every engine's words are read
 * the same way.
 */
final class Layout {

    /** A gap wider than this many line heights separates two phrases (columns, label and value). */
    private static final double PHRASE_GAP = 1.1;
    /**
     * OCR boxes hug the ink, a text layer's span the font's whole height: the same printed space is
     * more of an OCR word's height.
     */
    private static final double OCR_PHRASE_GAP = 1.4;
    /** A word this many times taller than the page's median word is a watermark or a stamp, not text of a line. */
    private static final double GIANT = 4;
    /** Below this slope a scan is as good as straight. */
    private static final double MIN_SKEW = 0.003;

    final List<PageText> pages;
    final List<List<Line>> linesByPage = new ArrayList<>();
    /** Whether each line begins a table's header: the lines and the totals are both read with the table in mind. */
    private final Map<Line, Optional<TableHeader>> headers = Collections.synchronizedMap(new IdentityHashMap<>());

    Layout(List<PageText> pages) {
        this.pages = pages;
        for (PageText page : pages) {
            linesByPage.add(lines(page));
        }
    }

    int pageCount() {
        return pages.size();
    }

    List<Line> lines(int page) {
        return linesByPage.get(page - 1);
    }

    /** The line a phrase stands on. */
    Line lineOf(Phrase phrase) {
        return lines(phrase.page).get(phrase.lineIndex);
    }

    List<Line> allLines() {
        return linesByPage.stream().flatMap(List::stream).toList();
    }

    /** The header of a table of lines that starts at line {@code i} of a page, if one does; looked for once. */
    Optional<TableHeader> headerAt(int page, int i) {
        return headers.computeIfAbsent(lines(page).get(i), line -> TableHeader.at(lines(page), i));
    }

    List<Phrase> allPhrases() {
        return allLines().stream().flatMap(l -> l.phrases().stream()).toList();
    }

    /** The words of one page as its printed lines, top to bottom, each left to right. */
    static List<List<Word>> wordLines(PageText page) {
        return lines(page).stream().map(Line::words).toList();
    }

    private static List<Line> lines(PageText page) {
        double slope = skew(page);
        if (Math.abs(slope) > MIN_SKEW) {
            return skewedLines(page, slope);
        }
        List<Word> words = new ArrayList<>(page.words());
        words.sort(Comparator.comparingDouble((Word w) -> w.box().centerY()));
        double giant = giantAbove(words);
        List<Row> rows = new ArrayList<>();
        List<List<Word>> apart = new ArrayList<>();
        for (Word w : words) {
            if (w.box().height() > giant) {
                // A watermark or a stamp across the text: a line of its own, so that it joins no lines together.
                apart.add(List.of(w));
                continue;
            }
            Row joined = null;
            // Only the last few rows can hold a word sorted by its centre.
            for (int r = Math.max(0, rows.size() - 3); r < rows.size(); r++) {
                if (rows.get(r).holds(w)) {
                    joined = rows.get(r);
                }
            }
            if (joined == null) {
                rows.add(new Row(w));
            } else {
                joined.add(w);
            }
        }
        List<List<Word>> all = new ArrayList<>(apart);
        rows.forEach(r -> all.add(r.words));
        all.sort(Comparator.comparingDouble(r -> r.stream().mapToDouble(w -> w.box().centerY()).average().orElse(0)));
        List<Line> lines = new ArrayList<>();
        for (List<Word> row : all) {
            List<Word> sorted = new ArrayList<>(row);
            sorted.sort(Comparator.comparingDouble(w -> w.box().x0()));
            lines.add(line(page.number(), lines.size(), sorted, page));
        }
        return lines;
    }

    /**
     * The height above which a word is a watermark or a stamp: a few times the page's usual word. On a
     * page whose words mostly have no height (a broken text layer), no word is.
     */
    private static double giantAbove(List<Word> words) {
        double median = medianHeight(words);
        return median > 0 ? GIANT * median : Double.POSITIVE_INFINITY;
    }

    private static double medianHeight(List<Word> words) {
        double[] heights = words.stream().mapToDouble(w -> w.box().height()).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    /**
     * A line being gathered. A word joins it by the median height and centre of the words it holds
     * so far, never by the box around them all, which one tall word would stretch over its neighbours.
     */
    private static final class Row {

        final List<Word> words = new ArrayList<>();
        private final Median heights = new Median();
        private final Median centres = new Median();

        Row(Word first) {
            add(first);
        }

        void add(Word w) {
            words.add(w);
            heights.add(w.box().height());
            centres.add(w.box().centerY());
        }

        /** The word's centre lies near the row's, and most of the smaller of the two lies within the other; a tall word never joins a row it merely touches. */
        boolean holds(Word w) {
            double height = heights.value();
            double centre = centres.value();
            Box typical = new Box(w.box().x0(), centre - height / 2, w.box().x1(), centre + height / 2);
            return typical.verticalOverlap(w.box()) >= 0.5 && Math.abs(centre - w.box().centerY()) < 0.6 * Math.max(height, w.box().height());
        }
    }

    /** The median of numbers given one by one, each in logarithmic time. */
    private static final class Median {

        private final PriorityQueue<Double> lower = new PriorityQueue<>(Comparator.reverseOrder());
        private final PriorityQueue<Double> upper = new PriorityQueue<>();

        void add(double value) {
            if (lower.isEmpty() || value <= lower.peek()) {
                lower.add(value);
            } else {
                upper.add(value);
            }
            if (lower.size() > upper.size() + 1) {
                upper.add(lower.poll());
            } else if (upper.size() > lower.size()) {
                lower.add(upper.poll());
            }
        }

        double value() {
            return lower.size() > upper.size() ? lower.peek() : (lower.peek() + upper.peek()) / 2;
        }
    }

    /**
     * How much a scanned page's lines rise or fall across its width, as a share of the page height
     * per page width: the median over the lines OCR found, each fitted through its words' centres.
     */
    private static double skew(PageText page) {
        if (page.engine() == Engine.TEXT) {
            return 0;
        }
        java.util.Map<Integer, List<Word>> byLine = new java.util.HashMap<>();
        for (Word w : page.words()) {
            byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        List<Double> slopes = new ArrayList<>();
        for (List<Word> line : byLine.values()) {
            double spread = line.stream().mapToDouble(w -> w.box().centerX()).max().orElse(0)
                    - line.stream().mapToDouble(w -> w.box().centerX()).min().orElse(0);
            if (line.size() < 3 || spread < 0.2) {
                continue;
            }
            double mx = line.stream().mapToDouble(w -> w.box().centerX()).average().orElse(0);
            double my = line.stream().mapToDouble(w -> w.box().centerY()).average().orElse(0);
            double sxy = 0;
            double sxx = 0;
            for (Word w : line) {
                sxy += (w.box().centerX() - mx) * (w.box().centerY() - my);
                sxx += (w.box().centerX() - mx) * (w.box().centerX() - mx);
            }
            slopes.add(sxy / sxx);
        }
        if (slopes.size() < 3) {
            return 0;
        }
        slopes.sort(null);
        return slopes.get(slopes.size() / 2);
    }

    /** Lines of a skewed scan: words grouped by their height once the slope is taken out. */
    private static List<Line> skewedLines(PageText page, double slope) {
        List<Word> words = new ArrayList<>(page.words());
        words.sort(Comparator.comparingDouble(w -> level(w, slope)));
        double giant = giantAbove(words);
        List<List<Word>> rows = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        List<List<Word>> apart = new ArrayList<>();
        for (Word w : words) {
            if (w.box().height() > giant) {
                apart.add(new ArrayList<>(List.of(w)));
                continue;
            }
            double level = level(w, slope);
            int last = rows.size() - 1;
            if (last >= 0 && Math.abs(levels.get(last) - level) < 0.5 * w.box().height()) {
                List<Word> row = rows.get(last);
                row.add(w);
                levels.set(last, levels.get(last) + (level - levels.get(last)) / row.size());
            } else {
                rows.add(new ArrayList<>(List.of(w)));
                levels.add(level);
            }
        }
        if (!apart.isEmpty()) {
            rows.addAll(apart);
            rows.sort(Comparator.comparingDouble(r -> r.stream().mapToDouble(w -> level(w, slope)).average().orElse(0)));
        }
        List<Line> lines = new ArrayList<>();
        for (List<Word> row : rows) {
            row.sort(Comparator.comparingDouble(w -> w.box().x0()));
            lines.add(line(page.number(), lines.size(), row, page));
        }
        return lines;
    }

    private static double level(Word w, double slope) {
        return w.box().centerY() - slope * w.box().centerX();
    }

    private static Line line(int page, int index, List<Word> row, PageText pageText) {
        double aspect = pageText.width() > 0 ? pageText.height() / pageText.width() : 1.414;
        double height = row.stream().mapToDouble(w -> w.box().height()).sorted().skip(row.size() / 2).findFirst().orElse(0.01);
        double phraseGap = pageText.engine() == Engine.TEXT ? PHRASE_GAP : OCR_PHRASE_GAP;
        List<Phrase> phrases = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Word previous = null;
        for (Word w : row) {
            // Widths are fractions of the page width, heights of its height: bring both to one scale.
            double gap = previous == null ? 0 : (w.box().x0() - previous.box().x1()) / aspect;
            if (previous != null && gap > phraseGap * height) {
                phrases.add(new Phrase(page, index, current));
                current = new ArrayList<>();
            }
            current.add(w);
            previous = w;
        }
        phrases.add(new Phrase(page, index, current));
        Box box = phrases.stream().map(p -> p.box).reduce(Box::union).orElseThrow();
        return new Line(page, index, phrases, box);
    }
}
