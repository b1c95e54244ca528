package io.verifact.ui;

import atlantafx.base.theme.Styles;
import io.verifact.model.Candidate;
import io.verifact.workflow.Teaching;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The panel above the fields that shows what a zone drawn on the page reads: the zone magnified, its
 * words, the field it is for and the value, with the choice to teach the supplier's mask (Enter) or
 * to fix this invoice only; Esc closes it and changes nothing.
 */
final class ZonePanel {

    static final String ID = "zone-panel";
    static final String TEXT_ID = "zone-text";
    static final String FIELD_ID = "zone-field";
    static final String VALUE_ID = "zone-value";
    static final String TEACH_ID = "zone-teach";
    static final String ONLY_ID = "zone-only";
    static final String CANCEL_ID = "zone-cancel";
    static final String PROBLEM_ID = "zone-problem";
    static final String SUPPLIER_ID = "zone-supplier";
    /** The last entry of the field choice, which adds a custom field; no field's name can be written so. */
    static final String NEW_FIELD = "+new";

    private final ZoneViewModel model;
    private final Messages messages;
    private final IntFunction<Image> pageImage;
    private final IntUnaryOperator pageTurns;
    private final Consumer<String> said;
    private final VBox root = new VBox(6);
    private final Label title = new Label();
    private final ImageView snippet = new ImageView();
    private final Label text = new Label();
    private final ComboBox<String> field = new ComboBox<>(FXCollections.observableArrayList());
    /** Set while the choice is made to show the model's field, so that it is not taken as the operator's. */
    private boolean following;
    private final TextField value = new TextField();
    private final ComboBox<io.verifact.model.Supplier> supplier = new ComboBox<>(FXCollections.observableArrayList());
    private final Label problem = new Label();
    private final Label closed = new Label();
    private final Button teach = new Button();
    private final Button only = new Button();

    /**
     * @param pageImage the picture of a page of the invoice shown, by number from 1, or null
     * @param pageTurns how far a page of it is shown turned, by number from 1, in quarter turns clockwise
     * @param said what to tell the operator once the value is in the field (and the mask taught)
     */
    ZonePanel(ZoneViewModel model, Messages messages, IntFunction<Image> pageImage, IntUnaryOperator pageTurns, Consumer<String> said) {
        this.model = model;
        this.messages = messages;
        this.pageImage = pageImage;
        this.pageTurns = pageTurns;
        this.said = said;
        build();
        model.drawnProperty().addListener((property, before, now) -> showZone(now));
        model.readProperty().addListener((property, before, now) -> showReading(now));
        showZone(null);
    }

    Node root() {
        return root;
    }

    /** Gives the keyboard to the value, all of it selected, so that typing replaces the reading. */
    void focus() {
        value.requestFocus();
        value.selectAll();
    }

    private void build() {
        root.setId(ID);
        root.getStyleClass().add("zone-panel");
        root.managedProperty().bind(root.visibleProperty());
        root.visibleProperty().bind(model.drawnProperty().isNotNull());

        title.getStyleClass().add(Styles.TEXT_BOLD);
        Button cancel = new Button("✕");
        cancel.setId(CANCEL_ID);
        cancel.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.BUTTON_ICON);
        cancel.setTooltip(new Tooltip(messages.get("zone.cancel") + " (Esc)"));
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> model.cancel());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(6, title, spring, cancel);
        header.setAlignment(Pos.CENTER_LEFT);

        snippet.setPreserveRatio(true);
        snippet.setSmooth(true);
        snippet.setFitHeight(44);
        StackPane snippetBox = new StackPane(snippet);
        snippetBox.getStyleClass().add("zone-snippet");
        snippet.fitWidthProperty().bind(snippetBox.widthProperty().subtract(12));

        text.setId(TEXT_ID);
        text.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        text.setWrapText(true);
        text.setMaxHeight(54);

        field.setId(FIELD_ID);
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return NEW_FIELD.equals(name) ? messages.get("zone.field.new") : model.label(name);
            }

            @Override
            public String fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        });
        field.setVisibleRowCount(12);
        field.setMaxWidth(Double.MAX_VALUE);
        showChoices();
        model.choices().addListener((ListChangeListener<String>) change -> showChoices());
        model.fieldProperty().addListener((property, before, now) -> follow(now));
        follow(model.fieldProperty().get());
        field.valueProperty().addListener((property, before, now) -> {
            if (following || now == null) {
                return;
            }
            if (NEW_FIELD.equals(now)) {
                // The choice goes back to the field the zone is for until the new one is added.
                Platform.runLater(() -> {
                    follow(model.fieldProperty().get());
                    newCustomField();
                });
            } else {
                model.fieldProperty().set(now);
            }
        });
        value.setId(VALUE_ID);
        value.textProperty().bindBidirectional(model.valueProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        Label fieldName = new Label(messages.get("zone.field"));
        fieldName.setLabelFor(field);
        Label valueName = new Label(messages.get("zone.value"));
        valueName.setLabelFor(value);
        form.addRow(0, fieldName, field);
        form.addRow(1, valueName, value);
        supplierChoice(form);
        GridPane.setHgrow(field, Priority.ALWAYS);
        GridPane.setHgrow(value, Priority.ALWAYS);

        problem.setId(PROBLEM_ID);
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        closed.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        closed.setWrapText(true);
        closed.managedProperty().bind(closed.visibleProperty());

        BooleanBinding cannot = Bindings.createBooleanBinding(() -> !model.canApply(), model.drawnProperty(),
                model.readProperty(), model.busyProperty(), model.valueProperty());
        teach.setId(TEACH_ID);
        teach.setText(messages.get("zone.teach"));
        teach.getStyleClass().add(Styles.ACCENT);
        teach.setMaxWidth(Double.MAX_VALUE);
        teach.disableProperty().bind(cannot);
        teach.setOnAction(e -> apply(true));
        only.setId(ONLY_ID);
        only.setText(messages.get("zone.only"));
        only.disableProperty().bind(cannot.or(Bindings.createBooleanBinding(() -> !model.standard(), model.fieldProperty())));
        only.setOnAction(e -> apply(false));
        Label keys = new Label(messages.get("zone.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox second = new HBox(8, only, gap, keys);
        second.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(header, snippetBox, text, form, problem, closed, teach, second);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** When the invoice's supplier is not identified: the register's suppliers to teach for, at first "Find it on the invoice". */
    private void supplierChoice(GridPane form) {
        supplier.setId(SUPPLIER_ID);
        supplier.setMaxWidth(Double.MAX_VALUE);
        supplier.setVisibleRowCount(12);
        supplier.setConverter(new StringConverter<>() {
            @Override
            public String toString(io.verifact.model.Supplier s) {
                return s == null ? messages.get("zone.supplier.find") : s.name();
            }

            @Override
            public io.verifact.model.Supplier fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        });
        supplier.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(io.verifact.model.Supplier item, boolean empty) {
                super.updateItem(item, empty);
                setText(supplier.getConverter().toString(item));
            }
        });
        // The first entry, empty, is "Find it on the invoice": the operator can come back to it.
        model.suppliers().addListener((ListChangeListener<io.verifact.model.Supplier>) change -> showSuppliers());
        showSuppliers();
        supplier.valueProperty().bindBidirectional(model.teachForProperty());
        Label supplierName = new Label(messages.get("zone.supplier"));
        supplierName.setLabelFor(supplier);
        form.addRow(2, supplierName, supplier);
        GridPane.setHgrow(supplier, Priority.ALWAYS);
        BooleanBinding unknown = Bindings.isNotEmpty(model.suppliers()).and(model.supplierProperty().isNull());
        for (Node n : List.of(supplierName, supplier)) {
            n.visibleProperty().bind(unknown);
            n.managedProperty().bind(unknown);
        }
    }

    private void showSuppliers() {
        java.util.List<io.verifact.model.Supplier> all = new java.util.ArrayList<>();
        all.add(null);
        all.addAll(model.suppliers());
        io.verifact.model.Supplier chosen = model.teachForProperty().get();
        supplier.getItems().setAll(all);
        supplier.setValue(chosen);
    }

    private void showChoices() {
        following = true;
        try {
            java.util.List<String> all = new java.util.ArrayList<>(model.choices());
            all.add(NEW_FIELD);
            field.getItems().setAll(all);
            field.setValue(model.fieldProperty().get());
        } finally {
            following = false;
        }
    }

    private void follow(String name) {
        following = true;
        try {
            field.setValue(name);
        } finally {
            following = false;
        }
    }

    /** Asks for a new custom field's name, kind and reach, adds it and chooses it for the zone. */
    private void newCustomField() {
        String supplier = model.supplierProperty().get() == null ? null : model.supplierProperty().get().name();
        Dialogs.customField(root.getScene() == null ? null : root.getScene().getWindow(), messages, supplier)
                .ifPresent(asked -> model.addCustomField(asked.name(), asked.kind(), asked.thisSupplierOnly()));
    }

    /** Enter does what the focused button says, else teaches the mask; Esc closes the panel. */
    private void keyPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return;
        }
        if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            model.cancel();
        } else if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            if (root.getScene() != null && root.getScene().getFocusOwner() instanceof Button button && !button.isDisabled()) {
                button.fire();
            } else {
                apply(true);
            }
        }
    }

    private void apply(boolean teaching) {
        model.apply(teaching).thenAccept(done -> done.ifPresent(said));
    }

    private void showZone(ZoneViewModel.Drawn drawn) {
        if (drawn == null) {
            PageSnippet.show(snippet, null, null, 0, 0);
            return;
        }
        title.setText(messages.get("zone.title", drawn.page()));
        PageSnippet.show(snippet, pageImage.apply(drawn.page()), drawn.box(), pageTurns.applyAsInt(drawn.page()),
                drawn.invoice().readingTurns(drawn.page()));
        boolean open = drawn.invoice().open();
        closed.setVisible(!open);
        closed.setText(open ? "" : messages.get("zone.closed", messages.get("status." + drawn.invoice().status().name())));
        showReading(model.readProperty().get());
    }

    private void showReading(Teaching.ZoneRead read) {
        if (read == null) {
            text.setText(messages.get("zone.reading"));
            value.setPromptText("");
            return;
        }
        text.setText(read.text().isBlank() ? messages.get("zone.reads.nothing")
                : messages.get("zone.reads", read.text().strip().replace('\n', ' ')));
        String name = model.label(model.fieldProperty().get());
        value.setPromptText(read.value().map(Candidate::value).isPresent() ? "" : messages.get("zone.value.none", name));
        if (value.isFocused()) {
            value.selectAll();
        }
    }
}
