package io.verifact.app;

import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The whole command line as {@code Main} builds it, with what {@code extract}, {@code mask teach} and {@code mask list} print going to a stream of the test's. */
final class StandardOutput {

    private StandardOutput() {
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
                return CommandLine.defaultFactory().create(type);
            }
        };
        return Main.configured(new CommandLine(new VerifactCommand(), commands));
    }
}
