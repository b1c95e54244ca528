package io.verifact.app;

import picocli.CommandLine.Command;

/** The command line of the workstation, for scanning stations, scripts and evaluation. */
@Command(name = "verifact", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Verifact reads supplier invoices and lets an operator verify them. With no command, the workstation starts.",
        subcommands = {ExtractCommand.class, IngestCommand.class, MaskCommand.class, RegisterCommands.SupplierCommand.class, RegisterCommands.DossierCommand.class, SyncCommand.class, BenchCommand.class})
final class VerifactCommand {
}
