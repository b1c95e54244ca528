package io.verifact.model;

/**
 * Where a supplier prints one field, as an operator taught it by drawing a rectangle.
 *
 * @param field the field's key: a standard key such as {@code gross_total}, or a custom field's name
 * @param page which page it stands on
 * @param box the rectangle as drawn, on the invoice it was taught on
 * @param label the words printed just left of or above it on that invoice ("Total TTC"), by which the
 *        zone is found again when the value moves; empty when there were none
 * @param labelBox where the label stood, or null when there is none
 * @param foot where the page's last printed line ended on the invoice it was taught on, as a fraction
 *        of the page's height, for a zone in the lower half of its page: without its label, it keeps its
 *        distance to that foot, as totals printed under lines of varying number do; 0 when not anchored so
 * @param sample the value it read when taught, to tell a value of the same kind from something else
 *        standing in its place on another invoice; empty when unknown
 */
public record Zone(String field, PagePlace page, Box box, String label, Box labelBox, double foot, String sample) {

    public Zone(String field, PagePlace page, Box box, String label, Box labelBox, double foot) {
        this(field, page, box, label, labelBox, foot, "");
    }

    public Zone {
        sample = sample == null ? "" : sample;
        label = label == null ? "" : label.strip();
        if (label.isEmpty() != (labelBox == null)) {
            throw new IllegalArgumentException("a label and its box go together");
        }
    }

    public Zone withSample(String value) {
        return new Zone(field, page, box, label, labelBox, foot, value);
    }

    public boolean fromFoot() {
        return foot > 0;
    }

    public boolean hasLabel() {
        return !label.isEmpty();
    }
}
