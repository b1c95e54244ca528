package io.verifact.workflow;

import io.verifact.check.InvoiceChecks;
import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Fingerprint;
import io.verifact.document.Documents;
import io.verifact.document.Watchdog;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Dossier;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.OcrUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.verifact.store.LocalStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Reads one file from its bytes to its fields: opens it under the limits, reads each page with the
 * engine (or takes the pages already read), extracts the fields and runs the checks.
 */
public final class Recognizer {

    private static final Logger log = LoggerFactory.getLogger(Recognizer.class);

    private final Documents documents;
    private final OcrEngine engine;
    private final FieldExtractor extractor;
    private final Watchdog watchdog;
    private final Clock clock;

    public Recognizer(Documents documents, OcrEngine engine, FieldExtractor extractor, Clock clock) {
        this.documents = documents;
        this.engine = engine;
        this.extractor = extractor;
        this.watchdog = new Watchdog(documents.limits().maxTime());
        this.clock = clock;
    }

    /**
     * Reads a file. With a store, pages it already holds for the same bytes are taken from it, so
     * no document is read twice; the store is only read, never written.
     *
     * @param store the local store, or null
     */
    public Outcome recognize(Path file, LocalStore store) {
        byte[] bytes;
        try {
            bytes = documents.read(file);
        } catch (DocumentRefused e) {
            return new Outcome.Refused(null, e.getMessage());
        }
        String sha256 = Fingerprint.sha256(bytes);
        Optional<List<PageText>> known = store == null ? Optional.empty()
                : store.documents().findBySha256(sha256).flatMap(d -> store.pages().load(d.id())).filter(p -> !p.isEmpty());
        return recognize(file.toString(), bytes, sha256, known, Knowledge.of(store));
    }

    public Outcome recognize(String name, byte[] bytes) {
        return recognize(name, bytes, Fingerprint.sha256(bytes), Optional.empty(), Knowledge.NONE);
    }

    /**
     * @param knownPages the pages as read before, so that no document is read twice
     * @param knowledge the supplier register and masks to read the invoice with
     */
    public Outcome recognize(String name, byte[] bytes, String sha256, Optional<List<PageText>> knownPages, Knowledge knowledge) {
        return recognize(name, bytes, sha256, knownPages, knowledge, null);
    }

    /**
     * @param given the client file the invoice was put into, or null to find it on the invoice
     * @throws CancellationException when the calling thread is interrupted while the file is read
     */
    public Outcome recognize(String name, byte[] bytes, String sha256, Optional<List<PageText>> knownPages, Knowledge knowledge,
                             Dossier given) {
        try {
            // Reading the fields is a step under the same time limit as reading a page.
            return watchdog.run(name, heartbeat -> {
                List<PageText> pages = knownPages.isPresent() ? knownPages.get() : read(bytes, heartbeat);
                heartbeat.beat();
                Recognition fields;
                MaskChoice choice;
                try (DocumentEyes eyes = new DocumentEyes(documents, engine, bytes)) {
                    Recognition layout = extractor.extract(pages, eyes);
                    choice = MaskChoice.of(knowledge, layout, pages, given);
                    fields = choice.mask().map(mask -> FieldExtractor.withMask(layout, pages, mask,
                            knowledge.customKinds(mask.supplierId()), eyes)).orElse(layout);
                } catch (OcrUnavailable e) {
                    throw e;
                } catch (RuntimeException | StackOverflowError e) {
                    // The pages were read: the invoice is kept for the operator to type its fields, not refused.
                    log.warn("the fields of {} could not be recognized", name, e);
                    fields = new Recognition(java.util.Map.of(), List.of(), List.of(), List.of());
                    choice = new MaskChoice(io.verifact.identify.Identification.NONE, Optional.empty());
                }
                Recognition checked = InvoiceChecks.checked(fields, LocalDate.now(clock));
                return new Outcome.Read(sha256, pages, checked, choice.identification());
            });
        } catch (DocumentRefused e) {
            log.debug("{} refused", name, e);
            return new Outcome.Refused(sha256, e.getMessage());
        } catch (OcrUnavailable e) {
            throw e;
        } catch (InterruptedException e) {
            // The reading was stopped (the window closing, a batch cancelled), not the file found broken:
            // nothing is said of the file, so that it is not quarantined and is read when the work resumes.
            Thread.currentThread().interrupt();
            throw new CancellationException("the reading of " + name + " was stopped");
        } catch (Exception | StackOverflowError e) {
            log.warn("{} could not be read", name, e);
            return new Outcome.Refused(sha256, "The file could not be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Ask the sender for a new copy.");
        }
    }

    private List<PageText> read(byte[] bytes, Watchdog.Heartbeat heartbeat) throws DocumentRefused {
        try (Document document = documents.open(bytes)) {
            heartbeat.beat();
            List<PageText> pages = new ArrayList<>(document.pageCount());
            for (int page = 1; page <= document.pageCount(); page++) {
                pages.add(engine.read(document, page));
                heartbeat.beat();
            }
            return pages;
        }
    }
}
