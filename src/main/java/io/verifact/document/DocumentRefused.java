package io.verifact.document;

/** A file that will not be read, with the reason an operator can act on. */
public final class DocumentRefused extends Exception {

    private final Refusal refusal;

    public DocumentRefused(Refusal refusal, String message, Throwable cause) {
        super(message, cause);
        this.refusal = refusal;
    }

    public static DocumentRefused of(Refusal refusal, Object... details) {
        return new DocumentRefused(refusal, refusal.message(details), null);
    }

    public static DocumentRefused of(Throwable cause, Refusal refusal, Object... details) {
        return new DocumentRefused(refusal, refusal.message(details), cause);
    }

    public Refusal refusal() {
        return refusal;
    }
}
