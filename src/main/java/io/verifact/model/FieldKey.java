package io.verifact.model;

import java.util.Arrays;
import java.util.Optional;

/** The standard fields of an invoice, with the key used in JSON and in the store. */
public enum FieldKey {
    INVOICE_NUMBER("invoice_number", Kind.TEXT),
    INVOICE_DATE("invoice_date", Kind.DATE),
    DUE_DATE("due_date", Kind.DATE),
    CURRENCY("currency", Kind.CODE),
    NET_TOTAL("net_total", Kind.AMOUNT),
    TAX_TOTAL("tax_total", Kind.AMOUNT),
    GROSS_TOTAL("gross_total", Kind.AMOUNT),
    AMOUNT_DUE("amount_due", Kind.AMOUNT),
    SUPPLIER_NAME("supplier_name", Kind.TEXT),
    BUYER_NAME("buyer_name", Kind.TEXT),
    SUPPLIER_VAT("supplier_vat", Kind.IDENTIFIER),
    BUYER_VAT("buyer_vat", Kind.IDENTIFIER),
    SUPPLIER_SIREN("supplier_siren", Kind.IDENTIFIER),
    SUPPLIER_SIRET("supplier_siret", Kind.IDENTIFIER),
    SUPPLIER_IBAN("supplier_iban", Kind.IDENTIFIER),
    SUPPLIER_BIC("supplier_bic", Kind.IDENTIFIER),
    PO_NUMBER("po_number", Kind.TEXT),
    DOCUMENT_TYPE("document_type", Kind.CODE);

    /** How a field's value is written. */
    public enum Kind { TEXT, DATE, AMOUNT, IDENTIFIER, CODE }

    private final String key;
    private final Kind kind;

    FieldKey(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<FieldKey> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
