package io.verifact.sync;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.commons.io.file.PathUtils;

import io.verifact.document.Fingerprint;
import io.verifact.model.Box;
import io.verifact.model.CheckResult;
import io.verifact.model.Engine;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import io.verifact.model.VatLine;
import io.verifact.model.Word;
import io.verifact.store.LocalStore;
import io.verifact.store.Outgoing;
import io.verifact.store.Pending;
import io.verifact.store.SharedKind;
import io.verifact.store.StoredDocument;

/**
 * How fast sharing is, against a real PostgreSQL: a workstation's push of validated invoices, held
 * against the same bytes written by a plain JDBC batch insert in the same run, and the time from a
 * validation on one workstation to its arrival on another, both running their background worker. Every
 * round works in scratch databases it creates and drops on the server given.
 */
public final class SyncBench {

    /** Pages per invoice and words per page: a typical one- or two-page supplier invoice. */
    static final int PAGES = 2;
    static final int WORDS = 300;
    /** The original file: a compressed PDF's bytes do not compress further. */
    static final int ORIGINAL_BYTES = 40_000;
    private static final int BATCH = 100;
    private static final Duration ARRIVAL_GIVE_UP = Duration.ofSeconds(30);

    /**
     * What was measured.
     *
     * @param push wall time of each measured round of the push
     * @param reference wall time of each measured round of the plain batch insert of the same bytes
     * @param arrivals each validation's time from one workstation to the other
     * @param facts the server and the payload, for the report
     */
    public record Figures(List<Duration> push, List<Duration> reference, List<Duration> arrivals, Map<String, String> facts) {
    }

    private final String server;
    private final int invoices;
    private final int changes;
    private final int warmup;
    private final int rounds;
    private final Consumer<String> progress;

    /**
     * @param server a PostgreSQL JDBC URL; its database is only used to create and drop the scratch ones, its
     *               {@code user} parameter (or PGUSER, or the system's user name) is the role
     */
    public SyncBench(String server, int invoices, int changes, int warmup, int rounds, Consumer<String> progress) {
        new SharedSettings(server, null, null); // refuses what is not a PostgreSQL URL
        this.server = server;
        this.invoices = invoices;
        this.changes = changes;
        this.warmup = warmup;
        this.rounds = rounds;
        this.progress = progress;
    }

    public Figures run() throws IOException {
        Path folder = Files.createTempDirectory("verifact-sync-bench");
        try {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("postgresql", serverVersion() + " at " + SharedSettings.of(server).shown());
            Path prepared = folder.resolve("prepared.verifact");
            progress.accept("sync: " + invoices + " validated invoices of " + PAGES + " pages of " + WORDS + " words written to a store");
            try (LocalStore store = LocalStore.open(prepared)) {
                for (int i = 0; i < invoices; i++) {
                    validated(store, "bench-" + i, new Random(i));
                }
            }
            List<Payload> payloads = payloads(prepared);
            long bytes = payloads.stream().mapToLong(Payload::size).sum();
            facts.put("sync_payload", String.format(Locale.ROOT, "%d invoices, %.1f kB each on average (record, gzipped pages, "
                    + "original, audit trail)", invoices, bytes / 1024.0 / invoices));
            List<Duration> push = new ArrayList<>();
            List<Duration> reference = new ArrayList<>();
            for (int round = 0; round < warmup + rounds; round++) {
                boolean warming = round < warmup;
                String which = warming ? "warm-up " + (round + 1) + "/" + warmup : "round " + (round - warmup + 1) + "/" + rounds;
                // The order is swapped every other round, as the other benches do.
                for (int side = 0; side < 2; side++) {
                    boolean ours = (side == 0) == (round % 2 == 0);
                    Duration took = ours ? push(prepared, folder) : reference(payloads);
                    progress.accept(String.format(Locale.ROOT, "sync, %s: %s %.3f s (%.0f invoices/s)", which,
                            ours ? "push" : "batch_insert", took.toNanos() / 1e9, invoices / (took.toNanos() / 1e9)));
                    if (!warming) {
                        (ours ? push : reference).add(took);
                    }
                }
            }
            List<Duration> arrivals = arrivals(folder);
            return new Figures(push, reference, arrivals, facts);
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    // --- The push ------------------------------------------------------------------------------------

    /** A copy of the prepared store, all of it waiting, pushed to a fresh database: only the push is timed. */
    private Duration push(Path prepared, Path folder) throws IOException {
        Path copy = folder.resolve("push-" + UUID.randomUUID() + ".verifact");
        Files.copy(prepared, copy, StandardCopyOption.REPLACE_EXISTING);
        try (Scratch scratch = new Scratch(); LocalStore store = LocalStore.open(copy);
             SharedDatabase shared = SharedDatabase.open(scratch.settings())) {
            Sync sync = new Sync(store, shared);
            sync.server();
            long start = System.nanoTime();
            SyncReport report = sync.push();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (report.sent() != invoices || report.waiting() != 0) {
                throw new IllegalStateException("the push sent " + report.sent() + " of " + invoices + " invoices: " + report.problems());
            }
            return took;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The same bytes each invoice sends, ready to be written. */
    private record Payload(String sha256, String record, byte[] pages, byte[] original, String audit) {
        long size() {
            return record.length() + pages.length + original.length + audit.length();
        }
    }

    private static List<Payload> payloads(Path prepared) {
        List<Payload> payloads = new ArrayList<>();
        try (LocalStore store = LocalStore.open(prepared)) {
            for (Pending pending : store.outbox().all()) {
                if (pending.kind() != SharedKind.INVOICE) {
                    continue;
                }
                Outgoing outgoing = store.outbox().outgoing(pending).orElseThrow();
                payloads.add(new Payload(outgoing.gid(), outgoing.record().toString(), Exchange.gzip(outgoing.pages()),
                        store.documents().original(Long.parseLong(pending.key())), outgoing.audit().toString()));
            }
        }
        return payloads;
    }

    /**
     * The reference: the bytes each invoice sends (its record as jsonb, its gzipped pages, its original,
     * its trail as jsonb) inserted into one table with a primary key, by a JDBC batch of 100 rows, one
     * transaction per batch, as the push commits. It reads nothing from a store, checks nothing, locks
     * nothing: what moving the bytes alone costs on this server.
     */
    private Duration reference(List<Payload> payloads) {
        try (Scratch scratch = new Scratch(); Connection connection = scratch.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE pushed (sha256 text PRIMARY KEY, record jsonb NOT NULL, pages bytea, "
                        + "original bytea NOT NULL, audit jsonb NOT NULL)");
            }
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO pushed (sha256, record, pages, original, audit) VALUES (?, ?::jsonb, ?, ?, ?::jsonb)")) {
                int inBatch = 0;
                for (Payload payload : payloads) {
                    insert.setString(1, payload.sha256());
                    insert.setString(2, payload.record());
                    insert.setBytes(3, payload.pages());
                    insert.setBytes(4, payload.original());
                    insert.setString(5, payload.audit());
                    insert.addBatch();
                    if (++inBatch == BATCH) {
                        insert.executeBatch();
                        connection.commit();
                        inBatch = 0;
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            return Duration.ofNanos(System.nanoTime() - start);
        } catch (SQLException e) {
            throw new IllegalStateException("The reference insert failed: " + e.getMessage(), e);
        }
    }

    // --- From one workstation to another ------------------------------------------------------------

    /**
     * Two workstations, each with its own store and background worker, on one database: an invoice is
     * validated on the first, and the clock runs from the validation's commit until the second's store
     * holds it validated. The worker is not nudged: it finds the change as the workstation leaves it.
     */
    private List<Duration> arrivals(Path folder) throws IOException {
        List<Duration> times = new ArrayList<>();
        Random pause = new Random(42);
        try (Scratch scratch = new Scratch();
             LocalStore a = LocalStore.open(folder.resolve("a.verifact"));
             LocalStore b = LocalStore.open(folder.resolve("b.verifact"));
             SharedDatabase sharedA = SharedDatabase.open(scratch.settings());
             SharedDatabase sharedB = SharedDatabase.open(scratch.settings())) {
            new Sync(a, sharedA).server();
            try (SyncWorker first = new SyncWorker(a, sharedA, state -> { }).start();
                 SyncWorker second = new SyncWorker(b, sharedB, state -> { }).start()) {
                for (int i = -1; i < changes; i++) { // the first one, unmeasured, warms both up
                    String sha = validated(a, "arrival-" + i, new Random(1_000 + i));
                    long start = System.nanoTime();
                    Duration took = arrival(b, sha, start);
                    if (i >= 0) {
                        times.add(took);
                    }
                    sleep(Duration.ofMillis(50 + pause.nextInt(250)));
                }
            }
        }
        progress.accept(String.format(Locale.ROOT, "sync: %d validations from one workstation to another", times.size()));
        return times;
    }

    private static Duration arrival(LocalStore there, String sha, long start) {
        while (true) {
            Optional<StoredDocument> arrived = there.documents().findBySha256(sha);
            long now = System.nanoTime();
            if (arrived.isPresent() && arrived.get().status() == InvoiceStatus.VERIFIED) {
                return Duration.ofNanos(now - start);
            }
            if (now - start > ARRIVAL_GIVE_UP.toNanos()) {
                throw new IllegalStateException("a validation had not reached the other workstation after " + ARRIVAL_GIVE_UP.toSeconds() + " s");
            }
            sleep(Duration.ofMillis(2));
        }
    }

    // --- Invoices ------------------------------------------------------------------------------------

    /** Captures, reads and validates one invoice; its sha256. */
    static String validated(LocalStore store, String number, Random random) {
        byte[] original = new byte[ORIGINAL_BYTES];
        random.nextBytes(original);
        byte[] head = ("%PDF-1.7 " + number + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, original, 0, head.length);
        String sha = Fingerprint.sha256(original);
        long id = store.documents().capture(sha, number + ".pdf", "/scans/" + number + ".pdf", original).documentId();
        List<PageText> pages = new ArrayList<>();
        for (int page = 1; page <= PAGES; page++) {
            pages.add(page(page, number, random));
        }
        store.pages().save(id, pages);
        store.recognitions().save(id, recognition(number, random), "bench");
        store.documents().decide(id, InvoiceStatus.VERIFIED, null, "validate");
        return sha;
    }

    private static final String[] VOCABULARY = {"Facture", "Rechnung", "Invoice", "Date", "Total", "TVA", "HT", "TTC", "Quantité",
        "Désignation", "Prix", "unitaire", "Montant", "Papeterie", "Dupuis", "SARL", "rue", "de", "la", "Paix", "Paris", "IBAN",
        "FR76", "BIC", "Échéance", "Ramette", "A4", "80g", "Stylo", "bille", "bleu", "Classeur", "Livraison", "Remise", "€"};

    private static PageText page(int number, String invoice, Random random) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < WORDS; i++) {
            int line = i / 10;
            double x = (i % 10) / 10.0;
            double y = line / (WORDS / 10.0 + 1);
            String text = switch (random.nextInt(4)) {
                case 0 -> String.format(Locale.ROOT, "%d,%02d", random.nextInt(5_000), random.nextInt(100));
                case 1 -> i == 0 ? invoice : VOCABULARY[random.nextInt(VOCABULARY.length)];
                default -> VOCABULARY[random.nextInt(VOCABULARY.length)];
            };
            words.add(new Word(text, new Box(x, y, x + 0.02 + random.nextDouble() * 0.06, y + 0.011), 0.6 + random.nextDouble() * 0.4,
                    line, line / 5));
        }
        return new PageText(number, words, Engine.TESSERACT, 595.28, 841.89);
    }

    private static Recognition recognition(String number, Random random) {
        String net = random.nextInt(5_000) + ".00";
        BigDecimal base = new BigDecimal(net);
        BigDecimal vat = base.multiply(new BigDecimal("0.20")).setScale(2, java.math.RoundingMode.HALF_UP);
        return new Recognition(Map.of(
                FieldKey.INVOICE_NUMBER, new FieldValue(FieldKey.INVOICE_NUMBER, number, Source.LAYOUT, 0.97, 1,
                        new Box(0.6, 0.1, 0.7, 0.12), List.of()),
                FieldKey.GROSS_TOTAL, new FieldValue(FieldKey.GROSS_TOTAL, base.add(vat).toPlainString(), Source.LAYOUT, 0.95, 1,
                        new Box(0.7, 0.8, 0.8, 0.82), List.of())),
                List.of(new VatLine(new BigDecimal("20.00"), base, vat)), List.of(), List.of(new CheckResult("totals", true, null)));
    }

    // --- The server ----------------------------------------------------------------------------------

    private String serverVersion() {
        try (Connection connection = connect(server); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            return "PostgreSQL " + row.getString(1);
        } catch (SQLException e) {
            throw new SharedUnreachable("The bench needs a PostgreSQL it may create databases on, given by --shared "
                    + "(as the user the URL names, or PGUSER, or this system's): " + e.getMessage(), e);
        }
    }

    /** A database of its own on the server, dropped when closed. */
    private final class Scratch implements AutoCloseable {

        private final String name = "verifact_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        Scratch() {
            try (Connection connection = SyncBench.connect(server); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new SharedUnreachable("The bench could not create a scratch database on " + SharedSettings.of(server).shown()
                        + ": " + e.getMessage(), e);
            }
        }

        String url() {
            return withDatabase(server, name);
        }

        SharedSettings settings() {
            return new SharedSettings(url(), user(server), null);
        }

        Connection connect() throws SQLException {
            return SyncBench.connect(url());
        }

        @Override
        public void close() {
            try (Connection connection = SyncBench.connect(server); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new SharedUnreachable("The bench could not drop its scratch database " + name + ": " + e.getMessage(), e);
            }
        }
    }

    /** The URL with its database (after host and port) replaced; an URL without one names {@code postgres}. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String head = query < 0 ? url : url.substring(0, query);
        String tail = query < 0 ? "" : url.substring(query);
        int hosts = head.indexOf("//");
        int slash = hosts < 0 ? -1 : head.indexOf('/', hosts + 2);
        String base = slash < 0 ? head + "/" : head.substring(0, slash + 1);
        return base + database + tail;
    }

    private static Connection connect(String url) throws SQLException {
        String target = url.matches("jdbc:postgresql://[^/?]*/?(\\?.*)?") ? withDatabase(url, "postgres") : url;
        Properties properties = new Properties();
        String user = user(url);
        if (user != null) {
            properties.setProperty("user", user);
        }
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(target, properties);
    }

    /** The role: the URL's {@code user} parameter, or PGUSER, or null for the driver's own choice (the system's user name). */
    private static String user(String url) {
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                if (parameter.startsWith("user=")) {
                    return parameter.substring("user=".length());
                }
            }
        }
        return System.getenv("PGUSER");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }


}
