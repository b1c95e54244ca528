package io.verifact.ocr;

import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.model.Engine;
import io.verifact.model.PageText;

/** The words a PDF already carries; an image or a scan without text gives none. */
public final class TextLayerEngine implements OcrEngine {

    @Override
    public Engine kind() {
        return Engine.TEXT;
    }

    @Override
    public PageText read(Document document, int page) throws DocumentRefused {
        var size = document.size(page);
        return new PageText(page, document.textLayer(page), Engine.TEXT, size.width(), size.height());
    }
}
