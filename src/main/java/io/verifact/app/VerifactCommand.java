package io.verifact.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.Optional;

/** The command line of the workstation, for scanning stations, scripts and evaluation. */
@Command(name = "verifact", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Verifact reads supplier invoices and lets an operator verify them. With no command, the workstation starts.",
        subcommands = {ExtractCommand.class, IngestCommand.class, MaskCommand.class, RegisterCommands.SupplierCommand.class, RegisterCommands.DossierCommand.class, SyncCommand.class, BenchCommand.class})
final class VerifactCommand {

    /**
     * The command line that reads these arguments. When they start with a command's name, it holds that
     * command alone: a call then builds only its own command's options, not those of every command, which took
     * a cold call a tenth of a second. Asked only for the version, it holds no command. Otherwise it is the whole
     * command line, with its help and its guesses at a mistyped name.
     */
    static CommandLine reading(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return new CommandLine(new Alone());
        }
        Optional<Class<?>> named = args.length == 0 ? Optional.empty() : command(args[0]);
        if (named.isEmpty()) {
            return new CommandLine(new VerifactCommand());
        }
        CommandLine alone = new CommandLine(new Alone());
        alone.addSubcommand(new CommandLine(named.get()));
        return alone;
    }

    private static Optional<Class<?>> command(String name) {
        return Arrays.stream(VerifactCommand.class.getAnnotation(Command.class).subcommands())
                .filter(c -> c.getAnnotation(Command.class).name().equals(name))
                .findFirst();
    }

    /** The same command line, named and versioned the same, before its one command is added. */
    @Command(name = "verifact", mixinStandardHelpOptions = true, versionProvider = Version.class)
    static final class Alone {
    }
}
