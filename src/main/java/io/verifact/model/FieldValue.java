package io.verifact.model;

import java.util.List;

/**
 * A recognized field: its chosen value, where it came from, and the values it could also have been.
 *
 * @param key which field
 * @param value the chosen value, written as CONTRACT.md says
 * @param source where the value came from
 * @param confidence from 0 to 1
 * @param page the page number, from 1, or 0 when the value stands on no page
 * @param box where it stands, or null when it stands on no page
 * @param alternatives the other candidates, best first
 */
public record FieldValue(FieldKey key, String value, Source source, double confidence, int page, Box box,
                         List<Candidate> alternatives) {

    /** The confidence from which a value needs no second look by the operator. */
    public static final double SURE = 0.9;

    public FieldValue {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public static FieldValue of(FieldKey key, Candidate chosen, Source source, List<Candidate> others) {
        return new FieldValue(key, chosen.value(), source, chosen.confidence(), chosen.page(), chosen.box(), others);
    }
}
