package io.verifact.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The times of one side's measured rounds.
 *
 * @param rounds wall time of each round
 * @param cpu CPU time of each round, or empty where the platform does not tell it
 */
public record Timing(List<Duration> rounds, List<Duration> cpu) {

    public Timing {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a timing needs at least one round");
        }
        rounds = List.copyOf(rounds);
        cpu = List.copyOf(cpu);
    }

    /** Wall times only. */
    public static Timing of(Duration... rounds) {
        return new Timing(List.of(rounds), List.of());
    }

    /** The middle round, or the mean of the two middle ones: one slow round on a shared machine moves it little. */
    public Duration median() {
        return median(rounds);
    }

    public double medianSeconds() {
        return median().toNanos() / 1e9;
    }

    public OptionalDouble medianCpuSeconds() {
        return cpu.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(median(cpu).toNanos() / 1e9);
    }

    public double filesPerSecond(int files) {
        return files / medianSeconds();
    }

    private static Duration median(List<Duration> times) {
        List<Duration> sorted = times.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
