package io.verifact.store;

import java.time.Instant;

import io.verifact.model.InvoiceStatus;

/**
 * A captured document as the store knows it.
 *
 * @param fileName the file name of its first capture
 * @param statusReason why it has its status (a rejection, a quarantine), or null
 * @param pageCount its pages, or 0 while they have not been read
 * @param duplicates how many other origins sent the same bytes after the first
 * @param supplierId the supplier it was identified as, or empty
 * @param dossierId the client file it is in, or empty
 */
public record StoredDocument(long id, String sha256, String fileName, InvoiceStatus status, String statusReason,
                             int pageCount, int duplicates, Instant capturedAt, String supplierId, String dossierId) {

    public boolean duplicate() {
        return duplicates > 0;
    }
}
