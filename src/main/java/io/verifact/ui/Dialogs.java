package io.verifact.ui;

import atlantafx.base.theme.Styles;
import io.verifact.ui.viewer.PageViewer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/** The workstation's small windows: the shortcut list, a reason to give, two invoices side by side. */
final class Dialogs {

    static final String REASON_ID = "reason";
    static final String SHORTCUTS_ID = "shortcuts";

    private Dialogs() {
    }

    /** F1: every shortcut and what it does. */
    static void shortcuts(Window owner, Messages messages) {
        GridPane list = new GridPane();
        list.setId(SHORTCUTS_ID);
        list.setHgap(24);
        list.setVgap(6);
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            Label keys = new Label(shortcut.displayText());
            keys.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcut-keys");
            list.addRow(row++, keys, new Label(messages.get(shortcut.description())));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(messages.get("help.title"));
        alert.setHeaderText(messages.get("help.title"));
        alert.getDialogPane().setContent(list);
        alert.show();
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

    /** The first invoice and its duplicate, side by side. */
    static void compare(Window owner, Messages messages, List<Image> first, List<Image> second) {
        HBox both = new HBox(8, viewer(first), viewer(second));
        both.setPadding(new Insets(8));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(messages.get("dialog.compare.title"));
        stage.setScene(new Scene(both, 1100, 760));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
    }

    private static PageViewer viewer(List<Image> pages) {
        PageViewer viewer = new PageViewer();
        viewer.setImage(pages.isEmpty() ? null : pages.getFirst());
        HBox.setHgrow(viewer, Priority.ALWAYS);
        return viewer;
    }
}
