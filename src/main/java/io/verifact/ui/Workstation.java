package io.verifact.ui;

import javafx.application.Application;

/** Starts the workstation window; the entry the composition root calls when no command is given. */
public final class Workstation {

    private Workstation() {
    }

    /** Opens the workstation and returns when its last window is closed. */
    public static void launch(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }
}
