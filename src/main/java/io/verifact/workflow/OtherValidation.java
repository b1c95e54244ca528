package io.verifact.workflow;

import java.time.Instant;
import java.util.List;

import io.verifact.model.FieldKey;

/**
 * How another workstation validated an invoice that this one validated differently.
 *
 * @param operator who validated it there
 * @param station the workstation
 * @param at when, or null when the shared database did not say
 * @param differences the fields whose values differ from this workstation's, in field order
 */
public record OtherValidation(String operator, String station, Instant at, List<Difference> differences) {

    public OtherValidation {
        differences = List.copyOf(differences);
    }

    /** A field as the other workstation has it and as this one has it; empty when a side has no value. */
    public record Difference(FieldKey field, String theirs, String ours) {
    }
}
