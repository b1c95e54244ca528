package io.verifact.model;

import java.util.Locale;

/** The engines that read words off a page. */
public enum Engine {
    /** Choose per page: the text layer where a page has real text, OCR elsewhere. */
    AUTO,
    /** The PDF's own text layer. */
    TEXT,
    /** Tesseract, on the machine. */
    TESSERACT,
    /** Amazon Textract, in the cloud. */
    TEXTRACT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Engine fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
