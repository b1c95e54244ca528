package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header row of an invoice's table of lines: its cells left to right, and the column each one
 * names. A cell is every word stacked in one column over up to five close lines ("Positions-" over
 * "betrag" over "ohne USt."), read as one heading; a heading may be a compound ("Nettobetrag",
 * "Einzelpreis") or name two columns at once ("MwSt-% Nettowert").
 */
final class TableHeader {

    /** What a column of the table holds. */
    enum Column { DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT, VAT, LINE_TAX }

    /**
     * One column's heading.
     *
     * @param column what it names, or null when it names nothing known (a position, a reference)
     * @param gross whether it says its amounts include the tax
     */
    record Cell(List<Word> words, Set<Phrase> phrases, String folded, Box box, Column column, boolean gross) {
    }

    /**
     * @param column the column named, or null for words that only qualify another heading
     * @param unless what in the heading keeps the rule from naming its column
     * @param alone whether the rule names its column only when nothing else in the heading does
     */
    private record Rule(Column column, Pattern pattern, Pattern unless, boolean alone) {
        Rule(Column column, Pattern pattern, Pattern unless) {
            this(column, pattern, unless, false);
        }
    }

    private static final String B = "(?<![a-z])";
    private static final String E = "(?![a-z])";
    private static final String TAX_WORD = "(?:umsatzsteuer|mwst|ust|vat|tax|taxes|tva|btw|steuer|steuern)";
    /**
     * Naming rules in order: a rule names its column only with characters no earlier rule took, so
     * "ohne USt." is a qualifier of an amount, and the "price" of "Total price" is no unit price.
     */
    private static final List<Rule> RULES = List.of(
            new Rule(null, Pattern.compile(B + "(?:ohne|exkl|excl|excluding|hors|inkl|incl|including|zzgl|plus|before|w/o|without|avant|sans)\\.?\\s*(?:de\\s*(?:la\\s*)?)?"
                    + TAX_WORD + "\\.?"), null),
            new Rule(Column.LINE_TAX, Pattern.compile(TAX_WORD + "\\.?\\s*-?\\s*(?:betrag|amount|montant|bedrag)|"
                    + B + "(?:montant|total)\\s*(?:de\\s*(?:la\\s*)?)?(?:tva|taxes?)" + E), null),
            new Rule(Column.AMOUNT, Pattern.compile("(?:gesamt|total|summe|line|zeilen)\\s*-?\\s*(?:preis|price|prix|prijs)|"
                    + "(?:prix|price|prijs)\\s*total"), null),
            new Rule(Column.VAT, Pattern.compile("(?:" + B + "taux\\s*(?:de\\s*)?)?" + B + "(?:mwst|ust|vat|tax|taxe|taxes|tva|btw)" + E
                    + "(?:[\\s.-]*(?:rate|satz|tarief|%))?|steuer(?:satz)?|satz|" + B + "(?:taux|tarief)" + E + "|%"),
                    Pattern.compile("rabatt|remise|rem\\.|discount|disc\\.|korting|nachlass|skonto")),
            new Rule(Column.UNIT_PRICE, Pattern.compile("preis|prijs|" + B + "(?:unit\\s*price|price|prix|p\\.\\s?u\\.?|pu|rate|tarif|unit\\s*cost|cost)" + E), null),
            new Rule(Column.AMOUNT, Pattern.compile("betrag|summe|wert|entgelt|gesamt|"
                    + B + "(?:amount|total|montant|bedrag|totaal|subtotal|sum)" + E), null),
            new Rule(Column.QUANTITY, Pattern.compile(B + "(?:menge|anzahl|anz|qty|quantity|quantite|qte|aantal|hoeveelheid|units|hours|hrs|nombre|nb)" + E
                    + "|(?:liefer|bestell|abrechnungs)menge"), null),
            new Rule(Column.DESCRIPTION, Pattern.compile("beschreibung|bezeichnung|artikel|leistung|produkt|"
                    + B + "(?:description|designation|libelle|omschrijving|product|produit|item|article|prestation|omschr|dienst|details?|service)" + E), null),
            // "HT", "Netto": an amount when they stand alone; "Prix HT" is a price.
            new Rule(Column.AMOUNT, Pattern.compile(B + "(?:ht|ttc|net|netto|brutto|gross)" + E), null, true));
    /** Which naming rules a phrase holds, found in one pass: every line is asked whether it heads a table. */
    private static final PatternScreen SCREEN = new PatternScreen(patterns());
    /** A description heading that may as well head the position number ("Item" beside "Product"). */
    private static final Pattern WEAK_DESCRIPTION = Pattern.compile("^\\W*(?:item|artikel|article|art|pos)\\W*(?:no|nr|#)?\\W*$");
    private static final Pattern GROSS = Pattern.compile(B + "(?:incl|inkl|including|brutto|ttc|gross)" + E);
    private static final int MAX_LINES = 5;
    /** A heading is a few words; a longer phrase is a sentence, not a header cell. */
    private static final int MAX_WORDS = 6;
    private static final int MAX_DIGITS = 2;
    /** Stacked heading lines stand closer than this many line heights apart. */
    private static final double STACKED = 1.2;

    final int page;
    final int firstLine;
    final int lastLine;
    final List<Cell> cells;

    private TableHeader(int page, int firstLine, int lastLine, List<Cell> cells) {
        this.page = page;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.cells = cells;
    }

    /** The header of a table of lines that starts at line {@code i} of a page, if one does. */
    static Optional<TableHeader> at(List<Line> lines, int i) {
        if (!headingLine(lines.get(i))) {
            return Optional.empty();
        }
        int last = i;
        while (last + 1 < lines.size() && last + 1 - i < MAX_LINES && headingLine(lines.get(last + 1))
                && lines.get(last + 1).box().y0() - lines.get(last).box().y1()
                < STACKED * Math.max(lines.get(last).height(), lines.get(last + 1).height())) {
            last++;
        }
        List<Cell> cells = resolve(named(stack(lines.subList(i, last + 1))));
        return enough(cells) ? Optional.of(new TableHeader(lines.get(i).page(), i, last, cells)) : Optional.empty();
    }

    /**
     * Whether the cells head a table of lines: an amount, and a description or a quantity, and a third
     * column; or just a description and its amount right of it, as services and subscriptions are billed.
     */
    private static boolean enough(List<Cell> cells) {
        Optional<Cell> amount = cells.stream().filter(c -> c.column() == Column.AMOUNT).findFirst();
        Optional<Cell> description = cells.stream().filter(c -> c.column() == Column.DESCRIPTION).findFirst();
        if (amount.isEmpty()) {
            return false;
        }
        long named = cells.stream().filter(c -> c.column() != null && c.column() != Column.LINE_TAX).count();
        return named >= 3 && (description.isPresent() || has(cells, Column.QUANTITY))
                || description.isPresent() && description.get().box().x1() < amount.get().box().x0();
    }

    /** Every phrase of every table header of the document: the words of headings, not labels of values. */
    static Set<Phrase> headings(Layout layout) {
        Set<Phrase> phrases = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int page = 1; page <= layout.pageCount(); page++) {
            List<Line> lines = layout.lines(page);
            for (int i = 0; i < lines.size(); i++) {
                Optional<TableHeader> header = layout.headerAt(page, i);
                if (header.isPresent()) {
                    header.get().cells.forEach(c -> phrases.addAll(c.phrases()));
                    i = header.get().lastLine;
                }
            }
        }
        return phrases;
    }

    /**
     * Whether a line heads the columns of another kind of table: its cells name an amount and another
     * column, and it holds no amount itself.
     */
    static boolean namesColumns(Line line) {
        if (!headingLine(line) || line.phrases().size() < 2) {
            return false;
        }
        Set<Column> named = new HashSet<>();
        line.phrases().forEach(p -> columnsOf(p).forEach(n -> named.add(n.column())));
        return named.size() >= 2 && (named.contains(Column.AMOUNT) || named.contains(Column.LINE_TAX));
    }

    Optional<Cell> cell(Column column) {
        return cells.stream().filter(c -> c.column() == column).findFirst();
    }

    /** Whether the other header names the same columns: the header repeated on the next page. */
    boolean sameColumnsAs(TableHeader other) {
        return cells.stream().map(Cell::column).filter(Objects::nonNull).toList()
                .equals(other.cells.stream().map(Cell::column).filter(Objects::nonNull).toList());
    }

    /** A line that may be part of a header: a few short headings, and no figures beyond a footnote's. */
    private static boolean headingLine(Line line) {
        return Text.digits(line.text()) <= MAX_DIGITS && line.phrases().stream().allMatch(p -> p.words.size() <= MAX_WORDS);
    }

    private static boolean has(List<Cell> cells, Column column) {
        return cells.stream().anyMatch(c -> c.column() == column);
    }

    /** The phrases of the header's lines gathered by column: each joins the cell it stands under or over. */
    private static List<List<Phrase>> stack(List<Line> band) {
        Line widest = band.stream().max(Comparator.comparingInt(l -> l.phrases().size())).orElseThrow();
        List<List<Phrase>> cells = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (Phrase p : widest.phrases()) {
            cells.add(new ArrayList<>(List.of(p)));
            boxes.add(p.box);
        }
        for (Line line : band) {
            if (line == widest) {
                continue;
            }
            for (Phrase p : line.phrases()) {
                int best = -1;
                double bestShared = 0;
                for (int k = 0; k < boxes.size(); k++) {
                    double shared = Math.min(p.box.x1(), boxes.get(k).x1()) - Math.max(p.box.x0(), boxes.get(k).x0());
                    if (shared > bestShared) {
                        best = k;
                        bestShared = shared;
                    }
                }
                if (best < 0) {
                    cells.add(new ArrayList<>(List.of(p)));
                    boxes.add(p.box);
                } else {
                    cells.get(best).add(p);
                    boxes.set(best, boxes.get(best).union(p.box));
                }
            }
        }
        for (List<Phrase> cell : cells) {
            cell.sort(Comparator.comparingInt((Phrase p) -> p.lineIndex).thenComparingDouble(p -> p.box.x0()));
        }
        cells.sort(Comparator.comparingDouble(c -> c.stream().mapToDouble(p -> p.box.x0()).min().orElse(0)));
        return cells;
    }

    /** Each stacked cell read as one heading, and split where its words name two columns. */
    private static List<Cell> named(List<List<Phrase>> stacked) {
        List<Cell> cells = new ArrayList<>();
        for (List<Phrase> phrases : stacked) {
            List<Word> words = phrases.stream().flatMap(p -> p.words.stream()).toList();
            StringBuilder text = new StringBuilder();
            int[] starts = new int[words.size()];
            for (int w = 0; w < words.size(); w++) {
                String word = Fold.fold(words.get(w).text());
                boolean hyphenated = !text.isEmpty() && text.charAt(text.length() - 1) == '-';
                if (hyphenated && !word.isEmpty() && Character.isLowerCase(words.get(w).text().charAt(0))) {
                    // "Positions-" over "betrag" is one word.
                    text.setLength(text.length() - 1);
                } else if (!text.isEmpty() && !hyphenated) {
                    text.append(' ');
                }
                starts[w] = text.length();
                text.append(word);
            }
            // Where words name different columns, each column's cell runs from its first word to the next one's.
            List<Integer> firstWords = new ArrayList<>();
            List<Column> columns = new ArrayList<>();
            for (Naming n : columnsOf(text.toString())) {
                int word = wordAt(starts, n.start());
                if (!columns.contains(n.column()) && !firstWords.contains(word)) {
                    firstWords.add(word);
                    columns.add(n.column());
                }
            }
            for (int k = 0; k < Math.max(1, columns.size()); k++) {
                int from = k == 0 ? 0 : firstWords.get(k);
                int to = k + 1 < columns.size() ? firstWords.get(k + 1) : words.size();
                List<Word> part = words.subList(from, to);
                String partText = text.substring(starts[from], to < words.size() ? starts[to] : text.length()).strip();
                List<Phrase> partPhrases = phrases.stream().filter(p -> p.words.stream().anyMatch(part::contains)).toList();
                cells.add(cell(partPhrases, part, partText, columns.isEmpty() ? null : columns.get(k)));
            }
        }
        return cells;
    }

    private static Cell cell(List<Phrase> phrases, List<Word> words, String folded, Column column) {
        Box box = words.stream().map(Word::box).reduce(Box::union).orElseThrow();
        Set<Phrase> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(phrases);
        return new Cell(List.copyOf(words), set, folded, box, column, GROSS.matcher(folded).find());
    }

    private static int wordAt(int[] starts, int position) {
        int word = 0;
        while (word + 1 < starts.length && starts[word + 1] <= position) {
            word++;
        }
        return word;
    }

    /** A column a heading's words name, and where they start in it. */
    record Naming(Column column, int start) {
    }

    /** The naming rules' patterns, in order. */
    static List<Pattern> patterns() {
        return RULES.stream().map(Rule::pattern).toList();
    }

    /** The columns a phrase names; looked for once per phrase (every line is asked whether it heads a table). */
    private static List<Naming> columnsOf(Phrase phrase) {
        List<Naming> known = phrase.columns;
        if (known == null) {
            known = columnsOf(phrase.folded);
            phrase.columns = known;
        }
        return known;
    }

    /** The columns a folded heading names, in the order the rules take them. */
    private static List<Naming> columnsOf(String folded) {
        boolean[] taken = new boolean[folded.length()];
        List<Naming> namings = new ArrayList<>();
        BitSet holding = SCREEN.matching(folded);
        for (int r = holding.nextSetBit(0); r >= 0; r = holding.nextSetBit(r + 1)) {
            Rule rule = RULES.get(r);
            if (rule.unless() != null && rule.unless().matcher(folded).find() || rule.alone() && !namings.isEmpty()) {
                continue;
            }
            Matcher m = rule.pattern().matcher(folded);
            while (m.find()) {
                boolean free = true;
                for (int c = m.start(); c < m.end() && free; c++) {
                    free = !taken[c];
                }
                if (!free || m.end() == m.start()) {
                    continue;
                }
                Arrays.fill(taken, m.start(), m.end(), true);
                if (rule.column() != null) {
                    namings.add(new Naming(rule.column(), m.start()));
                }
            }
        }
        namings.sort(Comparator.comparingInt(Naming::start));
        return List.copyOf(namings);
    }

    /**
     * One cell per column: of several amount cells the one without the tax (else the rightmost), of
     * several descriptions the one that does not as well name a position, of others the leftmost.
     * Without an amount cell, the rightmost price is the amount: "Prix unitaire" ... "Prix HT", or a
     * last column "Price".
     */
    private static List<Cell> resolve(List<Cell> cells) {
        List<Cell> resolved = new ArrayList<>(cells);
        List<Cell> named = cells.stream().filter(c -> c.column() != null && c.column() != Column.LINE_TAX).toList();
        if (!has(cells, Column.AMOUNT) && !named.isEmpty() && named.getLast().column() == Column.UNIT_PRICE) {
            resolved.set(resolved.indexOf(named.getLast()), renamed(named.getLast(), Column.AMOUNT));
        }
        List<Cell> amounts = resolved.stream().filter(c -> c.column() == Column.AMOUNT).toList();
        Cell amount = amounts.stream().filter(c -> !c.gross()).reduce((a, b) -> b).orElse(amounts.isEmpty() ? null : amounts.getLast());
        List<Cell> descriptions = resolved.stream().filter(c -> c.column() == Column.DESCRIPTION).toList();
        Cell description = descriptions.stream().filter(c -> !WEAK_DESCRIPTION.matcher(c.folded()).find()).findFirst()
                .orElse(descriptions.isEmpty() ? null : descriptions.getFirst());
        for (int k = 0; k < resolved.size(); k++) {
            Cell c = resolved.get(k);
            boolean extra = switch (c.column()) {
                case null -> false;
                case AMOUNT -> c != amount;
                case DESCRIPTION -> c != description;
                default -> resolved.subList(0, k).stream().anyMatch(o -> o.column() == c.column());
            };
            if (extra) {
                resolved.set(k, renamed(c, null));
            }
        }
        return resolved;
    }

    private static Cell renamed(Cell c, Column column) {
        return new Cell(c.words(), c.phrases(), c.folded(), c.box(), column, c.gross());
    }
}
