package io.verifact.workflow;

import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.extract.ZoneEyes;
import io.verifact.model.Box;
import io.verifact.model.Word;
import io.verifact.ocr.OcrEngine;

import java.util.List;
import java.util.Optional;

/** Reads zones of a file's scanned pages again with the OCR engine, opening the file once, on the first zone. */
final class DocumentEyes implements ZoneEyes, AutoCloseable {

    private final Documents documents;
    private final OcrEngine engine;
    private final byte[] bytes;
    private Document document;
    private boolean unreadable;

    DocumentEyes(Documents documents, OcrEngine engine, byte[] bytes) {
        this.documents = documents;
        this.engine = engine;
        this.bytes = bytes;
    }

    @Override
    public Optional<List<Word>> read(int page, Box zone) {
        if (unreadable || bytes == null) {
            return Optional.empty();
        }
        try {
            if (document == null) {
                document = documents.open(bytes);
            }
            return engine.zoneWords(document, page, zone);
        } catch (DocumentRefused e) {
            unreadable = true;
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (document != null) {
            document.close();
        }
    }
}
