package io.verifact.ui;

import io.verifact.workflow.Workspace;
import javafx.application.Application;

import java.util.Objects;
import java.util.Optional;

/** Starts the workstation window; the entry the composition root calls when no command is given. */
public final class Workstation {

    private static volatile Workspace workspace;
    private static volatile Runnable whenReady;

    private Workstation() {
    }

    /** Opens the workstation on the workspace and returns when its last window is closed. */
    public static void launch(String[] args, Workspace on) {
        workspace = Objects.requireNonNull(on, "workspace");
        Application.launch(WorkstationApp.class, args);
    }

    /**
     * Opens the workstation as {@link #launch(String[], Workspace)} does, and runs {@code ready} on the
     * JavaFX thread as soon as the window is of use: the queue shown and the first invoice to verify
     * drawn, page and fields. A timed start waits for it.
     */
    public static void launch(String[] args, Workspace on, Runnable ready) {
        whenReady = Objects.requireNonNull(ready, "ready");
        launch(args, on);
    }

    /** What to run once the window is of use, when the launch asked for it. */
    static Optional<Runnable> whenReady() {
        return Optional.ofNullable(whenReady);
    }

    /** The workspace handed to {@link #launch}, for the application JavaFX creates. */
    static Workspace workspace() {
        return Objects.requireNonNull(workspace, "the workstation was started without a workspace");
    }
}
