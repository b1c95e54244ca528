package io.verifact.ui;

import io.verifact.workflow.Workspace;
import javafx.application.Application;

import java.util.Objects;

/** Starts the workstation window; the entry the composition root calls when no command is given. */
public final class Workstation {

    private static volatile Workspace workspace;

    private Workstation() {
    }

    /** Opens the workstation on the workspace and returns when its last window is closed. */
    public static void launch(String[] args, Workspace on) {
        workspace = Objects.requireNonNull(on, "workspace");
        Application.launch(WorkstationApp.class, args);
    }

    /** The workspace handed to {@link #launch}, for the application JavaFX creates. */
    static Workspace workspace() {
        return Objects.requireNonNull(workspace, "the workstation was started without a workspace");
    }
}
