package io.verifact.model;

import java.util.Locale;

/** Where a field's value came from. */
public enum Source {
    MASK, LAYOUT, TEXTRACT, XML, OPERATOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
