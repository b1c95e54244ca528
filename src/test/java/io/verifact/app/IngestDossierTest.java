package io.verifact.app;

import io.verifact.Corpus;
import io.verifact.model.Dossier;
import io.verifact.store.LocalStore;
import io.verifact.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ingest --dossier}: a scanning station's batch for one client, filed in that client's file. */
class IngestDossierTest {

    @TempDir
    Path folder;

    @Test
    void aBatchIngestedForAClientIsFiledInItsClientFileAndARunAgainFilesNothingTwice() throws Exception {
        Path batch = Files.createDirectories(folder.resolve("dupont"));
        for (String invoice : List.of("BASIC_zugferd_2p0_BASIC_Taxifahrt", "EN16931_zugferd_2p0_EN16931_Physiotherapeut")) {
            Files.copy(Corpus.bornDigital(invoice), batch.resolve(invoice + ".pdf"));
        }
        Path db = folder.resolve("station.db");

        assertThat(ingest(db, batch, "Dupont SA")).isZero();
        int waiting;
        try (LocalStore store = LocalStore.open(db)) {
            assertThat(store.dossiers().all()).extracting(Dossier::name).containsExactly("Dupont SA");
            assertThat(store.documents().list()).hasSize(2)
                    .allSatisfy(document -> assertThat(store.dossiers().of(document.id())).map(Dossier::name).contains("Dupont SA"));
            waiting = store.outbox().waiting();
        }

        assertThat(ingest(db, batch, " Dupont SA ")).isZero();
        try (LocalStore store = LocalStore.open(db)) {
            assertThat(store.dossiers().all()).extracting(Dossier::name).containsExactly("Dupont SA");
            assertThat(store.documents().list()).extracting(StoredDocument::fileName).hasSize(2);
            assertThat(store.outbox().waiting()).as("nothing new to send to the firm's database").isEqualTo(waiting);
        }
    }

    @Test
    void aBlankClientFileNameIsRefusedBeforeAnythingIsCaptured() throws Exception {
        Path batch = Files.createDirectories(folder.resolve("batch"));
        Files.copy(Corpus.bornDigital("BASIC_zugferd_2p0_BASIC_Taxifahrt"), batch.resolve("taxi.pdf"));
        Path db = folder.resolve("station.db");

        assertThat(ingest(db, batch, "  ")).isEqualTo(3);
        try (LocalStore store = LocalStore.open(db)) {
            assertThat(store.documents().list()).isEmpty();
        }
    }

    @Test
    void withoutAClientFileGivenEachInvoiceIsFiledWhereItsBuyerBelongsAndKeepsHowItsSupplierWasFound() throws Exception {
        Path batch = Files.createDirectories(folder.resolve("inbox"));
        Files.copy(Corpus.bornDigital("BASIC_zugferd_2p0_BASIC_Taxifahrt"), batch.resolve("taxi.pdf"));
        Files.copy(Corpus.bornDigital("EN16931_zugferd_2p0_EN16931_Physiotherapeut"), batch.resolve("physio.pdf"));
        Path db = folder.resolve("station.db");
        Path clients = Files.writeString(folder.resolve("clients.csv"), """
                id,name
                C1,Taxi-Gast AG Mitte
                C2,Liselotte Müller
                """);
        Path suppliers = Files.writeString(folder.resolve("suppliers.csv"), """
                id,name
                S1,Taxiunternehmen TX GmbH
                S2,Physiotherapeutin
                """);
        CommandLine cli = new CommandLine(new VerifactCommand());
        assertThat(cli.execute("dossier", "import", "--db", db.toString(), clients.toString())).isZero();
        assertThat(cli.execute("supplier", "import", "--db", db.toString(), suppliers.toString())).isZero();

        assertThat(new CommandLine(new VerifactCommand()).execute("ingest", "--db", db.toString(), "--engine", "text", batch.toString())).isZero();

        try (LocalStore store = LocalStore.open(db)) {
            for (StoredDocument document : store.documents().list()) {
                String client = document.fileName().startsWith("taxi") ? "Taxi-Gast AG Mitte" : "Liselotte Müller";
                String supplier = document.fileName().startsWith("taxi") ? "S1" : "S2";
                assertThat(store.dossiers().of(document.id())).as(document.fileName()).map(Dossier::name).contains(client);
                assertThat(store.documents().identification(document.id())).as(document.fileName()).hasValueSatisfying(choice -> {
                    assertThat(store.suppliers().find(choice.supplierId()).map(s -> s.code())).contains(supplier);
                    assertThat(choice.log()).anyMatch(l -> l.startsWith("Client file " + client));
                });
            }
            assertThat(store.documents().list()).hasSize(2);
        }
    }

    private static int ingest(Path db, Path batch, String dossier) {
        return new CommandLine(new VerifactCommand())
                .execute("ingest", "--db", db.toString(), "--engine", "text", "--dossier", dossier, batch.toString());
    }
}
