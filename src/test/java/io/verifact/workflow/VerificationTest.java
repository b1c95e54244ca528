package io.verifact.workflow;

import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.document.TextPdf;
import io.verifact.document.TextPdf.Placed;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.Source;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.AuditEntry;
import io.verifact.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import io.verifact.model.SupplierId;
import io.verifact.model.Supplier;
import io.verifact.model.Dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An operator verifying invoices in a real local store: corrections, undo, validation and rejection. */
class VerificationTest {

    @TempDir
    Path folder;

    private LocalStore store;
    private Verification verification;
    private Ingest ingest;

    @BeforeEach
    void openStore() {
        store = LocalStore.open(folder.resolve("verifact.db"));
        Documents documents = new Documents(Limits.DEFAULT);
        Clock clock = Clock.systemUTC();
        ingest = new Ingest(store, documents, new Recognizer(documents, new TextLayerEngine(), new FieldExtractor(clock), clock));
        verification = new Verification(store, documents, clock, "claire");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theQueueListsWhatWasReadOfEachInvoice() throws IOException {
        long id = ingested("a.pdf", "FA-1001", "120,00");

        QueueItem item = only(verification.queue());

        assertThat(item.id()).isEqualTo(id);
        assertThat(item.toVerify()).isTrue();
        assertThat(item.invoiceNumber()).isEqualTo("FA-1001");
        assertThat(item.grossTotal()).isEqualTo("120.00");
        assertThat(item.failedChecks()).isZero();
        assertThat(item.duplicate()).isFalse();
    }

    @Test
    void typingCorrectsTheFieldAsTheOperatorAndTheAuditSaysWhoAndWhat() throws Exception {
        long id = ingested("a.pdf", "FA-1001", "120,00");

        Invoice corrected = verification.correct(id, FieldKey.INVOICE_NUMBER, "  FA-1001-B ");

        FieldValue number = corrected.field(FieldKey.INVOICE_NUMBER).orElseThrow();
        assertThat(number.value()).isEqualTo("FA-1001-B");
        assertThat(number.source()).isEqualTo(Source.OPERATOR);
        assertThat(number.alternatives()).extracting(Candidate::value).contains("FA-1001");
        AuditEntry last = store.audit().forDocument(id).getLast();
        assertThat(last.actor()).isEqualTo("claire");
        assertThat(last.action()).isEqualTo("correct");
        assertThat(last.field()).isEqualTo("invoice_number");
        assertThat(last.oldValue()).isEqualTo("FA-1001");
        assertThat(last.newValue()).isEqualTo("FA-1001-B");
    }

    @Test
    void amountsAndDatesAreWrittenTheWayTheContractSaysWhateverTheWayTheyAreTyped() throws Exception {
        long id = ingested("a.pdf", "FA-1001", "120,00");

        assertThat(verification.correct(id, FieldKey.GROSS_TOTAL, "1 234,5").field(FieldKey.GROSS_TOTAL).orElseThrow().value())
                .isEqualTo("1234.50");
        assertThat(verification.correct(id, FieldKey.INVOICE_DATE, "03/02/2026").field(FieldKey.INVOICE_DATE).orElseThrow().value())
                .isEqualTo("2026-02-03");
    }

    @Test
    void aCorrectionRunsTheChecksAgain() throws Exception {
        long id = ingested("a.pdf", "FA-1001", "120,00");

        Invoice wrong = verification.correct(id, FieldKey.GROSS_TOTAL, "121,00");
        Invoice right = verification.correct(id, FieldKey.GROSS_TOTAL, "120,00");

        assertThat(wrong.failedChecks()).extracting(c -> c.name()).contains("totals");
        assertThat(right.failedChecks()).isEmpty();
        assertThat(only(verification.queue()).failedChecks()).isZero();
    }

    @Test
    void somethingThatIsNotAnAmountIsRefusedAndChangesNothing() throws IOException {
        long id = ingested("a.pdf", "FA-1001", "120,00");
        int auditRows = store.audit().forDocument(id).size();

        assertThatThrownBy(() -> verification.correct(id, FieldKey.GROSS_TOTAL, "12O,OO"))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("not an amount");

        assertThat(verification.open(id).field(FieldKey.GROSS_TOTAL).orElseThrow().value()).isEqualTo("120.00");
        assertThat(store.audit().forDocument(id)).hasSize(auditRows);
    }

    @Test
    void restoringPutsBackTheValueAsItWasRead() throws Exception {
        long id = ingested("a.pdf", "FA-1001", "120,00");
        FieldValue read = verification.open(id).field(FieldKey.INVOICE_NUMBER).orElseThrow();

        verification.correct(id, FieldKey.INVOICE_NUMBER, "TYPO");
        Invoice undone = verification.restore(id, FieldKey.INVOICE_NUMBER, read);

        assertThat(undone.field(FieldKey.INVOICE_NUMBER)).hasValue(read);
    }

    @Test
    void pickingACandidateTakesItsValueAndItsPlace() throws Exception {
        long id = ingested("a.pdf", "FA-1001", "120,00");
        FieldValue gross = verification.open(id).field(FieldKey.GROSS_TOTAL).orElseThrow();
        Candidate other = new Candidate("100.00", "100,00", 0.4, 1, gross.box());

        Invoice picked = verification.pick(id, FieldKey.GROSS_TOTAL, other);

        assertThat(picked.field(FieldKey.GROSS_TOTAL).orElseThrow().value()).isEqualTo("100.00");
        assertThat(store.audit().forDocument(id).getLast().action()).isEqualTo("pick");
    }

    @Test
    void aZoneDrawnOverAValueSetsTheFieldFromTheMaskAtItsWordsAndRunsTheChecksAgain() throws Exception {
        long id = ingested("a.pdf", "FA-1001", "120,00");
        verification.correct(id, FieldKey.GROSS_TOTAL, "121,00");
        Invoice shown = verification.open(id);
        Box net = shown.field(FieldKey.NET_TOTAL).orElseThrow().box();
        Box drawn = new Box(net.x0() - 0.01, net.y0() + 0.02, net.x1() + 0.01, net.y1() + 0.065);
        Teaching.ZoneRead read = readZone(shown.id(), "gross_total", 1, drawn);

        Invoice set = verification.fromZone(id, read, null);

        FieldValue gross = set.field(FieldKey.GROSS_TOTAL).orElseThrow();
        assertThat(gross.value()).isEqualTo("120.00");
        assertThat(gross.source()).isEqualTo(Source.MASK);
        assertThat(gross.page()).isEqualTo(1);
        assertThat(drawn.contains(gross.box())).isTrue();
        assertThat(set.failedChecks()).isEmpty();
        AuditEntry last = store.audit().forDocument(id).getLast();
        assertThat(last.action()).isEqualTo("zone");
        assertThat(last.actor()).isEqualTo("claire");
        assertThat(last.newValue()).isEqualTo("120.00");
    }

    @Test
    void aValueTypedOverAZoneReadingIsTheOperatorsAtTheZonesPlace() throws Exception {
        long id = ingested("a.pdf", "FA-1001", "120,00");
        Invoice shown = verification.open(id);
        Box gross = shown.field(FieldKey.GROSS_TOTAL).orElseThrow().box();
        Teaching.ZoneRead read = readZone(shown.id(), "gross_total", 1, gross);

        FieldValue typed = verification.fromZone(id, read, "121,00").field(FieldKey.GROSS_TOTAL).orElseThrow();
        FieldValue same = verification.fromZone(id, read, "120,00").field(FieldKey.GROSS_TOTAL).orElseThrow();

        assertThat(typed.value()).isEqualTo("121.00");
        assertThat(typed.source()).isEqualTo(Source.OPERATOR);
        assertThat(typed.box()).isEqualTo(read.value().orElseThrow().box());
        assertThat(same.source()).isEqualTo(Source.MASK);
        assertThatThrownBy(() -> verification.fromZone(id, read, "12O,OO")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aZoneThatReadsNothingSetsNothingUntilAValueIsTyped() throws Exception {
        long id = ingested("a.pdf", "FA-1001", "120,00");
        Teaching.ZoneRead empty = readZone(id, "gross_total", 1,
                new Box(0.9, 0.95, 0.99, 0.99));
        int auditRows = store.audit().forDocument(id).size();

        assertThatThrownBy(() -> verification.fromZone(id, empty, " ")).isInstanceOf(InvalidValue.class);

        assertThat(store.audit().forDocument(id)).hasSize(auditRows);
    }

    @Test
    void failingChecksBlockValidationUntilTheOperatorGivesAReason() throws Exception {
        long id = ingested("a.pdf", "FA-1002", "120,00");
        verification.correct(id, FieldKey.GROSS_TOTAL, "120,10");

        Decision blocked = verification.validate(id, null);
        Decision overridden = verification.validate(id, "Supplier rounds per line; agreed by phone");

        assertThat(blocked).isInstanceOfSatisfying(Decision.Blocked.class,
                b -> assertThat(b.failed()).extracting(c -> c.name()).contains("totals"));
        assertThat(overridden).isEqualTo(new Decision.Validated(true));
        assertThat(verification.open(id).status()).isEqualTo(InvoiceStatus.VERIFIED);
        assertThat(verification.open(id).statusReason()).isEqualTo("Supplier rounds per line; agreed by phone");
        assertThat(store.audit().forDocument(id)).anySatisfy(e -> assertThat(e.action()).isEqualTo("override"));
    }

    @Test
    void aValidatedInvoiceIsClosed() throws IOException {
        long id = ingested("a.pdf", "FA-1001", "120,00");

        assertThat(verification.validate(id, null)).isEqualTo(new Decision.Validated(false));

        assertThat(only(verification.queue()).toVerify()).isFalse();
        assertThatThrownBy(() -> verification.correct(id, FieldKey.INVOICE_NUMBER, "X")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectingNeedsAReasonAndKeepsIt() throws IOException {
        long id = ingested("a.pdf", "FA-1001", "120,00");

        assertThatThrownBy(() -> verification.reject(id, " ")).isInstanceOf(IllegalArgumentException.class);
        verification.reject(id, "Not addressed to us");

        QueueItem item = only(verification.queue());
        assertThat(item.status()).isEqualTo(InvoiceStatus.REJECTED);
        assertThat(item.statusReason()).isEqualTo("Not addressed to us");
    }

    @Test
    void theSameInvoiceNumberFromTheSameSupplierInAnotherFileIsADuplicateOfTheFirst() throws IOException {
        long first = ingested("first.pdf", "FA-1001", "120,00");
        long second = ingested("second.pdf", "FA-1001", "120,00", new Placed("Copie", 60, 400, 12));
        long other = ingested("other.pdf", "FA-1003", "120,00");

        List<QueueItem> queue = verification.queue();

        assertThat(queue).filteredOn(q -> q.id() == second).singleElement().extracting(QueueItem::duplicateOf).isEqualTo(first);
        assertThat(queue).filteredOn(q -> q.id() == first || q.id() == other).allSatisfy(q -> assertThat(q.duplicate()).isFalse());
    }

    @Test
    void theSameInvoiceInAnotherClientFileIsNoDuplicateButInTheSameFileItIsByDateOrGross() throws IOException {
        Dossier dupont = store.dossiers().named("Dupont SA", "claire");
        Dossier martin = store.dossiers().named("Martin SARL", "claire");
        long first = ingested("first.pdf", "FA-1001", "120,00");
        long elsewhere = ingested("elsewhere.pdf", "FA-1001", "120,00", new Placed("Copie", 60, 400, 12));
        long sameGross = ingested("same-gross.pdf", "FA-1001", "120,00", "13/10/2026");
        long otherAll = ingested("other-all.pdf", "FA-1001", "130,00", "14/10/2026");
        store.dossiers().file(first, dupont.id());
        store.dossiers().file(elsewhere, martin.id());
        store.dossiers().file(sameGross, dupont.id());
        store.dossiers().file(otherAll, dupont.id());

        Map<Long, Long> duplicateOf = verification.queue().stream().collect(java.util.stream.Collectors.toMap(QueueItem::id, QueueItem::duplicateOf));

        assertThat(duplicateOf.get(elsewhere)).as("the same number for another client").isZero();
        assertThat(duplicateOf.get(sameGross)).as("same supplier, number and gross, another date").isEqualTo(first);
        assertThat(duplicateOf.get(otherAll)).as("same number, another date and gross").isZero();
    }

    @Test
    void choosingTheSupplierTeachesItTheInvoicesIdentifiersButNeverTheClients() throws IOException {
        store.dossiers().save(new Dossier("", "", "Dupont SA", List.of(new SupplierId(SupplierId.Kind.VAT, "FR59542051180")),
                io.verifact.model.Address.NONE, "401", 0, false, Map.of()), "claire");
        Supplier atelier = store.suppliers().create("Atelier Dupuis", List.of(), "claire");
        long id = ingested("a.pdf", "FA-1001", "120,00", new Placed("Client", 340, 100, 10), new Placed("TVA", 380, 100, 10),
                new Placed("FR59542051180", 410, 100, 10));

        Supplier chosen = verification.chooseSupplier(id, atelier.id());

        assertThat(chosen.identifiers()).contains(new SupplierId(SupplierId.Kind.VAT, "FR40303265045"))
                .doesNotContain(new SupplierId(SupplierId.Kind.VAT, "FR59542051180"));
        assertThat(verification.identification(id)).hasValueSatisfying(choice -> {
            assertThat(choice.supplierId()).isEqualTo(atelier.id());
            assertThat(choice.matchedBy()).isEqualTo("operator");
            assertThat(choice.log().getLast()).startsWith("Supplier Atelier Dupuis chosen by claire; it learned VAT FR40303265045");
        });
        assertThat(store.audit().forDocument(id)).anyMatch(e -> e.action().equals("supplier") && e.newValue().equals(atelier.id()) && e.actor().equals("claire"));
    }

    @Test
    void pagesAreRenderedForTheViewer() throws Exception {
        long id = ingested("a.pdf", "FA-1001", "120,00");

        var pages = verification.render(id, Verification.VIEW_DPI, 10);

        assertThat(pages).hasSize(1);
        assertThat(pages.getFirst().getWidth()).isBetween(1200, 1300);
    }

    private long ingested(String name, String number, String gross, Placed... more) throws IOException {
        return ingested(name, number, gross, "12/10/2026", more);
    }

    private long ingested(String name, String number, String gross, String date, Placed... more) throws IOException {
        List<Placed> words = new java.util.ArrayList<>(List.of(
                new Placed("Atelier", 60, 60, 16), new Placed("Dupuis", 130, 60, 16),
                new Placed("TVA", 60, 80, 10), new Placed("FR40303265045", 90, 80, 10),
                new Placed("Facture", 60, 140, 14), new Placed("N°", 130, 140, 14), new Placed(number, 160, 140, 14),
                new Placed("Date", 60, 170, 11), new Placed(date, 120, 170, 11),
                new Placed("Total", 340, 650, 11), new Placed("HT", 375, 650, 11), new Placed("100,00", 470, 650, 11),
                new Placed("TVA", 340, 670, 11), new Placed("20%", 375, 670, 11), new Placed("20,00", 470, 670, 11),
                new Placed("Total", 340, 690, 11), new Placed("TTC", 375, 690, 11), new Placed(gross, 470, 690, 11)));
        words.addAll(List.of(more));
        Path file = folder.resolve(name);
        Files.write(file, TextPdf.pages(1, words));
        Ingest.Report report = ingest.ingest(file);
        assertThat(report.result()).isIn(Ingest.Result.RECOGNIZED, Ingest.Result.DUPLICATE);
        return report.documentId();
    }

    private static QueueItem only(List<QueueItem> queue) {
        assertThat(queue).hasSize(1);
        return queue.getFirst();
    }

    private Teaching.ZoneRead readZone(long id, String field, int page, io.verifact.model.Box box) {
        Teaching teaching = new Teaching(store, "claire");
        return teaching.read(teaching.invoice(id).orElseThrow(), field, page, box);
    }
}
