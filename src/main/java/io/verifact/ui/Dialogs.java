package io.verifact.ui;

import atlantafx.base.theme.Styles;
import io.verifact.model.FieldKey;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Locale;
import java.util.Optional;

/** The workstation's small windows: the shortcut list, a confirmation, a reason to give, a custom field. */
final class Dialogs {

    static final String REASON_ID = "reason";
    static final String SHORTCUTS_ID = "shortcuts";
    static final String CUSTOM_NAME_ID = "custom-name";
    static final String CUSTOM_KIND_ID = "custom-kind";
    static final String CUSTOM_SUPPLIER_ID = "custom-supplier";

    /** A custom field the operator asked for: its name, its kind, and whether it is for the invoice's supplier only. */
    record NewCustomField(String name, FieldKey.Kind kind, boolean thisSupplierOnly) {
    }

    private Dialogs() {
    }

    /** F1: every shortcut and what it does. */
    static void shortcuts(Window owner, Messages messages) {
        GridPane list = new GridPane();
        list.setId(SHORTCUTS_ID);
        list.setHgap(24);
        list.setVgap(6);
        int row = 0;
        for (Shortcut.Scope scope : Shortcut.Scope.values()) {
            Label heading = new Label(messages.get(scope.heading()));
            heading.getStyleClass().addAll(Styles.TITLE_4, "shortcut-scope");
            GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 0, 0));
            list.add(heading, 0, row++, 2, 1);
            for (Shortcut shortcut : Shortcut.values()) {
                if (shortcut.scope() == scope) {
                    Label keys = new Label(shortcut.displayText());
                    keys.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcut-keys");
                    keys.setMinWidth(Region.USE_PREF_SIZE);
                    Label does = new Label(messages.get(shortcut.description()));
                    does.setWrapText(true);
                    list.addRow(row++, keys, does);
                }
            }
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(720);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(messages.get("help.title"));
        alert.setHeaderText(messages.get("help.title"));
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.show();
    }

    /** Asks the operator to confirm; false when they cancel. */
    static boolean confirm(Window owner, String title, String header) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** Asks for a reason (a rejection, an override); empty when the operator cancels or gives none. */
    static Optional<String> reason(Window owner, String title, String header, String prompt) {
        TextArea reason = new TextArea();
        reason.setId(REASON_ID);
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(new VBox(6, new Label(prompt), reason));
        alert.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(reason.textProperty().isEmpty());
        alert.setOnShown(e -> reason.requestFocus());
        return alert.showAndWait().filter(ButtonType.OK::equals).map(b -> reason.getText().strip()).filter(r -> !r.isEmpty());
    }

    /** A custom field's name as written in the store: "Plate number" becomes {@code plate_number}. */
    static String customName(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /**
     * Asks for a new custom field's name, kind (text, amount, date) and whether it is for this supplier
     * only; empty when the operator cancels.
     *
     * @param supplier the invoice's supplier's name, or null when it is not identified (the field is then for all)
     */
    static Optional<NewCustomField> customField(Window owner, Messages messages, String supplier) {
        TextField name = new TextField();
        name.setId(CUSTOM_NAME_ID);
        name.setPromptText(messages.get("custom.name.prompt"));
        ComboBox<FieldKey.Kind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                FieldKey.Kind.TEXT, FieldKey.Kind.AMOUNT, FieldKey.Kind.DATE));
        kind.setId(CUSTOM_KIND_ID);
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FieldKey.Kind k) {
                return k == null ? "" : messages.get("custom.kind." + k.name());
            }

            @Override
            public FieldKey.Kind fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        });
        kind.setValue(FieldKey.Kind.TEXT);
        CheckBox only = new CheckBox(supplier == null ? messages.get("custom.supplier.unknown") : messages.get("custom.supplier", supplier));
        only.setId(CUSTOM_SUPPLIER_ID);
        only.setSelected(supplier != null);
        only.setDisable(supplier == null);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("custom.name")), name);
        form.addRow(1, new Label(messages.get("custom.kind")), kind);
        form.add(only, 1, 2);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.get("custom.title"));
        alert.setHeaderText(messages.get("custom.title"));
        alert.getDialogPane().setContent(form);
        alert.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !customName(name.getText()).matches("[a-z][a-z0-9_]{0,39}") || FieldKey.fromKey(customName(name.getText())).isPresent(),
                name.textProperty()));
        alert.setOnShown(e -> name.requestFocus());
        return alert.showAndWait().filter(ButtonType.OK::equals)
                .map(b -> new NewCustomField(customName(name.getText()), kind.getValue(), only.isSelected()));
    }
}
