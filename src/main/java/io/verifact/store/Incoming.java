package io.verifact.store;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One thing as the firm's database has it, to be written into this workstation's store.
 *
 * @param version its version in the firm's database
 * @param changeId the change that made that version
 * @param record its rows, as {@link Outgoing#record()} sent them
 * @param pages an invoice's pages and words, or null to keep those held
 * @param audit an invoice's audit trail, or an empty array
 * @param versions a mask's versions, or an empty array
 * @param original an invoice's file, needed only when this workstation does not hold it yet
 * @param conflict whether an invoice was validated differently on two workstations
 * @param others the other validations of an invoice in conflict
 */
public record Incoming(SharedKind kind, String gid, long version, String changeId, JsonNode record, JsonNode pages,
                       JsonNode audit, JsonNode versions, byte[] original, boolean conflict, List<OtherVersion> others) {

    /** The same, with the invoice's file, fetched because this workstation does not hold it. */
    public Incoming withOriginal(byte[] file) {
        return new Incoming(kind, gid, version, changeId, record, pages, audit, versions, file, conflict, others);
    }

    /** A validation of an invoice in conflict, made on another workstation. */
    public record OtherVersion(String changeId, String station, String actor, String at, JsonNode record) {
    }
}
