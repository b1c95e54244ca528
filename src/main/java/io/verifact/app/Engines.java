package io.verifact.app;

import io.verifact.model.Engine;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.ocr.OcrUnavailable;

import java.util.Optional;

/** Builds the engine a command asked for; Tesseract starts only when a page needs it. */
final class Engines {

    private Engines() {
    }

    /**
     * The engine an {@code --engine} option names, or empty after telling the operator the choices on standard
     * error: the command then ends with the usage exit code.
     */
    static Optional<Engine> named(String engine) {
        try {
            return Optional.of(Engine.fromKey(engine));
        } catch (IllegalArgumentException e) {
            System.err.println("Unknown engine '" + engine + "': choose auto, text, tesseract or textract.");
            return Optional.empty();
        }
    }

    static OcrEngine of(Engine engine, Settings settings) {
        return switch (engine) {
            case TEXT -> new TextLayerEngine();
            case TESSERACT -> tesseract(settings);
            case AUTO -> new AutoEngine(new TextLayerEngine(), tesseract(settings));
            case TEXTRACT -> throw new OcrUnavailable("The Textract engine is not available in this version; use auto, text or tesseract.", null);
        };
    }

    private static TesseractEngine tesseract(Settings settings) {
        return new TesseractEngine(settings.tessdata(), settings.ocrLanguages(), settings.workers());
    }
}
