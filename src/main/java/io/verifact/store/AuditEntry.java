package io.verifact.store;

import java.time.Instant;

/**
 * One line of the audit trail: who changed what on which document, and when.
 *
 * @param action what was done, such as {@code capture}, {@code duplicate}, {@code status}, {@code quarantine},
 *               {@code pages} or {@code recognize}
 * @param field the value that changed, or null when the action changes no single value
 */
public record AuditEntry(long id, Instant at, String actor, long documentId, String action, String field,
                         String oldValue, String newValue) {
}
