package io.verifact.store;

/**
 * What a capture did.
 *
 * @param documentId the document the bytes are, new or not
 * @param newDocument these bytes were never seen before
 * @param duplicate these bytes were seen before, from another origin; false when the same origin sends them again
 */
public record Capture(long documentId, boolean newDocument, boolean duplicate) {
}
