package io.verifact.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Recognition;
import io.verifact.store.Incoming;
import io.verifact.store.LocalStore;
import io.verifact.store.StoredDocument;
import io.verifact.sync.Claims;
import io.verifact.sync.SharedDatabase;
import io.verifact.sync.SharedSettings;
import io.verifact.sync.SharedUnreachable;
import io.verifact.sync.SyncState;
import io.verifact.sync.SyncWorker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working with colleagues through the firm's shared database: keeps this workstation in step in the
 * background, says where it stands, claims the invoice the operator opens so that two colleagues do not
 * verify the same one, says who holds an invoice, and shows how another workstation validated an invoice
 * in conflict. Without a shared database every answer is "local store only", and nothing is claimed.
 * <p>
 * Every method but {@link #state()} may wait on the network: callers run them off the window's thread.
 * Listeners are called from a background thread.
 */
public final class Sharing implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Sharing.class);

    /** A claim is renewed well before it lapses, so a slow network never lets it go while the invoice is open. */
    private static final Duration RENEW_EVERY = Claims.LENGTH.dividedBy(3);

    private final LocalStore store;
    private final String operator;
    private final List<Consumer<SharingState>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<SharingState> state = new AtomicReference<>(SharingState.localOnly());
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "verifact-claims");
        thread.setDaemon(true);
        return thread;
    });
    /** Held while sharing is stopped or started again, so that two restarts do not cross. */
    private final Object lifecycle = new Object();
    private SharedSettings settings;
    // Read without the lock by the worker's listener, which must never wait for a restart that waits for it.
    private volatile SharedDatabase shared;
    private SyncWorker worker;
    private Claims claims;
    /** The invoice this operator has open, by SHA-256, or null. */
    private String held;
    private boolean started;
    /** Whether the operator gave settings since this sharing was made: a background start then keeps those. */
    private boolean changed;
    private boolean closed;

    /**
     * @param settings the firm's database, or empty for a workstation on its own
     * @param operator who claims the invoices opened here
     */
    public Sharing(LocalStore store, Optional<SharedSettings> settings, String operator) {
        this.store = Objects.requireNonNull(store, "store");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.settings = settings.orElse(null);
    }

    /**
     * Starts sharing from a thread of its own, so that the window opens at once: the settings are read
     * there ({@code settings} may ask the system keyring, which can be slow), then the database is
     * reached. Settings the operator gave meanwhile win over those read.
     */
    public Sharing startInBackground(Supplier<Optional<SharedSettings>> settings) {
        Thread.ofPlatform().daemon().name("verifact-sharing-start").start(() -> {
            Optional<SharedSettings> read = settings.get();
            synchronized (lifecycle) {
                synchronized (this) {
                    if (!changed) {
                        this.settings = read.orElse(null);
                    }
                }
                start();
            }
        });
        return this;
    }

    /** Starts sharing in the background, and keeps the claim on the open invoice alive. */
    public Sharing start() {
        synchronized (lifecycle) {
            synchronized (this) {
                if (!started && !closed) {
                    started = true;
                    connect();
                    renewals.scheduleWithFixedDelay(this::renew, RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }
        return this;
    }

    /** Where sharing stands now. */
    public SharingState state() {
        return state.get();
    }

    /** Tells {@code listener} of every change of state, from a background thread, until it is removed. */
    public void addListener(Consumer<SharingState> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SharingState> listener) {
        listeners.remove(listener);
    }

    /** Whether {@code url} names a PostgreSQL database the way the connection settings expect. */
    public static boolean accepts(String url) {
        return url != null && SharedSettings.accepts(url.strip());
    }

    /**
     * Shares from now on with the database these settings reach, or with none when {@code url} is blank.
     * The open invoice is claimed again there.
     *
     * @param user the database role, or blank for the one the URL or the system gives
     * @param password the password, or null to let the driver read {@code ~/.pgpass}
     * @throws IllegalArgumentException when the URL is not a PostgreSQL JDBC URL
     */
    public void restart(String url, String user, char[] password) {
        restart(url == null || url.isBlank() ? Optional.empty() : Optional.of(settings(url, user, password)));
    }

    public void restart(Optional<SharedSettings> next) {
        synchronized (lifecycle) {
            disconnect();
            String open;
            synchronized (this) {
                settings = next.orElse(null);
                changed = true;
                if (started) {
                    connect();
                }
                open = held;
            }
            if (open != null) {
                claim(open);
            }
        }
    }

    /**
     * Tries the connection settings without keeping them: empty when the database answers and is ready
     * for Verifact, else what went wrong in words.
     */
    public static Optional<String> test(String url, String user, char[] password) {
        SharedSettings trial;
        try {
            trial = settings(url, user, password);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        try (SharedDatabase database = SharedDatabase.open(trial)) {
            database.prepare();
            return Optional.empty();
        } catch (SharedUnreachable e) {
            return Optional.of(e.getMessage());
        }
    }

    private static SharedSettings settings(String url, String user, char[] password) {
        return new SharedSettings(url.strip(), user == null || user.isBlank() ? null : user.strip(),
                password == null || password.length == 0 ? null : password.clone());
    }

    /** Looks for changes now, rather than at the next look. */
    public synchronized void nudge() {
        if (worker != null) {
            worker.nudge();
        }
    }

    /**
     * The operator opened this invoice: it is claimed for them, and the invoice they had open before is
     * let go.
     *
     * @return the colleague who holds it, when one does; empty when it is this operator's now, when no
     *         colleague can say otherwise (offline, not yet shared) or on a workstation on its own
     */
    public Optional<Holding> hold(long documentId) {
        String sha256 = store.documents().find(documentId).map(StoredDocument::sha256).orElse(null);
        String before;
        synchronized (this) {
            before = held;
            held = sha256;
        }
        if (before != null && !before.equals(sha256)) {
            release(before);
        }
        return sha256 == null ? Optional.empty() : claim(sha256);
    }

    /** The operator left the invoice they had open, or decided it: colleagues may take it. */
    public void letGo() {
        String before;
        synchronized (this) {
            before = held;
            held = null;
        }
        if (before != null) {
            release(before);
        }
    }

    /** The invoices colleagues are verifying now, by document id; none when offline or on its own. */
    public Map<Long, Holding> heldByOthers() {
        Claims in = claims();
        if (in == null) {
            return Map.of();
        }
        Map<String, Claims.Claim> active;
        try {
            active = in.active();
        } catch (SharedUnreachable e) {
            log.debug("Claims not read: {}", e.getMessage());
            return Map.of();
        }
        String station = store.outbox().station();
        Map<Long, Holding> others = new LinkedHashMap<>();
        // A few colleagues hold an invoice each: they are looked up, rather than the whole store read.
        active.values().stream()
                .filter(claim -> !(claim.holder().equals(operator) && claim.station().equals(station)))
                .forEach(claim -> store.documents().findBySha256(claim.sha256())
                        .ifPresent(document -> others.put(document.id(), holding(claim))));
        return others;
    }

    /**
     * How other workstations validated an invoice that this one validated differently, with the fields
     * whose values differ; none when it is not in conflict. Validating it again decides between them.
     */
    public List<OtherValidation> otherValidations(long documentId) {
        List<Incoming.OtherVersion> others = store.replica().others(documentId);
        if (others.isEmpty()) {
            return List.of();
        }
        Map<FieldKey, FieldValue> ours = store.recognitions().load(documentId).map(Recognition::fields).orElse(Map.of());
        List<OtherValidation> validations = new ArrayList<>();
        for (Incoming.OtherVersion other : others) {
            validations.add(new OtherValidation(other.actor(), other.station(), instant(other.at()), differences(other.record(), ours)));
        }
        return validations;
    }

    private static List<OtherValidation.Difference> differences(JsonNode record, Map<FieldKey, FieldValue> ours) {
        Map<FieldKey, String> theirs = new HashMap<>();
        for (JsonNode field : record.path("fields")) {
            FieldKey.fromKey(field.path("field_key").asText("")).ifPresent(key -> theirs.put(key, field.path("value").asText("")));
        }
        List<OtherValidation.Difference> differences = new ArrayList<>();
        for (FieldKey key : FieldKey.values()) {
            String their = theirs.getOrDefault(key, "");
            String our = Optional.ofNullable(ours.get(key)).map(FieldValue::value).orElse("");
            if (!their.equals(our)) {
                differences.add(new OtherValidation.Difference(key, their, our));
            }
        }
        return differences;
    }

    private static Instant instant(String at) {
        try {
            return at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Optional<Holding> claim(String sha256) {
        Claims in = claims();
        if (in == null) {
            return Optional.empty();
        }
        try {
            return in.claim(sha256, operator).map(Sharing::holding);
        } catch (SharedUnreachable e) {
            log.debug("Invoice not claimed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void release(String sha256) {
        release(claims(), sha256);
    }

    private void release(Claims in, String sha256) {
        if (in == null) {
            return;
        }
        try {
            in.release(sha256, operator);
        } catch (SharedUnreachable e) {
            // The claim lapses on its own.
            log.debug("Invoice not let go: {}", e.getMessage());
        }
    }

    private void renew() {
        String open;
        synchronized (this) {
            open = held;
        }
        if (open != null) {
            claim(open);
        }
    }

    private synchronized Claims claims() {
        return claims;
    }

    private static Holding holding(Claims.Claim claim) {
        return new Holding(claim.holder(), claim.station(), claim.expires());
    }

    // Called with the lock held.
    private void connect() {
        if (settings == null) {
            publish(SharingState.localOnly());
            return;
        }
        publish(new SharingState(SharingState.Link.CONNECTING, store.outbox().waiting(), null, null));
        try {
            shared = SharedDatabase.open(settings);
        } catch (SharedUnreachable e) {
            // Work goes on locally; the status bar says why, and Settings takes another address.
            log.warn("Not sharing: {}", e.getMessage());
            publish(new SharingState(SharingState.Link.OFFLINE, store.outbox().waiting(), null, e.getMessage()));
            return;
        }
        claims = new Claims(shared, store.outbox().station());
        SharedDatabase mine = shared;
        worker = new SyncWorker(store, shared, next -> {
            // A worker stopped by a restart may still speak once: only the current one is heard.
            if (currentIs(mine)) {
                publish(of(next));
            }
        }).start();
    }

    private boolean currentIs(SharedDatabase database) {
        return shared == database;
    }

    /**
     * Stops sharing with the database it shares with now, letting go of the open invoice there. The network
     * and the worker's end are waited for outside the lock, so that opening an invoice never waits on them.
     */
    private void disconnect() {
        SyncWorker stopping;
        SharedDatabase closing;
        Claims releasing;
        String open;
        synchronized (this) {
            stopping = worker;
            closing = shared;
            releasing = claims;
            open = held;
            worker = null;
            shared = null;
            claims = null;
        }
        if (stopping != null) {
            if (open != null) {
                release(releasing, open);
            }
            stopping.close();
            closing.close();
        }
    }

    private static SharingState of(SyncState sync) {
        return new SharingState(switch (sync.connection()) {
            case LOCAL_ONLY -> SharingState.Link.LOCAL_ONLY;
            case CONNECTING -> SharingState.Link.CONNECTING;
            case ONLINE -> SharingState.Link.ONLINE;
            case OFFLINE -> SharingState.Link.OFFLINE;
        }, sync.waiting(), sync.lastExchange(), sync.problem());
    }

    private void publish(SharingState next) {
        state.set(next);
        for (Consumer<SharingState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.warn("A sharing listener failed", e);
            }
        }
    }

    /** Lets go of the open invoice and stops sharing; what waits stays in the outbox for the next start. */
    @Override
    public void close() {
        renewals.shutdownNow();
        letGo();
        synchronized (lifecycle) {
            disconnect();
            synchronized (this) {
                started = false;
                closed = true;
            }
        }
    }
}
