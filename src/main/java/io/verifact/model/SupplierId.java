package io.verifact.model;

import java.util.Locale;

/**
 * One identifier of a supplier, written as CONTRACT.md writes it (upper case, no spaces or dots).
 *
 * @param kind what the identifier is; the order of the kinds is the order in which they identify
 * @param value the identifier
 */
public record SupplierId(Kind kind, String value) {

    /** The kinds of identifier, strongest first: a supplier is looked up in this order. */
    public enum Kind {
        VAT, SIRET, SIREN, IBAN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromKey(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    public SupplierId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an identifier has a value");
        }
    }
}
