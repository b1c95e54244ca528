package io.verifact.model;

import java.util.Objects;

/** A client file: one of the firm's clients, whose invoices are kept together and shown only to those it is granted to. */
public record Dossier(String id, String name) {

    public Dossier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
