package io.verifact.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One invoice being read: its layout, how it writes amounts, and every label found on it. */
final class Reading {

    final Layout layout;
    final Amounts.Style style;
    final boolean monthFirst;
    final ValueSearch search;
    private final Map<Concept, List<Labels.Hit>> hits = new EnumMap<>(Concept.class);
    private final Map<Phrase, List<Spot<BigDecimal>>> amountsOfPhrase = new IdentityHashMap<>();
    private final Map<Phrase, List<Spot<LocalDate>>> datesOfPhrase = new IdentityHashMap<>();
    private IdentifierReader identifiers;
    /** The phrases that head a table's columns. */
    private final Set<Phrase> tableHeadings;

    Reading(Layout layout) {
        this.layout = layout;
        this.style = Amounts.styleOf(layout.allPhrases().stream().map(p -> p.text).toList());
        this.search = new ValueSearch(layout);
        this.monthFirst = Dates.monthFirst(layout.allPhrases().stream().map(p -> p.folded).toList());
        // "USt." stacked under "Positionsbetrag ohne" heads a column of amounts: no tax total is announced there.
        this.tableHeadings = TableHeader.headings(layout);
        for (Phrase phrase : layout.allPhrases()) {
            for (Labels.Hit hit : Labels.find(phrase)) {
                if (hit.concept() == Concept.TAX && (isRateCell(hit) || tableHeadings.contains(phrase))) {
                    continue;
                }
                hits.computeIfAbsent(hit.concept(), c -> new ArrayList<>()).add(hit);
            }
        }
    }

    /** A rate and nothing else, as a table's cell prints it: "19 %", "5,5%". */
    private static final Pattern RATE_ALONE = Pattern.compile("(\\d{1,2}(?:[.,]\\d{1,3})?)\\s*%");

    /** The rate a phrase holds alone. */
    static Optional<BigDecimal> rateAlone(Phrase phrase) {
        Matcher m = RATE_ALONE.matcher(phrase.text.strip());
        return m.matches() ? Optional.of(new BigDecimal(m.group(1).replace(',', '.'))) : Optional.empty();
    }

    /** "19 % VAT" in a table row names a rate, not the tax total. */
    private boolean isRateCell(Labels.Hit hit) {
        Phrase phrase = hit.phrase();
        String before = phrase.text.substring(0, hit.start()).strip();
        if (!before.isEmpty()) {
            return before.endsWith("%");
        }
        List<Phrase> line = layout.lineOf(phrase).phrases();
        int at = line.indexOf(phrase);
        // Only a cell that holds a rate alone: "BTW 12 %" beside "TOTAAL BTW" is a label of its own.
        return at > 0 && rateAlone(line.get(at - 1)).isPresent();
    }

    /** Whether a phrase heads a column of a table (Description, Qty, Amount, …). */
    boolean headsTable(Phrase phrase) {
        return tableHeadings.contains(phrase);
    }

    /** The VAT numbers, IBANs and other identifiers of the invoice, each kind looked for once. */
    IdentifierReader identifiers() {
        if (identifiers == null) {
            identifiers = new IdentifierReader(this);
        }
        return identifiers;
    }

    List<Labels.Hit> hits(Concept concept) {
        return hits.getOrDefault(concept, List.of());
    }

    /** The amounts of a phrase from a position on, leaving out the parts of dates. */
    List<Spot<BigDecimal>> amounts(Phrase phrase, int from) {
        // Found once per phrase; what stands from a position on is a filter, so a phrase holding many
        // labels is never searched again for each of them.
        List<Spot<BigDecimal>> all = amountsOfPhrase.computeIfAbsent(phrase, this::findAmounts);
        return from == 0 ? all : all.stream().filter(spot -> spot.start() >= from).toList();
    }

    /** An amount whose zeros OCR read as the letter O: "RMO.02", "1O.5O". */
    private static final Pattern O_FOR_ZERO = Pattern.compile("(?<![A-Za-z])(RM|[$€£])?([\\dOo]+ ?[.,] ?[\\dOo]{2})(?![\\dA-Za-z])");

    private List<Spot<BigDecimal>> findAmounts(Phrase phrase) {
        List<Spot<LocalDate>> dates = dates(phrase, 0);
        List<Spot<BigDecimal>> spots = new ArrayList<>();
        boolean scanned = phrase.confidenceOf(0, phrase.text.length()) < 1;
        String text = scanned ? zerosReadAsO(phrase.text) : phrase.text;
        for (Amounts.Found a : Amounts.find(text, style)) {
            boolean inDate = dates.stream().anyMatch(d -> d.start() < a.end() && a.start() < d.end());
            if (!inDate) {
                spots.add(scanned ? joinedAcrossGap(phrase, text, a) : new Spot<>(a.value(), phrase, a.start(), a.end(), 0));
            }
        }
        return spots;
    }

    /** The widest gap, as a share of the text's height, that OCR may leave inside one number. */
    private static final double NARROW_GAP = 0.5;
    /** Figures before an amount, set apart by a gap no grouping by thousands explains: "1 33,67" (1 or 2 figures before the decimals). */
    private static final Pattern FIGURES_APART = Pattern.compile("(?<![\\d.,'])(\\d{1,2}) (?=\\d{1,2}[.,]\\d{2}(?!\\d))");

    /**
     * An amount whose first figures OCR set apart by a gap ("1 33,67 €" for 133,67), where the page prints
     * it whole elsewhere ("Montant : 133,67 €"): the whole amount. Else the amount as read.
     */
    private Spot<BigDecimal> joinedAcrossGap(Phrase phrase, String text, Amounts.Found amount) {
        Spot<BigDecimal> asRead = new Spot<>(amount.value(), phrase, amount.start(), amount.end(), 0);
        Matcher m = FIGURES_APART.matcher(text).useTransparentBounds(true).region(Math.max(0, amount.start() - 3), amount.start());
        // A narrow gap only: a quantity before a price stands a column apart ("Forfait  1   50,00").
        if (!m.find() || m.end() != amount.start()
                || phrase.boxOf(amount.start(), amount.end()).x0() - phrase.boxOf(m.start(1), m.end(1)).x1() > NARROW_GAP * phrase.height()) {
            return asRead;
        }
        String whole = m.group(1) + text.substring(amount.start(), amount.end());
        List<Amounts.Found> read = Amounts.find(whole, style);
        if (read.size() == 1 && read.getFirst().end() == whole.length()
                && printedElsewhere(phrase, whole, "[\\d.,']", "\\d")) {
            return new Spot<>(read.getFirst().value(), phrase, m.start(1), amount.end(), 0);
        }
        return asRead;
    }

    /**
     * Whether another phrase of the document prints a value whole, with none of a class of characters right before it
     * and none of another right after: the proof that a value OCR split with a gap is one value. Asked for every value
     * split so, of every phrase: the phrases are looked at only where they hold the value's characters, which a
     * hostile scan's thousands of phrases mostly do not.
     *
     * @param notBefore a character class of the characters that may not stand right before the value ({@code [\d.,']})
     * @param notAfter one of those that may not stand right after it
     */
    boolean printedElsewhere(Phrase phrase, String whole, String notBefore, String notAfter) {
        Pattern printed = null;
        for (Phrase other : layout.allPhrases()) {
            if (other == phrase || !other.text.contains(whole)) {
                continue;
            }
            printed = printed != null ? printed : Pattern.compile("(?<!" + notBefore + ")" + Pattern.quote(whole) + "(?!" + notAfter + ")");
            if (printed.matcher(other.text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The text with the O of an amount read as the zero it is, every other character in its place. */
    static String zerosReadAsO(String text) {
        Matcher m = O_FOR_ZERO.matcher(text);
        StringBuilder fixed = null;
        while (m.find()) {
            String number = m.group(2);
            if (number.chars().noneMatch(c -> c == 'O' || c == 'o') || m.group(1) == null && number.chars().noneMatch(Character::isDigit)) {
                continue;
            }
            if (fixed == null) {
                fixed = new StringBuilder(text);
            }
            for (int i = m.start(2); i < m.end(2); i++) {
                if (fixed.charAt(i) == 'O' || fixed.charAt(i) == 'o') {
                    fixed.setCharAt(i, '0');
                }
            }
        }
        return fixed == null ? text : fixed.toString();
    }

    /** Amounts printed as money: with two decimals. */
    /** Cents the reading set apart from their amount: "RM367 . 10" is no whole 367. */
    private static final Pattern CENTS_APART = Pattern.compile("\\s*[.,]\\s*\\d");

    /**
     * The money amounts of a phrase: with cents, or whole with their currency beside them ("Rs 1680",
     * "$1000"), given with cents.
     */
    List<Spot<BigDecimal>> money(Phrase phrase, int from) {
        List<Spot<BigDecimal>> money = new ArrayList<>();
        for (Spot<BigDecimal> s : amounts(phrase, from)) {
            if (s.value().scale() == 2) {
                money.add(s);
            } else if (s.value().scale() == 0 && Amounts.CURRENCY.matcher(s.printed()).find()
                    && !CENTS_APART.matcher(phrase.text).region(s.end(), phrase.text.length()).lookingAt()) {
                money.add(new Spot<>(s.value().setScale(2), s.phrase(), s.start(), s.end(), s.nearness()));
            }
        }
        return money;
    }

    List<Spot<LocalDate>> dates(Phrase phrase, int from) {
        List<Spot<LocalDate>> all = datesOfPhrase.computeIfAbsent(phrase, p -> {
            List<Spot<LocalDate>> spots = new ArrayList<>();
            String text = p.confidenceOf(0, p.text.length()) < 1 ? slashesReadAsOnes(p.folded) : p.folded;
            for (Dates.Found d : Dates.find(text, monthFirst)) {
                spots.add(new Spot<>(d.date(), p, d.start(), d.end(), 0));
            }
            yearBelow(p, text).ifPresent(spots::add);
            return spots;
        });
        return from == 0 ? all : all.stream().filter(spot -> spot.start() >= from).toList();
    }


    /** A day and a month ending a phrase, their year not with them: "to pay by 28 February". */
    private static final Pattern DAY_MONTH_AT_END = Pattern.compile("(\\d{1,2})\\.?\\s+(\\p{L}{3,})\\.?\\s*$");
    private static final Pattern YEAR_ALONE = Pattern.compile("(?:19|20)\\d{2}");

    /**
     * A date whose year a narrow column wrapped onto the next line ("28 February" over "2025"): the year
     * alone, on the line just below, where the phrase starts.
     */
    private Optional<Spot<LocalDate>> yearBelow(Phrase phrase, String folded) {
        Matcher m = DAY_MONTH_AT_END.matcher(folded);
        List<Line> lines = layout.lines(phrase.page);
        if (!m.find() || phrase.lineIndex + 1 >= lines.size()) {
            return Optional.empty();
        }
        Line below = lines.get(phrase.lineIndex + 1);
        if (below.box().y0() - phrase.box.y1() >= phrase.height()) {
            return Optional.empty();
        }
        for (Phrase year : below.phrases()) {
            if (YEAR_ALONE.matcher(year.text.strip()).matches() && Math.abs(year.box.x0() - phrase.box.x0()) < 2 * phrase.height()) {
                List<Dates.Found> found = Dates.find(m.group(1) + " " + m.group(2) + " " + year.text.strip(), monthFirst);
                if (found.size() == 1 && found.getFirst().start() == 0) {
                    return Optional.of(new Spot<>(found.getFirst().date(), phrase, m.start(), folded.stripTrailing().length(), 0));
                }
            }
        }
        return Optional.empty();
    }

    /** A date whose slashes OCR read as ones, alone in its word: "2710212025" is 27/02/2025. */
    private static final Pattern SLASHES_AS_ONES = Pattern.compile(
            "(?<![\\d/.-])(?:0[1-9]|[12]\\d|3[01])[1l|](?:0[1-9]|1[0-2])[1l|](?:19|20)\\d{2}(?![\\d/.-])");

    /** The text with the slashes of a date read as ones written as slashes, every other character in its place. */
    static String slashesReadAsOnes(String text) {
        Matcher m = SLASHES_AS_ONES.matcher(text);
        StringBuilder fixed = null;
        while (m.find()) {
            fixed = fixed == null ? new StringBuilder(text) : fixed;
            fixed.setCharAt(m.start() + 2, '/');
            fixed.setCharAt(m.start() + 5, '/');
        }
        return fixed == null ? text : fixed.toString();
    }

    /** How far down the document a phrase stands, from 0 (top of the first page) to 1 (bottom of the last). */
    double depth(Phrase phrase) {
        return ((phrase.page - 1) + phrase.box.centerY()) / layout.pageCount();
    }
}
