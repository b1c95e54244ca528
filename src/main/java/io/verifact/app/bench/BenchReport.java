package io.verifact.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * What a bench run found: the machine, the rounds, and each figure, as a short table for people and
 * as one JSON line for scripts.
 *
 * @param machine the facts that move the figures (cores, JVM, tool versions, languages), in order
 * @param comparisons Verifact against the reference tools
 * @param latencies the workstation's waits against their targets
 */
public record BenchReport(Map<String, String> machine, int warmup, int rounds, List<Comparison> comparisons, List<Latency> latencies) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public BenchReport {
        machine = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(machine));
        comparisons = List.copyOf(comparisons);
        latencies = List.copyOf(latencies);
    }

    public BenchReport(Map<String, String> machine, int warmup, int rounds, List<Comparison> comparisons) {
        this(machine, warmup, rounds, comparisons, List.of());
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("Verifact bench: ").append(warmup).append(" warm-up and ").append(rounds)
                .append(rounds == 1 ? " measured round" : " measured rounds")
                .append(comparisons.isEmpty() ? "\n" : " per side, order swapped every round; median wall times\n");
        machine.forEach((name, value) -> out.append(String.format(Locale.ROOT, "  %-18s %s%n", name, value)));
        for (Comparison c : comparisons) {
            out.append('\n').append(c.title()).append(String.format(Locale.ROOT, " (%d files)%n", c.files()));
            out.append(String.format(Locale.ROOT, "  %-52s %10s %9s %10s%n", "", "median", "files/s", "CPU"));
            row(out, c.ours(), c.files());
            c.references().forEach(r -> row(out, r, c.files()));
            c.others().forEach(o -> row(out, o.measure(), c.files()));
            for (Measure r : c.references()) {
                String cpu = c.cpuRatio(r).isPresent() ? String.format(Locale.ROOT, " (by CPU time %.2f)", c.cpuRatio(r).getAsDouble()) : "";
                out.append(String.format(Locale.ROOT, "  %-52s %8.2f    target <= %.2f: %s%s%n",
                        "ours / " + r.label(), c.ratio(r), c.target(), c.met(r) ? "met" : "NOT met", cpu));
            }
            for (Comparison.Other o : c.others()) {
                out.append(String.format(Locale.ROOT, "  %-52s %8.2f%n", o.name() + " / " + c.reference(o.versus()).label(), c.ratio(o)));
            }
            c.notes().forEach(note -> out.append("  - ").append(note).append('\n'));
        }
        latencies.forEach(l -> latency(out, l));
        List<String> figures = new ArrayList<>();
        for (Comparison c : comparisons) {
            figures.add(String.format(Locale.ROOT, "%s %.2f (target <= %.2f, %s)", c.key(), c.ratio(), c.target(),
                    c.met(c.references().getFirst()) ? "met" : "NOT met"));
        }
        for (Latency l : latencies) {
            figures.add(String.format(Locale.ROOT, "%s %.2f (target <= 1.00, %s)", l.key(), l.ratio(), l.met() ? "met" : "NOT met"));
        }
        return out.append("\nFigures: ").append(String.join("; ", figures)).append('\n').toString();
    }

    private static void latency(StringBuilder out, Latency l) {
        out.append('\n').append(l.title()).append(String.format(Locale.ROOT, " (target: %s <= %s)%n", l.judged().key(), millis(l.target())));
        out.append(String.format(Locale.ROOT, "  %-52s %10s %10s %8s%n", "", "median", "p95", "waits"));
        latencyRow(out, l.figure());
        l.beside().forEach(w -> latencyRow(out, w));
        out.append(String.format(Locale.ROOT, "  %-52s %8.2f    target <= 1.00: %s%n",
                l.judged().key() + " / " + millis(l.target()), l.ratio(), l.met() ? "met" : "NOT met"));
        l.notes().forEach(note -> out.append("  - ").append(note).append('\n'));
    }

    private static void latencyRow(StringBuilder out, Waits w) {
        out.append(String.format(Locale.ROOT, "  %-52s %10s %10s %8d%n", w.label(), millis(w.median()), millis(w.percentile(95)), w.times().size()));
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }

    private static void row(StringBuilder out, Measure m, int files) {
        OptionalDouble cpu = m.timing().medianCpuSeconds();
        out.append(String.format(Locale.ROOT, "  %-52s %8.3f s %9.1f %10s%n", m.label(), m.timing().medianSeconds(), m.timing().filesPerSecond(files),
                cpu.isPresent() ? String.format(Locale.ROOT, "%.3f s", cpu.getAsDouble()) : "-"));
    }

    /** One line of JSON: the same figures, seconds as numbers, ratios rounded to three decimals. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode facts = root.putObject("machine");
        machine.forEach(facts::put);
        root.put("warmup", warmup);
        root.put("rounds", rounds);
        for (Comparison c : comparisons) {
            ObjectNode figure = root.putObject(c.key());
            figure.put("files", c.files());
            figure.put("ratio", round(c.ratio(), 3));
            figure.put("target", c.target());
            figure.put("met", c.met(c.references().getFirst()));
            measure(figure.putObject("ours"), c.ours(), c.files());
            ObjectNode references = figure.putObject("references");
            for (Measure r : c.references()) {
                ObjectNode reference = measure(references.putObject(r.key()), r, c.files()).put("ratio", round(c.ratio(r), 3)).put("met", c.met(r));
                c.cpuRatio(r).ifPresent(ratio -> reference.put("cpu_ratio", round(ratio, 3)));
            }
            ObjectNode others = figure.putObject("others");
            for (Comparison.Other other : c.others()) {
                measure(others.putObject(other.measure().key()), other.measure(), c.files())
                        .put("versus", other.versus()).put("ratio", round(c.ratio(other), 3));
            }
            ArrayNode notes = figure.putArray("notes");
            c.notes().forEach(notes::add);
        }
        if (!latencies.isEmpty()) {
            ObjectNode workstation = root.putObject("workstation");
            latencies.forEach(l -> latency(workstation.putObject(l.key()), l));
        }
        return root.toString();
    }

    private static void latency(ObjectNode node, Latency l) {
        node.put("title", l.title());
        node.put("target_ms", ms(l.target()));
        node.put("statistic", l.judged().key());
        node.put("judged", l.figure().key());
        node.put("value_ms", ms(l.judged().of(l.figure())));
        node.put("ratio", round(l.ratio(), 3));
        node.put("met", l.met());
        ObjectNode waits = node.putObject("waits");
        for (Waits w : Stream.concat(Stream.of(l.figure()), l.beside().stream()).toList()) {
            ObjectNode series = waits.putObject(w.key());
            series.put("label", w.label());
            series.put("median_ms", ms(w.median()));
            series.put("p95_ms", ms(w.percentile(95)));
            series.put("count", w.times().size());
            ArrayNode each = series.putArray("samples_ms");
            w.times().forEach(t -> each.add(ms(t)));
        }
        ArrayNode notes = node.putArray("notes");
        l.notes().forEach(notes::add);
    }

    private static double ms(Duration d) {
        return round(d.toNanos() / 1e6, 2);
    }

    private static ObjectNode measure(ObjectNode node, Measure m, int files) {
        node.put("label", m.label());
        node.put("median_s", round(m.timing().medianSeconds(), 4));
        node.put("files_per_s", round(m.timing().filesPerSecond(files), 2));
        seconds(node.putArray("rounds_s"), m.timing().rounds());
        m.timing().medianCpuSeconds().ifPresent(cpu -> {
            node.put("cpu_median_s", round(cpu, 4));
            seconds(node.putArray("cpu_rounds_s"), m.timing().cpu());
        });
        return node;
    }

    private static void seconds(ArrayNode array, List<Duration> times) {
        times.forEach(d -> array.add(round(d.toNanos() / 1e9, 4)));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
