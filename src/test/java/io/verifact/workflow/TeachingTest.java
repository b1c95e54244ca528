package io.verifact.workflow;

import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Box;
import io.verifact.model.CustomField;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Mask;
import io.verifact.model.MaskChange;
import io.verifact.model.Source;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.model.Zone;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Teaching a supplier's mask in a real local store with the demo invoices, and the next invoice of
 * that supplier read through it.
 */
class TeachingTest {

    @TempDir
    static Path demoFolder;
    private static List<DemoInvoice> demo;

    @TempDir
    Path folder;

    private LocalStore store;
    private Recognizer recognizer;
    private Teaching teaching;

    @BeforeAll
    static void writeDemo() throws IOException {
        demo = DemoInvoices.write(demoFolder);
    }

    @BeforeEach
    void openStore() {
        store = LocalStore.open(folder.resolve("verifact.db"));
        Documents documents = new Documents(Limits.DEFAULT);
        Clock clock = Clock.systemUTC();
        recognizer = new Recognizer(documents, new TextLayerEngine(), new FieldExtractor(clock), clock);
        teaching = new Teaching(store, "claire");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static DemoInvoice file(String name) {
        return demo.stream().filter(d -> d.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    private Outcome.Read read(DemoInvoice invoice) {
        return (Outcome.Read) recognizer.recognize(invoice.file(), store);
    }

    /** Draws a rectangle a little larger than where the value stands, as a hand does. */
    private Teaching.Taught teachWhereRead(DemoInvoice invoice, FieldKey key) {
        Outcome.Read read = read(invoice);
        FieldValue value = read.recognition().fields().get(key);
        return teaching.teach(new Teaching.Invoice(read.sha256(), read.pages(), read.recognition()), key.key(), value.page(),
                around(value.box()), Optional.empty());
    }

    private static Box around(Box b) {
        return new Box(Math.max(0, b.x0() - 0.004), Math.max(0, b.y0() - 0.003), Math.min(1, b.x1() + 0.004), Math.min(1, b.y1() + 0.003));
    }

    @Test
    void aTaughtTotalIsReadThroughTheMaskOnTheSuppliersNextInvoice() {
        DemoInvoice first = file("atelier-dupuis-FA-2026-0142.pdf");
        Teaching.Taught taught = teachWhereRead(first, FieldKey.GROSS_TOTAL);

        assertThat(taught.read().value().orElseThrow().value()).isEqualTo(first.truth().get(FieldKey.GROSS_TOTAL));
        assertThat(taught.newSupplier()).isTrue();
        assertThat(taught.supplier().identifiers()).extracting(SupplierId::kind).contains(SupplierId.Kind.VAT);
        assertThat(taught.zone().hasLabel()).isTrue();

        DemoInvoice next = file("atelier-dupuis-AV-2026-0009.pdf");
        Outcome.Read read = read(next);

        assertThat(read.supplier().supplier()).map(Supplier::id).hasValue(taught.supplier().id());
        assertThat(read.supplier().matchedBy()).isEqualTo("vat");
        FieldValue gross = read.recognition().fields().get(FieldKey.GROSS_TOTAL);
        assertThat(gross.source()).isEqualTo(Source.MASK);
        assertThat(gross.value()).isEqualTo(next.truth().get(FieldKey.GROSS_TOTAL));
    }

    @Test
    void anotherSuppliersInvoiceIsNotReadThroughTheMask() {
        teachWhereRead(file("atelier-dupuis-FA-2026-0142.pdf"), FieldKey.GROSS_TOTAL);

        Outcome.Read other = read(file("imprimerie-lambotte-F2026-0318.pdf"));

        assertThat(other.supplier().supplier()).isEmpty();
        assertThat(other.recognition().fields().values()).extracting(FieldValue::source).doesNotContain(Source.MASK);
    }

    @Test
    void teachingAnotherFieldOfTheSameLayoutAddsToTheSameMask() {
        Teaching.Taught total = teachWhereRead(file("atelier-dupuis-FA-2026-0142.pdf"), FieldKey.GROSS_TOTAL);
        Teaching.Taught date = teachWhereRead(file("atelier-dupuis-AV-2026-0009.pdf"), FieldKey.INVOICE_DATE);

        assertThat(date.newSupplier()).isFalse();
        assertThat(date.supplier().id()).isEqualTo(total.supplier().id());
        assertThat(date.newMask()).isFalse();
        assertThat(date.mask().id()).isEqualTo(total.mask().id());
        assertThat(date.mask().version()).isEqualTo(2);
        assertThat(date.mask().zones()).extracting(Zone::field).containsExactly("gross_total", "invoice_date");
    }

    @Test
    void whatIsKnownReadOnceStaysAsReadWhileTheStoreLearnsMore() {
        Knowledge known = Knowledge.of(store).snapshot();

        Teaching.Taught taught = teachWhereRead(file("atelier-dupuis-FA-2026-0142.pdf"), FieldKey.GROSS_TOTAL);

        assertThat(known.suppliers()).isEmpty();
        assertThat(known.masks()).isEmpty();
        assertThat(Knowledge.of(store).snapshot().masks()).extracting(Mask::id).containsExactly(taught.mask().id());
    }

    @Test
    void aMaskKeepsItsHistoryAndAnEarlierVersionCanBeRestored() {
        Teaching.Taught total = teachWhereRead(file("atelier-dupuis-FA-2026-0142.pdf"), FieldKey.GROSS_TOTAL);
        teachWhereRead(file("atelier-dupuis-AV-2026-0009.pdf"), FieldKey.INVOICE_DATE);
        String maskId = total.mask().id();

        Mask restored = teaching.restore(maskId, 1);

        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.zones()).extracting(Zone::field).containsExactly("gross_total");
        List<MaskChange> history = teaching.history(maskId);
        assertThat(history).extracting(MaskChange::action).containsExactly("teach", "teach", "restore");
        assertThat(history).extracting(MaskChange::actor).containsOnly("claire");
        assertThat(history.get(1).field()).isEqualTo("invoice_date");
    }

    @Test
    void aDeletedMaskNoLongerApplies() {
        Teaching.Taught total = teachWhereRead(file("atelier-dupuis-FA-2026-0142.pdf"), FieldKey.GROSS_TOTAL);

        teaching.delete(total.mask().id());

        assertThat(teaching.masks(Optional.empty())).isEmpty();
        Outcome.Read next = read(file("atelier-dupuis-AV-2026-0009.pdf"));
        assertThat(next.recognition().fields().get(FieldKey.GROSS_TOTAL).source()).isEqualTo(Source.LAYOUT);
        assertThat(teaching.history(total.mask().id())).extracting(MaskChange::action).containsExactly("teach", "delete");
    }

    @Test
    void aTrialTellsWhichEarlierInvoicesAChangeWouldReadDifferently() throws IOException {
        Ingest ingest = new Ingest(store, new Documents(Limits.DEFAULT), recognizer);
        DemoInvoice first = file("atelier-dupuis-FA-2026-0142.pdf");
        ingest.ingest(first.file());
        ingest.ingest(file("atelier-dupuis-AV-2026-0009.pdf").file());
        ingest.ingest(file("imprimerie-lambotte-F2026-0318.pdf").file());
        Teaching.Taught total = teachWhereRead(first, FieldKey.GROSS_TOTAL);
        Zone taught = total.zone();
        // A bad zone: the gross total taught where the supplier prints the total without tax.
        FieldValue net = read(first).recognition().fields().get(FieldKey.NET_TOTAL);
        Zone bad = new Zone("gross_total", taught.page(), around(net.box()), "", null, 0);

        Teaching.Trial trial = teaching.trial(total.mask().id(), List.of(bad));
        Teaching.Trial same = teaching.trial(total.mask().id(), List.of(taught));

        assertThat(trial.invoices()).isEqualTo(2);
        assertThat(trial.changed()).isPositive();
        assertThat(trial.differences()).extracting(Teaching.Difference::field).containsOnly("gross_total");
        assertThat(trial.differences()).anySatisfy(d -> {
            assertThat(d.fileName()).isEqualTo(first.file().getFileName().toString());
            assertThat(d.before()).isEqualTo(first.truth().get(FieldKey.GROSS_TOTAL));
            assertThat(d.after()).isEqualTo(first.truth().get(FieldKey.NET_TOTAL));
        });
        assertThat(same.changed()).isZero();
    }

    @Test
    void theSuppliersInvoicesWaitingInTheQueueAreReadAgainThroughTheNewMaskKeepingWhatTheOperatorTyped() throws Exception {
        Documents documents = new Documents(Limits.DEFAULT);
        Ingest ingest = new Ingest(store, documents, recognizer);
        DemoInvoice first = file("atelier-dupuis-FA-2026-0142.pdf");
        DemoInvoice next = file("atelier-dupuis-AV-2026-0009.pdf");
        ingest.ingest(first.file());
        ingest.ingest(next.file());
        ingest.ingest(file("imprimerie-lambotte-F2026-0318.pdf").file());
        Verification verification = new Verification(store, documents, Clock.systemUTC(), "claire");
        long firstId = idOf(verification, first);
        long nextId = idOf(verification, next);
        verification.correct(nextId, FieldKey.PO_NUMBER, "BC-77");

        Teaching.Invoice stored = teaching.invoice(firstId).orElseThrow();
        FieldValue gross = stored.recognition().fields().get(FieldKey.GROSS_TOTAL);
        Teaching.Taught taught = teaching.teach(stored, "gross_total", gross.page(), around(gross.box()), Optional.empty());

        assertThat(taught.readAgain()).isEqualTo(1);
        var reread = store.recognitions().load(nextId).orElseThrow();
        assertThat(reread.fields().get(FieldKey.GROSS_TOTAL).source()).isEqualTo(Source.MASK);
        assertThat(reread.value(FieldKey.GROSS_TOTAL)).hasValue(next.truth().get(FieldKey.GROSS_TOTAL));
        assertThat(reread.fields().get(FieldKey.PO_NUMBER).value()).isEqualTo("BC-77");
        assertThat(reread.fields().get(FieldKey.PO_NUMBER).source()).isEqualTo(Source.OPERATOR);

        teaching.delete(taught.mask().id());

        var without = store.recognitions().load(nextId).orElseThrow();
        assertThat(without.fields().get(FieldKey.GROSS_TOTAL).source()).isEqualTo(Source.LAYOUT);
        assertThat(without.fields().get(FieldKey.PO_NUMBER).value()).isEqualTo("BC-77");
    }

    @Test
    void aCustomFieldTaughtOnAStoredInvoiceIsPutIntoThatInvoice() throws Exception {
        Documents documents = new Documents(Limits.DEFAULT);
        new Ingest(store, documents, recognizer).ingest(file("van-der-linden-2026-0417.pdf").file());
        Verification verification = new Verification(store, documents, Clock.systemUTC(), "claire");
        long id = verification.queue().getFirst().id();
        teaching.addCustomField(new CustomField("our_reference", FieldKey.Kind.TEXT, null));
        Teaching.Invoice stored = teaching.invoice(id).orElseThrow();
        FieldValue number = stored.recognition().fields().get(FieldKey.INVOICE_NUMBER);

        teaching.teach(stored, "our_reference", number.page(), around(number.box()), Optional.empty());

        assertThat(verification.open(id).recognition().custom("our_reference"))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(number.value()));
    }

    private static long idOf(Verification verification, DemoInvoice invoice) {
        return verification.queue().stream().filter(q -> q.fileName().equals(invoice.file().getFileName().toString()))
                .findFirst().orElseThrow().id();
    }

    @Test
    void theBuyersIdentifierNeverIdentifiesTheSupplier() {
        DemoInvoice invoice = file("atelier-dupuis-FA-2026-0142.pdf");
        String buyerVat = read(invoice).recognition().value(FieldKey.BUYER_VAT).orElseThrow();
        store.suppliers().create("A supplier that is our client too", List.of(new SupplierId(SupplierId.Kind.VAT, buyerVat)), "claire");

        Outcome.Read read = read(invoice);

        assertThat(read.supplier().supplier()).isEmpty();
        assertThat(read.supplier().log()).anyMatch(line -> line.contains(buyerVat) && line.contains("ignored"));
    }

    @Test
    void aVatNumberDrawnOverReplacesTheOneTheSupplierWasWronglyGiven() {
        DemoInvoice invoice = file("atelier-dupuis-FA-2026-0142.pdf");
        Outcome.Read read = read(invoice);
        FieldValue buyer = read.recognition().fields().get(FieldKey.BUYER_VAT);
        FieldValue own = read.recognition().fields().get(FieldKey.SUPPLIER_VAT);
        // As if the layout had taken the buyer's VAT number for the supplier's, and the supplier was made with it.
        Supplier made = store.suppliers().create(invoice.supplierName(),
                List.of(new SupplierId(SupplierId.Kind.VAT, buyer.value())), "claire");
        java.util.Map<FieldKey, FieldValue> misread = new java.util.EnumMap<>(read.recognition().fields());
        misread.put(FieldKey.SUPPLIER_VAT, new FieldValue(FieldKey.SUPPLIER_VAT, buyer.value(), Source.LAYOUT, 0.6, buyer.page(),
                buyer.box(), List.of()));
        misread.remove(FieldKey.BUYER_VAT);

        Teaching.Taught taught = teaching.teach(new Teaching.Invoice(read.sha256(), read.pages(), read.recognition().withFields(misread)),
                "supplier_vat", own.page(), around(own.box()), Optional.of(made.id()));

        assertThat(taught.read().value().orElseThrow().value()).isEqualTo(own.value());
        assertThat(store.suppliers().find(made.id()).orElseThrow().identifiers())
                .containsExactly(new SupplierId(SupplierId.Kind.VAT, own.value()));
    }

    @Test
    void aCustomFieldIsTaughtLikeAnyOtherAndReadOnTheNextInvoice() {
        DemoInvoice first = file("van-der-linden-2026-0417.pdf");
        Outcome.Read read = read(first);
        FieldValue number = read.recognition().fields().get(FieldKey.INVOICE_NUMBER);
        teaching.addCustomField(new CustomField("our_reference", FieldKey.Kind.TEXT, null));

        Teaching.Taught taught = teaching.teach(new Teaching.Invoice(read.sha256(), read.pages(), read.recognition()),
                "our_reference", number.page(), around(number.box()), Optional.empty());
        Outcome.Read next = read(file("van-der-linden-2026-0452.pdf"));

        assertThat(taught.read().value().orElseThrow().value()).isEqualTo(first.truth().get(FieldKey.INVOICE_NUMBER));
        assertThat(next.recognition().custom("our_reference")).hasValueSatisfying(v -> {
            assertThat(v.value()).isEqualTo(next.recognition().value(FieldKey.INVOICE_NUMBER).orElseThrow());
            assertThat(v.source()).isEqualTo(Source.MASK);
        });
    }

    @Test
    void anInvoiceOfAnUnknownSupplierRegistersItWhenValidated() throws IOException {
        Documents documents = new Documents(Limits.DEFAULT);
        Ingest ingest = new Ingest(store, documents, recognizer);
        DemoInvoice invoice = file("van-der-linden-2026-0417.pdf");
        ingest.ingest(invoice.file());
        ingest.ingest(file("van-der-linden-2026-0452.pdf").file());
        Verification verification = new Verification(store, documents, Clock.systemUTC(), "claire");

        // The second one's totals fail their check on purpose: it is validated over it.
        verification.queue().forEach(item -> verification.validate(item.id(), "checked against the delivery note"));

        assertThat(store.suppliers().all()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo(invoice.supplierName());
            assertThat(s.identifier(SupplierId.Kind.VAT)).hasValue(invoice.truth().get(FieldKey.SUPPLIER_VAT));
        });
        assertThat(read(invoice).supplier().matchedBy()).isEqualTo("vat");
    }

    @Test
    void anUnknownFieldIsRefusedWithWhatToDo() {
        Outcome.Read read = read(file("atelier-dupuis-FA-2026-0142.pdf"));

        assertThatThrownBy(() -> teaching.teach(new Teaching.Invoice(read.sha256(), read.pages(), read.recognition()),
                "plate_number", 1, new Box(0.1, 0.1, 0.2, 0.2), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add a custom field");
        assertThat(store.masks().all()).isEmpty();
    }

    @Test
    void aZoneOffThePageOrOnAPageTheInvoiceHasNotIsRefusedAndNothingIsWritten() {
        Outcome.Read read = read(file("atelier-dupuis-FA-2026-0142.pdf"));
        Teaching.Invoice invoice = new Teaching.Invoice(read.sha256(), read.pages(), read.recognition());
        int suppliers = store.suppliers().all().size();

        for (Box off : List.of(new Box(-0.2, 0.1, 0.3, 0.2), new Box(0.5, 0.9, 0.7, 1.4), new Box(0.3, 0.3, 0.3, 0.4),
                new Box(0.3, 0.3, 0.5, 0.3))) {
            assertThatThrownBy(() -> teaching.teach(invoice, "gross_total", 1, off, Optional.empty())).as(off.toString())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on the page");
        }
        assertThatThrownBy(() -> teaching.teach(invoice, "gross_total", read.pages().size() + 1, new Box(0.1, 0.1, 0.2, 0.2),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no page");
        assertThat(store.masks().all()).isEmpty();
        assertThat(store.suppliers().all()).hasSize(suppliers);
    }
}
