package io.verifact.ui;

import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.CustomField;
import io.verifact.model.FieldKey;
import io.verifact.model.Supplier;
import io.verifact.workflow.Invoice;
import io.verifact.workflow.Teaching;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A zone the operator drew on the page: what it reads for the field chosen, the value to put in that
 * field (as read, or typed over), and whether to teach the supplier's mask with it or to fix this
 * invoice only. Zones are read on {@code reads}, masks taught on {@code work}; results come back on
 * {@code fx}.
 */
final class ZoneViewModel {

    /** Where the zone was drawn: on which invoice, which page, and the rectangle in fractions of the page. */
    record Drawn(Invoice invoice, int page, Box box) {
    }

    /** How many rows of the VAT breakdown a zone can be taught for. */
    static final int VAT_ROWS = 3;

    private final Teaching teaching;
    private final InvoiceViewModel form;
    private final Messages messages;
    private final Executor reads;
    private final Executor work;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<Drawn> drawn = new ReadOnlyObjectWrapper<>(this, "drawn");
    private final ObjectProperty<String> field = new SimpleObjectProperty<>(this, "field");
    private final ObservableList<String> choices = FXCollections.observableArrayList(standardChoices());
    private final ReadOnlyObjectWrapper<Supplier> supplier = new ReadOnlyObjectWrapper<>(this, "supplier");
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<Supplier> teachFor = new SimpleObjectProperty<>(this, "teachFor");
    private final ReadOnlyObjectWrapper<Teaching.ZoneRead> read = new ReadOnlyObjectWrapper<>(this, "read");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** Counts the readings asked for, so that a reading overtaken by another is dropped. */
    private long readings;

    ZoneViewModel(Teaching teaching, InvoiceViewModel form, Messages messages, Executor reads, Executor work, Executor fx) {
        this.teaching = teaching;
        this.form = form;
        this.messages = messages;
        this.reads = reads;
        this.work = work;
        this.fx = fx;
        field.addListener((property, before, now) -> readAgain());
    }

    /** The field a zone is for at first: the one the operator is on, else the one read where the zone is drawn, else the first. */
    static FieldKey fieldFor(InvoiceViewModel form, int page, Box zone) {
        FieldKey current = form.currentProperty().get();
        if (current != null) {
            return current;
        }
        return form.rows().stream().filter(r -> r.box() != null && r.page() == page && r.box().overlaps(zone))
                .max(java.util.Comparator.comparingDouble(r -> r.box().sharedArea(zone))).map(FieldRow::key)
                .orElse(InvoiceViewModel.ORDER.getFirst());
    }

    /** The box of the word at a point of a page, in fractions of the page, if a word stands there. */
    static Optional<Box> wordAt(Invoice invoice, int page, double x, double y) {
        return invoice.pages().stream().filter(p -> p.number() == page).flatMap(p -> p.words().stream())
                .map(io.verifact.model.Word::box).filter(b -> b.x0() <= x && x <= b.x1() && b.y0() <= y && y <= b.y1())
                .findFirst();
    }

    /** The zone being looked at, or null when the panel is closed. */
    ReadOnlyObjectProperty<Drawn> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    Drawn drawn() {
        return drawn.get();
    }

    /**
     * The name of the field the zone is for (a standard field's key, {@code vat_row_N} or a custom
     * field's name): the one the operator was on, to change at will; the zone is read again for it.
     */
    ObjectProperty<String> fieldProperty() {
        return field;
    }

    /** The fields a zone can be taught for: the standard ones, the VAT breakdown rows, then the custom fields that apply. */
    ObservableList<String> choices() {
        return choices;
    }

    /** The invoice's supplier as the register knows it; null when it is not identified (or not yet). */
    ReadOnlyObjectProperty<Supplier> supplierProperty() {
        return supplier.getReadOnlyProperty();
    }

    /**
     * The register's suppliers to teach the zone for, when the invoice's supplier is not identified;
     * empty when it is.
     */
    ObservableList<Supplier> suppliers() {
        return suppliers;
    }

    /** The supplier the operator chose to teach the zone for; null to find it on the invoice (or make it from it). */
    ObjectProperty<Supplier> teachForProperty() {
        return teachFor;
    }

    /** A field's name as the operator reads it: "Gross total", "VAT breakdown row 1", "plate_number". */
    String label(String name) {
        if (name == null) {
            return "";
        }
        return FieldKey.fromKey(name).map(key -> messages.get("field." + key.key()))
                .or(() -> vatRow(name).map(row -> messages.get("zone.field.vatRow", row)))
                .orElse(name);
    }

    /** Whether the field is a standard one, which the value can be put in for this invoice only. */
    boolean standard() {
        return field.get() != null && FieldKey.fromKey(field.get()).isPresent();
    }

    private static Optional<Integer> vatRow(String name) {
        return name.matches("vat_row_[1-9][0-9]?") ? Optional.of(Integer.parseInt(name.substring("vat_row_".length()))) : Optional.empty();
    }

    private static List<String> standardChoices() {
        List<String> all = new ArrayList<>(InvoiceViewModel.ORDER.stream().map(FieldKey::key).toList());
        for (int row = 1; row <= VAT_ROWS; row++) {
            all.add("vat_row_" + row);
        }
        return all;
    }

    /**
     * Adds a custom field, for the invoice's supplier only or for all, and chooses it for the zone.
     * Completes with whether it was added; when it was not, the reason is in {@link #problemProperty()}.
     */
    CompletableFuture<Boolean> addCustomField(String name, FieldKey.Kind kind, boolean thisSupplierOnly) {
        Supplier of = supplier.get() != null ? supplier.get() : teachFor.get();
        problem.set("");
        return CompletableFuture.supplyAsync(() -> teaching.addCustomField(
                        new CustomField(name, kind, thisSupplierOnly && of != null ? of.id() : null)), work)
                .handleAsync((added, failure) -> {
                    if (failure != null) {
                        problem.set(Failures.reason(failure));
                        return false;
                    }
                    if (!choices.contains(added.name())) {
                        choices.add(added.name());
                    }
                    field.set(added.name());
                    return true;
                }, fx);
    }

    private record Found(Optional<Supplier> supplier, List<String> custom, List<Supplier> register, boolean several) {
    }

    /** Finds the invoice's supplier and the custom fields that apply to it, for the choice of field. */
    private void findChoices(Invoice invoice) {
        CompletableFuture.supplyAsync(() -> {
                    Optional<Teaching.Invoice> stored = teaching.invoice(invoice.id());
                    // Several suppliers sharing the invoice's identifier: the operator chooses among them.
                    List<Supplier> several = stored.map(teaching::supplierCandidates).orElse(List.of());
                    Optional<Supplier> found = several.isEmpty() ? stored.flatMap(teaching::supplierOf) : Optional.empty();
                    List<String> custom = teaching.customFields(found.or(() -> several.stream().findFirst()).map(Supplier::id))
                            .stream().map(CustomField::name).toList();
                    List<Supplier> register = !several.isEmpty() ? several : found.isPresent() ? List.of() : teaching.suppliers().stream()
                            .sorted(java.util.Comparator.comparing(Supplier::name, String.CASE_INSENSITIVE_ORDER)).toList();
                    return new Found(found, custom, register, !several.isEmpty());
                }, reads)
                .whenCompleteAsync((found, failure) -> {
                    Drawn now = drawn.get();
                    if (failure != null || now == null || now.invoice().id() != invoice.id()) {
                        return;
                    }
                    supplier.set(found.supplier().orElse(null));
                    suppliers.setAll(found.register());
                    if (found.several()) {
                        teachFor.set(found.register().getFirst());
                    }
                    List<String> all = new ArrayList<>(standardChoices());
                    all.addAll(found.custom());
                    choices.setAll(all);
                }, fx);
    }

    /** What the zone reads for the field; null while it is being read. */
    ReadOnlyObjectProperty<Teaching.ZoneRead> readProperty() {
        return read.getReadOnlyProperty();
    }

    /** The value to put in the field: the reading, or what the operator typed over it. */
    StringProperty valueProperty() {
        return value;
    }

    /** Whether the zone is being read, or its value written or taught. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last action was refused, in words; empty when nothing was. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the value can go into the invoice: it is open and a value was read or typed. */
    boolean canApply() {
        return drawn.get() != null && drawn.get().invoice().open() && read.get() != null && !busy.get() && !value.get().isBlank();
    }

    /** Reads a zone drawn on a page of the invoice for the field, replacing a zone drawn before. */
    void open(Invoice invoice, int page, Box box, FieldKey preselected) {
        open(invoice, page, box, preselected.key());
    }

    /** Reads a zone drawn on a page of the invoice for the field of that name, replacing a zone drawn before. */
    void open(Invoice invoice, int page, Box box, String preselected) {
        Drawn before = drawn.get();
        drawn.set(new Drawn(invoice, page, box));
        value.set("");
        problem.set("");
        if (before == null || before.invoice().id() != invoice.id()) {
            supplier.set(null);
            suppliers.clear();
            teachFor.set(null);
            findChoices(invoice);
        }
        if (java.util.Objects.equals(preselected, field.get())) {
            readAgain();
        } else {
            field.set(preselected);
        }
    }

    /** Closes the panel without changing anything. */
    void cancel() {
        readings++;
        drawn.set(null);
        read.set(null);
        value.set("");
        problem.set("");
        busy.set(false);
    }

    private void readAgain() {
        Drawn zone = drawn.get();
        String key = field.get();
        if (zone == null || key == null) {
            return;
        }
        long reading = ++readings;
        String earlier = read.get() == null ? "" : read.get().value().map(Candidate::value).orElse("");
        read.set(null);
        busy.set(true);
        CompletableFuture.supplyAsync(() -> teaching.invoice(zone.invoice().id())
                        .map(stored -> teaching.read(stored, key, zone.page(), zone.box()))
                        .orElseThrow(() -> new IllegalStateException(messages.get("zone.teach.unread", zone.invoice().fileName()))), reads)
                .whenCompleteAsync((found, failure) -> {
                    if (reading != readings) {
                        return;
                    }
                    busy.set(false);
                    if (failure != null) {
                        problem.set(Failures.reason(failure));
                        return;
                    }
                    if (value.get().isBlank() || value.get().equals(earlier)) {
                        // What the operator typed over a reading stays; a reading replaces only a reading.
                        value.set(found.value().map(Candidate::value).orElse(""));
                    }
                    read.set(found);
                }, fx);
    }

    /**
     * Puts the value into the invoice's field and, when {@code teach} is set, saves the zone in the
     * supplier's mask. Completes with what happened, in the operator's words, or empty when the value
     * was refused (the panel stays open with the reason).
     */
    CompletableFuture<Optional<String>> apply(boolean teach) {
        if (!canApply()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Drawn zone = drawn.get();
        Teaching.ZoneRead reading = read.get();
        String key = field.get();
        String typed = value.get().strip();
        Optional<String> chosen = Optional.ofNullable(supplier.get() == null ? teachFor.get() : null).map(Supplier::id);
        boolean asRead = reading.value().filter(v -> v.value().equals(typed)).isPresent();
        if (!teach && !standard()) {
            problem.set(messages.get("zone.only.standard"));
            return CompletableFuture.completedFuture(Optional.empty());
        }
        busy.set(true);
        problem.set("");
        // A VAT row or a custom field is taught only: the form holds standard fields.
        CompletableFuture<Boolean> put = standard() ? form.fromZone(reading, asRead ? null : typed) : CompletableFuture.completedFuture(true);
        return put.thenComposeAsync(taken -> {
            if (!taken) {
                busy.set(false);
                problem.set(form.errorProperty().get());
                return CompletableFuture.completedFuture(Optional.<String>empty());
            }
            String name = label(key);
            if (!teach) {
                cancel();
                return CompletableFuture.completedFuture(Optional.of(messages.get("zone.set.only", name)));
            }
            return CompletableFuture.supplyAsync(() -> teaching.invoice(zone.invoice().id())
                            .map(stored -> teaching.teach(stored, key, zone.page(), zone.box(), chosen))
                            .orElseThrow(() -> new IllegalStateException(messages.get("zone.teach.unread", zone.invoice().fileName()))), work)
                    .handleAsync((taught, failure) -> {
                        if (failure != null) {
                            busy.set(false);
                            problem.set(Failures.reason(failure));
                            return Optional.<String>empty();
                        }
                        cancel();
                        if (FieldKey.fromKey(key).isEmpty()) {
                            // A custom field or a VAT row was put into the invoice beside the form.
                            form.reload();
                        }
                        return Optional.of(said(name, taught));
                    }, fx);
        }, fx);
    }

    /** What teaching did, as the operator reads it: "Taught: Gross total of Atelier Dupuis, new mask". */
    private String said(String field, Teaching.Taught taught) {
        String supplier = taught.supplier().name();
        String done = taught.newSupplier() ? messages.get("zone.taught.supplier", field, supplier)
                : messages.get(taught.newMask() ? "zone.taught.new" : "zone.taught.added", field, supplier, taught.mask().version());
        return taught.readAgain() == 0 ? done : done + messages.get("zone.taught.reread", taught.readAgain());
    }
}
