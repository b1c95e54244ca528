package io.verifact.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The top of the form: which supplier the invoice was identified as and how, the client file it is
 * filed in, the steps of the identification, and, when the supplier is unknown or others matched too,
 * the register to choose it from with the keyboard.
 */
final class SupplierSection {

    static final String ID = "identification";
    static final String SUPPLIER_ID = "identified-supplier";
    static final String HOW_ID = "identified-how";
    static final String FILE_ID = "identified-file";
    static final String CHOICE_ID = "supplier-choice";
    static final String LOG_ID = "identification-log";
    static final String CREATE_ID = "create-supplier";
    private static final javafx.css.PseudoClass UNKNOWN = javafx.css.PseudoClass.getPseudoClass("unknown");

    private final InvoiceViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(4);
    private final Label supplier = new Label();
    private final Label how = new Label();
    private final Label file = new Label();
    // Made once: a tooltip builds a popup window, too slow to make per invoice.
    private final javafx.scene.control.Tooltip howTip = new javafx.scene.control.Tooltip();
    private final ComboBox<InvoiceViewModel.Choice> choice = new ComboBox<>();
    private final Label others = new Label();
    private final VBox chooseBox = new VBox(1, choice, others);
    private final Label chooseName;
    private final VBox steps = new VBox(2);
    private final TitledPane log;
    private final javafx.event.EventHandler<KeyEvent> escape = this::escapeInList;
    private final javafx.scene.control.Button create = new javafx.scene.control.Button();
    private Runnable onCreate = () -> { };

    SupplierSection(InvoiceViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId(ID);
        supplier.setId(SUPPLIER_ID);
        how.setId(HOW_ID);
        file.setId(FILE_ID);
        choice.setId(CHOICE_ID);
        supplier.getStyleClass().add("identified-supplier");
        how.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "field-detail");
        how.setTooltip(howTip);
        how.managedProperty().bind(how.visibleProperty());
        others.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "field-detail");
        others.managedProperty().bind(others.visibleProperty());

        GridPane grid = FieldsPane.grid();
        Label supplierName = name(messages.get("identify.supplier"));
        Label fileName = name(messages.get("identify.file"));
        chooseName = name(messages.get("identify.choose"));
        chooseName.setLabelFor(choice);
        chooseName.managedProperty().bind(chooseName.visibleProperty());
        chooseBox.managedProperty().bind(chooseBox.visibleProperty());
        chooseName.visibleProperty().bind(chooseBox.visibleProperty());
        GridPane.setValignment(supplierName, VPos.TOP);
        grid.add(supplierName, 1, 0);
        create.setId(CREATE_ID);
        create.setText(messages.get("identify.create"));
        create.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        create.managedProperty().bind(create.visibleProperty());
        create.setVisible(false);
        create.setOnAction(e -> onCreate.run());
        VBox.setMargin(create, new Insets(3, 0, 0, 0));
        grid.add(new VBox(1, supplier, how, create), 2, 0);
        grid.add(fileName, 1, 1);
        grid.add(file, 2, 1);
        grid.add(chooseName, 1, 2);
        grid.add(chooseBox, 2, 2);
        GridPane.setMargin(chooseBox, new Insets(2, 0, 4, 0));
        GridPane.setMargin(chooseName, new Insets(6, 0, 0, 0));
        GridPane.setValignment(chooseName, VPos.TOP);

        choice.setPromptText(messages.get("identify.choose.prompt"));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setVisibleRowCount(12);
        choice.setCellFactory(list -> new ChoiceCell());
        // Arrows move through the register; the choice is taken when the list closes on it or with Enter.
        // Escape closes it on the supplier the invoice has: what the arrows went through is not taken.
        // The list is a window of its own, which closes on Escape before the box hears of it.
        choice.setOnShown(shownList -> {
            javafx.stage.Window list = ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) choice.getSkin()).getPopupContent()
                    .getScene().getWindow();
            list.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            list.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        });
        choice.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                take();
            }
        });
        choice.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !choice.isShowing() && !event.isShortcutDown() && !event.isAltDown()) {
                event.consume();
                take();
            }
        });
        choice.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !choice.isShowing()) {
                // Left without taking it: the list shows the supplier the invoice has again.
                select(model.identifiedProperty().get());
            }
        });

        steps.setId(LOG_ID);
        steps.setPadding(new Insets(2, 0, 2, 0));
        log = new TitledPane(messages.get("identify.log"), steps);
        log.setExpanded(false);
        log.setAnimated(false);
        log.getStyleClass().addAll(Styles.DENSE, "identification-log");

        root.getChildren().addAll(FieldsPane.groupTitle(messages.get("group.IDENTIFICATION")), grid, log);
        model.identifiedProperty().addListener((obs, was, now) -> show(now));
        show(model.identifiedProperty().get());
    }

    Node root() {
        return root;
    }

    /** What "Create supplier…" does. */
    void setOnCreate(Runnable action) {
        onCreate = action;
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-name");
        return label;
    }

    private void show(InvoiceViewModel.Identified shown) {
        if (shown == null) {
            // Being read: nothing of the invoice before stays, and the form below does not move.
            supplier.setText("");
            how.setText("");
            file.setText("");
            choice.setDisable(true);
            create.setVisible(false);
            steps.getChildren().clear();
            return;
        }
        supplier.setText(shown.supplier());
        String code = shown.code().isEmpty() ? "" : messages.get("identify.code", shown.code());
        // How first: a supplier without an id of the firm's register has a long one of ours, cut short at the end.
        how.setText(String.join(" · ", java.util.stream.Stream.of(shown.how(), code).filter(s -> !s.isEmpty()).toList()));
        howTip.setText(how.getText());
        how.setVisible(!how.getText().isEmpty());
        supplier.pseudoClassStateChanged(UNKNOWN, shown.supplierId().isEmpty());
        file.setText(shown.file());
        chooseBox.setVisible(shown.choosable());
        choice.getItems().setAll(shown.choices());
        select(shown);
        choice.setDisable(model.invoice() == null || !model.invoice().open());
        create.setVisible(shown.supplierId().isEmpty() && model.invoice() != null && model.invoice().open());
        others.setText(shown.others() == 0 ? "" : messages.get("identify.others", shown.others()));
        others.setVisible(shown.others() > 0);
        List<String> lines = shown.log().isEmpty() ? List.of(messages.get("identify.log.empty")) : shown.log();
        steps.getChildren().setAll(lines.stream().map(SupplierSection::step).toList());
    }

    private static Label step(String line) {
        Label step = new Label(line);
        step.setWrapText(true);
        step.getStyleClass().addAll(Styles.TEXT_SMALL, "identification-step");
        return step;
    }

    /** Shows the supplier the invoice has in the list, or the prompt when it has none. */
    private void select(InvoiceViewModel.Identified shown) {
        InvoiceViewModel.Choice has = shown == null ? null : choice.getItems().stream()
                .filter(c -> c.supplierId().equals(shown.supplierId())).findFirst().orElse(null);
        choice.setValue(has);
    }

    /** Escape in the open list puts it back on the supplier the invoice has, so that closing takes nothing. */
    private void escapeInList(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            select(model.identifiedProperty().get());
        }
    }

    /** Takes the supplier the list is on for the invoice, if it is another than the invoice has. */
    private void take() {
        InvoiceViewModel.Choice taken = choice.getValue();
        InvoiceViewModel.Identified shown = model.identifiedProperty().get();
        if (taken != null && shown != null && !taken.supplierId().equals(shown.supplierId())) {
            model.chooseSupplier(taken.supplierId());
        }
    }

    /** A supplier of the register in the list; those that matched the invoice stand out. */
    private static final class ChoiceCell extends ListCell<InvoiceViewModel.Choice> {

        private static final javafx.css.PseudoClass MATCHED = javafx.css.PseudoClass.getPseudoClass("matched");

        @Override
        protected void updateItem(InvoiceViewModel.Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
            pseudoClassStateChanged(MATCHED, !empty && item != null && item.matched());
        }
    }
}
