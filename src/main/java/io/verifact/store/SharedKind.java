package io.verifact.store;

import java.util.Arrays;

/** The things a workstation shares with the firm's database. */
public enum SharedKind {
    DOSSIER("dossier"),
    SUPPLIER("supplier"),
    CUSTOM_FIELD("custom_field"),
    MASK("mask"),
    INVOICE("invoice");

    private final String key;

    SharedKind(String key) {
        this.key = key;
    }

    /** The name the outbox and the shared database know it by. */
    public String key() {
        return key;
    }

    public static SharedKind of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a shared kind: " + key));
    }
}
