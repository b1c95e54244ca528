package io.verifact.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The settings: language, theme, OCR languages and where the local store lives. */
final class SettingsDialog {

    static final String LANGUAGE_ID = "settings-language";
    static final String THEME_ID = "settings-theme";
    static final String OCR_ID = "settings-ocr";
    static final String STORE_ID = "settings-store";

    private static final List<String> LANGUAGES = List.of("", "en", "fr", "nl");

    private SettingsDialog() {
    }

    /**
     * Shows the settings; the theme applies at once through {@code themeChanged}, the rest is kept for the
     * next start.
     */
    static void show(Window owner, Messages messages, WorkstationPreferences preferences, String storeInUse,
                     Consumer<WorkstationApp.Theme> themeChanged) {
        ComboBox<String> language = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(LANGUAGES));
        language.setId(LANGUAGE_ID);
        language.setConverter(converter(tag -> tag.isEmpty() ? messages.get("settings.language.system")
                : capitalized(Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag)))));
        language.setValue(LANGUAGES.contains(preferences.language()) ? preferences.language() : "");

        ComboBox<WorkstationApp.Theme> theme = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(WorkstationApp.Theme.values()));
        theme.setId(THEME_ID);
        theme.setConverter(converter(t -> messages.get("settings.theme." + t.name())));
        theme.setValue(preferences.theme());
        theme.valueProperty().addListener((obs, was, now) -> themeChanged.accept(now));

        TextField ocr = new TextField(preferences.ocrLanguages());
        ocr.setId(OCR_ID);
        TextField store = new TextField(preferences.storeFile().map(Path::toString).orElse(storeInUse));
        store.setId(STORE_ID);
        Button choose = new Button(messages.get("settings.store.choose"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("settings.store"));
            File current = new File(store.getText());
            if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParentFile());
                chooser.setInitialFileName(current.getName());
            }
            File chosen = chooser.showSaveDialog(owner);
            if (chosen != null) {
                store.setText(chosen.getAbsolutePath());
            }
        });
        HBox storeRow = new HBox(6, store, choose);
        HBox.setHgrow(store, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 0, 0, 0));
        grid.addRow(0, new Label(messages.get("settings.language")), language);
        grid.addRow(1, new Label(messages.get("settings.theme")), theme);
        grid.addRow(2, new Label(messages.get("settings.ocr")), ocr);
        grid.addRow(3, new Label(messages.get("settings.store")), storeRow);
        Label note = new Label(messages.get("settings.restart"));
        note.getStyleClass().add("text-muted");
        grid.add(note, 0, 4, 2, 1);
        GridPane.setHgrow(storeRow, Priority.ALWAYS);
        storeRow.setPrefWidth(420);

        WorkstationApp.Theme before = preferences.theme();
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.OK, ButtonType.CANCEL);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(messages.get("settings.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.showAndWait().ifPresent(button -> {
            if (button == ButtonType.OK) {
                preferences.setLanguage(language.getValue());
                preferences.setTheme(theme.getValue());
                preferences.setOcrLanguages(ocr.getText());
                String file = store.getText().strip();
                preferences.setStoreFile(file.isEmpty() || file.equals(storeInUse) && preferences.storeFile().isEmpty() ? null : Path.of(file));
                preferences.save();
            } else if (theme.getValue() != before) {
                themeChanged.accept(before);
            }
        });
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }
}
