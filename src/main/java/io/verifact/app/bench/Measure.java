package io.verifact.app.bench;

/**
 * One side's median over its rounds.
 *
 * @param key the side's name in the JSON line
 * @param label what was run, in words, for the table
 */
public record Measure(String key, String label, Timing timing) {
}
