package io.verifact.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.verifact.model.Arrival;
import io.verifact.model.InvoiceStatus;

class DocumentsTest {

    private final LocalStore store = LocalStore.inMemory();
    private final Documents documents = store.documents();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewFileBecomesANewDocumentWithItsBytesKeptUnchanged() {
        byte[] bytes = Samples.file("FA-2024-0117");
        bytes[3] = 0;

        Capture capture = documents.capture(Samples.sha256(bytes), "FA-2024-0117.pdf", "/scans/FA-2024-0117.pdf", bytes);

        assertThat(capture.newDocument()).isTrue();
        assertThat(capture.duplicate()).isFalse();
        assertThat(documents.original(capture.documentId())).isEqualTo(bytes);
        StoredDocument document = documents.find(capture.documentId()).orElseThrow();
        assertThat(document.sha256()).isEqualTo(Samples.sha256(bytes));
        assertThat(document.fileName()).isEqualTo("FA-2024-0117.pdf");
        assertThat(document.status()).isEqualTo(InvoiceStatus.NEW);
        assertThat(document.pageCount()).isZero();
        assertThat(document.duplicate()).isFalse();
        assertThat(document.capturedAt()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());
    }

    @Test
    void theSameFileCapturedTwiceIsOneDocumentFlaggedAsDuplicate() {
        byte[] bytes = Samples.file("twice");
        String sha = Samples.sha256(bytes);

        Capture first = documents.capture(sha, "twice.pdf", "/scans/monday/twice.pdf", bytes);
        Capture second = documents.capture(sha, "copy of twice.pdf", "mail:<42@supplier.example>", bytes);

        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.newDocument()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(documents.list()).singleElement().satisfies(document -> {
            assertThat(document.duplicate()).isTrue();
            assertThat(document.duplicates()).isEqualTo(1);
            assertThat(document.fileName()).isEqualTo("twice.pdf");
        });
        assertThat(store.audit().forDocument(first.documentId()))
                .extracting(AuditEntry::action, AuditEntry::newValue)
                .containsExactly(tuple("capture", "/scans/monday/twice.pdf"), tuple("duplicate", "mail:<42@supplier.example>"));
    }

    @Test
    void everyPlaceTheSameFileCameFromIsKeptTheFirstFirst() {
        byte[] bytes = Samples.file("seen twice");
        String sha = Samples.sha256(bytes);

        long id = documents.capture(sha, "twice.pdf", "/scans/monday/twice.pdf", bytes).documentId();
        documents.capture(sha, "copy of twice.pdf", "mail:<42@supplier.example>", bytes);

        assertThat(documents.arrivals(id)).extracting(Arrival::fileName, Arrival::origin).containsExactly(
                tuple("twice.pdf", "/scans/monday/twice.pdf"), tuple("copy of twice.pdf", "mail:<42@supplier.example>"));
        assertThat(documents.arrivals(id)).extracting(Arrival::at).isSorted();
    }

    @Test
    void reRunningABatchCountsNothingTwice() {
        byte[] a = Samples.file("a");
        byte[] b = Samples.file("b");
        for (int run = 0; run < 3; run++) {
            Capture captureA = documents.capture(Samples.sha256(a), "a.pdf", "/scans/batch/a.pdf", a);
            Capture captureB = documents.capture(Samples.sha256(b), "b.pdf", "/scans/batch/b.pdf", b);

            assertThat(captureA.newDocument() || captureA.duplicate()).isEqualTo(run == 0);
            assertThat(captureB.duplicate()).isFalse();
        }

        assertThat(documents.list()).extracting(StoredDocument::fileName, StoredDocument::duplicates)
                .containsExactly(tuple("a.pdf", 0), tuple("b.pdf", 0));
        long idA = documents.findBySha256(Samples.sha256(a)).orElseThrow().id();
        assertThat(store.audit().forDocument(idA)).hasSize(1);
    }

    @Test
    void aDuplicateSeenAgainFromTheSameOriginIsNotCountedAgain() {
        byte[] bytes = Samples.file("dup");
        String sha = Samples.sha256(bytes);
        documents.capture(sha, "dup.pdf", "/scans/1/dup.pdf", bytes);
        documents.capture(sha, "dup.pdf", "/scans/2/dup.pdf", bytes);

        Capture again = documents.capture(sha, "dup.pdf", "/scans/2/dup.pdf", bytes);

        assertThat(again.duplicate()).isFalse();
        assertThat(documents.findBySha256(sha)).get().extracting(StoredDocument::duplicates).isEqualTo(1);
    }

    @Test
    void aHashThatIsNotTheHashOfTheBytesIsRefused() {
        byte[] bytes = Samples.file("real");

        assertThatThrownBy(() -> documents.capture(Samples.sha256(Samples.file("other")), "real.pdf", "/scans/real.pdf", bytes))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(documents.list()).isEmpty();
    }

    @Test
    void aDocumentIsFoundByItsHashWrittenEitherWay() {
        long id = Samples.captured(store, "hash");
        String sha = Samples.sha256(Samples.file("hash"));

        assertThat(documents.findBySha256(sha.toUpperCase(Locale.ROOT))).get().extracting(StoredDocument::id).isEqualTo(id);
        assertThat(documents.findBySha256(Samples.sha256(Samples.file("never")))).isEmpty();
        assertThat(documents.find(id + 1)).isEmpty();
    }

    @Test
    void everyStatusChangeIsAuditedWithItsOldAndNewValue() {
        long id = Samples.captured(store, "status");

        documents.setStatus(id, InvoiceStatus.REJECTED, "not addressed to us");
        documents.setStatus(id, InvoiceStatus.REJECTED, "not addressed to us");

        assertThat(documents.find(id)).get()
                .extracting(StoredDocument::status, StoredDocument::statusReason)
                .containsExactly(InvoiceStatus.REJECTED, "not addressed to us");
        List<AuditEntry> trail = store.audit().forDocument(id);
        assertThat(trail.subList(1, trail.size()))
                .extracting(AuditEntry::action, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("status", "status", "NEW", "REJECTED"),
                        tuple("status", "status_reason", null, "not addressed to us"));
        assertThat(store.audit().forDocument(id)).allSatisfy(entry -> {
            assertThat(entry.actor()).isNotBlank();
            assertThat(entry.documentId()).isEqualTo(id);
        });
    }

    @Test
    void aQuarantinedDocumentKeepsTheReasonTheOperatorWillRead() {
        long id = Samples.captured(store, "broken");

        documents.quarantine(id, "The PDF is encrypted and has no password.");

        assertThat(documents.find(id)).get()
                .extracting(StoredDocument::status, StoredDocument::statusReason)
                .containsExactly(InvoiceStatus.QUARANTINED, "The PDF is encrypted and has no password.");
        assertThat(store.audit().forDocument(id)).extracting(AuditEntry::action).contains("quarantine");
    }

    @Test
    void anUnknownDocumentIsSaidToBeUnknown() {
        assertThatThrownBy(() -> documents.original(404))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.UNKNOWN_DOCUMENT))
                .hasMessageContaining("Document 404");
        assertThatThrownBy(() -> documents.setStatus(404, InvoiceStatus.VERIFIED, null))
                .isInstanceOf(StoreException.class);
    }
}
