package io.verifact.model;

import java.util.Locale;

/** Where a field's value came from; {@code DERIVED}: worked out from other fields (a total from the other two). */
public enum Source {
    MASK, LAYOUT, TEXTRACT, XML, OPERATOR, DERIVED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
