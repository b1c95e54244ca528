package io.verifact.ui;

import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Source;

import java.util.List;

/**
 * One field as the form shows it.
 *
 * @param value the value, empty when missing
 * @param problem what a failing check says about it, in words, or empty
 */
public record FieldRow(FieldKey key, String value, FieldState state, double confidence, String source, int page, Box box,
                       List<Candidate> candidates, String problem) {

    public FieldRow {
        candidates = List.copyOf(candidates);
    }

    static FieldRow of(FieldKey key, FieldValue field, String problem) {
        if (field == null) {
            return new FieldRow(key, "", problem.isEmpty() ? FieldState.MISSING : FieldState.FAILED, 0, "", 0, null, List.of(), problem);
        }
        FieldState state;
        if (!problem.isEmpty()) {
            state = FieldState.FAILED;
        } else if (field.source() == Source.OPERATOR) {
            state = FieldState.CORRECTED;
        } else {
            state = field.confidence() >= FieldValue.SURE ? FieldState.SURE : FieldState.UNCERTAIN;
        }
        return new FieldRow(key, field.value(), state, field.confidence(), field.source().key(), field.page(), field.box(),
                field.alternatives(), problem);
    }

    /** The same field with its value written for the operator. */
    FieldRow shownAs(String text) {
        return new FieldRow(key, text, state, confidence, source, page, box, candidates, problem);
    }

    /** The same field, confirmed by the operator: a doubt looked at, a failed check still failing. */
    FieldRow confirmed() {
        return state == FieldState.UNCERTAIN
                ? new FieldRow(key, value, FieldState.CONFIRMED, confidence, source, page, box, candidates, problem) : this;
    }

    /** Whether the operator's eyes should stop here when moving to the next field that needs them. */
    public boolean needsLook() {
        return state == FieldState.UNCERTAIN || state == FieldState.FAILED;
    }
}
