package io.verifact.ui;

import io.verifact.model.InvoiceStatus;

import java.util.Objects;

/**
 * One invoice as the work queue lists it.
 *
 * @param document the file's name as captured
 * @param supplier the supplier's name, empty while the supplier is not identified
 * @param status where the invoice stands
 */
public record QueueEntry(String document, String supplier, InvoiceStatus status) {

    public QueueEntry {
        Objects.requireNonNull(document, "document");
        supplier = supplier == null ? "" : supplier;
        Objects.requireNonNull(status, "status");
    }
}
