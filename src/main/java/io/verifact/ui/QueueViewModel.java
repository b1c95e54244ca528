package io.verifact.ui;

import io.verifact.model.InvoiceStatus;
import io.verifact.workflow.QueueItem;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The work queue: every invoice of the store, by status, with counts, a search and filters by supplier
 * and client file, and the next invoice to verify. Views read it; only this model writes it.
 */
public final class QueueViewModel {

    /** The queue's tabs, as the operator thinks of invoices. */
    public enum Tab {
        TO_VERIFY, VERIFIED, REJECTED, QUARANTINED, DUPLICATES;

        boolean holds(QueueItem item) {
            return switch (this) {
                case TO_VERIFY -> item.toVerify() && !item.repeatsAnother();
                case DUPLICATES -> item.toVerify() && item.repeatsAnother();
                case VERIFIED -> !item.conflict() && item.status() == InvoiceStatus.VERIFIED || item.status() == InvoiceStatus.SYNCED
                        || item.status() == InvoiceStatus.EXPORTED;
                case REJECTED -> item.status() == InvoiceStatus.REJECTED;
                case QUARANTINED -> item.status() == InvoiceStatus.QUARANTINED;
            };
        }
    }

    private final ObservableList<QueueItem> items = FXCollections.observableArrayList();
    private final FilteredList<QueueItem> shown = new FilteredList<>(items);
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.TO_VERIFY);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> supplier = new SimpleObjectProperty<>();
    private final ObjectProperty<String> client = new SimpleObjectProperty<>();
    private final ObservableList<String> suppliers = FXCollections.observableArrayList();
    private final ObservableList<String> clients = FXCollections.observableArrayList();
    private final Map<Tab, IntegerBinding> counts = new EnumMap<>(Tab.class);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final BooleanProperty reading = new SimpleBooleanProperty(this, "reading");

    public QueueViewModel(Messages messages) {
        for (Tab t : Tab.values()) {
            counts.put(t, Bindings.createIntegerBinding(() -> (int) items.stream().filter(t::holds).count(), items));
        }
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, tab, search, supplier, client));
        empty.bind(Bindings.isEmpty(items));
        // Duplicates wait for a look too: the summary counts them with the rest, as the position does, and says how many.
        summary.bind(Bindings.createStringBinding(() -> messages.get("queue.summary", counts.get(Tab.TO_VERIFY).get()
                + counts.get(Tab.DUPLICATES).get(), counts.get(Tab.DUPLICATES).get()), counts.get(Tab.TO_VERIFY), counts.get(Tab.DUPLICATES)));
    }

    private Predicate<QueueItem> filter() {
        Tab in = tab.get();
        String[] terms = search.get() == null ? new String[0] : search.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
        String bySupplier = supplier.get();
        String byClient = client.get();
        return item -> in.holds(item)
                && (bySupplier == null || bySupplier.equals(item.supplier()))
                && (byClient == null || byClient.equals(item.client()))
                && matches(item, terms);
    }

    private static boolean matches(QueueItem item, String[] terms) {
        String haystack = String.join(" ", item.fileName(), item.supplier(), item.client(), item.invoiceNumber(),
                item.invoiceDate(), item.grossTotal()).toLowerCase(Locale.ROOT);
        for (String term : terms) {
            if (!term.isEmpty() && !haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /** The invoices of the chosen tab that pass the search and filters, in queue order. */
    public ObservableList<QueueItem> shown() {
        return shown;
    }

    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The supplier the queue is narrowed to, or null for all. */
    public ObjectProperty<String> supplierProperty() {
        return supplier;
    }

    /** The client file the queue is narrowed to, or null for all. */
    public ObjectProperty<String> clientProperty() {
        return client;
    }

    /** The suppliers found in the queue, by name, for the filter. */
    public ObservableList<String> suppliers() {
        return suppliers;
    }

    /** The client files found in the queue, by name, for the filter. */
    public ObservableList<String> clients() {
        return clients;
    }

    /** How many invoices the tab holds, whatever the search and filters. */
    public IntegerBinding count(Tab t) {
        return counts.get(t);
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return empty.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    /** Shows exactly these invoices, in this order; the tab, search and filters stay. */
    public void show(Collection<QueueItem> invoices) {
        items.setAll(invoices);
        suppliers.setAll(names(invoices, QueueItem::supplier));
        clients.setAll(names(invoices, QueueItem::client));
    }

    private static List<String> names(Collection<QueueItem> invoices, java.util.function.Function<QueueItem, String> name) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        invoices.stream().map(name).filter(n -> !n.isBlank()).forEach(names::add);
        return List.copyOf(names);
    }

    /**
     * Whether this window is reading files in: an invoice not read yet is then being read; otherwise its
     * reading was stopped, and it is read when its file is opened again.
     */
    public BooleanProperty readingProperty() {
        return reading;
    }

    public Optional<QueueItem> find(long id) {
        return items.stream().filter(i -> i.id() == id).findFirst();
    }

    /**
     * The invoice to verify after {@code currentId} (or the first when it is 0 or no longer waiting), in the
     * shown order when the current tab holds invoices to verify, else in queue order.
     */
    public Optional<QueueItem> nextToVerify(long currentId) {
        return step(currentId, 1);
    }

    /** The invoice to verify before {@code currentId}. */
    public Optional<QueueItem> previousToVerify(long currentId) {
        return step(currentId, -1);
    }

    private Optional<QueueItem> step(long currentId, int direction) {
        List<QueueItem> order = (tab.get() == Tab.TO_VERIFY || tab.get() == Tab.DUPLICATES ? shown : items).stream()
                .filter(QueueItem::toVerify).filter(i -> i.status() != InvoiceStatus.NEW).toList();
        if (order.isEmpty()) {
            return Optional.empty();
        }
        int at = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == currentId) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.of(direction > 0 ? order.getFirst() : order.getLast());
        }
        int next = at + direction;
        return next >= 0 && next < order.size() ? Optional.of(order.get(next)) : Optional.empty();
    }

    /** The position of an invoice among those to verify, from 1, and how many there are; empty when it is not one of them. */
    public Optional<Position> position(long id) {
        List<QueueItem> waiting = items.stream().filter(QueueItem::toVerify).toList();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id() == id) {
                return Optional.of(new Position(i + 1, waiting.size()));
            }
        }
        return Optional.empty();
    }

    /** Where an invoice stands among those to verify: {@code at} of {@code of}, from 1. */
    public record Position(int at, int of) {
    }
}
