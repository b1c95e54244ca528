package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** {@code bench --only sync} runs against the machine's PostgreSQL, in scratch databases; the times are not judged here. */
class SyncBenchTest {

    private static final String SERVER = System.getenv().getOrDefault("VERIFACT_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String ADMIN = System.getenv().getOrDefault("VERIFACT_TEST_POSTGRES_USER", "postgres");

    @Test
    void theSyncSectionPushesAndTimesArrivalsAndReportsThemInOneJsonLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream before = System.out;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exit = new CommandLine(new BenchCommand()).execute("--only", "sync", "--shared", SERVER + "?user=" + ADMIN,
                    "--sync-invoices", "30", "--sync-changes", "3", "--warmup", "0", "--rounds", "1", "--json");
        } finally {
            System.setOut(before);
        }

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.path("sync_push").path("files").asInt()).isEqualTo(30);
        assertThat(report.path("sync_push").path("references").has("batch_insert")).isTrue();
        assertThat(report.path("workstation").path("sync_arrival").path("waits").path("sync_arrival").path("count").asInt()).isEqualTo(3);
        assertThat(report.path("workstation").has("sync_push_per_invoice")).isTrue();
    }

    @Test
    void syncIsOnlyRunWhenAskedFor() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs("--only", "sync", "--shared", "jdbc:postgresql://db:5432/");
        assertThat(bench.only).containsExactly(BenchCommand.Section.SYNC);
        assertThat(bench.shared).isEqualTo("jdbc:postgresql://db:5432/");
        assertThat(bench.syncInvoices).isEqualTo(1000);
        assertThat(bench.syncChanges).isEqualTo(30);
    }
}
