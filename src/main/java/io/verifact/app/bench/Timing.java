package io.verifact.app.bench;

import java.time.Duration;
import java.util.List;

/** The wall times of one side's measured rounds. */
public record Timing(List<Duration> rounds) {

    public Timing {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a timing needs at least one round");
        }
        rounds = List.copyOf(rounds);
    }

    public static Timing of(Duration... rounds) {
        return new Timing(List.of(rounds));
    }

    /** The middle round, or the mean of the two middle ones: one slow round on a shared machine moves it little. */
    public Duration median() {
        List<Duration> sorted = rounds.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    public double medianSeconds() {
        return median().toNanos() / 1e9;
    }

    public double filesPerSecond(int files) {
        return files / medianSeconds();
    }
}
