package io.verifact.model;

import java.time.Instant;

/**
 * One time an invoice's file came in.
 *
 * @param fileName the file's name as it came
 * @param origin where it came from: the file's path, a mailbox message
 * @param at when it came
 */
public record Arrival(String fileName, String origin, Instant at) {
}
