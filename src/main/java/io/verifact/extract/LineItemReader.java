package io.verifact.extract;

import io.verifact.model.LineItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The invoice lines: a table found by its header row (description, quantity, price, amount…), read
 * row by row until the totals. Each value is taken from the column its header stands over.
 */
final class LineItemReader {

    private enum Column { DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT, VAT }

    private static final String B = "(?<![a-z])";
    private static final Map<Column, Pattern> HEADERS = new EnumMap<>(Map.of(
            Column.DESCRIPTION, Pattern.compile(B + "(?:beschreibung|bezeichnung|artikelbezeichnung|leistung|artikel|description|designation|libelle|omschrijving|product|produkt|item|article|prestation|omschr)"),
            Column.QUANTITY, Pattern.compile(B + "(?:menge|anzahl|qty|quantity|quantite|qte|aantal|anz)(?![a-z])"),
            Column.UNIT_PRICE, Pattern.compile(B + "(?:einzelpreis|nettopreis|stuckpreis|preis|unit\\s*price|price|prix|p\\.\\s?u\\.?|pu|prijs|eenheidsprijs|tarif|rate)(?![a-z])"),
            Column.AMOUNT, Pattern.compile(B + "(?:betrag|gesamtpreis|gesamt|amount|total|montant|bedrag|entgelt|nettowert|positionsbetrag|summe|totaal|net|netto|ht)(?![a-z])"),
            Column.VAT, Pattern.compile(B + "(?:mwst|ust|steuer|vat|tax|tva|btw)(?![a-z])|%")));
    private static final int MAX_CONTINUATION = 3;
    private static final Pattern MONEY = Pattern.compile("\\d[.,]\\d{2}(?!\\d)");
    private static final Pattern RATE = Pattern.compile("(\\d{1,2}(?:[.,]\\d{1,2})?)\\s*%?");

    private final Reading reading;
    private final Map<Phrase, List<Column>> named = new java.util.IdentityHashMap<>();

    LineItemReader(Reading reading) {
        this.reading = reading;
    }

    List<LineItem> read() {
        List<LineItem> items = new ArrayList<>();
        for (int page = 1; page <= reading.layout.pageCount(); page++) {
            List<Line> lines = reading.layout.lines(page);
            for (int i = 0; i < lines.size(); i++) {
                int lastOfHeader = headerEnd(lines, i);
                Map<Column, Phrase> header = header(lines, i, lastOfHeader);
                if (header != null) {
                    i = rows(lines, lastOfHeader, header, items);
                }
            }
        }
        return items;
    }

    /** Headers often take two or three close lines ("Positions-" over "betrag"): the last line that belongs with line {@code i}. */
    private static int headerEnd(List<Line> lines, int i) {
        int end = i;
        while (end + 1 < lines.size() && end - i < 3
                && lines.get(end + 1).box().y0() - lines.get(end).box().y1() < 0.8 * lines.get(end).height()
                && !hasMoney(lines.get(end + 1))) {
            end++;
        }
        return end;
    }

    private static boolean hasMoney(Line line) {
        return line.phrases().stream().anyMatch(p -> MONEY.matcher(p.text).find());
    }

    /** The columns lines {@code from} to {@code to} name, when they name enough of them to be a table's header. */
    private Map<Column, Phrase> header(List<Line> lines, int from, int to) {
        Map<Column, Phrase> columns = new EnumMap<>(Column.class);
        for (int i = from; i <= to; i++) {
            if (hasMoney(lines.get(i))) {
                return null;
            }
            for (Phrase p : lines.get(i).phrases()) {
                for (Column column : columnsNamedBy(p)) {
                    if (!columns.containsKey(column)) {
                        columns.put(column, p);
                        break;
                    }
                }
            }
        }
        boolean enough = columns.size() >= 3 && columns.containsKey(Column.AMOUNT)
                && (columns.containsKey(Column.DESCRIPTION) || columns.containsKey(Column.QUANTITY));
        return enough ? columns : null;
    }

    /** The columns a phrase could head, looked up once per phrase. */
    private List<Column> columnsNamedBy(Phrase phrase) {
        return named.computeIfAbsent(phrase, p -> HEADERS.entrySet().stream()
                .filter(e -> e.getValue().matcher(p.folded).find()).map(Map.Entry::getKey).toList());
    }

    /** Reads rows below the header; returns the index of the last line read. */
    private int rows(List<Line> lines, int headerIndex, Map<Column, Phrase> header, List<LineItem> items) {
        Phrase amountHeader = header.get(Column.AMOUNT);
        Draft current = null;
        int continuation = 0;
        int last = headerIndex;
        for (int j = headerIndex + 1; j < lines.size(); j++) {
            Line line = lines.get(j);
            if (endsTable(line)) {
                break;
            }
            Spot<BigDecimal> amount = inColumn(line, amountHeader, true);
            if (amount != null) {
                if (current != null) {
                    items.add(current.item());
                }
                current = new Draft(amount.value());
                current.description.append(description(line, header));
                Spot<BigDecimal> quantity = inColumn(line, header.get(Column.QUANTITY), false);
                Spot<BigDecimal> unit = inColumn(line, header.get(Column.UNIT_PRICE), false);
                current.quantity = quantity == null ? null : quantity.value();
                current.unitPrice = unit == null || unit.equals(amount) ? null : unit.value();
                current.vatRate = rate(line, header.get(Column.VAT));
                continuation = 0;
            } else if (current != null && continuation < MAX_CONTINUATION) {
                String more = description(line, header);
                if (!more.isBlank()) {
                    current.description.append(current.description.isEmpty() ? "" : " ").append(more);
                }
                continuation++;
            }
            last = j;
        }
        if (current != null) {
            items.add(current.item());
        }
        return last;
    }

    private boolean endsTable(Line line) {
        for (Phrase p : line.phrases()) {
            for (Labels.Hit hit : Labels.find(p)) {
                if (hit.start() < 3 && (hit.concept() == Concept.NET || hit.concept() == Concept.GROSS || hit.concept() == Concept.DUE
                        || hit.concept() == Concept.PAYMENT_TERMS) && hit.weight() >= 0.9) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number in the column a header stands over, or null. */
    private Spot<BigDecimal> inColumn(Line line, Phrase header, boolean money) {
        if (header == null) {
            return null;
        }
        Spot<BigDecimal> best = null;
        double bestOverlap = 0;
        for (Phrase p : line.phrases()) {
            double shared = Math.min(p.box.x1(), header.box.x1() + 0.02) - Math.max(p.box.x0(), header.box.x0() - 0.02);
            if (shared <= 0) {
                continue;
            }
            List<Spot<BigDecimal>> values = money ? reading.money(p, 0) : reading.amounts(p, 0);
            if (!values.isEmpty() && shared > bestOverlap) {
                best = values.getLast();
                bestOverlap = shared;
            }
        }
        return best;
    }

    private static BigDecimal rate(Line line, Phrase vatHeader) {
        if (vatHeader == null) {
            return null;
        }
        for (Phrase p : line.phrases()) {
            if (p.box.x1() < vatHeader.box.x0() - 0.03 || p.box.x0() > vatHeader.box.x1() + 0.03) {
                continue;
            }
            var m = RATE.matcher(p.text);
            if (m.find()) {
                return Amounts.parse(m.group(1), m.group(1).contains(",") ? Amounts.Style.COMMA : Amounts.Style.POINT)
                        .filter(r -> r.compareTo(BigDecimal.valueOf(30)) <= 0).orElse(null);
            }
        }
        return null;
    }

    /** The text of a row left of its numbers, or in the description column. */
    private static String description(Line line, Map<Column, Phrase> header) {
        Phrase column = header.get(Column.DESCRIPTION);
        StringBuilder text = new StringBuilder();
        for (Phrase p : line.phrases()) {
            // Descriptions start under their header or left of it, and stop before the next column.
            boolean words = p.text.chars().filter(Character::isLetter).count() >= 2;
            boolean inDescription = words && (column == null || p.box.x0() < nextColumnStart(header, column));
            if (inDescription) {
                text.append(text.isEmpty() ? "" : " ").append(p.text.strip());
            }
        }
        return text.toString();
    }

    private static double nextColumnStart(Map<Column, Phrase> header, Phrase description) {
        return header.values().stream().filter(p -> p != description && p.box.x0() > description.box.x1())
                .mapToDouble(p -> p.box.x0()).min().orElse(1.0) - 0.01;
    }

    /** A line being read. */
    private static final class Draft {
        final StringBuilder description = new StringBuilder();
        final BigDecimal amount;
        BigDecimal quantity;
        BigDecimal unitPrice;
        BigDecimal vatRate;

        Draft(BigDecimal amount) {
            this.amount = amount;
        }

        LineItem item() {
            return new LineItem(description.toString().strip(), quantity, unitPrice, amount, vatRate);
        }
    }
}
