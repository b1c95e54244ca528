package io.verifact.workflow;

import io.verifact.document.DocumentRefused;
import io.verifact.document.Fingerprint;
import io.verifact.document.Documents;
import io.verifact.identify.Identification;
import io.verifact.model.Dossier;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.PageText;
import io.verifact.store.Capture;
import io.verifact.store.LocalStore;
import io.verifact.store.StoredDocument;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * A scanning station's batch: each file is captured into the local store, then recognized. Each
 * step is its own transaction, so a batch killed at any moment and run again loses nothing and
 * counts nothing twice: a captured file is never captured again, pages read are never read again.
 */
public final class Ingest {

    /** What happened to one file of a batch. */
    public enum Result { RECOGNIZED, ALREADY_IN_STORE, DUPLICATE, QUARANTINED }

    /** One file's result, with the document it became and a reason when it was quarantined. */
    public record Report(Path file, Result result, long documentId, String reason) {
    }

    private static final String ACTOR = "ingest";

    private final LocalStore store;
    private final Documents documents;
    private final Recognizer recognizer;

    public Ingest(LocalStore store, Documents documents, Recognizer recognizer) {
        this.store = store;
        this.documents = documents;
        this.recognizer = recognizer;
    }

    /** Keeps the identification with the invoice and files it in its client file, one it was put into before staying. */
    private void keep(long documentId, Identification found, Dossier given) {
        store.documents().identify(documentId, Identifications.choice(found), false);
        Optional<Dossier> into = given != null ? Optional.of(given) : found.dossier();
        if (into.isPresent() && (given != null || store.dossiers().of(documentId).isEmpty())) {
            store.dossiers().file(documentId, into.get().id());
        }
    }

    public Report ingest(Path file) {
        return ingest(file, null);
    }

    /**
     * Captures and recognizes the file. The invoice is put into the client file given, or else the one
     * its buyer's identifiers or name point to, and its supplier is identified against the register.
     *
     * @param given the client file the batch is for, or null to find it on each invoice
     * @throws CancellationException when the calling thread is interrupted while the
     *         file is read: it is left unread, captured or not, and is read when it is ingested again
     */
    public Report ingest(Path file, Dossier given) {
        String origin = file.toAbsolutePath().normalize().toString();
        byte[] bytes;
        try {
            bytes = documents.read(file);
        } catch (DocumentRefused e) {
            if (Thread.currentThread().isInterrupted()) {
                // The batch was stopped while the file was read from the disk: nothing is wrong with the file.
                throw new CancellationException("the reading of " + file + " was stopped");
            }
            // A file that cannot even be read in full is not kept; the report says why.
            return new Report(file, Result.QUARANTINED, 0, e.getMessage());
        }
        String sha256 = Fingerprint.sha256(bytes);
        Capture capture = store.documents().capture(sha256, file.getFileName().toString(), origin, bytes);
        StoredDocument stored = store.documents().find(capture.documentId()).orElseThrow();
        if (stored.status() != InvoiceStatus.NEW) {
            return new Report(file, capture.duplicate() ? Result.DUPLICATE : Result.ALREADY_IN_STORE, stored.id(), stored.statusReason());
        }
        Optional<List<PageText>> known = store.pages().load(stored.id());
        Outcome outcome = recognizer.recognize(file.toString(), bytes, sha256, known, Knowledge.of(store), given);
        return switch (outcome) {
            case Outcome.Refused refused -> {
                store.documents().quarantine(stored.id(), refused.reason());
                yield new Report(file, Result.QUARANTINED, stored.id(), refused.reason());
            }
            case Outcome.Read read -> {
                if (known.isEmpty()) {
                    store.pages().save(stored.id(), read.pages());
                }
                store.recognitions().save(stored.id(), read.recognition(), ACTOR);
                keep(stored.id(), read.supplier(), given);
                yield new Report(file, capture.duplicate() ? Result.DUPLICATE : Result.RECOGNIZED, stored.id(), null);
            }
        };
    }
}
