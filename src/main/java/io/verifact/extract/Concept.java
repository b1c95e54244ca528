package io.verifact.extract;

/** What a label on an invoice announces. */
enum Concept {
    INVOICE_NUMBER, INVOICE_DATE, DUE_DATE, NET, TAX, GROSS, DUE, PO_NUMBER, SELLER, BUYER, BUYER_VAT, SELLER_VAT,
    CURRENCY, IBAN, ROUNDING, BIC, SIREN, SIRET, CREDIT_NOTE, PAYMENT_TERMS, OTHER_DATE
}
