package io.verifact.app;

import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The whole command line as {@code Main} builds it, with what {@code extract}, {@code mask teach} and {@code mask list} print going to a stream of the test's. */
final class StandardOutput {

    private StandardOutput() {
    }

    /** What a command line run printed, and its exit code. */
    record Run(int exitCode, String out, String err) {
    }

    /** Runs the command line in this process, catching what it prints on both streams. */
    static Run run(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = into(out).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
    }

    static CommandLine into(OutputStream out) {
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandLine.IFactory commands = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExtractCommand.class) {
                    return type.cast(new ExtractCommand(printed));
                }
                if (type == SyncCommand.class) {
                    return type.cast(new SyncCommand(printed));
                }
                if (type == MaskCommand.Teach.class) {
                    return type.cast(new MaskCommand.Teach(printed));
                }
                if (type == MaskCommand.ListMasks.class) {
                    return type.cast(new MaskCommand.ListMasks(printed));
                }
                if (type == RegisterCommands.SupplierList.class) {
                    return type.cast(new RegisterCommands.SupplierList(printed));
                }
                if (type == RegisterCommands.SupplierExport.class) {
                    return type.cast(new RegisterCommands.SupplierExport(printed));
                }
                if (type == RegisterCommands.DossierList.class) {
                    return type.cast(new RegisterCommands.DossierList(printed));
                }
                if (type == RegisterCommands.DossierExport.class) {
                    return type.cast(new RegisterCommands.DossierExport(printed));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        return Main.configured(new CommandLine(new VerifactCommand(), commands));
    }
}
