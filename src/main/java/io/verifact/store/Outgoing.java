package io.verifact.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One thing as this workstation has it now, to be sent to the firm's database.
 *
 * @param gid its id on every workstation: a document's SHA-256, a supplier's, mask's or client file's id
 * @param baseVersion the version of the firm's database this workstation's state was made from, 0 for none
 * @param record its rows, without local keys
 * @param audit an invoice's audit trail, each entry with its own id; empty for other things
 * @param versions a mask's versions, each with its own id; empty for other things
 * @param pages an invoice's pages and words, or null for other things
 * @param dossierId the client file an invoice belongs to, or null
 */
public record Outgoing(Pending pending, String gid, long baseVersion, ObjectNode record, ArrayNode audit, ArrayNode versions,
                       ObjectNode pages, String dossierId) {

    public SharedKind kind() {
        return pending.kind();
    }

    /** For an invoice: its status, as the store writes it. */
    public String status() {
        return record.path("document").path("status").asText("");
    }
}
