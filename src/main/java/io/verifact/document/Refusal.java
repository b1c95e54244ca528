package io.verifact.document;

/** Why a file was refused, in words an operator can act on. */
public enum Refusal {
    EMPTY("The file is empty. Scan or export it again."),
    NOT_READABLE("The file cannot be read: %s"),
    UNSUPPORTED("This is not a PDF, PNG, JPEG or TIFF file%s. Convert it to PDF and add it again."),
    DAMAGED("The file is damaged and cannot be opened%s. Ask the sender for a new copy."),
    PASSWORD("The PDF is protected by a password. Ask the sender for an unprotected copy."),
    TOO_LARGE("The file is too large (%s). Split it or scan it at a lower resolution."),
    TOO_MANY_PAGES("The document has %s pages, more than the %s allowed. Split it into separate invoices."),
    PAGE_TOO_LARGE("A page is too large to read (%s). Scan it again at 300 dpi or less."),
    TOO_SLOW("Reading the file took longer than %s and was stopped. The file may be damaged; ask the sender for a new copy.");

    private final String message;

    Refusal(String message) {
        this.message = message;
    }

    String message(Object... details) {
        return message.formatted(details);
    }
}
