package io.verifact.model;

import java.util.Locale;

/**
 * One identifier of a supplier or a client file, written as CONTRACT.md writes it (upper case, no
 * spaces or dots; phone numbers as their digits).
 *
 * @param kind what the identifier is; the order of the kinds is the order in which they identify
 * @param value the identifier
 */
public record SupplierId(Kind kind, String value) {

    /** The kinds of identifier, strongest first: a supplier is looked up in this order. */
    public enum Kind {
        /** VAT number with its country prefix. */
        VAT("VAT"),
        /** French establishment number (14 digits). */
        SIRET("SIRET"),
        /** French company number (9 digits). */
        SIREN("SIREN"),
        /** Another national tax or company number (Steuernummer, KvK, enterprise number...). */
        NATIONAL("tax number"),
        IBAN("IBAN"),
        /** A bank account in its national form. */
        BANK("bank account"),
        PHONE("phone"),
        FAX("fax");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** How the operator calls it. */
        public String words() {
            return words;
        }

        /** Whether at most one company may have it: the register refuses a second supplier with it. */
        public boolean unique() {
            return this == VAT || this == SIRET || this == SIREN;
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

    @Override
    public String toString() {
        return kind.words() + " " + value;
    }
}
