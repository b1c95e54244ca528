package io.verifact.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.verifact.store.LocalStore;
import io.verifact.store.StoreException;

/**
 * Keeps a workstation in step with the firm's database, in the background: what is changed here is sent
 * within a fraction of a second, what another workstation changed is pulled as soon as PostgreSQL says so
 * ({@code LISTEN}), and every few seconds anyway in case a notification was missed. When the database
 * cannot be reached nothing stops: the outbox waits, and the worker tries again after 1, 2, 4… up to 60
 * seconds, then sends the backlog oldest first.
 */
public final class SyncWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);

    private static final Duration LOCAL_LOOK = Duration.ofMillis(200);
    private static final Duration PULL_ANYWAY = Duration.ofSeconds(10);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(60);

    private final Sync sync;
    private final Consumer<SyncState> listener;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicReference<SyncState> state = new AtomicReference<>(new SyncState(SyncState.Connection.CONNECTING, 0, null, null));
    private final Thread worker;
    private final Thread listening;
    private volatile boolean closed;
    private volatile boolean pullWanted = true;
    private volatile Connection listenConnection;

    public SyncWorker(LocalStore store, SharedDatabase shared, Consumer<SyncState> listener) {
        this.sync = new Sync(store, shared);
        this.listener = listener;
        this.worker = Thread.ofPlatform().name("verifact-sync").daemon().unstarted(this::run);
        this.listening = Thread.ofPlatform().name("verifact-sync-listen").daemon().unstarted(this::listen);
    }

    public SyncWorker start() {
        worker.start();
        listening.start();
        return this;
    }

    public SyncState state() {
        return state.get();
    }

    /** Look again now: something was changed here, or the operator asked. */
    public void nudge() {
        pullWanted = true;
        wake.release();
    }

    private void run() {
        Duration retry = FIRST_RETRY;
        Instant lastPull = Instant.MIN;
        while (!closed) {
            try {
                boolean due = !sync.store().outbox().due(1).isEmpty();
                boolean pull = pullWanted || Duration.between(lastPull, Instant.now()).compareTo(PULL_ANYWAY) >= 0
                        || state.get().connection() != SyncState.Connection.ONLINE;
                if (due || pull) {
                    if (state.get().connection() == SyncState.Connection.OFFLINE) {
                        sync.store().outbox().retryNow();
                    }
                    SyncReport report = due ? sync.push() : null;
                    if (pull) {
                        pullWanted = false;
                        SyncReport pulled = sync.pull();
                        report = report == null ? pulled : report.plus(pulled);
                        lastPull = Instant.now();
                    }
                    publish(new SyncState(SyncState.Connection.ONLINE, report.waiting(), Instant.now(),
                            report.problems().isEmpty() ? null : report.problems().getLast()));
                }
                retry = FIRST_RETRY;
                waitFor(LOCAL_LOOK);
            } catch (SharedUnreachable e) {
                log.info("Shared database out of reach: {}", e.getMessage());
                publish(new SyncState(SyncState.Connection.OFFLINE, waitingSafely(), state.get().lastExchange(), e.getMessage()));
                waitFor(retry);
                retry = longer(retry);
            } catch (StoreException e) {
                if (closed) {
                    return;
                }
                log.warn("Local store failed while sharing: {}", e.getMessage());
                waitFor(retry);
            } catch (RuntimeException e) {
                log.error("Sharing failed; trying again", e);
                publish(new SyncState(SyncState.Connection.OFFLINE, waitingSafely(), state.get().lastExchange(), e.getMessage()));
                waitFor(retry);
                retry = longer(retry);
            }
        }
    }

    /** Twice as long, up to a minute. */
    private static Duration longer(Duration retry) {
        Duration twice = retry.multipliedBy(2);
        return twice.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : twice;
    }

    private int waitingSafely() {
        try {
            return sync.store().outbox().waiting();
        } catch (StoreException e) {
            return state.get().waiting();
        }
    }

    private void publish(SyncState next) {
        SyncState before = state.getAndSet(next);
        if (!next.equals(before)) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.warn("Sync state listener failed", e);
            }
        }
    }

    private void waitFor(Duration duration) {
        try {
            if (wake.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                wake.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    // PostgreSQL's notifications arrive on a connection of their own, kept open while the worker runs.
    private void listen() {
        Duration retry = FIRST_RETRY;
        while (!closed) {
            try (Connection connection = sync.shared().listeningConnection()) {
                listenConnection = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + Exchange.CHANNEL);
                }
                retry = FIRST_RETRY;
                nudge(); // whatever happened while not listening
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(5_000);
                    if (notifications != null && notifications.length > 0) {
                        nudge();
                    }
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                log.debug("Not listening to the shared database: {}", e.getMessage());
                sleep(retry);
                retry = longer(retry);
            } finally {
                listenConnection = null;
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops sharing; what waits stays in the outbox for the next start. */
    @Override
    public void close() {
        closed = true;
        wake.release();
        Connection connection = listenConnection;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        listening.interrupt();
        try {
            worker.join(Duration.ofSeconds(10));
            listening.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
