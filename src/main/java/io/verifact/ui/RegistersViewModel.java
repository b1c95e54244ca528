package io.verifact.ui;

import io.verifact.model.Address;
import io.verifact.model.Dossier;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.workflow.Registers;
import io.verifact.workflow.SupplierProposal;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The registers as the operator edits them: the suppliers and the client files, each listed with a
 * search, one of each in a form. The form is the text the operator typed; saving reads it (an identifier
 * that fails its check, a second supplier with the same SIREN, a keyword too short: each said in words,
 * nothing saved) and keeps exactly what it shows. Store work runs on {@code work}; results come back on {@code fx}.
 */
final class RegistersViewModel {

    /** The identifiers a supplier's form asks for, in the register's order. */
    static final List<SupplierId.Kind> SUPPLIER_KINDS = List.of(SupplierId.Kind.values());
    /** The identifiers a client file's form asks for: those printed for a buyer. */
    static final List<SupplierId.Kind> DOSSIER_KINDS = List.of(SupplierId.Kind.VAT, SupplierId.Kind.SIREN, SupplierId.Kind.SIRET,
            SupplierId.Kind.NATIONAL, SupplierId.Kind.IBAN, SupplierId.Kind.PHONE);

    /** Two texts that go together: a client file and the supplier's account in it, or an account and the one it maps to. */
    static final class Line {
        final StringProperty key = new SimpleStringProperty(this, "key", "");
        final StringProperty value = new SimpleStringProperty(this, "value", "");

        Line(String key, String value) {
            this.key.set(key);
            this.value.set(value);
        }
    }

    /**
     * What one form shows, as typed: texts by name, a flag (blocked, the firm itself) and lines (accounts,
     * mappings). It knows whether anything was changed since it was filled.
     */
    static final class Form {
        private final Map<String, StringProperty> texts = new LinkedHashMap<>();
        final BooleanProperty flag = new SimpleBooleanProperty(this, "flag");
        final ObservableList<Line> lines = FXCollections.observableArrayList(line -> new Observable[] {line.key, line.value});
        private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
        private List<String> filled = List.of();

        Form(List<String> names) {
            for (String name : names) {
                StringProperty text = new SimpleStringProperty(this, name, "");
                text.addListener((obs, was, now) -> compare());
                texts.put(name, text);
            }
            flag.addListener((obs, was, now) -> compare());
            lines.addListener((javafx.collections.ListChangeListener<Line>) change -> compare());
        }

        StringProperty text(String name) {
            return Objects.requireNonNull(texts.get(name), name);
        }

        String get(String name) {
            return text(name).get().strip();
        }

        ReadOnlyBooleanProperty changedProperty() {
            return changed.getReadOnlyProperty();
        }

        /** What the form now holds counts as unchanged. */
        void settle() {
            filled = snapshot();
            changed.set(false);
        }

        private void compare() {
            changed.set(!snapshot().equals(filled));
        }

        private List<String> snapshot() {
            List<String> all = new ArrayList<>();
            texts.values().forEach(t -> all.add(Objects.requireNonNullElse(t.get(), "").strip()));
            all.add(Boolean.toString(flag.get()));
            lines.forEach(l -> all.add(Objects.requireNonNullElse(l.key.get(), "") + "\u0000" + Objects.requireNonNullElse(l.value.get(), "").strip()));
            return all;
        }
    }

    /** One side of the window: a register, its search, the one chosen and its form. */
    abstract static class Side<T> {
        private final ObservableList<T> all = FXCollections.observableArrayList();
        private final FilteredList<T> shown = new FilteredList<>(all);
        final StringProperty search = new SimpleStringProperty(this, "search", "");
        private final ReadOnlyObjectWrapper<T> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
        final Form form;

        Side(List<String> texts) {
            form = new Form(texts);
            search.addListener((obs, was, now) -> shown.setPredicate(matching(now)));
        }

        /** The register as the search leaves it. */
        ObservableList<T> shown() {
            return shown;
        }

        ObservableList<T> all() {
            return all;
        }

        /** The one in the form; null while a new one is being written, or before any is chosen. */
        ReadOnlyObjectProperty<T> chosenProperty() {
            return chosen.getReadOnlyProperty();
        }

        void show(T one) {
            chosen.set(one);
            fill(one);
            form.settle();
        }

        private Predicate<T> matching(String typed) {
            String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
            return wanted.isEmpty() ? one -> true : one -> words(one).toLowerCase(Locale.ROOT).contains(wanted);
        }

        /** What the search looks in. */
        abstract String words(T one);

        /** Fills the form with the one given, or empties it for a new one when null. */
        abstract void fill(T one);
    }

    private final Registers registers;
    private final Executor work;
    private final Executor fx;
    private final Side<Supplier> suppliers = new Side<>(List.of("name", "ref", "vat", "siren", "siret", "national", "iban", "bank",
            "phone", "fax", "email", "street", "postcode", "city", "country", "currency", "vat_rate", "keywords")) {
        @Override
        String words(Supplier s) {
            return String.join(" ", s.name(), s.code(), s.address().city(), String.join(" ", s.identifiers().stream().map(SupplierId::value).toList()));
        }

        @Override
        void fill(Supplier s) {
            fillSupplier(s == null ? new Supplier("", "", List.of()) : s);
        }
    };
    private final Side<Dossier> dossiers = new Side<>(List.of("name", "ref", "vat", "siren", "siret", "national", "iban", "phone",
            "street", "postcode", "city", "country", "account_prefix", "account_length")) {
        @Override
        String words(Dossier d) {
            return String.join(" ", d.name(), d.code(), d.address().city(), String.join(" ", d.identifiers().stream().map(SupplierId::value).toList()));
        }

        @Override
        void fill(Dossier d) {
            fillDossier(d == null ? new Dossier("", "") : d);
        }
    };
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper(this, "done", "");
    private final ReadOnlyObjectWrapper<Supplier> existing = new ReadOnlyObjectWrapper<>(this, "existing");
    private final Messages messages;
    /** Told of the supplier saved from a proposal, to give it to the invoice it was proposed for; null otherwise. */
    private Consumer<Supplier> proposedFor;

    RegistersViewModel(Registers registers, Messages messages, Executor work, Executor fx) {
        this.registers = registers;
        this.messages = messages;
        this.work = work;
        this.fx = fx;
    }

    Side<Supplier> suppliers() {
        return suppliers;
    }

    Side<Dossier> dossiers() {
        return dossiers;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last save or import was refused, in words; empty when it was not. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last save, import or export did, in words. */
    ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** The supplier a refused save would have duplicated, for the operator to go to; null when none. */
    ReadOnlyObjectProperty<Supplier> existingProperty() {
        return existing.getReadOnlyProperty();
    }

    /** Reads both registers, keeping the one chosen on each side when it is still there, else choosing the first. */
    CompletableFuture<Boolean> refresh() {
        return run(() -> new Read(registers.suppliers(), registers.dossiers()), read -> {
            reload(suppliers, read.suppliers(), Supplier::id);
            reload(dossiers, read.dossiers(), Dossier::id);
            return CompletableFuture.completedFuture(null);
        });
    }

    private record Read(List<Supplier> suppliers, List<Dossier> dossiers) {
    }

    private static <T> void reload(Side<T> side, List<T> read, Function<T, String> id) {
        T was = side.chosen.get();
        boolean writingNew = was == null && side.form.changed.get();
        side.all.setAll(read);
        if (writingNew) {
            return;
        }
        Optional<T> again = was == null ? Optional.empty() : read.stream().filter(t -> id.apply(t).equals(id.apply(was))).findFirst();
        side.show(again.orElse(read.isEmpty() ? null : read.getFirst()));
    }

    /** Shows a supplier in the form; what the form held unsaved is dropped (the window asks first). */
    void choose(Supplier supplier) {
        clearNews();
        proposedFor = null;
        suppliers.show(supplier);
    }

    void choose(Dossier dossier) {
        clearNews();
        dossiers.show(dossier);
    }

    /** An empty form for a supplier the register does not have yet. */
    void newSupplier() {
        choose((Supplier) null);
    }

    void newDossier() {
        choose((Dossier) null);
    }

    /**
     * The form filled with a supplier an invoice shows and the register lacks; saving creates it and
     * hands it to {@code created}, which gives it to the invoice.
     */
    void propose(SupplierProposal proposal, Consumer<Supplier> created) {
        choose((Supplier) null);
        fillSupplier(proposal.draft());
        // A proposal is a change to save: closing asks about it like any other.
        proposedFor = created;
        proposal.existing().ifPresent(other -> {
            existing.set(other);
            problem.set(messages.get("registers.repeats", other.name()));
        });
    }

    /** Puts the supplier's form back as it was filled; a supplier proposed from an invoice is dropped. */
    void revertSupplier() {
        clearNews();
        proposedFor = null;
        suppliers.show(suppliers.chosen.get());
    }

    /** Puts the client file's form back as it was filled. */
    void revertDossier() {
        clearNews();
        dossiers.show(dossiers.chosen.get());
    }

    /** Keeps the supplier as the form shows it; completes with whether it was kept. */
    CompletableFuture<Boolean> saveSupplier() {
        clearNews();
        Form form = suppliers.form;
        List<String> problems = new ArrayList<>();
        List<SupplierId> ids = identifiers(form, SUPPLIER_KINDS, problems);
        if (!problems.isEmpty()) {
            problem.set(String.join("\n", problems));
            return CompletableFuture.completedFuture(false);
        }
        Map<String, String> accounts = new LinkedHashMap<>();
        form.lines.stream().filter(l -> !blank(l.value.get())).forEach(l -> accounts.put(Objects.requireNonNullElse(l.key.get(), ""), l.value.get().strip()));
        Supplier was = suppliers.chosen.get();
        Supplier edited = new Supplier(was == null ? "" : was.id(), form.get("ref"), form.get("name"), ids,
                form.get("keywords").lines().map(String::strip).filter(k -> !k.isEmpty()).toList(),
                new Address(form.get("street"), form.get("postcode"), form.get("city"), form.get("country")), form.get("email"),
                form.get("currency"), form.get("vat_rate"), form.flag.get(), accounts);
        Consumer<Supplier> then = proposedFor;
        return save(() -> registers.saveSupplier(edited), saved -> {
            proposedFor = null;
            done.set(messages.get(was == null ? "registers.created" : "registers.saved", saved.name()));
            if (then != null) {
                then.accept(saved);
            }
            return after(suppliers, registers::suppliers, saved, Supplier::id);
        });
    }

    /** Keeps the client file as the form shows it; completes with whether it was kept. */
    CompletableFuture<Boolean> saveDossier() {
        clearNews();
        Form form = dossiers.form;
        List<String> problems = new ArrayList<>();
        List<SupplierId> ids = identifiers(form, DOSSIER_KINDS, problems);
        int length = 0;
        if (!form.get("account_length").isEmpty()) {
            try {
                length = Integer.parseInt(form.get("account_length"));
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0 || length > 40) {
                problems.add(messages.get("registers.length", form.get("account_length")));
            }
        }
        if (!problems.isEmpty()) {
            problem.set(String.join("\n", problems));
            return CompletableFuture.completedFuture(false);
        }
        Map<String, String> mappings = new LinkedHashMap<>();
        form.lines.stream().filter(l -> !blank(l.key.get()) || !blank(l.value.get()))
                .forEach(l -> mappings.put(Objects.requireNonNullElse(l.key.get(), "").strip(), Objects.requireNonNullElse(l.value.get(), "").strip()));
        Dossier was = dossiers.chosen.get();
        Dossier edited = new Dossier(was == null ? "" : was.id(), form.get("ref"), form.get("name"), ids,
                new Address(form.get("street"), form.get("postcode"), form.get("city"), form.get("country")),
                form.get("account_prefix"), length, form.flag.get(), mappings);
        return save(() -> registers.saveDossier(edited), saved -> {
            done.set(messages.get(was == null ? "registers.created" : "registers.saved", saved.name()));
            return after(dossiers, registers::dossiers, saved, Dossier::id);
        });
    }

    /** Shows the supplier a refused save would have duplicated. */
    void goToExisting() {
        Supplier other = existing.get();
        if (other != null) {
            suppliers.search.set("");
            choose(suppliers.all.stream().filter(s -> s.id().equals(other.id())).findFirst().orElse(other));
        }
    }

    /** Imports a CSV file of suppliers, or of client files, and says what it did. */
    CompletableFuture<Boolean> importFile(Path file, boolean ofSuppliers) {
        clearNews();
        return save(() -> {
            try {
                return ofSuppliers ? registers.importSuppliers(file) : registers.importDossiers(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(messages.get("registers.unreadable", file.getFileName(), Objects.requireNonNullElse(e.getMessage(), "")), e);
            }
        }, report -> {
            done.set(messages.get("registers.imported", file.getFileName(), report.created(), report.updated(), report.unchanged(), report.refused()));
            problem.set(String.join("\n", report.problems()));
            return refresh();
        });
    }

    /** Writes the suppliers, or the client files, to a CSV file the firm's accounting system reads. */
    CompletableFuture<Boolean> exportFile(Path file, boolean ofSuppliers) {
        clearNews();
        return save(() -> {
            try (Writer csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                if (ofSuppliers) {
                    registers.exportSuppliers(csv);
                } else {
                    registers.exportDossiers(csv);
                }
                return file;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(messages.get("registers.unwritable", file, Objects.requireNonNullElse(e.getMessage(), "")), e);
            }
        }, written -> {
            done.set(messages.get("registers.exported", ofSuppliers ? suppliers.all.size() : dossiers.all.size(), written.getFileName()));
            return CompletableFuture.completedFuture(null);
        });
    }

    private void fillSupplier(Supplier s) {
        Form form = suppliers.form;
        form.text("name").set(s.name());
        form.text("ref").set(s.ref());
        SUPPLIER_KINDS.forEach(kind -> form.text(kind.key()).set(String.join(", ", s.identifiers(kind))));
        form.text("email").set(s.email());
        address(form, s.address());
        form.text("currency").set(s.currency());
        form.text("vat_rate").set(s.vatRate());
        form.text("keywords").set(String.join("\n", s.keywords()));
        form.flag.set(s.blocked());
        // Every file's account first, then each client file's.
        List<Line> accounts = new ArrayList<>();
        accounts.add(new Line(Supplier.ANY_FILE, s.accounts().getOrDefault(Supplier.ANY_FILE, "")));
        s.accounts().entrySet().stream().filter(e -> !e.getKey().equals(Supplier.ANY_FILE)).sorted(Map.Entry.comparingByKey())
                .forEach(e -> accounts.add(new Line(e.getKey(), e.getValue())));
        form.lines.setAll(accounts);
    }

    private void fillDossier(Dossier d) {
        Form form = dossiers.form;
        form.text("name").set(d.name());
        form.text("ref").set(d.ref());
        DOSSIER_KINDS.forEach(kind -> form.text(kind.key()).set(String.join(", ",
                d.identifiers().stream().filter(i -> i.kind() == kind).map(SupplierId::value).toList())));
        address(form, d.address());
        form.text("account_prefix").set(d.accountPrefix());
        form.text("account_length").set(d.accountLength() == 0 ? "" : Integer.toString(d.accountLength()));
        form.flag.set(d.firm());
        form.lines.setAll(d.mappings().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new Line(e.getKey(), e.getValue())).toList());
    }

    private static void address(Form form, Address address) {
        form.text("street").set(address.street());
        form.text("postcode").set(address.postcode());
        form.text("city").set(address.city());
        form.text("country").set(address.country());
    }

    private static List<SupplierId> identifiers(Form form, List<SupplierId.Kind> kinds, List<String> problems) {
        List<SupplierId> ids = new ArrayList<>();
        for (SupplierId.Kind kind : kinds) {
            Registers.Typed typed = Registers.typed(kind, form.get(kind.key()));
            ids.addAll(typed.identifiers());
            problems.addAll(typed.problems());
        }
        return ids;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void clearNews() {
        problem.set("");
        done.set("");
        existing.set(null);
    }

    /** After a save: the register read again, the one saved chosen in it. */
    private <T> CompletableFuture<?> after(Side<T> side, java.util.function.Supplier<List<T>> read, T saved, Function<T, String> id) {
        return CompletableFuture.supplyAsync(read, work).thenAcceptAsync(all -> {
            side.all.setAll(all);
            side.show(all.stream().filter(t -> id.apply(t).equals(id.apply(saved))).findFirst().orElse(saved));
        }, fx);
    }

    /** Work the store may refuse. */
    @FunctionalInterface
    private interface Refusable<T> {
        T get() throws Registers.Refused;
    }

    /** Runs store work that may be refused; a refusal is said in words, with the supplier it would have repeated. */
    private <T> CompletableFuture<Boolean> save(Refusable<T> task, Function<T, CompletableFuture<?>> then) {
        return run(() -> {
            try {
                return task.get();
            } catch (Registers.Refused refused) {
                throw new java.util.concurrent.CompletionException(refused);
            }
        }, then);
    }

    /**
     * Runs store work on the work thread, then what follows on the JavaFX thread, busy meanwhile; a
     * failure is told in words. Completes with whether it all went through.
     */
    private <T> CompletableFuture<Boolean> run(java.util.function.Supplier<T> task, Function<T, CompletableFuture<?>> then) {
        busy.set(true);
        return CompletableFuture.supplyAsync(task, work).thenComposeAsync(then::apply, fx)
                .handleAsync((result, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        if (cause instanceof Registers.Refused refused) {
                            refused.existing().ifPresent(existing::set);
                        }
                        problem.set(Failures.reason(cause));
                    }
                    return failure == null;
                }, fx);
    }
}
