package io.verifact.ui;

import java.util.concurrent.CompletionException;

/** What went wrong in background work, in the words the status bar shows. */
final class Failures {

    private Failures() {
    }

    /** The reason of a failure, unwrapped from the future that carried it. */
    static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
