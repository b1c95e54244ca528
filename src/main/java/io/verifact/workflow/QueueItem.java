package io.verifact.workflow;

import io.verifact.model.InvoiceStatus;

import java.time.Instant;

/**
 * One invoice as the work queue lists it.
 *
 * @param id the document's id in the local store
 * @param fileName the file's name as captured
 * @param status where it stands
 * @param statusReason why (a rejection, a quarantine, an override), or null
 * @param supplier the supplier's name as read, or empty
 * @param client the client file it belongs to (the buyer as read), or empty
 * @param invoiceNumber as read, or empty
 * @param invoiceDate ISO date, or empty
 * @param grossTotal plain decimal, or empty
 * @param currency ISO code, or empty
 * @param failedChecks how many checks fail
 * @param uncertainFields how many values need a look
 * @param duplicateOf the invoice this one repeats (same supplier and invoice number), its own id when the same
 *                    file came in again from another place, or 0
 * @param capturedAt when it came in
 * @param conflict whether two workstations validated it differently, for an operator to decide
 */
public record QueueItem(long id, String fileName, InvoiceStatus status, String statusReason, String supplier, String client,
                        String invoiceNumber, String invoiceDate, String grossTotal, String currency, int failedChecks,
                        int uncertainFields, long duplicateOf, Instant capturedAt, boolean conflict) {

    public boolean duplicate() {
        return duplicateOf != 0;
    }

    /** Whether it repeats another invoice of the store (same supplier and invoice number). */
    public boolean repeatsAnother() {
        return duplicateOf != 0 && duplicateOf != id;
    }

    /** Whether the very same file came in again from another place: still one invoice to verify. */
    public boolean receivedAgain() {
        return duplicateOf == id;
    }

    /** Whether an operator still has to look at it: also when two workstations decided it differently. */
    public boolean toVerify() {
        return status == InvoiceStatus.NEW || status == InvoiceStatus.RECOGNIZED || status == InvoiceStatus.TO_VERIFY
                || conflict && status != InvoiceStatus.QUARANTINED;
    }
}
