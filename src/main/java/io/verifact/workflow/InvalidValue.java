package io.verifact.workflow;

import io.verifact.model.FieldKey;

/** What an operator typed cannot be the field's value: not an amount, not a date, not an IBAN's shape. */
public final class InvalidValue extends Exception {

    private final FieldKey field;
    private final String typed;

    public InvalidValue(FieldKey field, String typed) {
        super("'" + typed + "' is not " + expected(field));
        this.field = field;
        this.typed = typed;
    }

    public FieldKey field() {
        return field;
    }

    public String typed() {
        return typed;
    }

    private static String expected(FieldKey field) {
        return switch (field) {
            case INVOICE_DATE, DUE_DATE -> "a date";
            case NET_TOTAL, TAX_TOTAL, GROSS_TOTAL, AMOUNT_DUE -> "an amount";
            case CURRENCY -> "a currency code such as EUR";
            case SUPPLIER_VAT, BUYER_VAT -> "a VAT number";
            case SUPPLIER_IBAN -> "an IBAN";
            case SUPPLIER_BIC -> "a BIC";
            case SUPPLIER_SIREN -> "a SIREN (9 digits)";
            case SUPPLIER_SIRET -> "a SIRET (14 digits)";
            case DOCUMENT_TYPE -> "invoice or credit note";
            default -> "a value for this field";
        };
    }
}
