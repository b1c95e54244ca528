package io.verifact.ocr;

import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.model.Engine;
import io.verifact.model.PageText;

/** The text layer where a page has real text, the OCR engine where it has not. */
public final class AutoEngine implements OcrEngine {

    private final TextLayerEngine textLayer;
    private final OcrEngine ocr;

    public AutoEngine(TextLayerEngine textLayer, OcrEngine ocr) {
        this.textLayer = textLayer;
        this.ocr = ocr;
    }

    @Override
    public Engine kind() {
        return Engine.AUTO;
    }

    @Override
    public PageText read(Document document, int page) throws DocumentRefused {
        PageText text;
        try {
            text = textLayer.read(document, page);
        } catch (DocumentRefused broken) {
            // A damaged text layer does not make the page unreadable: its picture may still be read.
            return ocr.read(document, page);
        }
        // A short text on a page without any picture is all there is to read (a total on a last
        // page, say); a page with neither is blank.
        boolean real = RealText.isReal(text.words())
                || (text.words().isEmpty() || RealText.isReadable(text.words())) && !document.drawsPictures(page);
        return real ? text : ocr.read(document, page);
    }

    @Override
    public java.util.Optional<java.util.List<io.verifact.model.Word>> zoneWords(Document document, int page, io.verifact.model.Box zone)
            throws DocumentRefused {
        return ocr.zoneWords(document, page, zone);
    }

    @Override
    public void close() {
        ocr.close();
    }
}
