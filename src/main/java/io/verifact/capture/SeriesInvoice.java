package io.verifact.capture;

import io.verifact.model.FieldKey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One invoice of a demo series, with where it prints each field of its truth: what a test draws to
 * teach a mask on it, and reads back on the next invoice of the series.
 *
 * @param invoice the file and its truth
 * @param kind which invoice of the series it is
 * @param printed for every field of the truth, where the page prints it
 */
public record SeriesInvoice(DemoInvoice invoice, Kind kind, Map<FieldKey, PrintedValue> printed) {

    /** The invoices of a series: one supplier, one layout but for the last, more lines each time. */
    public enum Kind {
        /** Three lines: the totals stand high on the only page. */
        FEW_LINES,
        /** The same layout with as many lines as the first page holds with its totals: they stand low, above the foot. */
        MANY_LINES,
        /** The same layout with so many lines that they run over onto page 2, which carries the totals. */
        TOTALS_OVERLEAF,
        /** The same layout, printed and scanned: a picture without a text layer, slightly askew. */
        SCANNED,
        /** After the supplier changed its letterhead: the same identifiers, but the head, the labels and the totals moved. */
        NEW_LETTERHEAD
    }

    public SeriesInvoice {
        if (!printed.keySet().equals(invoice.truth().keySet())) {
            throw new IllegalArgumentException("where each field is printed, for every field of " + invoice.file().getFileName());
        }
        printed = Collections.unmodifiableMap(new EnumMap<>(printed));
    }

    /** Where the page prints the field. */
    public PrintedValue where(FieldKey key) {
        PrintedValue value = printed.get(key);
        if (value == null) {
            throw new IllegalArgumentException(invoice.file().getFileName() + " does not print " + key.key());
        }
        return value;
    }
}
