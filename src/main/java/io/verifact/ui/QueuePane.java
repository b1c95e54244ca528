package io.verifact.ui;

import atlantafx.base.theme.Styles;
import io.verifact.workflow.Holding;
import io.verifact.workflow.QueueItem;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.Consumer;

/** The left-hand work queue: tabs by status with counts, search, filters, and the invoices. */
final class QueuePane {

    static final String LIST_ID = "queue";
    static final String SEARCH_ID = "queue-search";
    static final String PLACEHOLDER_ID = "queue-placeholder";
    static final String OPEN_ID = "open-invoices";
    static final String OPEN_FOLDER_ID = "open-folder-of-invoices";
    static final String DEMO_ID = "demo-invoices";

    private final QueueViewModel queue;
    private final SharingViewModel sharing;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ListView<QueueItem> list;
    private final TextField search = new TextField();

    QueuePane(QueueViewModel queue, SharingViewModel sharing, Messages messages, Runnable open, Runnable openFolder, Runnable demo) {
        this.queue = queue;
        this.sharing = sharing;
        this.messages = messages;
        root.getStyleClass().add("queue-pane");
        root.setTop(new VBox(8, tabs(), searchAndFilters()));
        list = new ListView<>(queue.shown());
        list.setId(LIST_ID);
        list.setCellFactory(view -> new ItemCell());
        list.setPlaceholder(placeholder(open, openFolder, demo));
        // A colleague opening or leaving an invoice changes its row's marker.
        sharing.heldByOthers().addListener((MapChangeListener<Long, Holding>) change -> list.refresh());
        queue.readingProperty().addListener((obs, was, now) -> list.refresh());
        root.setCenter(list);
        BorderPane.setMargin(list, new javafx.geometry.Insets(8, 0, 0, 0));
    }

    Node root() {
        return root;
    }

    ListView<QueueItem> list() {
        return list;
    }

    TextField search() {
        return search;
    }

    /** Puts the keyboard on "Open invoices…", the first thing to do on an empty queue. */
    void focusOpen() {
        list.getPlaceholder().lookup("#" + OPEN_ID).requestFocus();
    }

    /** Calls back when the operator picks an invoice in the list. */
    void onChosen(Consumer<QueueItem> chosen) {
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                chosen.accept(now);
            }
        });
    }

    /** Marks the invoice in the list without telling anyone it was chosen twice. */
    void select(long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                }
                list.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    private Node tabs() {
        ToggleGroup group = new ToggleGroup();
        FlowPane tabs = new FlowPane(4, 4);
        tabs.getStyleClass().add("queue-tabs");
        for (QueueViewModel.Tab tab : QueueViewModel.Tab.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("tab-" + tab.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.getStyleClass().addAll(Styles.SMALL, "queue-tab");
            button.setFocusTraversable(false);
            button.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("queue.tab." + tab.name()) + "  " + queue.count(tab).get(), queue.count(tab)));
            button.setSelected(queue.tabProperty().get() == tab);
            button.setOnAction(e -> {
                queue.tabProperty().set(tab);
                button.setSelected(true);
            });
            queue.tabProperty().addListener((obs, was, now) -> button.setSelected(now == tab));
            tabs.getChildren().add(button);
        }
        return tabs;
    }

    private Node searchAndFilters() {
        search.setId(SEARCH_ID);
        search.setPromptText(messages.get("queue.search.prompt"));
        search.textProperty().bindBidirectional(queue.searchProperty());
        ComboBox<String> suppliers = filter(queue.suppliers(), messages.get("queue.filter.supplier"), queue.supplierProperty());
        ComboBox<String> clients = filter(queue.clients(), messages.get("queue.filter.client"), queue.clientProperty());
        // One under the other: side by side, "Tous les fournisseurs" loses its end in a queue of usual width.
        return new VBox(6, search, suppliers, clients);
    }

    /** A filter whose first choice, the empty name, means "all"; the bound property is null then. */
    private static ComboBox<String> filter(javafx.collections.ObservableList<String> names, String all,
                                           javafx.beans.property.ObjectProperty<String> chosen) {
        javafx.collections.ObservableList<String> choices = javafx.collections.FXCollections.observableArrayList("");
        ComboBox<String> box = new ComboBox<>(choices);
        names.addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = chosen.get();
            choices.setAll(names);
            choices.addFirst("");
            box.setValue(keep != null && names.contains(keep) ? keep : "");
        });
        box.setValue("");
        box.valueProperty().addListener((obs, was, now) -> chosen.set(now == null || now.isEmpty() ? null : now));
        chosen.addListener((obs, was, now) -> box.setValue(now == null ? "" : now));
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add(Styles.SMALL);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? all : name;
            }

            @Override
            public String fromString(String text) {
                return text == null || text.equals(all) ? "" : text;
            }
        });
        return box;
    }

    private Node placeholder(Runnable open, Runnable openFolder, Runnable demo) {
        Label empty = new Label();
        empty.setId(PLACEHOLDER_ID);
        empty.getStyleClass().add(Styles.TITLE_4);
        empty.textProperty().bind(Bindings.when(queue.emptyProperty())
                .then(messages.get("queue.empty")).otherwise(messages.get("queue.tab.empty")));
        Label hint = new Label(messages.get("queue.empty.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Button openButton = new Button(messages.get("queue.empty.open"));
        openButton.setId(OPEN_ID);
        openButton.getStyleClass().add(Styles.ACCENT);
        openButton.setOnAction(e -> open.run());
        Button folderButton = new Button(messages.get("action.open.folder"));
        folderButton.setId(OPEN_FOLDER_ID);
        folderButton.setOnAction(e -> openFolder.run());
        Button demoButton = new Button(messages.get("queue.empty.demo"));
        demoButton.setId(DEMO_ID);
        demoButton.setOnAction(e -> demo.run());
        VBox actions = new VBox(8, openButton, folderButton, demoButton);
        actions.setAlignment(Pos.CENTER);
        actions.visibleProperty().bind(queue.emptyProperty());
        actions.managedProperty().bind(queue.emptyProperty());
        hint.visibleProperty().bind(queue.emptyProperty());
        hint.managedProperty().bind(queue.emptyProperty());
        VBox box = new VBox(10, empty, hint, actions);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(260);
        return box;
    }

    /** One invoice in the list: supplier, number and date, amount, and what needs attention. */
    private final class ItemCell extends ListCell<QueueItem> {

        private final Label supplier = new Label();
        private final Label amount = new Label();
        private final Label reference = new Label();
        private final Label note = new Label();
        private final Label held = new Label();
        private final Tooltip heldTip = new Tooltip();
        private final VBox content;

        ItemCell() {
            // The cell is as wide as the list, never wider: long names end in an ellipsis, amounts stay in sight.
            setPrefWidth(0);
            supplier.getStyleClass().add(Styles.TEXT_BOLD);
            supplier.setMaxWidth(Double.MAX_VALUE);
            supplier.setMinWidth(0);
            HBox.setHgrow(supplier, Priority.ALWAYS);
            amount.getStyleClass().add("queue-amount");
            amount.setMinWidth(Region.USE_PREF_SIZE);
            reference.setMinWidth(0);
            note.setMinWidth(0);
            reference.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            note.getStyleClass().addAll(Styles.TEXT_SMALL, "queue-note");
            note.managedProperty().bind(note.visibleProperty());
            held.getStyleClass().addAll(Styles.TEXT_SMALL, "queue-held");
            held.setMinWidth(Region.USE_PREF_SIZE);
            held.managedProperty().bind(held.visibleProperty());
            held.setTooltip(heldTip);
            content = new VBox(1, new HBox(6, supplier, held, amount), reference, note);
            content.setMinWidth(0);
        }

        @Override
        protected void updateItem(QueueItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            supplier.setText(item.supplier().isBlank() ? item.fileName() : item.supplier());
            amount.setText(item.grossTotal().isBlank() ? "" : item.grossTotal() + " " + item.currency());
            String number = String.join(" · ", java.util.stream.Stream.of(item.invoiceNumber(), item.invoiceDate(),
                    item.supplier().isBlank() ? "" : item.fileName()).filter(s -> !s.isBlank()).toList());
            reference.setText(number);
            note.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.TEXT_MUTED);
            String text;
            Holding by = sharing.heldByOthers().get(item.id());
            held.setVisible(by != null);
            held.setText(by == null ? "" : messages.get("queue.item.held", by.operator()));
            heldTip.setText(by == null ? "" : sharing.heldText(by));
            if (item.conflict() && item.toVerify()) {
                text = messages.get("queue.item.conflict");
                note.getStyleClass().add(Styles.DANGER);
            } else if (item.status() == io.verifact.model.InvoiceStatus.NEW) {
                text = messages.get(queue.readingProperty().get() ? "queue.item.reading" : "queue.item.unread");
                note.getStyleClass().add(Styles.TEXT_MUTED);
            } else if (item.statusReason() != null && !item.toVerify()) {
                text = item.statusReason();
                note.getStyleClass().add(Styles.TEXT_MUTED);
            } else if (item.receivedAgain()) {
                text = messages.get("queue.item.received.again");
                note.getStyleClass().add(Styles.WARNING);
            } else if (item.repeatsAnother()) {
                text = messages.get("queue.item.duplicate", queue.find(item.duplicateOf()).map(QueueItem::fileName).orElse("#" + item.duplicateOf()));
                note.getStyleClass().add(Styles.WARNING);
            } else if (item.failedChecks() > 0 && item.toVerify()) {
                text = messages.get("queue.item.checks", item.failedChecks());
                note.getStyleClass().add(Styles.DANGER);
            } else if (item.uncertainFields() > 0 && item.toVerify()) {
                text = messages.get("queue.item.uncertain", item.uncertainFields());
                note.getStyleClass().add(Styles.TEXT_MUTED);
            } else {
                text = "";
            }
            note.setText(text);
            note.setVisible(!text.isEmpty());
            setText(null);
            setGraphic(content);
        }
    }
}
