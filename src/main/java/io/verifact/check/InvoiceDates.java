package io.verifact.check;

import java.time.LocalDate;
import java.util.Objects;

import io.verifact.model.CheckResult;

/** Whether an invoice's dates are ones a real invoice could carry, to catch misread years and swapped fields. */
public final class InvoiceDates {

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private InvoiceDates() {
    }

    /** Not before 1990 and not more than a year after today: the range an extractor picks candidates in. */
    public static boolean isPlausibleInvoiceDate(LocalDate invoiceDate, LocalDate today) {
        return !invoiceDate.isBefore(EARLIEST) && !invoiceDate.isAfter(today.plusYears(1));
    }

    /** The invoice date is plausible, and the due date, when there is one, falls within two years after it. */
    public static CheckResult plausible(LocalDate invoiceDate, LocalDate dueDate, LocalDate today) {
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        if (invoiceDate.isBefore(EARLIEST)) {
            return failed("invoice date " + invoiceDate + " is before 1990");
        }
        if (invoiceDate.isAfter(today.plusYears(1))) {
            return failed("invoice date " + invoiceDate + " is more than a year after today, " + today);
        }
        if (dueDate == null) {
            return new CheckResult("dates", true, "invoice date " + invoiceDate);
        }
        if (dueDate.isBefore(invoiceDate)) {
            return failed("due date " + dueDate + " is before the invoice date " + invoiceDate);
        }
        if (dueDate.isAfter(invoiceDate.plusYears(2))) {
            return failed("due date " + dueDate + " is more than two years after the invoice date " + invoiceDate);
        }
        return new CheckResult("dates", true, "invoice date " + invoiceDate + ", due " + dueDate);
    }

    private static CheckResult failed(String detail) {
        return new CheckResult("dates", false, detail);
    }
}
