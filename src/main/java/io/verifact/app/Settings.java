package io.verifact.app;

/**
 * The settings a command runs with: system properties first ({@code -Dverifact.ocr.languages=…}),
 * then the defaults.
 */
record Settings(String ocrLanguages, String tessdata, int workers) {

    static Settings fromSystem() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Settings(
                System.getProperty("verifact.ocr.languages", "fra+eng+deu+nld"),
                System.getProperty("verifact.tessdata"),
                Integer.getInteger("verifact.workers", cores));
    }
}
