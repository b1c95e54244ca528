package io.verifact.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.verifact.store.Incoming;
import io.verifact.store.LocalStore;
import io.verifact.store.Outbox;
import io.verifact.store.Outgoing;
import io.verifact.store.Pending;
import io.verifact.store.Replica;
import io.verifact.store.SharedKind;
import io.verifact.store.StoreException;

/**
 * One workstation's exchange with the firm's database: its outbox sent, oldest first, and the other
 * workstations' changes pulled in the shared order. Either may be cut off at any point: what was sent
 * is sent again and changes nothing, what was pulled is pulled again from where it stopped.
 */
public final class Sync {

    private static final Logger log = LoggerFactory.getLogger(Sync.class);
    private static final int PUSH_BATCH = 100;
    private static final int PULL_BATCH = 200;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

    private final LocalStore store;
    private final SharedDatabase shared;
    private final Exchange exchange;
    private String server;

    public Sync(LocalStore store, SharedDatabase shared) {
        this.store = store;
        this.shared = shared;
        this.exchange = new Exchange(store.outbox().station(),
                id -> store.dossiers().find(id).map(dossier -> dossier.name()).orElse(id));
    }

    /** Sends what waits, then pulls what others changed. */
    public SyncReport once() {
        return push().plus(pull());
    }

    /** The firm's database's own id, preparing its tables the first time. */
    public String server() {
        if (server == null) {
            String id = shared.prepare();
            // Before anything is sent: a store that last shared with another database queues all it holds for this one.
            store.outbox().cursor(id);
            server = id;
        }
        return server;
    }

    /** Sends every change that is due, in batches, oldest first. */
    public SyncReport push() {
        server();
        int sent = 0;
        int conflicts = 0;
        int refused = 0;
        List<String> problems = new ArrayList<>();
        while (true) {
            List<Pending> due = store.outbox().due(PUSH_BATCH);
            if (due.isEmpty()) {
                break;
            }
            List<Outgoing> batch = new ArrayList<>();
            List<Outbox.Taken> taken = new ArrayList<>();
            for (Pending pending : due) {
                Optional<Outgoing> outgoing = store.outbox().outgoing(pending);
                if (outgoing.isPresent()) {
                    batch.add(outgoing.get());
                } else {
                    taken.add(new Outbox.Taken(pending, 0, pending.changeId()));
                }
            }
            List<Exchange.Sent> results;
            try (Connection connection = shared.connection()) {
                results = exchange.push(connection, batch, this::original);
            } catch (SQLException e) {
                throw shared.unreachable(e);
            }
            List<Outgoing> superseded = new ArrayList<>();
            List<Outgoing> decided = new ArrayList<>();
            for (Exchange.Sent result : results) {
                Pending pending = result.outgoing().pending();
                switch (result.result()) {
                    case TAKEN, ALREADY, MERGED -> {
                        taken.add(new Outbox.Taken(pending, result.version(), pending.changeId()));
                        decided.add(result.outgoing());
                        sent++;
                    }
                    case SUPERSEDED, CONFLICT -> {
                        taken.add(new Outbox.Taken(pending, result.version(), pending.changeId()));
                        superseded.add(result.outgoing());
                        sent++;
                        if (result.result() == Exchange.Result.CONFLICT) {
                            conflicts++;
                        }
                    }
                    case REFUSED -> {
                        store.outbox().failed(pending, result.reason(), Instant.now().plus(backoff(pending.attempts())));
                        problems.add(result.reason());
                        refused++;
                    }
                }
            }
            // The whole batch acknowledged at once, then what the database kept instead taken from it.
            store.outbox().sent(taken);
            decided.forEach(this::settleIfDecided);
            superseded.forEach(this::refetch);
        }
        return SyncReport.of(sent, conflicts, refused, 0, store.outbox().waiting(), problems);
    }

    // A validation taken on top of an invoice in conflict is the operator's decision.
    private void settleIfDecided(Outgoing outgoing) {
        if (outgoing.kind() == SharedKind.INVOICE && Exchange.decided(outgoing.status())) {
            long id = Long.parseLong(outgoing.pending().key());
            if (store.replica().inConflict(id)) {
                store.replica().decided(id);
            }
        }
    }

    /** A refused change is tried again after 30 s, then twice as long each time, up to half an hour. */
    static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(30).multipliedBy(1L << Math.min(attempts, 10));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private byte[] original(Outgoing outgoing) {
        return store.documents().original(Long.parseLong(outgoing.pending().key()));
    }

    // The database kept its own version: this store takes it, so the operator sees what stands.
    private void refetch(Outgoing outgoing) {
        try (Connection connection = shared.connection()) {
            Incoming incoming = exchange.fetch(connection, outgoing.kind(), outgoing.gid());
            if (incoming != null) {
                store.replica().apply(incoming);
            }
        } catch (SQLException e) {
            throw shared.unreachable(e);
        }
    }

    /** Writes into this store every change the other workstations made since the last pull. */
    public SyncReport pull() {
        String id = server();
        long cursor = store.outbox().cursor(id);
        int pulled = 0;
        List<String> problems = new ArrayList<>();
        try (Connection connection = shared.connection()) {
            // A mask or an invoice may come before its supplier: a supplier changed after them was given a later
            // place in the order. What could not be written is written again once everything else has come.
            List<Exchange.Change> waiting = new ArrayList<>();
            while (true) {
                List<Exchange.Change> changes = exchange.changesSince(connection, cursor, PULL_BATCH);
                if (changes.isEmpty()) {
                    break;
                }
                for (Exchange.Change change : changes) {
                    if (!store.replica().holdsChange(change.kind(), change.gid(), change.changeId())) {
                        int written = write(connection, change, null);
                        if (written < 0) {
                            waiting.add(change);
                        } else {
                            pulled += written;
                        }
                    }
                    cursor = change.seq();
                }
                store.outbox().advance(id, cursor);
            }
            for (Exchange.Change change : waiting) {
                if (!store.replica().holdsChange(change.kind(), change.gid(), change.changeId())) {
                    pulled += write(connection, change, problems);
                }
            }
        } catch (SQLException e) {
            throw shared.unreachable(e);
        }
        return SyncReport.of(0, 0, 0, pulled, store.outbox().waiting(), problems);
    }

    /**
     * @param problems where a failure is said; null to say nothing, for a change tried again later
     * @return 1 when written, 0 when not needed, -1 when it failed and nothing was said
     */
    private int write(Connection connection, Exchange.Change change, List<String> problems) throws SQLException {
        try {
            Incoming incoming = exchange.fetch(connection, change.kind(), change.gid());
            if (incoming == null) {
                return 0;
            }
            if (change.kind() == SharedKind.INVOICE && !store.replica().holds(change.gid())) {
                incoming = incoming.withOriginal(exchange.original(connection, change.gid()));
            }
            return store.replica().apply(incoming) == Replica.Outcome.WRITTEN ? 1 : 0;
        } catch (StoreException | IllegalArgumentException | java.io.UncheckedIOException e) {
            // One thing that cannot be written (its supplier has not arrived, a damaged row) does not stop the others.
            if (problems == null) {
                // Tried again at the end of the pull.
                log.debug("{} {} from the shared database waits: {}", change.kind().key(), change.gid(), e.getMessage());
                return -1;
            }
            log.warn("{} {} from the shared database was not written: {}", change.kind().key(), change.gid(), e.getMessage());
            problems.add("The " + change.kind().key().replace('_', ' ') + " " + change.gid() + " could not be written here: "
                    + e.getMessage());
            return 0;
        }
    }

    public LocalStore store() {
        return store;
    }

    public SharedDatabase shared() {
        return shared;
    }
}
