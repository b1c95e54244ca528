package io.verifact.model;

/** Where an invoice stands in its life, from capture to export. */
public enum InvoiceStatus {
    NEW, RECOGNIZED, TO_VERIFY, VERIFIED, SYNCED, EXPORTED, REJECTED, QUARANTINED
}
