package io.verifact.extract;

import io.verifact.model.LineItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The invoice lines: a table found by its header row (description, quantity, price, amount…), read
 * row by row until its totals, over as many pages as it runs. Each value is taken from the column
 * its header stands over; a description that wraps continues on the lines below its row.
 */
final class LineItemReader {

    /** A row that gives or takes off an amount rather than selling something: an allowance or a charge. */
    private static final Pattern ALLOWANCE = Pattern.compile("^\\W*(?:abschlag|zuschlag|rabatt|nachlass|skonto|korting|toeslag"
            + "|(?:discount|allowance|charge|surcharge|remise|rabais|ristourne|escompte)s?(?![a-z]))");
    /** A row that carries the sum of the rows so far over to the next page. */
    private static final Pattern CARRIED = Pattern.compile("^\\W*(?:ubertrag|vortrag|a reporter|report|reporte|carried forward|brought forward|overdracht)(?![a-z])");
    /** A row that says it is a total: "Total", "Sous-total", "Gesamtbetrag", "Positionssumme". */
    private static final Pattern SUM = Pattern.compile("^\\W*(?:gesamt|zwischen|total|subtotal|sous-total|somme|totaal|subtotaal)|summe(?![a-z])");
    private static final Pattern MONEY = Pattern.compile("\\d[.,]\\d{2}(?!\\d)");
    private static final Set<Concept> TOTALS = Set.of(Concept.NET, Concept.GROSS, Concept.DUE, Concept.TAX);
    private static final int MAX_CONTINUATION = 4;
    /** A wrapped description's next line stands closer than this many line heights below the last. */
    private static final double WRAP_GAP = 0.9;
    /** How many lines a continued page may hold before its first row, past its own header. */
    private static final int LEAD_IN = 12;
    /** Headers and footers stand in this share of the page at its top and at its bottom. */
    private static final double MARGIN = 0.1;

    private final Reading reading;
    private final Set<Line> running;

    LineItemReader(Reading reading) {
        this.reading = reading;
        this.running = running(reading.layout);
    }

    List<LineItem> read() {
        List<LineItem> items = new ArrayList<>();
        int page = 1;
        int i = 0;
        while (page <= reading.layout.pageCount()) {
            List<Line> lines = reading.layout.lines(page);
            if (i >= lines.size()) {
                page++;
                i = 0;
                continue;
            }
            Optional<TableHeader> header = reading.layout.headerAt(page, i);
            if (header.isEmpty()) {
                i++;
                continue;
            }
            int[] end = rows(header.get(), items);
            page = end[0];
            i = end[1];
        }
        return items;
    }

    /** Reads the rows of a table; returns where it ended, as a page and a line index: the next table may start there. */
    private int[] rows(TableHeader first, List<LineItem> items) {
        Table table = new Table(first);
        int page = first.page;
        int j = first.lastLine + 1;
        while (page <= reading.layout.pageCount()) {
            List<Line> lines = reading.layout.lines(page);
            if (j >= lines.size()) {
                // No totals ended the table on this page: it may go on on the next.
                table.nextPage();
                page++;
                j = 0;
                continue;
            }
            Optional<TableHeader> again = reading.layout.headerAt(page, j);
            if (again.isPresent()) {
                if (!table.repeats(again.get())) {
                    break;
                }
                j = again.get().lastLine + 1;
                continue;
            }
            if (!running.contains(lines.get(j)) && !table.take(lines.get(j))) {
                break;
            }
            j++;
        }
        table.drafts.forEach(d -> items.add(d.item()));
        return new int[] {page, j};
    }

    /** A table being read, row by row. */
    private final class Table {
        TableHeader header;
        final List<Draft> drafts = new ArrayList<>();
        /** What the sub-rows under the items give or take off. */
        BigDecimal adjustments = BigDecimal.ZERO;
        /** A row whose amount has not come yet: it may stand on its last line. */
        Draft pending;
        /** The last line that gave the current row something; a description wraps only close under it. */
        Line lastOfRow;
        Line lastSeen;
        /** Whether the table runs on from the page before and no row has yet said so on this page. */
        boolean continued;
        /** Whether the page before ended on the current row, whose description may go on here. */
        boolean acrossPage;
        int leadIn;

        Table(TableHeader header) {
            this.header = header;
        }

        void nextPage() {
            acrossPage = lastOfRow != null && lastOfRow == lastSeen;
            continued = true;
            leadIn = 0;
            pending = null;
        }

        /** Whether the header is this table's, printed again at the top of the next page: then its columns take over. */
        boolean repeats(TableHeader again) {
            if (!continued || !again.sameColumnsAs(header)) {
                return false;
            }
            header = again;
            continued = false;
            return true;
        }

        /** Reads a line of the table; false when the line ends it. */
        boolean take(Line line) {
            TableRow row = TableRow.of(line, header, reading);
            if (TableHeader.namesColumns(line) || endsTable(line, row)) {
                return false;
            }
            lastSeen = line;
            if (row.amount() != null && pending != null && row.quantity() == null && row.unitPrice() == null && wraps(lastOfRow, line)) {
                // A row whose amount stands on its last line, under its description and prices.
                pending.complete(row);
                drafts.add(pending);
                pending = null;
                lastOfRow = line;
            } else if (row.amount() != null) {
                pending = null;
                Kind kind = kind(row, drafts, adjustments);
                if (kind == Kind.TOTAL) {
                    return false;
                }
                if (kind == Kind.ITEM) {
                    drafts.add(new Draft(row));
                    continued = false;
                } else if (kind == Kind.ADJUSTMENT) {
                    adjustments = adjustments.add(row.amount());
                }
                // A sub-row ends the description of the item above it.
                lastOfRow = kind == Kind.ITEM ? line : null;
            } else if (row.quantity() != null && !row.description().isBlank()) {
                pending = new Draft(row);
                lastOfRow = line;
            } else if (!wrapped(line, row)) {
                if (!row.description().isBlank()) {
                    lastOfRow = null;
                }
                return !continued || ++leadIn <= LEAD_IN && !row.spans();
            }
            acrossPage = false;
            return true;
        }

        /** Adds the line to the current row's description when it is that description wrapping. */
        private boolean wrapped(Line line, TableRow row) {
            Draft current = pending != null ? pending : drafts.isEmpty() ? null : drafts.getLast();
            boolean wraps = current != null && lastOfRow != null && !row.description().isBlank()
                    && (acrossPage || wraps(lastOfRow, line)) && current.continuations < MAX_CONTINUATION;
            acrossPage = false;
            if (wraps) {
                current.append(row.description());
                lastOfRow = line;
            }
            return wraps;
        }
    }

    /** What a row with an amount is. */
    private enum Kind { ITEM, ADJUSTMENT, OTHER, TOTAL }

    /**
     * A row with neither quantity nor price is the table's total when it says so or when its amount is
     * the sum of the rows above; an adjustment of the item above it when it gives or takes off an
     * amount (an allowance, a charge); no item either when it carries a sum over from the page
     * before or has no description at all.
     */
    private static Kind kind(TableRow row, List<Draft> drafts, BigDecimal adjustments) {
        if (row.quantity() != null || row.unitPrice() != null) {
            return Kind.ITEM;
        }
        String said = Fold.fold(row.description());
        if (CARRIED.matcher(said).find()) {
            return Kind.OTHER;
        }
        if (SUM.matcher(said).find() || sums(row, drafts, adjustments)) {
            return Kind.TOTAL;
        }
        if (ALLOWANCE.matcher(said).find()) {
            return Kind.ADJUSTMENT;
        }
        return said.isBlank() ? Kind.OTHER : Kind.ITEM;
    }

    /**
     * Whether the row's amount is the sum of the items read before it, with or without the allowances
     * and charges under them: the table's subtotal.
     */
    private static boolean sums(TableRow row, List<Draft> drafts, BigDecimal adjustments) {
        BigDecimal sum = drafts.stream().map(d -> d.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return drafts.size() >= 2 && (sum.compareTo(row.amount()) == 0 || sum.add(adjustments).compareTo(row.amount()) == 0);
    }

    /** A totals line (net, tax, gross, what is due, the payment terms) ends the table; an item's row never does. */
    private static boolean endsTable(Line line, TableRow row) {
        if (row.quantity() != null || row.unitPrice() != null) {
            return false;
        }
        boolean money = MONEY.matcher(line.text()).find();
        for (Phrase p : line.phrases()) {
            for (Labels.Hit hit : Labels.find(p)) {
                if (hit.start() < 3 && (hit.concept() == Concept.PAYMENT_TERMS
                        || money && TOTALS.contains(hit.concept()) && hit.weight() >= 0.6 && !row.rates().contains(p))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a line is the next line of a description that wraps: close under the last one (none when no row is open). */
    private static boolean wraps(Line above, Line below) {
        return above != null && below.page() == above.page()
                && below.box().y0() - above.box().y1() < WRAP_GAP * Math.max(above.height(), below.height());
    }

    /** The lines in the top and bottom margins that repeat on other pages: running headers and footers. */
    private static Set<Line> running(Layout layout) {
        Set<Line> running = Collections.newSetFromMap(new IdentityHashMap<>());
        if (layout.pageCount() < 2) {
            return running;
        }
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        List<Line> margins = new ArrayList<>();
        for (Line line : layout.allLines()) {
            if (line.box().y1() < MARGIN || line.box().y0() > 1 - MARGIN) {
                margins.add(line);
                pagesOf.computeIfAbsent(shape(line), s -> new HashSet<>()).add(line.page());
            }
        }
        margins.stream().filter(l -> pagesOf.get(shape(l)).size() >= 2).forEach(running::add);
        return running;
    }

    /** A line's text with its figures blurred: "Page 1 of 3" and "Page 2 of 3" repeat each other. */
    private static String shape(Line line) {
        char[] shape = line.text().toCharArray();
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shape[i] >= '0' && shape[i] <= '9' ? '#' : shape[i];
        }
        return new String(shape);
    }

    /** An item being read. */
    private static final class Draft {
        final StringBuilder description = new StringBuilder();
        BigDecimal amount;
        final BigDecimal quantity;
        final BigDecimal unitPrice;
        final BigDecimal vatRate;
        int continuations;

        Draft(TableRow row) {
            description.append(row.description());
            amount = row.amount();
            quantity = row.quantity();
            unitPrice = row.unitPrice();
            vatRate = row.vatRate();
        }

        /** The next line of the description: a word cut by a hyphen at the line's end is joined again. */
        void append(String more) {
            boolean cut = description.length() > 1 && description.charAt(description.length() - 1) == '-'
                    && Character.isLetterOrDigit(description.charAt(description.length() - 2));
            description.append(cut || description.isEmpty() ? "" : " ").append(more);
            continuations++;
        }

        void complete(TableRow last) {
            amount = last.amount();
            if (!last.description().isBlank()) {
                append(last.description());
            }
        }

        LineItem item() {
            return new LineItem(description.toString().strip(), quantity, unitPrice, amount, vatRate);
        }
    }
}
