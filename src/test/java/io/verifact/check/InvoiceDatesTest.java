package io.verifact.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.verifact.model.CheckResult;

class InvoiceDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @Test
    void anInvoiceDueAMonthLaterIsPlausible() {
        assertThat(InvoiceDates.plausible(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 6, 1), TODAY))
                .isEqualTo(new CheckResult("dates", true, "invoice date 2025-05-02, due 2025-06-01"));
    }

    @Test
    void anInvoiceWithoutDueDateIsCheckedOnItsDateAlone() {
        assertThat(InvoiceDates.plausible(LocalDate.of(2025, 5, 2), null, TODAY).ok()).isTrue();
    }

    @Test
    void aYearMisreadIntoThePastIsRefused() {
        CheckResult result = InvoiceDates.plausible(LocalDate.of(1989, 12, 31), null, TODAY);
        assertThat(result.ok()).isFalse();
        assertThat(result.detail()).isEqualTo("invoice date 1989-12-31 is before 1990");
        assertThat(InvoiceDates.plausible(LocalDate.of(1990, 1, 1), null, TODAY).ok()).isTrue();
    }

    @Test
    void aYearMisreadIntoTheFutureIsRefused() {
        assertThat(InvoiceDates.plausible(LocalDate.of(2026, 6, 16), null, TODAY).ok()).isFalse();
        assertThat(InvoiceDates.plausible(LocalDate.of(2026, 6, 15), null, TODAY).ok()).isTrue();
    }

    @Test
    void aDueDateBeforeTheInvoiceDateIsRefused() {
        assertThat(InvoiceDates.plausible(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1), TODAY).detail())
                .isEqualTo("due date 2025-05-01 is before the invoice date 2025-05-02");
        assertThat(InvoiceDates.plausible(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2), TODAY).ok())
                .as("due on receipt").isTrue();
    }

    @Test
    void aDueDateMoreThanTwoYearsOutIsRefused() {
        assertThat(InvoiceDates.plausible(LocalDate.of(2025, 5, 2), LocalDate.of(2027, 5, 3), TODAY).ok()).isFalse();
        assertThat(InvoiceDates.plausible(LocalDate.of(2025, 5, 2), LocalDate.of(2027, 5, 2), TODAY).ok()).isTrue();
    }

    @Test
    void theExtractorKeepsOnlyCandidateDatesAnInvoiceCouldCarry() {
        assertThat(InvoiceDates.isPlausibleInvoiceDate(LocalDate.of(2025, 3, 1), TODAY)).isTrue();
        assertThat(InvoiceDates.isPlausibleInvoiceDate(LocalDate.of(1985, 3, 1), TODAY)).as("a founding date").isFalse();
        assertThat(InvoiceDates.isPlausibleInvoiceDate(LocalDate.of(2030, 3, 1), TODAY)).as("a contract's end").isFalse();
    }
}
