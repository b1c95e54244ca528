package io.verifact.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.verifact.model.CheckResult;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import io.verifact.model.VatLine;

class RecognitionsTest {

    private final LocalStore store = LocalStore.inMemory();
    private final long id = Samples.captured(store, "FA-1");

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRecognitionComesBackExactlyWithItsProvenance() {
        Recognition recognition = Samples.recognition("FA-2024-0117");

        store.recognitions().save(id, recognition, "ingest");

        Recognition loaded = store.recognitions().load(id).orElseThrow();
        assertThat(loaded).isEqualTo(recognition);
        assertThat(loaded.fields().get(FieldKey.INVOICE_NUMBER).alternatives()).hasSize(2);
        assertThat(loaded.vatBreakdown().get(1).tax()).isEqualTo(new BigDecimal("0.000")).hasToString("0.000");
        assertThat(loaded.lineItems().get(1).amount()).hasToString("-1.50");
    }

    @Test
    void anInvoiceNeverRecognizedHasNoRecognition() {
        assertThat(store.recognitions().load(id)).isEmpty();
        assertThat(store.recognitions().load(404)).isEmpty();
    }

    @Test
    void savingARecognitionMarksTheInvoiceRecognizedAndAuditsEachValueRead() {
        store.recognitions().save(id, Samples.recognition("FA-1"), "ingest");

        assertThat(store.documents().find(id)).get().extracting(StoredDocument::status).isEqualTo(InvoiceStatus.RECOGNIZED);
        assertThat(store.audit().forDocument(id)).filteredOn(entry -> entry.action().equals("recognize"))
                .extracting(AuditEntry::actor, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(
                        tuple("ingest", "status", "NEW", "RECOGNIZED"),
                        tuple("ingest", "invoice_number", null, "FA-1"),
                        tuple("ingest", "currency", null, "EUR"),
                        tuple("ingest", "gross_total", null, "1234.50"));
    }

    @Test
    void recognizingAgainReplacesTheRecognitionAndAuditsOnlyWhatChanged() {
        store.recognitions().save(id, Samples.recognition("FA-1"), "ingest");
        Recognition first = Samples.recognition("FA-1");
        Map<FieldKey, FieldValue> fields = new EnumMap<>(first.fields());
        fields.remove(FieldKey.CURRENCY);
        fields.put(FieldKey.INVOICE_NUMBER, new FieldValue(FieldKey.INVOICE_NUMBER, "FA-2", Source.OPERATOR, 1, 1,
                first.fields().get(FieldKey.INVOICE_NUMBER).box(), List.of()));
        Recognition second = new Recognition(fields, List.of(), List.of(), first.checks());
        int before = store.audit().forDocument(id).size();

        store.recognitions().save(id, second, "alice");

        assertThat(store.recognitions().load(id)).contains(second);
        List<AuditEntry> trail = store.audit().forDocument(id);
        assertThat(trail.subList(before, trail.size()))
                .extracting(AuditEntry::actor, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("alice", "invoice_number", "FA-1", "FA-2"), tuple("alice", "currency", "EUR", null));
    }

    @Test
    void aVatRowPutInKeepsWhatElseTheInvoiceHoldsAndItsCorrections() {
        store.recognitions().save(id, Samples.recognition("FA-1"), "ingest");
        Recognition saved = store.recognitions().load(id).orElseThrow();
        FieldValue typed = new FieldValue(FieldKey.INVOICE_NUMBER, "FA-9", Source.OPERATOR, 1, 1,
                saved.fields().get(FieldKey.INVOICE_NUMBER).box(), List.of());
        store.recognitions().correct(id, FieldKey.INVOICE_NUMBER, typed, List.of(), "claire", "type");
        VatLine second = new VatLine(new BigDecimal("10"), new BigDecimal("50.00"), new BigDecimal("5.00"));
        VatLine third = new VatLine(new BigDecimal("2.1"), new BigDecimal("10.00"), new BigDecimal("0.21"));

        store.recognitions().correctVatRow(id, 2, second, now -> List.of(new CheckResult("rows", true, now.vatBreakdown().size() + " rows")));
        store.recognitions().correctVatRow(id, 9, third, now -> List.of(new CheckResult("rows", true, now.vatBreakdown().size() + " rows")));

        Recognition loaded = store.recognitions().load(id).orElseThrow();
        assertThat(loaded.vatBreakdown()).containsExactly(saved.vatBreakdown().getFirst(), second, third);
        assertThat(loaded.fields().get(FieldKey.INVOICE_NUMBER)).isEqualTo(typed);
        assertThat(loaded.lineItems()).isEqualTo(saved.lineItems());
        assertThat(loaded.checks()).containsExactly(new CheckResult("rows", true, "3 rows"));
    }

    @Test
    void aVatRowIsNotPutIntoAnInvoiceNeverRead() {
        VatLine line = new VatLine(new BigDecimal("10"), new BigDecimal("50.00"), new BigDecimal("5.00"));

        assertThatThrownBy(() -> store.recognitions().correctVatRow(id, 1, line, now -> List.of()))
                .isInstanceOf(StoreException.class);
        assertThat(store.recognitions().load(id)).isEmpty();
    }
}
