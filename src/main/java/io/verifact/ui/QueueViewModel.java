package io.verifact.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;

/**
 * The state of the work queue: the invoices waiting for an operator and a one-line summary of them.
 * Views read it; only this model writes it.
 */
public final class QueueViewModel {

    private final ObservableList<QueueEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<QueueEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();

    public QueueViewModel(Messages messages) {
        empty.bind(Bindings.isEmpty(entries));
        summary.bind(Bindings.createStringBinding(() -> messages.get("queue.summary", entries.size()), entries));
    }

    public ObservableList<QueueEntry> entries() {
        return readOnlyEntries;
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

    /** Shows exactly these invoices, in this order. */
    public void show(Collection<QueueEntry> invoices) {
        entries.setAll(invoices);
    }
}
