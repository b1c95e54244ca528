package io.verifact.ui.viewer;

import io.verifact.model.Box;

import java.util.Objects;

/**
 * Where a field was read on the page, as the viewer draws it.
 *
 * @param id the field's identity, the same the form uses, so the two can point at each other
 * @param box the place on the page as captured, in fractions of its width and height
 * @param state how far the value can be trusted
 * @param label words written on the box's top edge (the field's name on a mask's zone), or empty for none
 */
public record FieldBox(String id, Box box, BoxState state, String label) {

    public FieldBox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(state, "state");
        label = label == null ? "" : label;
    }

    /** A box without words on it, as the fields of the invoice being verified are drawn. */
    public FieldBox(String id, Box box, BoxState state) {
        this(id, box, state, "");
    }
}
