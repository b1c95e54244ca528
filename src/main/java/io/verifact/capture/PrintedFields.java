package io.verifact.capture;

import io.verifact.model.FieldKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a demo invoice prints each field of its truth, found among the strings its pages drew. A
 * value printed more than once is taken where a reader looks for it: drawn on its own beside its
 * label rather than inside a sentence, and on the first page that shows it. The amount to pay is the
 * last of the gross total's prints, the bar under the totals where the invoice has one.
 */
final class PrintedFields {

    /** What may stand inside an identifier as printed: {@code FR76 1450}, {@code BE 0712.849.337}. */
    private static final String SEPARATORS = " .\u00a0";
    private static final List<String> INVOICE_TITLES = List.of("facture", "rechnung", "factuur", "invoice");
    private static final List<String> CREDIT_TITLES = List.of("avoir", "gutschrift", "creditnota", "credit note");

    private final DemoBill bill;
    private final Numbers numbers;
    private final List<DrawnText> texts;

    private PrintedFields(DemoBill bill, List<DrawnText> texts) {
        this.bill = bill;
        this.numbers = bill.supplier().look().frame().wording().numbers();
        this.texts = texts;
    }

    /** @throws IllegalStateException if a field of the bill's truth is printed nowhere, a bug in its look */
    static Map<FieldKey, PrintedValue> of(DemoBill bill, List<DrawnText> texts) {
        PrintedFields fields = new PrintedFields(bill, texts);
        Map<FieldKey, PrintedValue> printed = new EnumMap<>(FieldKey.class);
        bill.truth().forEach((key, value) -> printed.put(key, fields.where(key, value)));
        return printed;
    }

    private PrintedValue where(FieldKey key, String value) {
        return switch (key) {
            case INVOICE_DATE -> first(key, numbers.date(bill.date()));
            case DUE_DATE -> first(key, numbers.date(bill.due()));
            case NET_TOTAL -> first(key, numbers.money(bill.net()));
            case TAX_TOTAL -> first(key, numbers.money(bill.tax()));
            case GROSS_TOTAL -> first(key, numbers.money(bill.gross()));
            case AMOUNT_DUE -> last(key, numbers.money(bill.gross()));
            case CURRENCY -> currency();
            case DOCUMENT_TYPE -> title();
            default -> first(key, value);
        };
    }

    private PrintedValue first(FieldKey key, String value) {
        return matches(key, value).getFirst().printed();
    }

    private PrintedValue last(FieldKey key, String value) {
        List<Match> all = matches(key, value);
        boolean alone = all.getFirst().alone();
        return all.stream().filter(m -> m.alone() == alone).reduce((a, b) -> b).orElseThrow().printed();
    }

    /** The euro sign of the gross total: the currency an operator sees the invoice is in. */
    private PrintedValue currency() {
        Match gross = matches(FieldKey.GROSS_TOTAL, numbers.money(bill.gross())).getFirst();
        int sign = gross.text().text().indexOf('€', gross.from());
        if (sign < 0 || sign >= gross.to()) {
            throw new IllegalStateException("the gross total of " + bill.number() + " is printed without a currency");
        }
        return new Match(gross.text(), sign, sign + 1).printed();
    }

    /** The word that says what the document is, first where the page names it. */
    private PrintedValue title() {
        List<String> words = bill.creditNote() ? CREDIT_TITLES : INVOICE_TITLES;
        for (DrawnText text : texts) {
            String folded = text.text().toLowerCase(Locale.ROOT);
            for (String word : words) {
                int at = folded.indexOf(word);
                if (at >= 0 && bounded(folded, at, at + word.length(), false)) {
                    return new Match(text, at, at + word.length()).printed();
                }
            }
        }
        throw new IllegalStateException(bill.number() + " prints no title saying what it is");
    }

    /** Every print of the value, those drawn on their own first, each group in the order drawn. */
    private List<Match> matches(FieldKey key, String value) {
        boolean identifier = key.kind() == FieldKey.Kind.IDENTIFIER;
        List<Match> found = new ArrayList<>();
        for (DrawnText text : texts) {
            String s = text.text();
            for (int from = 0; from < s.length(); from++) {
                int to = identifier ? looseEnd(s, from, value) : s.startsWith(value, from) ? from + value.length() : -1;
                if (to > 0 && bounded(s, from, to, identifier)) {
                    found.add(new Match(text, from, to));
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException(bill.number() + " does not print its " + key.key() + " " + value);
        }
        found.sort(Comparator.comparing(m -> !m.alone()));
        return found;
    }

    /** Where the identifier ends if it starts at {@code from}, spaces and dots between its characters allowed; -1 if not. */
    private static int looseEnd(String s, int from, String identifier) {
        int at = from;
        for (int i = 0; i < identifier.length(); i++) {
            while (i > 0 && at < s.length() && SEPARATORS.indexOf(s.charAt(at)) >= 0) {
                at++;
            }
            if (at >= s.length() || Character.toUpperCase(s.charAt(at)) != identifier.charAt(i)) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /**
     * Whether the characters stand apart from their neighbours: no letter or digit touches them, and
     * an identifier is not the start or end of a longer one ({@code 842 136 574} in {@code 842 136 574 00014}).
     */
    private static boolean bounded(String s, int from, int to, boolean identifier) {
        boolean before = from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1))
                && !(identifier && from >= 2 && SEPARATORS.indexOf(s.charAt(from - 1)) >= 0 && Character.isDigit(s.charAt(from - 2)));
        boolean after = to == s.length() || !Character.isLetterOrDigit(s.charAt(to))
                && !(identifier && to + 1 < s.length() && SEPARATORS.indexOf(s.charAt(to)) >= 0 && Character.isDigit(s.charAt(to + 1)));
        return before && after;
    }

    /** Characters {@code from} to {@code to} of a drawn string. */
    private record Match(DrawnText text, int from, int to) {

        boolean alone() {
            return from == 0 && to == text.text().length();
        }

        PrintedValue printed() {
            return new PrintedValue(text.text().substring(from, to), text.page(), text.box(from, to));
        }
    }
}
