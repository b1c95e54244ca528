package io.verifact.store;

/**
 * The local store could not do what was asked. The message is written for the operator; the problem
 * lets a view say it in the operator's language.
 */
public final class StoreException extends RuntimeException {

    /** What went wrong, in terms an operator can act on. */
    public enum Problem {
        /** The file is not a SQLite database, or not one of Verifact's. */
        NOT_A_STORE,
        /** The file was written by a newer Verifact. */
        NEWER_SCHEMA,
        /** The file or its folder cannot be opened or created. */
        CANNOT_OPEN,
        /** Another program held the store longer than we are willing to wait. */
        BUSY,
        /** No document with the id given. */
        UNKNOWN_DOCUMENT,
        /** The store was closed. */
        CLOSED,
        /** Anything else; nothing was written. */
        FAILED
    }

    private final Problem problem;

    StoreException(Problem problem, String message) {
        this(problem, message, null);
    }

    StoreException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
