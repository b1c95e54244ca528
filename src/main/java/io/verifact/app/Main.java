package io.verifact.app;

import java.util.OptionalInt;
import picocli.CommandLine;

/** Starts the workstation, or runs a command when one is given. */
public final class Main {

    /** The exit code of a command line that cannot be understood, as BSD's sysexits say. */
    static final int USAGE = 64;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        OptionalInt restarted = CommandRestart.run(args);
        if (restarted.isPresent()) {
            System.exit(restarted.getAsInt());
        }
        if (args.length == 0) {
            WorkstationLauncher.launch(args);
            return;
        }
        System.exit(configured(VerifactCommand.reading(args)).execute(args));
    }

    /**
     * The command line as every run takes it: a mistyped option exits with 64 (usage), as the commands'
     * own checks do, never with 2, which says that a file could not be read.
     */
    static CommandLine configured(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine.IParameterExceptionHandler told = commandLine.getParameterExceptionHandler();
        return commandLine.setParameterExceptionHandler((mistake, args) -> {
            told.handleParseException(mistake, args);
            return USAGE;
        });
    }
}
