package io.verifact.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
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

/** The workstation as a JavaFX application: one window with the work queue. */
public final class WorkstationApp extends Application {

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final int HEADER_ICON_SIZE = 64;

    private final Locale locale;

    public WorkstationApp() {
        this(Locale.getDefault());
    }

    WorkstationApp(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = Messages.forLocale(locale);
        QueueViewModel queue = new QueueViewModel(messages);
        WorkstationView view = new WorkstationView(queue, messages, icon(HEADER_ICON_SIZE));

        Scene scene = new Scene(view.root(), 1024, 680);
        scene.getStylesheets().add(resource("workstation.css").toExternalForm());
        stage.setTitle(messages.get("app.name"));
        ICON_SIZES.forEach(size -> stage.getIcons().add(icon(size)));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setScene(scene);
        stage.show();
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
