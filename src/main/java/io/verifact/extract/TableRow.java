package io.verifact.extract;

import io.verifact.extract.TableHeader.Cell;
import io.verifact.extract.TableHeader.Column;
import io.verifact.model.Box;
import io.verifact.model.Word;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of an invoice's table of lines, cut into the columns its header names: each phrase goes to
 * the cell it stands under; a phrase under several cells is cut between them.
 *
 * @param rates the phrases standing in the column of VAT rates
 * @param spans whether a phrase runs from left of the description across three columns or more:
 *        a paragraph of the page, not a row nor a description that runs long
 */
record TableRow(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, BigDecimal vatRate,
                Set<Phrase> rates, boolean spans) {

    /** A rate stands on its own: not the first digits of an amount (119,70) or of a year (2024). */
    private static final Pattern RATE = Pattern.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,2})?)(?![.,]?\\d)\\s*%?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d.,]*");
    private static final Pattern POSITION = Pattern.compile("^\\s*(?:pos|nr|no|#|lfd)");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d{1,4}\\.?\\s+(?=\\S)");
    private static final BigDecimal MAX_RATE = BigDecimal.valueOf(30);
    /** How far beside a header cell, as a share of the page width, a value may stand and still be in its column. */
    private static final double COLUMN_REACH = 0.06;
    /** A gap between words wider than twice a phrase's usual one by this much, as a share of the page width, parts two cells. */
    private static final double GAP_SLACK = 0.002;
    /** A unit printed after a number is short: "Stk", "kg", "%". */
    private static final int MAX_UNIT = 4;

    /**
     * A phrase or some of its words, in one column.
     *
     * @param spanning whether it is part of a sentence that runs across the table
     */
    private record Piece(Phrase phrase, int start, int end, boolean spanning) {
        String text() {
            return phrase.text.substring(start, end).strip();
        }
    }

    static TableRow of(Line line, TableHeader header, Reading reading) {
        Map<Cell, List<Piece>> columns = new IdentityHashMap<>();
        boolean spans = false;
        for (Phrase p : line.phrases()) {
            List<Cell> under = header.cells.stream().filter(c -> shared(p.box, c.box()) > 0).toList();
            spans |= under.size() > 2 && p.box.x0() < header.cell(Column.DESCRIPTION).map(c -> c.box().x0()).orElse(1.0) - COLUMN_REACH / 2;
            if (under.size() >= 2) {
                cut(p, header, columns);
                continue;
            }
            Cell cell = under.size() == 1 ? under.getFirst() : nearest(p.box, header, COLUMN_REACH);
            if (cell != null) {
                columns.computeIfAbsent(cell, c -> new ArrayList<>()).add(new Piece(p, 0, p.text.length(), false));
            }
        }
        Spot<BigDecimal> amount = last(values(columns, header, Column.AMOUNT, true, reading));
        Spot<BigDecimal> quantity = first(values(columns, header, Column.QUANTITY, false, reading));
        Spot<BigDecimal> unit = first(values(columns, header, Column.UNIT_PRICE, false, reading));
        Set<Phrase> rates = Collections.newSetFromMap(new IdentityHashMap<>());
        BigDecimal rate = null;
        for (Piece piece : pieces(columns, header, Column.VAT)) {
            rates.add(piece.phrase());
            Matcher m = RATE.matcher(piece.text());
            if (rate == null && m.find()) {
                rate = Amounts.parse(m.group(1), m.group(1).contains(",") ? Amounts.Style.COMMA : Amounts.Style.POINT)
                        .filter(r -> r.compareTo(MAX_RATE) <= 0).orElse(null);
            }
        }
        return new TableRow(description(columns, header), quantity == null ? null : quantity.value(),
                unit == null || unit.equals(amount) ? null : unit.value(), amount == null ? null : amount.value(), rate, rates, spans);
    }

    /**
     * A phrase that stands under several cells, cut where its words stand further apart than they
     * usually do ("28 Std   19 % VAT" is a quantity and a rate), else word by word, a number with the
     * short words after it (its unit, its percent sign).
     */
    private static void cut(Phrase p, TableHeader header, Map<Cell, List<Piece>> columns) {
        List<Word> words = p.words;
        double[] gaps = new double[Math.max(0, words.size() - 1)];
        for (int k = 1; k < words.size(); k++) {
            gaps[k - 1] = words.get(k).box().x0() - words.get(k - 1).box().x1();
        }
        double usual = gaps.length == 0 ? 0 : Arrays.stream(gaps).sorted().toArray()[gaps.length / 2];
        double wide = 2 * Math.max(usual, 0) + GAP_SLACK;
        boolean apart = Arrays.stream(gaps).anyMatch(g -> g > wide);
        // Words evenly spaced across the table are a sentence: its figures are no values of the row.
        boolean sentence = !apart && header.cells.stream().filter(c -> shared(p.box, c.box()) > 0).count() > 2;
        int from = 0;
        int fromWord = 0;
        int at = 0;
        for (int k = 0; k < words.size(); k++) {
            boolean last = k == words.size() - 1;
            int end = at + words.get(k).text().length();
            boolean cutHere = last || (apart ? gaps[k] > wide : !NUMBER.matcher(words.get(fromWord).text()).matches() || !unit(words.get(k + 1))
                    || underDescription(words.get(k + 1), header));
            if (cutHere) {
                Box box = words.subList(fromWord, k + 1).stream().map(Word::box).reduce(Box::union).orElseThrow();
                Cell cell = header.cells.stream().max(Comparator.comparingDouble(c -> shared(box, c.box()))).orElseThrow();
                if (shared(box, cell.box()) <= 0) {
                    cell = nearest(box, header, 1);
                }
                Optional<Cell> description = header.cell(Column.DESCRIPTION);
                if (description.isPresent() && shared(box, description.get().box()) > 0 && Text.letters(p.text.substring(from, end)) > 0
                        && !NUMBER.matcher(words.get(fromWord).text()).matches()) {
                    // Words reaching under the description's heading are the description, whatever they also straddle.
                    cell = description.get();
                }
                columns.computeIfAbsent(cell, c -> new ArrayList<>()).add(new Piece(p, from, end, sentence));
                from = end + 1;
                fromWord = k + 1;
            }
            at = end + 1;
        }
    }

    /** Whether a word reaches under the description's heading: "1 NASI LEMAK" is a quantity and a dish, not 1 NASI of LEMAK. */
    private static boolean underDescription(Word word, TableHeader header) {
        return header.cell(Column.DESCRIPTION).filter(c -> shared(word.box(), c.box()) > 0).isPresent();
    }

    /** A short word without figures: what may follow a number in its cell ("Stk", "%", "VAT (S)"). */
    private static boolean unit(Word word) {
        return word.text().length() <= MAX_UNIT && Text.digits(word.text()) == 0;
    }

    private static double shared(Box a, Box b) {
        return Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
    }

    private static Cell nearest(Box box, TableHeader header, double reach) {
        Cell nearest = null;
        double distance = reach;
        for (Cell c : header.cells) {
            double d = -shared(box, c.box());
            if (d < distance) {
                distance = d;
                nearest = c;
            }
        }
        return nearest;
    }

    private static List<Piece> pieces(Map<Cell, List<Piece>> columns, TableHeader header, Column column) {
        return header.cell(column).map(c -> columns.getOrDefault(c, List.of())).orElse(List.of());
    }

    /** The numbers of a column's pieces; never those of a sentence that runs across the table. */
    /**
     * @param money whether only money counts: an amount with cents, or one with its currency ("$1000")
     */
    private static List<Spot<BigDecimal>> values(Map<Cell, List<Piece>> columns, TableHeader header, Column column, boolean money,
                                                 Reading reading) {
        List<Spot<BigDecimal>> values = new ArrayList<>();
        for (Piece piece : pieces(columns, header, column)) {
            if (piece.spanning()) {
                continue;
            }
            for (Spot<BigDecimal> spot : reading.amounts(piece.phrase(), piece.start())) {
                if (spot.end() <= piece.end() && (!money || spot.value().scale() == 2 || Amounts.CURRENCY.matcher(spot.printed()).find())) {
                    values.add(spot);
                }
            }
        }
        return values;
    }

    private static <T> T first(List<T> values) {
        return values.isEmpty() ? null : values.getFirst();
    }

    private static <T> T last(List<T> values) {
        return values.isEmpty() ? null : values.getLast();
    }

    /** The text of the description column; without one, the words of the columns that name nothing. */
    private static String description(Map<Cell, List<Piece>> columns, TableHeader header) {
        Optional<Cell> described = header.cell(Column.DESCRIPTION);
        List<Piece> pieces = new ArrayList<>();
        if (described.isPresent()) {
            pieces.addAll(columns.getOrDefault(described.get(), List.of()));
        } else {
            header.cells.stream().filter(c -> c.column() == null)
                    .forEach(c -> columns.getOrDefault(c, List.of()).stream().filter(p -> Text.letters(p.text()) >= 2).forEach(pieces::add));
        }
        pieces.sort(Comparator.comparingDouble(p -> p.phrase().box.x0()));
        String text = String.join(" ", pieces.stream().map(Piece::text).toList());
        if (described.isPresent() && POSITION.matcher(described.get().folded()).find()) {
            // "Pos. Description" heads "1 Superdrachen": the number is the position, not the description.
            text = LEADING_NUMBER.matcher(text).replaceFirst("");
        }
        return text;
    }
}
