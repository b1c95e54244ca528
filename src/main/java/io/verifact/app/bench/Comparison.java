package io.verifact.app.bench;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One figure: Verifact against reference tools on the same files in the same run.
 *
 * @param key the figure's name in the JSON line
 * @param title what was compared, for the table
 * @param files how many files each side read per round
 * @param target the ratio (ours over the reference) not to exceed
 * @param ours Verifact's side
 * @param references the reference tool's sides; the first one runs with the same parallelism as ours and gives the figure
 * @param others further measures of Verifact, compared with the reference of the same key as {@code versus}
 * @param notes what a reader needs to judge the figure
 */
public record Comparison(String key, String title, int files, double target, Measure ours, List<Measure> references,
                         List<Other> others, List<String> notes) {

    public Comparison {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs a reference");
        }
        references = List.copyOf(references);
        others = List.copyOf(others);
        notes = List.copyOf(notes);
    }

    /** The figure: ours over the reference run with the same parallelism, by median. */
    public double ratio() {
        return ratio(references.getFirst());
    }

    public double ratio(Measure reference) {
        return ours.timing().medianSeconds() / reference.timing().medianSeconds();
    }

    /** Ours over the reference by median CPU time, where both are known: steadier than wall time on a shared machine. */
    public OptionalDouble cpuRatio(Measure reference) {
        OptionalDouble ours = this.ours.timing().medianCpuSeconds();
        OptionalDouble theirs = reference.timing().medianCpuSeconds();
        return ours.isPresent() && theirs.isPresent() && theirs.getAsDouble() > 0
                ? OptionalDouble.of(ours.getAsDouble() / theirs.getAsDouble()) : OptionalDouble.empty();
    }

    public boolean met(Measure reference) {
        return ratio(reference) <= target;
    }

    /**
     * A further measure of Verifact, such as a cold start, and the reference it is held against.
     *
     * @param name a short name for the ratio's line
     * @param versus the key of the reference
     */
    public record Other(String name, Measure measure, String versus) {
    }

    Measure reference(String key) {
        return references.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reference " + key));
    }

    double ratio(Other other) {
        return other.measure().timing().medianSeconds() / reference(other.versus()).timing().medianSeconds();
    }
}
