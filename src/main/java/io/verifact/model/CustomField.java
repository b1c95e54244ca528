package io.verifact.model;

import java.util.Locale;

/**
 * A field an operator added beyond the standard ones (a plate number for a garage's invoices).
 *
 * @param name its key, in lower case with underscores, as it shows in exports
 * @param kind how its values are read and written: text, an amount or a date
 * @param supplierId the supplier it is for, or null when it is for every supplier
 */
public record CustomField(String name, FieldKey.Kind kind, String supplierId) {

    public CustomField {
        if (name == null || !name.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new IllegalArgumentException("A custom field's name is a word of lower-case letters, digits and underscores, "
                    + "starting with a letter, such as plate_number: '" + name + "' is not.");
        }
        if (FieldKey.fromKey(name).isPresent()) {
            throw new IllegalArgumentException("'" + name + "' is a standard field already.");
        }
        if (name.matches("vat_row_[1-9]")) {
            // The name a zone over a VAT row is taught under (VatRowReader): a field of that name could never be taught.
            throw new IllegalArgumentException("'" + name + "' is a row of the VAT breakdown already.");
        }
        if (kind != FieldKey.Kind.TEXT && kind != FieldKey.Kind.AMOUNT && kind != FieldKey.Kind.DATE) {
            throw new IllegalArgumentException("A custom field holds text, an amount or a date, not " + kind + ".");
        }
    }

    /** The kind as written in the store and on the command line: {@code text}, {@code amount}, {@code date}. */
    public static FieldKey.Kind kind(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "text" -> FieldKey.Kind.TEXT;
            case "amount" -> FieldKey.Kind.AMOUNT;
            case "date" -> FieldKey.Kind.DATE;
            default -> throw new IllegalArgumentException("A custom field's kind is text, amount or date, not '" + text + "'.");
        };
    }

    public boolean appliesTo(String supplier) {
        return supplierId == null || supplierId.equals(supplier);
    }
}
