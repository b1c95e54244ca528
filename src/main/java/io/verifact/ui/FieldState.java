package io.verifact.ui;

/** How a field looks to the operator: how much it can be trusted, or that they set it. */
public enum FieldState {
    /** Read with a confidence that needs no second look, and its checks pass. */
    SURE,
    /** Read, but worth a look. */
    UNCERTAIN,
    /** Read, and a check on it fails. */
    FAILED,
    /** Read with some doubt, and the operator confirmed it with Enter. */
    CONFIRMED,
    /** Typed or picked by the operator. */
    CORRECTED,
    /** Not found on the page. */
    MISSING
}
