package io.verifact.ocr;

/** The OCR engine cannot run on this machine; the message says what to install. */
public final class OcrUnavailable extends RuntimeException {

    public OcrUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
