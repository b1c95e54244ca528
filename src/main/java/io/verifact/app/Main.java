package io.verifact.app;

import picocli.CommandLine;

/** Starts the workstation, or runs a command when one is given. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkstationLauncher.launch(args);
            return;
        }
        int exit = new CommandLine(new VerifactCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(exit);
    }
}
