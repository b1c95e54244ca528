package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.model.PagePlace;
import io.verifact.model.PageText;
import io.verifact.model.Word;
import io.verifact.model.Zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a rectangle drawn on one invoice into a zone that finds its place on the next: it remembers
 * the label printed just left of or above the rectangle and the page it stands on, and on another
 * invoice it is placed relative to that label wherever the label has moved to.
 */
public final class ZonePlacing {

    /** A label has at most this many words: enough to tell "Total HT" from "Total TTC". */
    private static final int LABEL_WORDS = 4;
    /** Words further apart than this many word heights are not one label. */
    private static final double LABEL_GAP = 1.5;
    /** How far left of the rectangle, as a fraction of the page width, a label may stand. */
    private static final double LABEL_REACH_LEFT = 0.45;
    /** How far above the rectangle, in word heights, a label may stand. */
    private static final double LABEL_REACH_UP = 3.5;

    /**
     * Where a zone stands on an invoice.
     *
     * @param anchored whether it was placed by its label, found on the invoice
     */
    public record Placed(int page, Box box, boolean anchored) {
    }

    private ZonePlacing() {
    }

    /**
     * The zone an operator teaches by drawing {@code box} on page {@code page} of this invoice.
     * Totals and what is due go on the last page, where they move as lines grow; other fields on the
     * first; a field drawn on a middle page keeps that page's number.
     */
    public static Zone teach(List<PageText> pages, String field, FieldKey.Kind kind, int page, Box box) {
        PageText on = pages.get(page - 1);
        PagePlace place;
        if (page == pages.size() && (kind == FieldKey.Kind.AMOUNT || page > 1)) {
            place = PagePlace.LAST;
        } else if (page == 1) {
            place = PagePlace.FIRST;
        } else {
            place = PagePlace.number(page);
        }
        Optional<List<Word>> label = leftLabel(on, box).or(() -> labelAbove(on, box));
        // A zone in the lower half of its page also keeps its distance to the last printed line.
        double foot = box.centerY() > 0.5 ? foot(on) : 0;
        return label.map(words -> new Zone(field, place, box, String.join(" ", words.stream().map(Word::text).toList()),
                        words.stream().map(Word::box).reduce(Box::union).orElseThrow(), foot))
                .orElseGet(() -> new Zone(field, place, box, "", null, foot));
    }

    /**
     * Where the zone may stand on this invoice, likeliest first: beside its label, then where it was
     * drawn on its page, for a reader to take the first place that reads a value.
     *
     * @param shift how far down the other labels of the page moved, to choose between several places
     *        where this zone's label is printed
     */
    static List<Placed> places(Zone zone, Layout layout, double shift) {
        List<PageText> pages = layout.pages;
        List<Placed> places = new ArrayList<>();
        int preferred = zone.page().in(pages.size());
        if (zone.hasLabel()) {
            List<Integer> order = new ArrayList<>();
            if (preferred > 0) {
                order.add(preferred);
            }
            List<Integer> others = new ArrayList<>();
            for (int p = 1; p <= pages.size(); p++) {
                if (p != preferred) {
                    others.add(p);
                }
            }
            // A total that did not fit on its page stands on the next ones; a header field on earlier ones.
            others.sort(Comparator.comparingInt(p -> zone.page().kind() == PagePlace.Kind.LAST ? -p : p));
            order.addAll(others);
            List<String> tokens = tokens(zone.label());
            for (int p : order) {
                Optional<Box> found = findLabel(layout.lines(p), tokens, zone.labelBox(), p == preferred ? shift : 0);
                if (found.isPresent()) {
                    double dx = found.get().x0() - zone.labelBox().x0();
                    double dy = found.get().y0() - zone.labelBox().y0();
                    places.add(new Placed(p, moved(zone.box(), dx, dy), true));
                    break;
                }
            }
        }
        if (preferred > 0 && zone.fromFoot()) {
            double down = foot(pages.get(preferred - 1)) - zone.foot();
            if (Math.abs(down) > 1e-6) {
                places.add(new Placed(preferred, moved(zone.box(), 0, down), !zone.hasLabel()));
            }
        }
        if (preferred > 0) {
            places.add(new Placed(preferred, zone.box(), !zone.hasLabel()));
        }
        return places;
    }

    /** Where the page's last printed line ends, as a fraction of its height; 0 on a page with no words. */
    private static double foot(PageText page) {
        return page.words().stream().mapToDouble(w -> w.box().y1()).max().orElse(0);
    }

    /** The box moved by that much, kept on the page. */
    private static Box moved(Box box, double dx, double dy) {
        return Box.of(box.x0() + dx, box.y0() + dy, box.x1() + dx, box.y1() + dy, 1, 1);
    }

    /** The words of the label run in this page's reading order, nearest the taught place first. */
    private static Optional<Box> findLabel(List<Line> lines, List<String> tokens, Box taught, double shift) {
        Box best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Box box : labelHits(lines, tokens)) {
            // Labels move down a page far more than across it, and with the other labels of the page.
            double distance = Math.abs(box.y0() - taught.y0() - shift) + 3 * Math.abs(box.x0() - taught.x0());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = box;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How far down the zone's label moved on its page, when the label is printed there once only: what
     * the zones whose label is printed several times can go by.
     */
    static OptionalDouble uniqueShift(Zone zone, Layout layout) {
        int preferred = zone.page().in(layout.pageCount());
        if (!zone.hasLabel() || preferred == 0) {
            return OptionalDouble.empty();
        }
        List<Box> hits = labelHits(layout.lines(preferred), tokens(zone.label()));
        return hits.size() == 1 ? OptionalDouble.of(hits.getFirst().y0() - zone.labelBox().y0()) : OptionalDouble.empty();
    }

    private static List<Box> labelHits(List<Line> lines, List<String> tokens) {
        List<Box> hits = new ArrayList<>();
        if (tokens.isEmpty()) {
            return hits;
        }
        for (Line printed : lines) {
            List<Word> line = printed.words().stream().filter(w -> !token(w.text()).isEmpty()).toList();
            for (int from = 0; from + tokens.size() <= line.size(); from++) {
                boolean match = true;
                for (int i = 0; i < tokens.size() && match; i++) {
                    match = token(line.get(from + i).text()).equals(tokens.get(i));
                }
                if (!match) {
                    continue;
                }
                hits.add(line.subList(from, from + tokens.size()).stream().map(Word::box).reduce(Box::union).orElseThrow());
            }
        }
        return hits;
    }

    /** The words printed on the rectangle's line just left of it, up to the first wide gap. */
    private static Optional<List<Word>> leftLabel(PageText page, Box box) {
        List<Word> left = new ArrayList<>(page.words().stream()
                .filter(w -> w.box().verticalOverlap(box) >= 0.5 && w.box().centerX() < box.x0()
                        && box.x0() - w.box().x1() < LABEL_REACH_LEFT)
                .toList());
        left.sort(Comparator.comparingDouble((Word w) -> w.box().x1()).reversed());
        return run(left, true);
    }

    /** The words of the nearest line above the rectangle that stand over it. */
    private static Optional<List<Word>> labelAbove(PageText page, Box box) {
        double height = page.words().stream().filter(w -> w.box().verticalOverlap(box) >= 0.5)
                .mapToDouble(w -> w.box().height()).average().orElse(Math.max(box.height(), 0.01));
        List<Word> above = page.words().stream()
                .filter(w -> w.box().centerY() < box.y0() && box.y0() - w.box().y1() < LABEL_REACH_UP * height
                        && w.box().x1() > box.x0() - 2 * height && w.box().x0() < box.x1() + 2 * height)
                .toList();
        Optional<Word> nearest = above.stream().filter(ZonePlacing::wordy).max(Comparator.comparingDouble(w -> w.box().y1()));
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        // The whole phrase the nearest word belongs to, even where it runs past the rectangle's width.
        List<Word> line = new ArrayList<>(page.words().stream()
                .filter(w -> w.box().verticalOverlap(nearest.get().box()) >= 0.5).toList());
        line.sort(Comparator.comparingDouble(w -> w.box().x0()));
        int at = line.indexOf(nearest.get());
        int from = at;
        while (from > 0 && gap(line.get(from - 1), line.get(from)) <= LABEL_GAP * height) {
            from--;
        }
        return run(line.subList(from, line.size()), false);
    }

    private static double gap(Word left, Word right) {
        return right.box().x0() - left.box().x1();
    }

    /** From the first word on, the words that follow each other closely and read as a label. */
    private static Optional<List<Word>> run(List<Word> words, boolean leftward) {
        List<Word> label = new ArrayList<>();
        for (Word w : words) {
            if (!label.isEmpty()) {
                Word previous = label.getLast();
                double gap = leftward ? previous.box().x0() - w.box().x1() : w.box().x0() - previous.box().x1();
                if (gap > LABEL_GAP * Math.max(w.box().height(), previous.box().height()) || label.size() == LABEL_WORDS) {
                    break;
                }
            }
            if (token(w.text()).isEmpty()) {
                continue;
            }
            label.add(w);
        }
        if (leftward) {
            label = new ArrayList<>(label.reversed());
        }
        // Drop values standing between the label and the zone (a rate, a count): a label is words.
        while (!label.isEmpty() && !wordy(label.getLast())) {
            label.removeLast();
        }
        return label.stream().anyMatch(ZonePlacing::wordy) ? Optional.of(label) : Optional.empty();
    }

    private static boolean wordy(Word w) {
        return w.text().chars().filter(Character::isLetter).count() >= 2;
    }

    private static List<String> tokens(String label) {
        return Arrays.stream(label.split("\\s+")).map(ZonePlacing::token).filter(t -> !t.isEmpty()).toList();
    }

    /** A word as compared between invoices: folded, without surrounding punctuation. */
    private static String token(String text) {
        return Fold.fold(text).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }
}
