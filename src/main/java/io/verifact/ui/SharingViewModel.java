package io.verifact.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import io.verifact.workflow.Holding;
import io.verifact.workflow.OtherValidation;
import io.verifact.workflow.Sharing;
import io.verifact.workflow.SharingState;

/**
 * Sharing with colleagues as the window shows it: the status bar's word on the firm's database, the
 * colleague verifying the invoice open and the invoices they hold in the queue, and the other validation
 * of an invoice in conflict. The sharing runs on background threads; what it says comes back to the window's
 * thread here, and only this model writes these properties.
 */
public final class SharingViewModel {

    /** Who holds which invoice is read again after an exchange, at most this often. */
    private static final long CLAIMS_EVERY_MILLIS = 5_000;

    private final Sharing sharing;
    private final Messages messages;
    private final Executor background;
    private final Executor fx;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final Consumer<SharingState> listener;
    private final ReadOnlyObjectWrapper<SharingState> state = new ReadOnlyObjectWrapper<>(SharingState.localOnly());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper();
    private final ObservableMap<Long, Holding> heldByOthers = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Holding> holder = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OtherValidation> others = FXCollections.observableArrayList();
    // Made once: a view listens to these, and they hold their source's changes only while they live.
    private final ObservableMap<Long, Holding> heldByOthersShown = FXCollections.unmodifiableObservableMap(heldByOthers);
    private final ObservableList<OtherValidation> othersShown = FXCollections.unmodifiableObservableList(others);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    /** When who holds what was last asked, on the window's thread like all the rest here. */
    private long claimsRead = Long.MIN_VALUE / 2;
    /** The invoice open, 0 for none; answers about another one come too late and are dropped. */
    private long open;

    /**
     * @param background where the sharing's slow calls run
     * @param fx the window's thread ({@code Platform::runLater}; the caller's own thread in tests)
     */
    public SharingViewModel(Sharing sharing, Messages messages, Locale locale, ZoneId zone, Executor background, Executor fx) {
        this.sharing = sharing;
        this.messages = messages;
        this.background = background;
        this.fx = fx;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.listener = next -> fx.execute(() -> changed(next));
        changed(sharing.state());
    }

    /** Listens to the sharing from now on, until {@link #close()}. */
    public void start() {
        sharing.addListener(listener);
        fx.execute(() -> changed(sharing.state()));
    }

    /** Stops listening; the sharing itself is stopped by whoever started it. */
    public void close() {
        sharing.removeListener(listener);
    }

    /** What the sharing says, on the window's thread: the one place it comes back to. */
    void changed(SharingState next) {
        state.set(next);
        status.set(messages.get("bar.shared." + next.link().name(), next.waiting()));
        detail.set(next.problem() != null ? next.problem()
                : next.link() == SharingState.Link.LOCAL_ONLY ? messages.get("bar.shared.tip.local")
                : next.lastExchange() != null ? messages.get("bar.shared.tip.last", dateTime.format(next.lastExchange()))
                : messages.get("bar.shared.tip.connecting"));
        if (next.link() == SharingState.Link.ONLINE) {
            long now = System.currentTimeMillis();
            if (now - claimsRead >= CLAIMS_EVERY_MILLIS) {
                claimsRead = now;
                refreshClaims();
            }
        } else if (!heldByOthers.isEmpty()) {
            // Offline, nobody can say who holds what.
            heldByOthers.clear();
        }
    }

    /** Reads again which invoices colleagues hold, for the queue. */
    public void refreshClaims() {
        CompletableFuture.supplyAsync(sharing::heldByOthers, background).thenAcceptAsync(held -> {
            heldByOthers.keySet().retainAll(held.keySet());
            heldByOthers.putAll(held);
        }, fx);
    }

    /**
     * The operator opened an invoice: it is claimed, the invoice before is let go, and the banner says
     * who else holds it or how another workstation validated it.
     */
    public void opened(long id) {
        open = id;
        holder.set(null);
        others.clear();
        updateBanner();
        CompletableFuture.supplyAsync(() -> new Opened(sharing.hold(id), sharing.otherValidations(id)), background)
                .thenAcceptAsync(opened -> {
                    if (open == id) {
                        holder.set(opened.holder().orElse(null));
                        others.setAll(opened.others());
                        opened.holder().ifPresentOrElse(h -> heldByOthers.put(id, h), () -> heldByOthers.remove(id));
                        updateBanner();
                    }
                }, fx);
    }

    private record Opened(Optional<Holding> holder, List<OtherValidation> others) {
    }

    /** The operator left the invoice or decided it: colleagues may take it. */
    public void left() {
        open = 0;
        holder.set(null);
        others.clear();
        updateBanner();
        CompletableFuture.runAsync(sharing::letGo, background);
    }

    /**
     * Shares with the database these settings reach from now on, or with none when the URL is blank.
     *
     * @throws IllegalArgumentException when the URL is not a PostgreSQL one; check it with {@link Sharing#accepts}
     */
    public CompletableFuture<Void> restart(String url, String user, char[] password) {
        if (url != null && !url.isBlank() && !Sharing.accepts(url)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        return CompletableFuture.runAsync(() -> sharing.restart(url, user, password), background);
    }

    /** Tries the settings: empty when the database answers and is ready, else what went wrong. */
    public CompletableFuture<Optional<String>> test(String url, String user, char[] password) {
        // Completed on the window's thread, failed or not, so what the caller does next runs there.
        return CompletableFuture.supplyAsync(() -> Sharing.test(url, user, password), background)
                .whenCompleteAsync((result, failure) -> { }, fx);
    }

    private void updateBanner() {
        StringBuilder text = new StringBuilder();
        Holding by = holder.get();
        if (by != null) {
            text.append(heldText(by));
        }
        if (!others.isEmpty()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(messages.get("sharing.conflict"));
            for (OtherValidation other : others) {
                text.append('\n').append(messages.get("sharing.conflict.other", other.operator(),
                        other.at() == null ? "" : dateTime.format(other.at()), differences(other)));
            }
        }
        banner.set(text.toString());
    }

    private String differences(OtherValidation other) {
        if (other.differences().isEmpty()) {
            return messages.get("sharing.conflict.same");
        }
        return String.join("; ", other.differences().stream().map(d -> messages.get("sharing.conflict.difference",
                messages.get("field." + d.field().key()), shown(d.theirs()), shown(d.ours()))).toList());
    }

    private static String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }

    /** "Marie is verifying this invoice (until 10:42)". */
    public String heldText(Holding by) {
        return messages.get("sharing.held", by.operator(), time.format(by.until()));
    }

    public ReadOnlyObjectProperty<SharingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The status bar's word: "Shared: online", "Shared: offline, 3 changes waiting", "Local store only". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong, or when the last exchange was: the status bar's tooltip. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The invoices colleagues are verifying, by document id. */
    public ObservableMap<Long, Holding> heldByOthers() {
        return heldByOthersShown;
    }

    /** The colleague verifying the invoice open, or null when none is. */
    public ReadOnlyObjectProperty<Holding> holderProperty() {
        return holder.getReadOnlyProperty();
    }

    /** How other workstations validated the invoice open, when it is in conflict. */
    public ObservableList<OtherValidation> others() {
        return othersShown;
    }

    /** What the banner over the invoice says of colleagues, empty when nothing. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public String getBanner() {
        return banner.get();
    }
}
