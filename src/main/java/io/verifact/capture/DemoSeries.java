package io.verifact.capture;

import java.util.List;

/**
 * Invoices of one demo supplier over a few weeks, for masks to be taught on one and tried on the
 * next: the same layout with few lines, many lines and lines running over onto a second page, a
 * scan, then, for the supplier that has one, a change of letterhead. Numbers, dates and amounts differ from
 * invoice to invoice, so a mask that reads one invoice's values on another is caught.
 *
 * @param invoices in the order they were issued
 */
public record DemoSeries(List<SeriesInvoice> invoices) {

    public DemoSeries {
        invoices = List.copyOf(invoices);
    }

    /** The name of the supplier whose invoices these are. */
    public String supplier() {
        return invoices.getFirst().invoice().supplierName();
    }

    /** The invoice of the series that is of this kind. */
    public SeriesInvoice invoice(SeriesInvoice.Kind kind) {
        return invoices.stream().filter(i -> i.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the series holds no invoice of kind " + kind));
    }
}
