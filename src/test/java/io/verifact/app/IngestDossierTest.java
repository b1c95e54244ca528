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

    private static int ingest(Path db, Path batch, String dossier) {
        return new CommandLine(new VerifactCommand())
                .execute("ingest", "--db", db.toString(), "--engine", "text", "--dossier", dossier, batch.toString());
    }
}
