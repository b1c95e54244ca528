package io.verifact.extract;

import io.verifact.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the value of a label stands: right of it on the same line, or below it in the same column.
 * Each value found is weighed by how near it is.
 */
final class ValueSearch {

    /** Reads values of one kind in a phrase's text, from a position on. */
    @FunctionalInterface
    interface Reader<T> {
        List<Spot<T>> read(Phrase phrase, int from);
    }

    private static final int LINES_BELOW = 4;
    private static final int MAX_RUN = 8;
    private static final int MAX_IN_PHRASE = 3;
    private static final int MAX_PHRASES_RIGHT = 4;

    private final Layout layout;

    ValueSearch(Layout layout) {
        this.layout = layout;
    }

    <T> List<Spot<T>> after(Labels.Hit hit, Reader<T> reader) {
        return after(hit, reader, true);
    }

    /**
     * @param totalLast whether the last value of a column below the label weighs most, as a table's
     *        total row does; not so for dates, where the first row is the one announced
     */
    <T> List<Spot<T>> after(Labels.Hit hit, Reader<T> reader, boolean totalLast) {
        List<Spot<T>> found = new ArrayList<>();
        Phrase label = hit.phrase();
        List<Spot<T>> inPhrase = reader.read(label, hit.end());
        // A label announces the values next to it; a line of a hundred figures is not a hundred candidates.
        for (int i = 0; i < Math.min(inPhrase.size(), MAX_IN_PHRASE); i++) {
            found.add(inPhrase.get(i).near(i == 0 ? 1.0 : 0.8));
        }
        Line line = layout.lineOf(label);
        int at = line.phrases().indexOf(label);
        List<Phrase> right = line.phrases().subList(at + 1, line.phrases().size());
        for (int k = 0; k < right.size(); k++) {
            if (k >= MAX_PHRASES_RIGHT && k < right.size() - 1) {
                continue;
            }
            List<Spot<T>> values = reader.read(right.get(k), 0);
            for (int i = 0; i < values.size(); i++) {
                if (i >= MAX_IN_PHRASE && i < values.size() - 1) {
                    continue;
                }
                double nearness = found.isEmpty() && i == 0 ? 0.95 : Math.max(0.5, 0.9 - 0.1 * k - 0.1 * i);
                if (k == right.size() - 1 && i == values.size() - 1) {
                    // The last value of a line is where tables and summaries put the figure a label announces.
                    nearness = Math.max(nearness, 0.9);
                }
                found.add(values.get(i).near(nearness));
            }
        }
        if (found.isEmpty()) {
            found.addAll(below(label, hit, reader, totalLast));
        }
        return found;
    }

    /**
     * Values in the label's column below it. A column of several values (a table's rows) ends with its
     * total more often than not, so the last of a run weighs more than the rows between.
     */
    private <T> List<Spot<T>> below(Phrase label, Labels.Hit hit, Reader<T> reader, boolean totalLast) {
        List<Spot<T>> run = new ArrayList<>();
        Box labelBox = label.boxOf(hit.start(), hit.end());
        double x0 = Math.min(labelBox.x0(), label.box.x0()) - 0.01;
        double x1 = Math.max(labelBox.x1(), label.box.x1()) + 0.01;
        List<Line> lines = layout.lines(label.page);
        double height = label.height();
        double bottom = label.box.y1();
        for (int j = label.lineIndex + 1; j < lines.size() && run.size() < MAX_RUN; j++) {
            Line line = lines.get(j);
            boolean first = run.isEmpty();
            if (first && (j > label.lineIndex + LINES_BELOW || line.box().y0() - bottom > 6 * height)) {
                break;
            }
            if (!first && line.box().y0() - bottom > 2.5 * Math.max(height, line.height())) {
                break;
            }
            Spot<T> value = null;
            for (Phrase p : line.phrases()) {
                if (p.box.x1() < x0 || p.box.x0() > x1) {
                    continue;
                }
                // A scan's row read as one phrase over several columns ("TD24 - Fattura | 2025/A/0391"): what
                // stands in the label's column first, then the phrase from its start.
                int cell = p.box.x0() < x0 ? p.cellFrom(x0) : -1;
                List<Spot<T>> values = cell > 0 ? reader.read(p, cell) : List.of();
                if (values.isEmpty()) {
                    values = reader.read(p, 0);
                }
                if (!values.isEmpty()) {
                    value = values.getFirst();
                    break;
                }
            }
            if (value == null) {
                if (first) {
                    continue;
                }
                break;
            }
            run.add(value);
            bottom = line.box().y1();
        }
        List<Spot<T>> found = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            double nearness = i == 0 ? 0.85 : 0.6;
            if (totalLast && i > 0 && i == run.size() - 1) {
                nearness = 0.9;
            }
            found.add(run.get(i).near(nearness));
        }
        return found;
    }
}
