package io.verifact.extract;

import io.verifact.check.Ibans;
import io.verifact.check.Siren;
import io.verifact.check.VatNumbers;
import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;
import io.verifact.model.PageText;
import io.verifact.model.Word;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one zone of a page for one field: the words inside the rectangle, parsed as the field's kind
 * (an amount, a date, an IBAN…) and written as CONTRACT.md writes values.
 *
 * <p>A zone read {@linkplain #drawn as drawn} takes the words the operator's rectangle holds. A zone
 * placed by a mask on another invoice is read {@linkplain #placed loosely}: the value there may be
 * longer than the one it was taught on ({@code 1 234,50} where it was {@code 99,00}), so a value
 * printed across the zone's edge is taken whole.
 */
public final class ZoneReader {

    /** How much of a word must stand in the zone for the word to be in it. */
    private static final double INSIDE = 0.5;
    /** Words closer than this many word heights belong to the same value. */
    private static final double SAME_VALUE_GAP = 0.8;
    private static final Pattern VALUE_PIECE = Pattern.compile("[\\p{N}\\p{Lu}.,'’/:\\-−()€$£%]+");
    private static final Pattern NUMBER_PIECE = Pattern.compile("[-−(]?[\\d.,'’]+\\)?-?|[€$£]|EUR|USD|GBP|CHF");

    /** What a field's values are: the standard field, or for a custom field only its kind. */
    public record Target(FieldKey key, FieldKey.Kind kind) {

        public static Target of(FieldKey key) {
            return new Target(key, key.kind());
        }

        public static Target custom(FieldKey.Kind kind) {
            return new Target(null, kind);
        }

        /**
         * What the field named so reads as: a standard field, a row of the VAT breakdown, or a custom
         * field of the kind {@code customKinds} gives it; empty when it is none of these.
         */
        public static Optional<Target> of(String field, Function<String, Optional<FieldKey.Kind>> customKinds) {
            return FieldKey.fromKey(field).map(Target::of)
                    .or(() -> VatRowReader.row(field).map(row -> vatRow()))
                    .or(() -> customKinds.apply(field).map(Target::custom));
        }

        /** A row of the VAT breakdown: its rate, base and tax. */
        public static Target vatRow() {
            return new Target(null, FieldKey.Kind.CODE);
        }

        boolean isVatRow() {
            return key == null && kind == FieldKey.Kind.CODE;
        }
    }

    private ZoneReader() {
    }

    /** The value the words inside the rectangle make for the field, with the box of those words. */
    public static Optional<Candidate> drawn(PageText page, Box zone, Target target) {
        return value(inside(page, zone), page, target, 0.97, true);
    }

    /** The text the rectangle holds, line by line, as an operator reads it. */
    public static String text(PageText page, Box zone) {
        return text(inside(page, zone), page);
    }

    /**
     * The value a zone placed on another invoice reads, taking a value that runs over its edge whole.
     * Text that is plainly something else than the value taught there (a date or an amount where a
     * reference was taught, a label) is no value.
     *
     * @param sample the value the zone read when it was taught, or empty
     */
    public static Optional<Candidate> placed(PageText page, Box zone, Target target, String sample) {
        List<Word> words = new ArrayList<>(inside(page, zone));
        if (words.isEmpty()) {
            words.addAll(page.words().stream().filter(w -> w.box().verticalOverlap(zone) >= INSIDE
                    && w.box().x0() < zone.x1() && w.box().x1() > zone.x0()).toList());
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        grow(words, page, target, zone);
        // An identifier taught as printed (its check digits fail) is read as printed where it was taught.
        return value(words, page, target, 0.95, !sample.isEmpty()).filter(c -> target.kind() != FieldKey.Kind.TEXT || alike(c.value(), sample));
    }

    /** Whether a text value is of the kind of the one taught: neither turned into a date or an amount, nor a label. */
    private static boolean alike(String value, String sample) {
        if (value.endsWith(":")) {
            return false;
        }
        if (sample.isEmpty()) {
            return true;
        }
        return looksLikeDate(value) == looksLikeDate(sample) && looksLikeAmount(value) == looksLikeAmount(sample);
    }

    private static boolean looksLikeDate(String text) {
        List<Dates.Found> found = Dates.find(Fold.fold(text));
        return !found.isEmpty() && found.getFirst().end() - found.getFirst().start() >= text.strip().length() - 2;
    }

    private static boolean looksLikeAmount(String text) {
        return text.strip().matches("[-−]?[\\d .,'’]+[.,]\\d{2}\\s?(?:€|EUR|USD|\\$)?");
    }

    /** Takes in the words printed right next to the zone's words on their line, when they can be part of the value. */
    private static void grow(List<Word> words, PageText page, Target target, Box zone) {
        boolean leftward = target.kind() != FieldKey.Kind.TEXT;
        Function<Word, Boolean> fits = switch (target.kind()) {
            case AMOUNT -> w -> NUMBER_PIECE.matcher(w.text()).matches();
            // Text runs on past the zone only with words the zone still touches: a name is not the whole footer.
            case TEXT -> w -> w.box().x0() < zone.x1();
            // A label (BIC, IBAN) beside an identifier is no part of it: identifiers grow by pieces with digits.
            case IDENTIFIER -> w -> VALUE_PIECE.matcher(w.text()).matches() && w.text().chars().anyMatch(Character::isDigit);
            default -> w -> VALUE_PIECE.matcher(w.text()).matches();
        };
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Word w : page.words()) {
                if (words.contains(w) || !fits.apply(w)) {
                    continue;
                }
                for (Word in : List.copyOf(words)) {
                    double height = Math.max(in.box().height(), w.box().height());
                    boolean sameLine = w.box().verticalOverlap(in.box()) >= INSIDE;
                    double rightGap = w.box().x0() - in.box().x1();
                    double leftGap = in.box().x0() - w.box().x1();
                    if (sameLine && (rightGap >= -height && rightGap < SAME_VALUE_GAP * height && w.box().x0() > in.box().x0()
                            || leftward && leftGap >= -height && leftGap < SAME_VALUE_GAP * height && w.box().x1() < in.box().x1())) {
                        words.add(w);
                        grew = true;
                        break;
                    }
                }
            }
        }
    }

    private static List<Word> inside(PageText page, Box zone) {
        List<Word> words = new ArrayList<>();
        for (Word w : page.words()) {
            Box b = w.box();
            double area = Math.max(b.width() * b.height(), 1e-12);
            if (b.sharedArea(zone) / area >= INSIDE) {
                words.add(w);
            }
        }
        return words;
    }

    /** The zone's words as the lines they are printed on, read as the page's lines are. */
    private static List<List<Word>> lines(List<Word> words, PageText page) {
        return Layout.wordLines(new PageText(page.number(), words, page.engine(), page.width(), page.height()));
    }

    private static String text(List<Word> words, PageText page) {
        return String.join("\n", lines(words, page).stream().map(l -> String.join(" ", l.stream().map(Word::text).toList())).toList());
    }

    /** @param asPrinted whether an identifier that is neither valid nor of the right shape is still read as printed */
    private static Optional<Candidate> value(List<Word> words, PageText page, Target target, double sure, boolean asPrinted) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String printed = text(words, page);
        String flat = printed.replace('\n', ' ');
        Optional<String> value = target.isVatRow()
                ? VatRowReader.read(flat, Amounts.styleOf(page.words().stream().map(Word::text).toList())).map(VatRowReader::write)
                : switch (target.kind()) {
            case AMOUNT -> amount(flat, page);
            case DATE -> date(flat, page);
            case IDENTIFIER -> target.key() == null ? text(flat) : identifier(target.key(), lines(words, page), asPrinted);
            case CODE -> code(target.key(), flat);
            case TEXT -> target.key() == FieldKey.SUPPLIER_NAME || target.key() == FieldKey.BUYER_NAME
                    ? Optional.of(flat.strip()) : text(flat);
        };
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Box box = words.stream().map(Word::box).reduce(Box::union).orElseThrow();
        double engine = words.stream().mapToDouble(Word::confidence).min().orElse(1);
        return Optional.of(new Candidate(value.get(), printed, Math.min(sure, engine), page.number(), box));
    }

    /** The last amount of the zone: a total's label may carry a rate or a count before it. */
    private static Optional<String> amount(String text, PageText page) {
        Amounts.Style style = Amounts.styleOf(page.words().stream().map(Word::text).toList());
        List<Amounts.Found> found = Amounts.find(text, style);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = found.getLast().value();
        return Optional.of((value.scale() < 2 ? value.setScale(2) : value).toPlainString());
    }

    private static Optional<String> date(String text, PageText page) {
        boolean monthFirst = Dates.monthFirst(page.words().stream().map(w -> Fold.fold(w.text())).toList());
        List<Dates.Found> found = Dates.find(Fold.fold(text), monthFirst);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst().date().toString());
    }

    /** The longest run of words that makes a valid identifier; failing that, one that has its shape. */
    private static Optional<String> identifier(FieldKey key, List<List<Word>> lines, boolean asPrinted) {
        Function<String, Optional<String>> valid = switch (key) {
            case SUPPLIER_VAT, BUYER_VAT -> VatNumbers::normalize;
            case SUPPLIER_IBAN -> Ibans::normalize;
            case SUPPLIER_BIC -> Ibans::normalizeBic;
            case SUPPLIER_SIREN -> s -> digits(s, 9).filter(Siren::isValidSiren);
            case SUPPLIER_SIRET -> s -> digits(s, 14).filter(Siren::isValidSiret);
            default -> s -> Optional.of(s);
        };
        Function<String, Optional<String>> shaped = switch (key) {
            case SUPPLIER_VAT, BUYER_VAT -> VatNumbers::normalizeShape;
            case SUPPLIER_IBAN -> Ibans::normalizeShape;
            case SUPPLIER_SIREN -> s -> digits(s, 9);
            case SUPPLIER_SIRET -> s -> digits(s, 14);
            default -> valid;
        };
        // What the operator drew over is read as printed when it is no valid number: the checks say so.
        Function<String, Optional<String>> printed = switch (key) {
            case SUPPLIER_VAT, BUYER_VAT -> s -> asPrinted && s.matches("[A-Za-z]{2}[0-9A-Za-z]{0,4}\\d{4,}[0-9A-Za-z]*")
                    ? Optional.of(s.toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
            case SUPPLIER_IBAN -> s -> asPrinted && s.matches("[A-Za-z]{2}\\d{2}[0-9A-Za-z]{8,30}")
                    ? Optional.of(s.toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
            default -> shaped;
        };
        for (Function<String, Optional<String>> rule : List.of(valid, shaped, printed)) {
            Optional<String> best = Optional.empty();
            int bestLength = 0;
            for (List<Word> line : lines) {
                for (int from = 0; from < line.size(); from++) {
                    StringBuilder run = new StringBuilder();
                    for (int to = from; to < line.size(); to++) {
                        run.append(line.get(to).text());
                        Optional<String> found = rule.apply(run.toString().replaceAll("[\\s:]", ""));
                        if (found.isPresent() && run.length() > bestLength) {
                            best = found;
                            bestLength = run.length();
                        }
                    }
                }
            }
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> digits(String text, int length) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() == length && text.replaceAll("[\\s.\\-]", "").equals(digits) ? Optional.of(digits) : Optional.empty();
    }

    private static Optional<String> code(FieldKey key, String text) {
        for (String token : text.split("[\\s:()]+")) {
            Optional<String> found = TypedValues.normalize(key, token);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Text as printed; when the zone holds its label too ("N° : FA-12"), what follows the label. */
    private static Optional<String> text(String text) {
        String value = text.strip();
        int colon = value.lastIndexOf(':');
        if (colon >= 0 && colon < value.length() - 1) {
            value = value.substring(colon + 1).strip();
        }
        value = value.replaceAll("\\s+", " ");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
