package io.verifact.ui;

import io.verifact.model.Candidate;
import io.verifact.model.CheckResult;
import io.verifact.model.Dossier;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.SupplierChoice;
import io.verifact.workflow.Decision;
import io.verifact.workflow.InvalidValue;
import io.verifact.workflow.Invoice;
import io.verifact.workflow.SupplierProposal;
import io.verifact.workflow.Teaching;
import io.verifact.workflow.Verification;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The invoice being verified: its fields as the form shows them, the field the operator is on,
 * corrections with undo and redo, validation and rejection. Store work runs on {@code work}; the
 * results come back on {@code fx}, so typing never waits for the disk.
 */
public final class InvoiceViewModel {

    /** The fields, grouped as an operator reads an invoice, in the order Tab and Enter move through them. */
    public enum Group {
        SUPPLIER(FieldKey.SUPPLIER_NAME, FieldKey.SUPPLIER_VAT, FieldKey.SUPPLIER_SIREN, FieldKey.SUPPLIER_SIRET),
        INVOICE(FieldKey.DOCUMENT_TYPE, FieldKey.INVOICE_NUMBER, FieldKey.INVOICE_DATE, FieldKey.DUE_DATE, FieldKey.PO_NUMBER,
                FieldKey.BUYER_NAME, FieldKey.BUYER_VAT),
        AMOUNTS(FieldKey.CURRENCY, FieldKey.NET_TOTAL, FieldKey.TAX_TOTAL, FieldKey.GROSS_TOTAL, FieldKey.AMOUNT_DUE),
        PAYMENT(FieldKey.SUPPLIER_IBAN, FieldKey.SUPPLIER_BIC);

        private final List<FieldKey> fields;

        Group(FieldKey... fields) {
            this.fields = List.of(fields);
        }

        public List<FieldKey> fields() {
            return fields;
        }
    }

    /** Every field in form order. */
    public static final List<FieldKey> ORDER = java.util.Arrays.stream(Group.values()).flatMap(g -> g.fields().stream()).toList();

    private static final Map<String, List<FieldKey>> CHECKED_FIELDS = Map.of(
            "totals", List.of(FieldKey.NET_TOTAL, FieldKey.TAX_TOTAL, FieldKey.GROSS_TOTAL),
            "vat_breakdown", List.of(FieldKey.NET_TOTAL, FieldKey.TAX_TOTAL),
            "supplier_vat", List.of(FieldKey.SUPPLIER_VAT),
            "buyer_vat", List.of(FieldKey.BUYER_VAT),
            "supplier_iban", List.of(FieldKey.SUPPLIER_IBAN),
            "supplier_siren", List.of(FieldKey.SUPPLIER_SIREN),
            "supplier_siret", List.of(FieldKey.SUPPLIER_SIRET),
            "dates", List.of(FieldKey.INVOICE_DATE, FieldKey.DUE_DATE),
            "amount_due", List.of(FieldKey.AMOUNT_DUE));

    /**
     * How the supplier of the invoice shown was identified, as the form shows it.
     *
     * @param invoiceId the invoice
     * @param supplierId the supplier in the register, or empty when none was found
     * @param supplier the supplier's name, or words saying none was found
     * @param code the id the firm knows the supplier by, or empty
     * @param how how it was found, in words ({@code by VAT number}, {@code chosen by the operator}), or empty
     * @param file the client file the invoice is filed in, or words saying it is in none
     * @param log every step of the identification, in words
     * @param others how many other suppliers matched as well
     * @param choices the register's suppliers to choose from, those that matched first; empty when there is nothing to choose
     */
    public record Identified(long invoiceId, String supplierId, String supplier, String code, String how, String file,
                             List<String> log, int others, List<Choice> choices) {

        public Identified {
            log = List.copyOf(log);
            choices = List.copyOf(choices);
        }

        /** Whether the operator is asked to choose: the supplier is unknown, others matched, or the operator chose it. */
        public boolean choosable() {
            return !choices.isEmpty();
        }
    }

    /**
     * A supplier of the register the operator can choose, as the list shows it.
     *
     * @param matched whether it matched the invoice: the supplier found or one of the others that matched too
     */
    public record Choice(String supplierId, String label, boolean matched) {

        @Override
        public String toString() {
            return label;
        }
    }

    /** One correction, as it can be undone and redone. */
    private record Change(long invoiceId, FieldKey key, FieldValue before, FieldValue after) {
    }

    private final Verification verification;
    private final Messages messages;
    private final Executor work;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<Invoice> invoice = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FieldRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FieldKey> current = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Identified> identified = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    /** The fields the operator confirmed, per invoice: going back to an invoice finds them as they were left. */
    private final Map<Long, Set<FieldKey>> confirmed = new HashMap<>();
    /** The last correction sent, done or not. */
    private CompletableFuture<Boolean> inFlight = CompletableFuture.completedFuture(true);

    public InvoiceViewModel(Verification verification, Messages messages, Executor work, Executor fx) {
        this.verification = verification;
        this.messages = messages;
        this.work = work;
        this.fx = fx;
    }

    public ReadOnlyObjectProperty<Invoice> invoiceProperty() {
        return invoice.getReadOnlyProperty();
    }

    public Invoice invoice() {
        return invoice.get();
    }

    /** The fields in form order, one row each, missing ones included. */
    public ObservableList<FieldRow> rows() {
        return rows;
    }

    /** The field the operator is on. */
    public ObjectProperty<FieldKey> currentProperty() {
        return current;
    }

    /** How the supplier of the invoice shown was identified; null while it is being read, or with no invoice. */
    public ReadOnlyObjectProperty<Identified> identifiedProperty() {
        return identified.getReadOnlyProperty();
    }

    /** Why the last entry was refused, in words; empty when it was taken. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Shows an invoice; corrections of another invoice can no longer be undone from here. */
    public void show(Invoice shown) {
        boolean another = invoice.get() == null || shown == null || invoice.get().id() != shown.id();
        if (another) {
            undo.clear();
            redo.clear();
            current.set(null);
            identified.set(null);
        }
        refresh(shown);
        if (shown != null) {
            identify(shown.id(), () -> verification.identification(shown.id()));
        }
    }

    /**
     * The operator says which supplier the invoice is from: the choice is kept with the invoice and in its
     * audit trail, and the supplier learns the identifiers the invoice shows; the section shows it once written.
     */
    public CompletableFuture<Boolean> chooseSupplier(String supplierId) {
        Invoice on = invoice.get();
        if (on == null || !on.open() || identified.get() != null && identified.get().supplierId().equals(supplierId)) {
            return CompletableFuture.completedFuture(false);
        }
        return identify(on.id(), () -> {
            verification.chooseSupplier(on.id(), supplierId);
            return verification.identification(on.id());
        });
    }

    /**
     * For the invoice shown, whose supplier is not in the register, the supplier to create from what it
     * shows; empty when it shows nothing to make one from, or no invoice is shown.
     */
    public CompletableFuture<Optional<SupplierProposal>> proposeSupplier() {
        Invoice on = invoice.get();
        if (on == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return CompletableFuture.supplyAsync(() -> verification.proposeSupplier(on.id()), work).handleAsync((proposal, failure) -> {
            if (failure != null) {
                error.set(Failures.reason(failure));
                return Optional.<SupplierProposal>empty();
            }
            return proposal;
        }, fx);
    }

    /** Reads (or writes, then reads) how the invoice's supplier was identified, and shows it if the invoice still is. */
    private CompletableFuture<Boolean> identify(long id, Supplier<Optional<SupplierChoice>> read) {
        return CompletableFuture.supplyAsync(() -> identifiedOf(id, read.get()), work).handleAsync((found, failure) -> {
            if (failure != null) {
                error.set(Failures.reason(failure));
                return false;
            }
            if (invoice.get() != null && invoice.get().id() == id) {
                identified.set(found);
            }
            return true;
        }, fx);
    }

    /** The identification in the operator's words, with the register to choose from when there is a choice to make. */
    private Identified identifiedOf(long id, Optional<SupplierChoice> kept) {
        SupplierChoice choice = kept.orElse(new SupplierChoice("", "", List.of(), "", List.of()));
        List<io.verifact.model.Supplier> register = verification.suppliers();
        Map<String, io.verifact.model.Supplier> byId = register.stream()
                .collect(Collectors.toMap(io.verifact.model.Supplier::id, Function.identity(), (a, b) -> a));
        Optional<io.verifact.model.Supplier> supplier = Optional.ofNullable(byId.get(choice.supplierId()));
        String file = verification.dossier(id).map(Dossier::name).orElseGet(() -> messages.get("identify.file.none"));
        boolean choosable = choice.supplierId().isEmpty() || !choice.candidates().isEmpty() || choice.matchedBy().equals("operator");
        return new Identified(id, choice.supplierId(),
                supplier.map(io.verifact.model.Supplier::name).orElseGet(() -> choice.supplierId().isEmpty()
                        ? messages.get("identify.unknown") : choice.supplierId()),
                supplier.map(io.verifact.model.Supplier::code).orElse(""),
                choice.supplierId().isEmpty() ? "" : how(choice.matchedBy()),
                file, choice.log(), choice.candidates().size(),
                choosable ? choices(register, choice) : List.of());
    }

    /** What found the supplier, in words; a way the workstation has no words for is said as it is kept. */
    private String how(String matchedBy) {
        try {
            return messages.get("identify.by." + matchedBy);
        } catch (MissingResourceException e) {
            return messages.get("identify.by.other", matchedBy);
        }
    }

    /** The register, the suppliers that matched first in the order they matched, then the others by name. */
    static List<Choice> choices(List<io.verifact.model.Supplier> register, SupplierChoice choice) {
        List<String> matched = new ArrayList<>(choice.candidates());
        if (!choice.supplierId().isEmpty()) {
            matched.addFirst(choice.supplierId());
        }
        Comparator<io.verifact.model.Supplier> order = Comparator
                .comparingInt((io.verifact.model.Supplier s) -> matched.contains(s.id()) ? matched.indexOf(s.id()) : matched.size())
                .thenComparing(s -> s.name().toLowerCase(java.util.Locale.ROOT));
        return register.stream().sorted(order)
                .map(s -> new Choice(s.id(), s.label() + (s.code().equals(s.id()) ? "" : " · " + s.code()), matched.contains(s.id())))
                .toList();
    }

    /**
     * Reads the shown invoice again from the store after a change made beside the form (a custom field
     * or a VAT row taught on it), keeping what can be undone.
     */
    public CompletableFuture<Void> reload() {
        Invoice on = invoice.get();
        if (on == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> verification.open(on.id()), work).thenAcceptAsync(fresh -> {
            if (invoice.get() != null && invoice.get().id() == fresh.id()) {
                refresh(fresh);
            }
        }, fx);
    }

    private void refresh(Invoice shown) {
        invoice.set(shown);
        error.set("");
        rows.setAll(shown == null ? List.of() : rowsOf(shown));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private List<FieldRow> rowsOf(Invoice shown) {
        Map<FieldKey, List<String>> problems = new EnumMap<>(FieldKey.class);
        for (CheckResult check : shown.failedChecks()) {
            for (FieldKey key : CHECKED_FIELDS.getOrDefault(check.name(), List.of())) {
                problems.computeIfAbsent(key, k -> new ArrayList<>()).add(problem(check, shown));
            }
        }
        List<FieldRow> list = new ArrayList<>(ORDER.size());
        for (FieldKey key : ORDER) {
            FieldRow row = FieldRow.of(key, shown.recognition().fields().get(key), String.join("; ", problems.getOrDefault(key, List.of())));
            if (key == FieldKey.DOCUMENT_TYPE && !row.value().isEmpty()) {
                // "invoice" is how the value is kept; the operator reads it, and may type it, in their language.
                row = row.shownAs(messages.get("document.type." + row.value()));
            }
            list.add(confirmed.getOrDefault(shown.id(), Set.of()).contains(key) ? row.confirmed() : row);
        }
        return list;
    }

    /** A failing check on the invoice shown, in the operator's words. */
    String describe(CheckResult check) {
        return problem(check, invoice.get());
    }

    /** A failing check in the operator's words: {@code net + VAT ≠ gross by 0.10}. */
    private String problem(CheckResult check, Invoice shown) {
        if (check.name().equals("totals") && shown != null) {
            Optional<BigDecimal> net = amount(shown, FieldKey.NET_TOTAL);
            Optional<BigDecimal> tax = amount(shown, FieldKey.TAX_TOTAL);
            Optional<BigDecimal> gross = amount(shown, FieldKey.GROSS_TOTAL);
            if (net.isPresent() && tax.isPresent() && gross.isPresent()) {
                return messages.get("check.totals", gross.get().subtract(net.get().add(tax.get())).abs().toPlainString());
            }
        }
        try {
            return messages.get("check." + check.name(), check.detail());
        } catch (MissingResourceException e) {
            return check.detail();
        }
    }

    private static Optional<BigDecimal> amount(Invoice shown, FieldKey key) {
        try {
            return shown.field(key).map(f -> new BigDecimal(f.value()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<FieldRow> row(FieldKey key) {
        return rows.stream().filter(r -> r.key() == key).findFirst();
    }

    /**
     * The next field after {@code after} that needs the operator's eyes and was not confirmed yet, in
     * form order, wrapping around; empty when none is left, which is the time to validate.
     */
    public Optional<FieldKey> nextNeedingLook(FieldKey after) {
        int start = after == null ? -1 : ORDER.indexOf(after);
        for (int step = 1; step <= ORDER.size(); step++) {
            FieldKey key = ORDER.get(Math.floorMod(start + step, ORDER.size()));
            if (key != after && !confirmedOn().contains(key) && row(key).filter(FieldRow::needsLook).isPresent()) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The operator confirmed the field with Enter: it shows so, and no longer stops the eyes on this invoice. */
    public void confirmed(FieldKey key) {
        Invoice on = invoice.get();
        if (on != null && confirmed.computeIfAbsent(on.id(), id -> EnumSet.noneOf(FieldKey.class)).add(key)) {
            row(key).filter(r -> r.state() == FieldState.UNCERTAIN).ifPresent(r -> rows.set(rows.indexOf(r), r.confirmed()));
        }
    }

    private Set<FieldKey> confirmedOn() {
        Invoice on = invoice.get();
        return on == null ? Set.of() : confirmed.getOrDefault(on.id(), Set.of());
    }

    /** Sets a field to what the operator typed; an entry that cannot be the field's value is refused with a reason. */
    public CompletableFuture<Boolean> correct(FieldKey key, String typed) {
        Invoice on = invoice.get();
        if (on == null) {
            return CompletableFuture.completedFuture(false);
        }
        FieldValue before = on.recognition().fields().get(key);
        String shownValue = before == null ? "" : before.value();
        if (typed.strip().equals(shownValue)) {
            return CompletableFuture.completedFuture(true);
        }
        return change(on, key, () -> {
            try {
                return verification.correct(on.id(), key, typed);
            } catch (InvalidValue e) {
                throw refused(key, typed);
            }
        });
    }

    /**
     * Sets the field a zone drawn on the page was read for to its reading, or to what the operator typed
     * over it; undone like a correction.
     *
     * @param typed what the operator typed instead of the reading, or null to take the reading
     */
    public CompletableFuture<Boolean> fromZone(Teaching.ZoneRead read, String typed) {
        Invoice on = invoice.get();
        Optional<FieldKey> key = FieldKey.fromKey(read.field());
        if (on == null || key.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return change(on, key.get(), () -> {
            try {
                return verification.fromZone(on.id(), read, typed);
            } catch (InvalidValue e) {
                throw refused(key.get(), e.typed());
            }
        });
    }

    private RefusedEntry refused(FieldKey key, String typed) {
        return new RefusedEntry(messages.get("entry.invalid." + key.kind().name(), typed));
    }

    /** Takes one of the field's other candidates. */
    public CompletableFuture<Boolean> pick(FieldKey key, Candidate candidate) {
        Invoice on = invoice.get();
        if (on == null) {
            return CompletableFuture.completedFuture(false);
        }
        return change(on, key, () -> verification.pick(on.id(), key, candidate));
    }

    private CompletableFuture<Boolean> change(Invoice on, FieldKey key, Supplier<Invoice> write) {
        CompletableFuture<Boolean> result = CompletableFuture.supplyAsync(() -> {
            // "Before" as the store has it when this change is written, after any change still on its way.
            FieldValue before = verification.open(on.id()).recognition().fields().get(key);
            return Map.entry(Optional.ofNullable(before), write.get());
        }, work).handleAsync((written, failure) -> {
            if (failure != null) {
                error.set(Failures.reason(failure));
                return false;
            }
            Invoice changed = written.getValue();
            if (invoice.get() != null && invoice.get().id() == changed.id()) {
                undo.push(new Change(changed.id(), key, written.getKey().orElse(null), changed.recognition().fields().get(key)));
                redo.clear();
                refresh(changed);
            }
            return true;
        }, fx);
        inFlight = result;
        return result;
    }

    /** Takes back the last correction of this invoice. */
    public CompletableFuture<Boolean> undo() {
        // After the corrections still being written, so that Ctrl+Z right after Enter takes back that one.
        return inFlight.handleAsync((done, failure) -> true, fx).thenCompose(ready -> replay(undo, redo, true));
    }

    /** Makes again the last correction taken back. */
    public CompletableFuture<Boolean> redo() {
        return inFlight.handleAsync((done, failure) -> true, fx).thenCompose(ready -> replay(redo, undo, false));
    }

    private CompletableFuture<Boolean> replay(Deque<Change> from, Deque<Change> to, boolean back) {
        Invoice on = invoice.get();
        if (on == null || from.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Change change = from.pop();
        FieldValue target = back ? change.before() : change.after();
        return CompletableFuture.supplyAsync(() -> verification.restore(change.invoiceId(), change.key(), target), work)
                .handleAsync((changed, failure) -> {
                    if (invoice.get() == null || invoice.get().id() != change.invoiceId()) {
                        // The operator moved on meanwhile: the store has it; the form now shows another invoice.
                        return failure == null;
                    }
                    if (failure != null) {
                        from.push(change);
                        error.set(Failures.reason(failure));
                        return false;
                    }
                    to.push(change);
                    current.set(change.key());
                    refresh(changed);
                    return true;
                }, fx);
    }

    /**
     * Validates the invoice; failing checks block it unless {@code overrideReason} is given.
     */
    public CompletableFuture<Decision> validate(String overrideReason) {
        Invoice on = invoice.get();
        return CompletableFuture.supplyAsync(() -> verification.validate(on.id(), overrideReason), work)
                .whenCompleteAsync((decision, failure) -> error.set(failure == null ? "" : Failures.reason(failure)), fx);
    }

    /** Rejects the invoice with the operator's reason. */
    public CompletableFuture<Void> reject(String reason) {
        Invoice on = invoice.get();
        return CompletableFuture.runAsync(() -> verification.reject(on.id(), reason), work)
                .whenCompleteAsync((done, failure) -> error.set(failure == null ? "" : Failures.reason(failure)), fx);
    }

    /** An entry refused, with the words the operator reads. */
    private static final class RefusedEntry extends RuntimeException {

        RefusedEntry(String message) {
            super(message);
        }
    }
}
