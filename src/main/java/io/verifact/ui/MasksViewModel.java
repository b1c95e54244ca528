package io.verifact.ui;

import io.verifact.model.Box;
import io.verifact.model.Mask;
import io.verifact.model.MaskChange;
import io.verifact.model.Supplier;
import io.verifact.model.Zone;
import io.verifact.workflow.Teaching;
import io.verifact.workflow.Verification;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The suppliers' masks: each supplier with its masks, a mask's history, a version drawn over the
 * invoice it was made on, and the changes an operator can make (restore a version, delete the mask),
 * each tried on the supplier's earlier invoices before it is kept. Store work runs on {@code work};
 * results come back on {@code fx}.
 */
final class MasksViewModel {

    /** A supplier of the register with its masks, those in use first. */
    record SupplierMasks(Supplier supplier, List<MaskEntry> masks) {
    }

    /**
     * One mask as the list shows it.
     *
     * @param number its number among the supplier's masks, from 1
     */
    record MaskEntry(Supplier supplier, Mask mask, int number, boolean deleted) {
    }

    /**
     * One version of a mask in its history.
     *
     * @param invoice the stored invoice it was made on, when it is in this store
     */
    record Version(MaskChange change, Optional<Teaching.InvoiceFile> invoice) {
    }

    /**
     * A version drawn over the invoice it was made on: its pages, and its zones.
     *
     * @param turns how far each page was turned to be read, by page number (pages read as scanned left out): it is
     *        shown so, as it was when the zones were taught on it
     */
    record Drawing(Version version, List<Image> pages, List<Zone> zones, Map<Integer, Integer> turns) {

        /** How far the page is shown turned, in quarter turns clockwise. */
        int turnsOf(int page) {
            return turns.getOrDefault(page, 0);
        }

        /** Where the zone stands on the page as scanned, which the viewer turns with the page: it was kept where it stands upright. */
        Box onPageAsScanned(Zone zone, int page) {
            return zone.box().turned(-turnsOf(page));
        }
    }

    /** What the operator is about to do to the mask, or only trying. */
    enum Change { TRY, RESTORE, DELETE }

    /** A change tried on the supplier's earlier invoices, waiting to be kept or dropped. */
    record Proposal(Change change, MaskEntry mask, Version version, Teaching.Trial trial) {
    }

    /** Invoices whose pages stay rendered. */
    private static final int RENDERED_KEPT = 4;

    private final Teaching teaching;
    private final Verification verification;
    private final Executor work;
    private final Executor fx;
    private final ObservableList<SupplierMasks> suppliers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MaskEntry> mask = new ReadOnlyObjectWrapper<>(this, "mask");
    private final ObservableList<Version> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Version> version = new ReadOnlyObjectWrapper<>(this, "version");
    private final ReadOnlyObjectWrapper<Drawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    private final ReadOnlyObjectWrapper<Proposal> proposal = new ReadOnlyObjectWrapper<>(this, "proposal");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /**
     * Pages rendered, by stored invoice, so that going through a history draws each invoice once; the
     * invoices seen last only, as a page is some 9 MB and the operator may go through every supplier.
     */
    private final Map<Long, Rendered> rendered = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Rendered> eldest) {
            return size() > RENDERED_KEPT;
        }
    };

    /** An invoice's pages as rendered, and how far each was turned to be read. */
    private record Rendered(List<Image> pictures, Map<Integer, Integer> turns) {
    }

    MasksViewModel(Teaching teaching, Verification verification, Executor work, Executor fx) {
        this.teaching = teaching;
        this.verification = verification;
        this.work = work;
        this.fx = fx;
    }

    /** Every supplier with masks, in use or deleted, by name. */
    ObservableList<SupplierMasks> suppliers() {
        return suppliers;
    }

    /** The mask chosen, or null. */
    ReadOnlyObjectProperty<MaskEntry> maskProperty() {
        return mask.getReadOnlyProperty();
    }

    /** The chosen mask's versions, oldest first. */
    ObservableList<Version> history() {
        return history;
    }

    /** The version chosen in the history: the latest when a mask is chosen. */
    ReadOnlyObjectProperty<Version> versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The chosen version over the invoice it was made on; null while it is being drawn or when that invoice is not here. */
    ReadOnlyObjectProperty<Drawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** The change tried and waiting to be kept, or null. */
    ReadOnlyObjectProperty<Proposal> proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last change failed, in words; empty when none did. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the chosen version can be restored: an earlier one, or any of a deleted mask. */
    boolean canRestore() {
        Version chosen = version.get();
        return chosen != null && mask.get() != null && !busy.get()
                && (mask.get().deleted() || chosen.change().version() != history.getLast().change().version());
    }

    boolean canDelete() {
        return mask.get() != null && !mask.get().deleted() && !busy.get();
    }

    /** Reads the masks again, keeping the mask chosen when it is still there, else choosing the first. */
    CompletableFuture<Void> refresh() {
        String chosen = mask.get() == null ? null : mask.get().mask().id();
        return run(this::readSuppliers, read -> {
            suppliers.setAll(read);
            List<MaskEntry> all = read.stream().flatMap(s -> s.masks().stream()).toList();
            return choose(all.stream().filter(m -> m.mask().id().equals(chosen)).findFirst().or(() -> all.stream().findFirst()).orElse(null));
        });
    }

    /** Chooses a mask: its history, its latest version drawn. */
    CompletableFuture<Void> choose(MaskEntry chosen) {
        proposal.set(null);
        problem.set("");
        mask.set(chosen);
        if (chosen == null) {
            history.clear();
            version.set(null);
            drawing.set(null);
            return CompletableFuture.completedFuture(null);
        }
        return run(() -> teaching.history(chosen.mask().id()).stream()
                .map(change -> new Version(change, teaching.file(invoiceOf(change, chosen.mask())))).toList(), versions -> {
                    if (mask.get() != chosen) {
                        return CompletableFuture.completedFuture(null);
                    }
                    history.setAll(versions);
                    return chooseVersion(versions.isEmpty() ? null : versions.getLast());
                });
    }

    /** Chooses a version of the mask's history and draws it over the invoice it was made on. */
    CompletableFuture<Void> chooseVersion(Version chosen) {
        proposal.set(null);
        version.set(chosen);
        drawing.set(null);
        if (chosen == null || chosen.invoice().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        long id = chosen.invoice().get().documentId();
        Rendered pages = rendered.get(id);
        if (pages != null) {
            drawing.set(new Drawing(chosen, pages.pictures(), chosen.change().zones(), pages.turns()));
            return CompletableFuture.completedFuture(null);
        }
        return run(() -> new Rendered(verification.render(id, Verification.VIEW_DPI, InvoiceLoader.MAX_PAGES).stream().map(FxImages::of).toList(),
                verification.readingTurns(id)), made -> {
            rendered.put(id, made);
            if (version.get() == chosen) {
                drawing.set(new Drawing(chosen, made.pictures(), chosen.change().zones(), made.turns()));
            }
            return CompletableFuture.completedFuture(null);
        });
    }

    /** Tries the chosen version on the supplier's earlier invoices, to see what it reads differently. */
    CompletableFuture<Void> tryVersion() {
        return propose(Change.TRY);
    }

    /** Tries restoring the chosen version first; {@link #keep()} restores it. */
    CompletableFuture<Void> proposeRestore() {
        return canRestore() ? propose(Change.RESTORE) : CompletableFuture.completedFuture(null);
    }

    /** Tries reading without the mask first; {@link #keep()} deletes it. */
    CompletableFuture<Void> proposeDelete() {
        return canDelete() ? propose(Change.DELETE) : CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> propose(Change change) {
        MaskEntry on = mask.get();
        Version chosen = version.get();
        if (on == null || chosen == null) {
            return CompletableFuture.completedFuture(null);
        }
        List<Zone> zones = change == Change.DELETE ? List.of() : chosen.change().zones();
        proposal.set(null);
        return run(() -> teaching.trial(on.mask().id(), zones), trial -> {
            if (mask.get() == on && version.get() == chosen) {
                proposal.set(new Proposal(change, on, chosen, trial));
            }
            return CompletableFuture.completedFuture(null);
        });
    }

    /** Drops the change tried. */
    void dismiss() {
        proposal.set(null);
    }

    /**
     * Makes the change tried: restores the version or deletes the mask, then reads the masks again.
     * Completes with the mask as it now stands, or empty when there was nothing to keep.
     */
    CompletableFuture<Optional<Mask>> keep() {
        Proposal kept = proposal.get();
        if (kept == null || kept.change() == Change.TRY) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String id = kept.mask().mask().id();
        AtomicReference<Optional<Mask>> after = new AtomicReference<>(Optional.empty());
        return run(() -> {
            if (kept.change() == Change.RESTORE) {
                return Optional.of(teaching.restore(id, kept.version().change().version()));
            }
            teaching.delete(id);
            return Optional.<Mask>empty();
        }, done -> {
            after.set(done);
            proposal.set(null);
            return refresh();
        }).thenApply(refreshed -> after.get());
    }

    private List<SupplierMasks> readSuppliers() {
        Map<String, List<MaskEntry>> bySupplier = new LinkedHashMap<>();
        Map<String, Supplier> known = new HashMap<>();
        List<Mask> inUse = teaching.masks(Optional.empty());
        List<Mask> deleted = teaching.deletedMasks();
        for (List<Mask> masks : List.of(inUse, deleted)) {
            for (Mask each : masks) {
                Supplier owner = known.computeIfAbsent(each.supplierId(), id -> teaching.supplier(id)
                        .orElse(new Supplier(id, id, List.of())));
                List<MaskEntry> entries = bySupplier.computeIfAbsent(owner.id(), id -> new ArrayList<>());
                entries.add(new MaskEntry(owner, each, entries.size() + 1, masks == deleted));
            }
        }
        return bySupplier.entrySet().stream().map(e -> new SupplierMasks(known.get(e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(s -> s.supplier().name(), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The invoice a version was made on; a deletion names none, so the mask's own. */
    private static String invoiceOf(MaskChange change, Mask mask) {
        return Objects.requireNonNullElse(change.invoice(), mask.taughtOn());
    }

    /** Runs store work on the work thread, then what follows on the JavaFX thread, busy meanwhile; a failure is told in words. */
    private <T> CompletableFuture<Void> run(java.util.function.Supplier<T> task, Function<T, CompletableFuture<?>> then) {
        busy.set(true);
        problem.set("");
        return CompletableFuture.supplyAsync(task, work).thenComposeAsync(then::apply, fx)
                .handleAsync((done, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        problem.set(Failures.reason(failure));
                    }
                    return null;
                }, fx);
    }
}
