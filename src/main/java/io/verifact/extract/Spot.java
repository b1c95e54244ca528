package io.verifact.extract;

import io.verifact.model.Box;

/**
 * A value found on a page: the characters {@code start} to {@code end} of a phrase, and how near it
 * stands to the label that announced it (1 right after it, less further away, 0 without a label).
 */
record Spot<T>(T value, Phrase phrase, int start, int end, double nearness) {

    Box box() {
        return phrase.boxOf(start, end);
    }

    int page() {
        return phrase.page;
    }

    String printed() {
        return phrase.text.substring(start, end);
    }

    double confidence() {
        return phrase.confidenceOf(start, end);
    }

    /** Whether the two stand on shared characters of the same phrase. */
    boolean overlaps(Spot<?> other) {
        return phrase == other.phrase && start < other.end && other.start < end;
    }

    Spot<T> near(double newNearness) {
        return new Spot<>(value, phrase, start, end, newNearness);
    }
}
