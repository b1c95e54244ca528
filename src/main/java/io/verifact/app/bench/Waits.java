package io.verifact.app.bench;

import java.time.Duration;
import java.util.List;

/**
 * Waits of one kind, measured one by one, each from what the operator did to the moment the screen
 * showed its result.
 *
 * @param key the series' name in the JSON line
 * @param label what was timed, in words, for the table
 * @param times each wait, in the order measured
 */
public record Waits(String key, String label, List<Duration> times) {

    public Waits {
        if (times.isEmpty()) {
            throw new IllegalArgumentException("waits need at least one measure");
        }
        times = List.copyOf(times);
    }

    /** The middle wait, or the mean of the two middle ones. */
    public Duration median() {
        return new Timing(times, List.of()).median();
    }

    /** The wait that {@code percent} of the waits do not exceed, by nearest rank. */
    public Duration percentile(int percent) {
        List<Duration> sorted = times.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
