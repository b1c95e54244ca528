package io.verifact.document;

import java.time.Duration;

/**
 * What a document may cost before it is refused, so that no file can take the workstation down.
 *
 * @param maxBytes the largest file accepted
 * @param maxPages the most pages in one document
 * @param maxPixelsPerPage the most pixels one page may have in an image, or when rendered
 * @param maxTime the longest time spent on one document
 */
public record Limits(long maxBytes, int maxPages, long maxPixelsPerPage, Duration maxTime) {

    /** Generous for any real invoice, tight enough that a hostile file is refused quickly. */
    public static final Limits DEFAULT = new Limits(200L * 1024 * 1024, 500, 60_000_000L, Duration.ofSeconds(60));
}
