package io.verifact.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.verifact.workflow.Workspace;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The workstation as a JavaFX application: one window with the queue, the page and its fields. */
public final class WorkstationApp extends Application {

    /** Light, dark, or as the system says. */
    public enum Theme { SYSTEM, LIGHT, DARK }

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final int HEADER_ICON_SIZE = 64;

    private final Locale locale;
    private final Theme theme;
    private final Workspace workspace;
    private WorkstationView view;

    public WorkstationApp() {
        this(Locale.getDefault(), themeFromSystem(), Workstation.workspace());
    }

    WorkstationApp(Locale locale, Theme theme, Workspace workspace) {
        this.locale = locale;
        this.theme = theme;
        this.workspace = workspace;
    }

    private static Theme themeFromSystem() {
        String chosen = System.getProperty("verifact.theme", "system").toUpperCase(Locale.ROOT);
        try {
            return Theme.valueOf(chosen);
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    @Override
    public void start(Stage stage) {
        apply(theme);
        Messages messages = Messages.forLocale(locale);
        view = new WorkstationView(workspace, messages, icon(HEADER_ICON_SIZE));
        Scene scene = new Scene(view.root(), 1440, 900);
        scene.getStylesheets().add(resource("workstation.css").toExternalForm());
        view.install(scene);
        stage.setTitle(messages.get("app.name"));
        ICON_SIZES.forEach(size -> stage.getIcons().add(icon(size)));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
    }

    /** The view, for tests that drive the window. */
    WorkstationView view() {
        return view;
    }

    @Override
    public void stop() {
        if (view != null) {
            view.close();
        }
    }

    /** Sets the theme for every window; {@code SYSTEM} follows the system's light or dark setting. */
    static void apply(Theme theme) {
        boolean dark = switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private static Image icon(int size) {
        try (InputStream in = resource("icons/verifact-" + size + ".png").openStream()) {
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the application icon", e);
        }
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(WorkstationApp.class.getResource(name),
                () -> name + " is missing from the build; run the build again (./mvnw package)");
    }
}
