package io.verifact.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.verifact.sync.SyncBench;

/** Sharing's figures as the bench reports them: the push against a plain insert, and the wait between two workstations. */
public final class SyncFigures {

    /** 200 invoices a second, each invoice's share of a round. */
    private static final Duration PER_INVOICE = Duration.ofMillis(5);
    private static final Duration ARRIVAL = Duration.ofSeconds(1);
    /** The push writes the invoice, its original, its trail row by row and its place in the shared order; the reference one row. */
    private static final double PUSH_TARGET = 3.0;

    private final SyncBench.Figures figures;
    private final int invoices;

    public SyncFigures(SyncBench.Figures figures, int invoices) {
        this.figures = figures;
        this.invoices = invoices;
    }

    public Map<String, String> facts() {
        return figures.facts();
    }

    public Comparison push() {
        Timing ours = new Timing(figures.push(), List.of());
        Timing reference = new Timing(figures.reference(), List.of());
        return new Comparison("sync_push", "Sharing: a workstation's push of validated invoices against a plain batch insert of the same bytes",
                invoices, PUSH_TARGET,
                new Measure("push", "Sync.push: store read, batches of 100, acknowledged locally", ours),
                List.of(new Measure("batch_insert", "JDBC batch insert, same bytes, 100 per transaction", reference)),
                List.of(), List.of(
                        String.format(Locale.ROOT, "Push: %.0f invoices/s (target >= %d/s: %s).", ours.filesPerSecond(invoices),
                                Duration.ofSeconds(1).dividedBy(PER_INVOICE), ours.filesPerSecond(invoices) * PER_INVOICE.toNanos() / 1e9 >= 1
                                        ? "met" : "NOT met"),
                        "Each round pushes a copy of one store to a new database; preparing its tables is not timed.",
                        "The reference inserts, per invoice, its record (jsonb), gzipped pages, original and trail (jsonb) into one "
                                + "table with a primary key, 100 rows per transaction: the cost of moving the bytes alone. The push also "
                                + "reads the store, gzips the pages, takes the changes lock, checks versions, writes originals and the trail "
                                + "in their own tables and acknowledges each change in the local store."));
    }

    public List<Latency> latencies() {
        List<Duration> perInvoice = figures.push().stream().map(d -> d.dividedBy(invoices)).toList();
        return List.of(
                new Latency("sync_push_per_invoice", "Sharing: push time per validated invoice (200 invoices/s)", PER_INVOICE,
                        Latency.Statistic.MEDIAN, new Waits("sync_push_per_invoice", "a round's push over its " + invoices + " invoices",
                        perInvoice), List.of(), List.of("Each round's wall time divided by the invoices it pushed.")),
                new Latency("sync_arrival", "Sharing: from a validation on one workstation to its arrival on another", ARRIVAL,
                        Latency.Statistic.P95, new Waits("sync_arrival", "validated on A to held validated on B", figures.arrivals()),
                        List.of(), List.of("Two stores, each with its background worker (LISTEN/NOTIFY, local look every 200 ms), "
                        + "on one database; the first worker is not nudged, as the workstation leaves it.")));
    }
}
