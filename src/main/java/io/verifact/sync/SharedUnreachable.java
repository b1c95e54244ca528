package io.verifact.sync;

/** The firm's database cannot be reached or refused this workstation: the work goes on locally, and waits. */
public final class SharedUnreachable extends RuntimeException {

    public SharedUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
