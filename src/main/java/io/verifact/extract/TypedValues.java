package io.verifact.extract;

import io.verifact.check.Ibans;
import io.verifact.check.VatNumbers;
import io.verifact.model.FieldKey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an operator types into a field, written as the field's values are written (CONTRACT.md):
 * {@code 1 234,50} becomes {@code 1234.50}, {@code 03/02/2026} becomes {@code 2026-02-03},
 * {@code fr 40 303 265 045} becomes {@code FR40303265045}. A value that is not of the field's kind is
 * refused, so a typo never reaches the invoice as a valid-looking value.
 */
public final class TypedValues {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Za-z]{3}");
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("€", "EUR", "$", "USD", "£", "GBP", "¥", "JPY", "₹", "INR");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern AMOUNT_TEXT = Pattern.compile("[-−(]?\\s*(?:[€$£]|EUR|USD|GBP|CHF)?\\s*[-−]?[\\d .,'’\\u00A0\\u202F]+\\)?\\s*(?:[€$£]|EUR|USD|GBP|CHF)?-?",
            Pattern.CASE_INSENSITIVE);

    private TypedValues() {
    }

    /** The typed text as the field's value, for an operator who writes decimals with a comma. */
    public static Optional<String> normalize(FieldKey key, String typed) {
        return normalize(key, typed, true);
    }

    /**
     * The typed text as the field's value, or empty when it cannot be one (the operator is told why elsewhere).
     *
     * @param decimalComma whether the operator writes {@code 1,234} for one and a quarter (French, German,
     *                     Dutch) rather than for one thousand two hundred and thirty-four (English)
     */
    public static Optional<String> normalize(FieldKey key, String typed, boolean decimalComma) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (key) {
            case INVOICE_DATE, DUE_DATE -> date(text);
            case NET_TOTAL, TAX_TOTAL, GROSS_TOTAL, AMOUNT_DUE -> amount(text, decimalComma);
            case CURRENCY -> currency(text);
            case SUPPLIER_VAT, BUYER_VAT -> VatNumbers.normalizeTyped(text);
            case SUPPLIER_IBAN -> Ibans.normalizeShape(text);
            case SUPPLIER_BIC -> Ibans.normalizeBic(text);
            case SUPPLIER_SIREN -> digits(text, 9);
            case SUPPLIER_SIRET -> digits(text, 14);
            case DOCUMENT_TYPE -> documentType(text);
            case INVOICE_NUMBER, PO_NUMBER, SUPPLIER_NAME, BUYER_NAME -> Optional.of(text.replaceAll("\\s+", " "));
        };
    }

    private static Optional<String> date(String text) {
        String folded = Fold.fold(text).strip();
        List<Dates.Found> found = Dates.find(folded);
        // The whole entry must be the date: "3/2/2026 and more" is not a date the operator meant.
        return found.size() == 1 && found.getFirst().start() == 0 && found.getFirst().end() == folded.length()
                ? Optional.of(found.getFirst().date().toString()) : Optional.empty();
    }

    private static Optional<String> amount(String text, boolean decimalComma) {
        if (!AMOUNT_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        // "0.125" and "0,125" have no thousands to group: a leading zero makes the separator a decimal one.
        Amounts.Style style = text.matches("[-−(]?\\s*0[.,]\\d+\\)?") ? (text.contains(",") ? Amounts.Style.COMMA : Amounts.Style.POINT)
                : decimalComma ? Amounts.Style.COMMA : Amounts.Style.POINT;
        List<Amounts.Found> found = Amounts.find(text, style);
        if (found.size() != 1) {
            return Optional.empty();
        }
        BigDecimal value = found.getFirst().value();
        return Optional.of((value.scale() < 2 ? value.setScale(2) : value).toPlainString());
    }

    private static Optional<String> currency(String text) {
        String sign = CURRENCY_SIGNS.get(text);
        if (sign != null) {
            return Optional.of(sign);
        }
        return CURRENCY_CODE.matcher(text).matches() ? Optional.of(text.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private static Optional<String> digits(String text, int length) {
        String digits = text.replaceAll("[\\s.]", "");
        return DIGITS.matcher(digits).matches() && digits.length() == length ? Optional.of(digits) : Optional.empty();
    }

    private static Optional<String> documentType(String text) {
        String folded = Fold.fold(text).replaceAll("[^a-z]", "");
        if (List.of("invoice", "facture", "rechnung", "factuur").contains(folded)) {
            return Optional.of("invoice");
        }
        if (List.of("creditnote", "avoir", "gutschrift", "creditnota", "credit").contains(folded)) {
            return Optional.of("credit_note");
        }
        return Optional.empty();
    }
}
