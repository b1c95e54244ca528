package io.verifact.ocr;

import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Word;

import java.util.List;
import java.util.Optional;

/** Reads the words of one page of a document. Implementations are safe to call from several threads. */
public interface OcrEngine extends AutoCloseable {

    Engine kind();

    /** The page's words with boxes and confidence; pages are numbered from 1. */
    PageText read(Document document, int page) throws DocumentRefused;

    /**
     * The words of one zone of a page without a text layer, read on their own at a resolution that
     * suits small text; empty when this engine reads no pictures. Boxes are fractions of the whole page.
     */
    default Optional<List<Word>> zoneWords(Document document, int page, Box zone) throws DocumentRefused {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
