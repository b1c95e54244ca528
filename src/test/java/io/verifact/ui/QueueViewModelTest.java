package io.verifact.ui;

import io.verifact.model.InvoiceStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueViewModelTest {

    private final QueueViewModel queue = new QueueViewModel(Messages.forLocale(Locale.ENGLISH));

    @Test
    void aNewQueueIsEmptyAndSaysThereIsNothingToVerify() {
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.entries()).isEmpty();
        assertThat(queue.getSummary()).isEqualTo("Nothing to verify");
    }

    @Test
    void showingInvoicesFillsTheQueueAndCountsThem() {
        queue.show(List.of(
                new QueueEntry("FA-2024-0117.pdf", "Boulangerie Martin", InvoiceStatus.TO_VERIFY),
                new QueueEntry("scan-0002.tiff", null, InvoiceStatus.NEW)));

        assertThat(queue.isEmpty()).isFalse();
        assertThat(queue.entries()).extracting(QueueEntry::document).containsExactly("FA-2024-0117.pdf", "scan-0002.tiff");
        assertThat(queue.entries().get(1).supplier()).isEmpty();
        assertThat(queue.getSummary()).isEqualTo("2 invoices");
    }

    @Test
    void oneInvoiceIsCountedInTheSingular() {
        queue.show(List.of(new QueueEntry("a.pdf", "", InvoiceStatus.RECOGNIZED)));

        assertThat(queue.getSummary()).isEqualTo("1 invoice");
    }

    @Test
    void showingAnEmptyListEmptiesTheQueueAgain() {
        queue.show(List.of(new QueueEntry("a.pdf", "", InvoiceStatus.RECOGNIZED)));
        queue.show(List.of());

        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.getSummary()).isEqualTo("Nothing to verify");
    }

    @Test
    void viewsCannotChangeTheQueue() {
        assertThatThrownBy(() -> queue.entries().add(new QueueEntry("a.pdf", "", InvoiceStatus.NEW)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSummaryIsWrittenInTheOperatorsLanguage() {
        QueueViewModel french = new QueueViewModel(Messages.forLocale(Locale.FRENCH));
        french.show(List.of(
                new QueueEntry("a.pdf", "", InvoiceStatus.NEW),
                new QueueEntry("b.pdf", "", InvoiceStatus.NEW),
                new QueueEntry("c.pdf", "", InvoiceStatus.NEW)));

        assertThat(french.getSummary()).isEqualTo("3 factures");
    }
}
