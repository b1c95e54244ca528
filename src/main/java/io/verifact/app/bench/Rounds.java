package io.verifact.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Runs every side of a comparison the same number of times, warm-ups first, and reverses the order
 * of the sides every other round so that none always runs on a machine the other has just warmed
 * or tired.
 */
public final class Rounds {

    /**
     * One side: a name, the work it times (done afresh on every call), and the clock that tells the
     * CPU time the work takes: this JVM's for Verifact, its child processes' for a reference tool.
     */
    public record Side(String key, CpuClock cpu, Work work) {
    }

    /** The work of one round. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final int warmup;
    private final int measured;
    private final Consumer<String> progress;

    public Rounds(int warmup, int measured, Consumer<String> progress) {
        if (warmup < 0 || measured < 1) {
            throw new IllegalArgumentException("warm-up rounds must be 0 or more and measured rounds 1 or more");
        }
        this.warmup = warmup;
        this.measured = measured;
        this.progress = progress;
    }

    /** The timings of the measured rounds, by side, in the order the sides were given. */
    public Map<String, Timing> run(String title, List<Side> sides) throws Exception {
        Map<String, List<Duration>> times = new LinkedHashMap<>();
        Map<String, List<Duration>> cpuTimes = new LinkedHashMap<>();
        sides.forEach(side -> {
            times.put(side.key(), new ArrayList<>());
            cpuTimes.put(side.key(), new ArrayList<>());
        });
        for (int round = 0; round < warmup + measured; round++) {
            List<Side> order = new ArrayList<>(sides);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            boolean warming = round < warmup;
            String which = warming ? "warm-up " + (round + 1) + "/" + warmup : "round " + (round - warmup + 1) + "/" + measured;
            for (Side side : order) {
                OptionalLong cpuBefore = side.cpu().nanos();
                long start = System.nanoTime();
                side.work().run();
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                OptionalLong cpuAfter = side.cpu().nanos();
                String cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                        ? ", CPU %.3f s".formatted((cpuAfter.getAsLong() - cpuBefore.getAsLong()) / 1e9) : "";
                progress.accept("%s, %s: %s %.3f s%s".formatted(title, which, side.key(), took.toNanos() / 1e9, cpu));
                if (!warming) {
                    times.get(side.key()).add(took);
                    if (cpuBefore.isPresent() && cpuAfter.isPresent()) {
                        cpuTimes.get(side.key()).add(Duration.ofNanos(cpuAfter.getAsLong() - cpuBefore.getAsLong()));
                    }
                }
            }
        }
        Map<String, Timing> timings = new LinkedHashMap<>();
        times.forEach((key, rounds) -> {
            List<Duration> cpu = cpuTimes.get(key);
            timings.put(key, new Timing(rounds, cpu.size() == rounds.size() ? cpu : List.of()));
        });
        return timings;
    }
}
