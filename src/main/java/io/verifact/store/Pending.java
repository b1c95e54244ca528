package io.verifact.store;

import java.time.Instant;

/**
 * A thing changed on this workstation and not yet in the firm's database.
 *
 * @param key the local key: a document's id, a supplier's or mask's id, a custom field's name and supplier
 * @param changeId new at every change, so that a send that crossed a newer change does not clear it
 * @param queuedAt when the oldest change not yet sent was made
 * @param attempts failed sends since that change
 */
public record Pending(SharedKind kind, String key, String changeId, Instant queuedAt, int attempts, String lastError) {
}
