package io.verifact.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.verifact.workflow.Workspace;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The workstation as a JavaFX application: one window with the queue, the page and its fields. */
public final class WorkstationApp extends Application {

    /** Light, dark, or as the system says. */
    public enum Theme { SYSTEM, LIGHT, DARK }

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final int HEADER_ICON_SIZE = 64;

    private final Locale locale;
    private final Theme theme;
    private final Workspace workspace;
    private final WorkstationPreferences preferences;
    private final Keyring keyring;
    private WorkstationView view;
    private Appearance appearance;

    public WorkstationApp() {
        this(WorkstationPreferences.forUser());
    }

    private WorkstationApp(WorkstationPreferences preferences) {
        this(preferences.locale(), themeFromSystem(preferences), Workstation.workspace(), preferences);
    }

    WorkstationApp(Locale locale, Theme theme, Workspace workspace, WorkstationPreferences preferences) {
        this(locale, theme, workspace, preferences, Keyring.system());
    }

    /**
     * @param keyring where the shared database's password is kept
     */
    WorkstationApp(Locale locale, Theme theme, Workspace workspace, WorkstationPreferences preferences, Keyring keyring) {
        this.keyring = keyring;
        this.locale = locale;
        this.theme = theme;
        this.workspace = workspace;
        this.preferences = preferences;
    }

    /** {@code -Dverifact.theme=light|dark|system} when given, else the operator's choice. */
    private static Theme themeFromSystem(WorkstationPreferences preferences) {
        String chosen = System.getProperty("verifact.theme");
        if (chosen == null) {
            return preferences.theme();
        }
        try {
            return Theme.valueOf(chosen.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return preferences.theme();
        }
    }

    @Override
    public void start(Stage stage) {
        appearance = new Appearance(Platform.getPreferences().colorSchemeProperty(), theme);
        appearance.darkProperty().addListener((property, was, dark) -> paint(dark));
        paint(appearance.isDark());
        Messages messages = Messages.forLocale(locale);
        view = new WorkstationView(workspace, messages, icon(HEADER_ICON_SIZE), preferences, keyring, appearance::choose);
        Scene scene = new Scene(view.root(), 1440, 900);
        scene.getStylesheets().add(resource("workstation.css").toExternalForm());
        view.install(scene);
        stage.setTitle(messages.get("app.name"));
        ICON_SIZES.forEach(size -> stage.getIcons().add(icon(size)));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        NormalPlace normal = restorePlace(stage);
        stage.setOnHiding(e -> {
            normal.look();
            normal.get().ifPresent(preferences::setWindow);
            preferences.setMaximized(stage.isMaximized());
            view.rememberLayout();
            preferences.save();
        });
        stage.show();
        normal.look();
        Workstation.whenReady().ifPresent(ready -> firstInvoiceDrawn(view, scene).thenRun(ready));
    }

    /**
     * The frame that first shows an invoice to verify, page and fields, beside the queue: from then on
     * the window is of use to the operator.
     */
    static CompletableFuture<NextFrame> firstInvoiceDrawn(WorkstationView view, Scene scene) {
        CompletableFuture<NextFrame> drawn = new CompletableFuture<>();
        ChangeListener<Number> shown = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> property, Number before, Number now) {
                if (now.longValue() != 0) {
                    view.displayedProperty().removeListener(this);
                    NextFrame.of(scene).thenAccept(drawn::complete);
                }
            }
        };
        view.displayedProperty().addListener(shown);
        shown.changed(view.displayedProperty(), 0L, view.displayedProperty().get());
        return drawn;
    }

    /**
     * Puts the window where the operator left it, when that place is still on a screen, and maximises it if
     * it was; from then on follows its un-maximised place, to be kept when it closes.
     */
    private NormalPlace restorePlace(Stage stage) {
        Optional<WorkstationPreferences.Place> place = preferences.window()
                .filter(p -> !Screen.getScreensForRectangle(p.x(), p.y(), p.width(), p.height()).isEmpty());
        place.ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
        });
        stage.setMaximized(preferences.maximized());
        return new NormalPlace(stage, place.orElse(null));
    }

    /** The view, for tests that drive the window. */
    WorkstationView view() {
        return view;
    }

    @Override
    public void stop() {
        if (appearance != null) {
            appearance.close();
        }
        if (view != null) {
            view.close();
        }
    }

    /** Paints every window light or dark. */
    static void paint(boolean dark) {
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
