package io.verifact.app;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code ingest}: a scanning station's batch into the local store. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Capture and recognize files into the local store.")
final class IngestCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 0;
    }
}
