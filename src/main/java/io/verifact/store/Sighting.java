package io.verifact.store;

import java.time.Instant;

/**
 * One place a document was seen.
 *
 * @param origin where its bytes were found: a path, a mailbox message
 * @param fileName the file's name there
 * @param capturedAt when it was seen there first
 */
public record Sighting(String origin, String fileName, Instant capturedAt) {
}
