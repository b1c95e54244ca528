package io.verifact.ocr;

import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.model.Engine;
import io.verifact.model.PageText;

/** Reads the words of one page of a document. Implementations are safe to call from several threads. */
public interface OcrEngine extends AutoCloseable {

    Engine kind();

    /** The page's words with boxes and confidence; pages are numbered from 1. */
    PageText read(Document document, int page) throws DocumentRefused;

    @Override
    default void close() {
    }
}
