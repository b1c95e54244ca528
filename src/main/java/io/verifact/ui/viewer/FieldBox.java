package io.verifact.ui.viewer;

import io.verifact.model.Box;

import java.util.Objects;

/**
 * Where a field was read on the page, as the viewer draws it.
 *
 * @param id the field's identity, the same the form uses, so the two can point at each other
 * @param box the place on the page as captured, in fractions of its width and height
 * @param state how far the value can be trusted
 */
public record FieldBox(String id, Box box, BoxState state) {

    public FieldBox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(state, "state");
    }
}
