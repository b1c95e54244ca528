package io.verifact.ui;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The settings: language, theme, OCR languages, where the local store lives, and the firm's shared database. */
final class SettingsDialog {

    static final String LANGUAGE_ID = "settings-language";
    static final String THEME_ID = "settings-theme";
    static final String OCR_ID = "settings-ocr";
    static final String STORE_ID = "settings-store";
    static final String SHARED_URL_ID = "settings-shared-url";
    static final String SHARED_USER_ID = "settings-shared-user";
    static final String SHARED_PASSWORD_ID = "settings-shared-password";
    static final String SHARED_TEST_ID = "settings-shared-test";
    static final String SHARED_RESULT_ID = "settings-shared-result";

    private static final List<String> LANGUAGES = List.of("", "en", "fr", "nl");

    private SettingsDialog() {
    }

    /**
     * Shows the settings; the theme applies at once through {@code themeChanged}, a changed shared database
     * when the operator confirms, the rest is kept for the next start.
     *
     * @param background where the keyring and the preferences are written, away from the window's thread
     */
    static void show(Window owner, Messages messages, WorkstationPreferences preferences, String storeInUse,
                     Consumer<WorkstationApp.Theme> themeChanged, SharedConnectionViewModel shared, Executor background) {
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
        // The labels are read whole; the fields take what is left.
        grid.getColumnConstraints().addAll(new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE, Region.USE_PREF_SIZE),
                new ColumnConstraints());
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
        sharedDatabase(grid, 5, messages, shared);
        GridPane.setHgrow(storeRow, Priority.ALWAYS);
        storeRow.setPrefWidth(420);

        WorkstationApp.Theme before = preferences.theme();
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.OK, ButtonType.CANCEL);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(messages.get("settings.title"));
        dialog.getDialogPane().setContent(grid);
        // What a test says can take lines: the window grows with it, its buttons in sight.
        shared.resultProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (window != null) {
                window.sizeToScene();
            }
        }));
        // An address that cannot be a shared database keeps the dialog open, with what is wrong under the field.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (shared.urlProblem().isPresent()) {
                shared.test();
                e.consume();
            }
        });
        dialog.showAndWait().ifPresent(button -> {
            if (button == ButtonType.OK) {
                preferences.setLanguage(language.getValue());
                preferences.setTheme(theme.getValue());
                preferences.setOcrLanguages(ocr.getText());
                String file = store.getText().strip();
                preferences.setStoreFile(file.isEmpty() || file.equals(storeInUse) && preferences.storeFile().isEmpty() ? null : Path.of(file));
                // The keyring may take its time to answer, and the preferences to reach the disk.
                CompletableFuture.supplyAsync(() -> {
                    Optional<String> told = shared.apply();
                    preferences.save();
                    return told;
                }, background).thenAcceptAsync(told -> told.ifPresent(problem -> {
                    Alert alert = new Alert(Alert.AlertType.WARNING, problem, ButtonType.OK);
                    alert.initOwner(owner);
                    alert.setTitle(messages.get("settings.shared"));
                    alert.showAndWait();
                }), javafx.application.Platform::runLater);
            } else if (theme.getValue() != before) {
                themeChanged.accept(before);
            }
        });
    }

    /** The shared database's rows, from {@code row} on: address with its hint, user, password, and a test. */
    private static void sharedDatabase(GridPane grid, int row, Messages messages, SharedConnectionViewModel shared) {
        Label title = new Label(messages.get("settings.shared"));
        title.getStyleClass().add(Styles.TITLE_4);
        GridPane.setMargin(title, new Insets(10, 0, 0, 0));
        grid.add(title, 0, row, 2, 1);

        TextField url = new TextField();
        url.setId(SHARED_URL_ID);
        url.setPromptText("jdbc:postgresql://server:5432/verifact?sslmode=verify-full");
        url.textProperty().bindBidirectional(shared.urlProperty());
        Label hint = new Label(messages.get("settings.shared.url.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        grid.addRow(row + 1, new Label(messages.get("settings.shared.url")), new VBox(4, url, hint));

        TextField user = new TextField();
        user.setId(SHARED_USER_ID);
        user.textProperty().bindBidirectional(shared.userProperty());
        grid.addRow(row + 2, new Label(messages.get("settings.shared.user")), user);

        PasswordField password = new PasswordField();
        password.setId(SHARED_PASSWORD_ID);
        password.textProperty().bindBidirectional(shared.passwordProperty());
        password.setDisable(!shared.keyringAvailable());
        Label kept = new Label(shared.passwordNote());
        kept.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        kept.setWrapText(true);
        kept.setMaxWidth(460);
        kept.setMinHeight(Region.USE_PREF_SIZE);
        grid.addRow(row + 3, new Label(messages.get("settings.shared.password")), new VBox(4, password, kept));

        Button test = new Button(messages.get("settings.shared.test"));
        test.setId(SHARED_TEST_ID);
        test.disableProperty().bind(shared.testingProperty());
        test.setOnAction(e -> shared.test());
        test.setMinWidth(Region.USE_PREF_SIZE);
        Label result = new Label();
        result.setId(SHARED_RESULT_ID);
        result.setWrapText(true);
        result.setMaxWidth(340);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(shared.resultProperty());
        shared.failedProperty().addListener((obs, was, now) -> {
            result.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            result.getStyleClass().add(now ? Styles.DANGER : Styles.SUCCESS);
        });
        HBox testRow = new HBox(10, test, result);
        testRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(testRow, 1, row + 4);
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
