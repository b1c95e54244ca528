package io.verifact.ui;

import io.verifact.model.InvoiceStatus;
import io.verifact.workflow.QueueItem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The work queue's tabs, counts, search, filters and the next invoice to verify, without a display. */
class QueueViewModelTest {

    private final QueueViewModel queue = new QueueViewModel(Messages.forLocale(Locale.ENGLISH));

    @Test
    void aNewQueueIsEmptyAndSaysThereIsNothingToVerify() {
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.shown()).isEmpty();
        assertThat(queue.getSummary()).isEqualTo("Nothing to verify");
    }

    @Test
    void eachTabCountsItsInvoicesAndTheSummaryCountsWhatIsLeftToVerify() {
        queue.show(List.of(
                item(1, "Dupuis", "Martin", InvoiceStatus.RECOGNIZED, 0),
                item(2, "Dupuis", "Martin", InvoiceStatus.VERIFIED, 0),
                item(3, "Garage Peeters", "Bakkerij Claes", InvoiceStatus.RECOGNIZED, 0),
                item(4, "Dupuis", "Martin", InvoiceStatus.RECOGNIZED, 1),
                item(5, "", "", InvoiceStatus.QUARANTINED, 0),
                item(6, "Garage Peeters", "Bakkerij Claes", InvoiceStatus.REJECTED, 0)));

        assertThat(queue.count(QueueViewModel.Tab.TO_VERIFY).get()).isEqualTo(2);
        assertThat(queue.count(QueueViewModel.Tab.DUPLICATES).get()).isEqualTo(1);
        assertThat(queue.count(QueueViewModel.Tab.VERIFIED).get()).isEqualTo(1);
        assertThat(queue.count(QueueViewModel.Tab.REJECTED).get()).isEqualTo(1);
        assertThat(queue.count(QueueViewModel.Tab.QUARANTINED).get()).isEqualTo(1);
        assertThat(queue.getSummary()).isEqualTo("3 invoices to verify, 1 of them a duplicate");
        assertThat(queue.shown()).extracting(QueueItem::id).containsExactly(1L, 3L);
    }

    @Test
    void searchAndFiltersNarrowTheTab() {
        queue.show(List.of(
                item(1, "Dupuis", "Martin", InvoiceStatus.RECOGNIZED, 0),
                item(2, "Garage Peeters", "Bakkerij Claes", InvoiceStatus.RECOGNIZED, 0),
                item(3, "Garage Peeters", "Martin", InvoiceStatus.RECOGNIZED, 0)));

        queue.searchProperty().set("peeters");
        assertThat(queue.shown()).extracting(QueueItem::id).containsExactly(2L, 3L);

        queue.clientProperty().set("Martin");
        assertThat(queue.shown()).extracting(QueueItem::id).containsExactly(3L);

        queue.searchProperty().set("");
        queue.clientProperty().set(null);
        queue.supplierProperty().set("Dupuis");
        assertThat(queue.shown()).extracting(QueueItem::id).containsExactly(1L);
        assertThat(queue.suppliers()).containsExactly("Dupuis", "Garage Peeters");
        assertThat(queue.clients()).containsExactly("Bakkerij Claes", "Martin");
    }

    @Test
    void theNextInvoiceToVerifyIsOneStepAwayAndTheLastHasNoNext() {
        queue.show(List.of(
                item(1, "A", "", InvoiceStatus.RECOGNIZED, 0),
                item(2, "B", "", InvoiceStatus.VERIFIED, 0),
                item(3, "C", "", InvoiceStatus.RECOGNIZED, 0)));

        assertThat(queue.nextToVerify(0)).map(QueueItem::id).hasValue(1L);
        assertThat(queue.nextToVerify(1)).map(QueueItem::id).hasValue(3L);
        assertThat(queue.nextToVerify(3)).isEmpty();
        assertThat(queue.previousToVerify(3)).map(QueueItem::id).hasValue(1L);
        assertThat(queue.position(3)).hasValue(new QueueViewModel.Position(2, 2));
    }

    @Test
    void showingAnEmptyListEmptiesTheQueueAgain() {
        queue.show(List.of(item(1, "A", "", InvoiceStatus.RECOGNIZED, 0)));
        queue.show(List.of());

        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.getSummary()).isEqualTo("Nothing to verify");
    }

    private static QueueItem item(long id, String supplier, String client, InvoiceStatus status, long duplicateOf) {
        return new QueueItem(id, "file-" + id + ".pdf", status, null, supplier, client, "N-" + id, "2026-10-12", "120.00", "EUR",
                0, 0, duplicateOf, Instant.parse("2026-11-23T10:00:00Z"), false);
    }
}
