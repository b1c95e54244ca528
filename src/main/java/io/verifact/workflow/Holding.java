package io.verifact.workflow;

import java.time.Instant;

/**
 * A colleague verifying an invoice: who, on which workstation, and until when their claim lasts unless
 * they keep it open.
 */
public record Holding(String operator, String station, Instant until) {
}
