package io.verifact.ui.viewer;

/** How far a field drawn on the page can be trusted, which sets the colour of its box. */
public enum BoxState {
    /** Read with confidence and passing its checks. */
    SURE,
    /** Read, but the operator should look at it. */
    UNCERTAIN,
    /** Read, but a check failed (a check digit, the totals). */
    FAILED,
    /** Set by the operator. */
    CORRECTED
}
