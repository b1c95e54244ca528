package io.verifact.app.bench;

import java.time.Duration;
import java.util.List;

/**
 * One figure of the workstation's perceived speed: a wait the operator feels, held against the
 * longest one that still feels immediate.
 *
 * @param key the figure's name in the JSON line
 * @param title what was measured, for the table
 * @param target the wait not to exceed
 * @param judged which statistic of {@code figure} is held against the target
 * @param figure the waits the figure is made of
 * @param beside further waits measured with them, shown to explain the figure
 * @param notes what a reader needs to judge the figure
 */
public record Latency(String key, String title, Duration target, Statistic judged, Waits figure, List<Waits> beside,
                      List<String> notes) {

    public Latency {
        beside = List.copyOf(beside);
        notes = List.copyOf(notes);
    }

    /** The statistic of the waits that makes a figure. */
    public enum Statistic {
        /** The typical wait. */
        MEDIAN("median"),
        /** The wait all but one in twenty stay within: what is felt as lag. */
        P95("p95");

        private final String key;

        Statistic(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public Duration of(Waits waits) {
            return this == MEDIAN ? waits.median() : waits.percentile(95);
        }
    }

    /** The judged statistic over the target: 1.00 or less meets it. */
    public double ratio() {
        return judged.of(figure).toNanos() / (double) target.toNanos();
    }

    public boolean met() {
        return ratio() <= 1.0;
    }
}
