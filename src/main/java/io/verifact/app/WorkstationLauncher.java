package io.verifact.app;

import io.verifact.ui.Workstation;

/** Opens the workstation window. */
final class WorkstationLauncher {

    private WorkstationLauncher() {
    }

    static void launch(String[] args) {
        Workstation.launch(args);
    }
}
