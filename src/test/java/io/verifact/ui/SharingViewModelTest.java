package io.verifact.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.store.LocalStore;
import io.verifact.sync.ScratchDatabase;
import io.verifact.sync.SharedSettings;
import io.verifact.workflow.Holding;
import io.verifact.workflow.Sharing;
import io.verifact.workflow.Verification;
import io.verifact.workflow.SharingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window says of sharing with colleagues, and the shared database's settings, without a display. */
class SharingViewModelTest {

    private static final Executor NOW = Runnable::run;
    private static final String CLOSED_PORT = "jdbc:postgresql://127.0.0.1:9/verifact";

    @TempDir
    Path folder;

    private LocalStore store;
    private Sharing sharing;
    private SharingViewModel model;
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @BeforeEach
    void open() {
        store = LocalStore.open(folder.resolve("verifact.db"));
        sharing = new Sharing(store, Optional.empty(), "claire").start();
        model = new SharingViewModel(sharing, messages, Locale.ENGLISH, ZoneOffset.UTC, NOW, NOW);
        model.start();
    }

    @AfterEach
    void close() {
        model.close();
        sharing.close();
        store.close();
    }

    @Test
    void aWorkstationOnItsOwnSaysLocalStoreOnly() {
        assertThat(model.statusProperty().get()).isEqualTo("Local store only");
        assertThat(model.detailProperty().get()).contains("No shared database is set");
    }

    @Test
    void theStatusBarSaysOnlineOrOfflineWithTheChangesWaitingAndTheProblemAsItsTooltip() {
        assertThat(texts(new SharingState(SharingState.Link.OFFLINE, 3, null, "The shared database cannot be reached.")))
                .containsExactly("Shared: offline, 3 changes waiting", "The shared database cannot be reached.");
        assertThat(texts(new SharingState(SharingState.Link.OFFLINE, 1, null, "Refused.")).getFirst())
                .isEqualTo("Shared: offline, 1 change waiting");
        assertThat(texts(new SharingState(SharingState.Link.ONLINE, 0, Instant.parse("2026-11-24T10:42:00Z"), null)))
                .containsExactly("Shared: online", "Last exchange with the shared database: 11/24/26, 10:42 AM");
        assertThat(texts(new SharingState(SharingState.Link.ONLINE, 2, Instant.parse("2026-11-24T10:42:00Z"), null)).getFirst())
                .isEqualTo("Shared: online, 2 changes waiting");
    }

    @Test
    void aColleaguesClaimReadsAsWhoAndUntilWhen() {
        Holding marie = new Holding("Marie", "desk-2", Instant.parse("2026-11-24T10:42:00Z"));

        assertThat(spaced(model.heldText(marie))).isEqualTo("Marie is verifying this invoice (until 10:42 AM)");
    }

    @Test
    void anInvoiceOpenedOnAWorkstationOnItsOwnHasNoBanner() {
        model.opened(1);

        assertThat(model.getBanner()).isEmpty();
        assertThat(model.holderProperty().get()).isNull();
        model.left();
        assertThat(model.getBanner()).isEmpty();
    }

    @Test
    void anInvoiceValidatedDifferentlyOnAnotherWorkstationListsTheirValidationAndWhatDiffers() {
        long id;
        try (ScratchDatabase database = new ScratchDatabase(); LocalStore there = LocalStore.open(folder.resolve("there.db"))) {
            id = ScratchDatabase.validatedDifferently(database.settings(), store, there);
        }

        model.opened(id);

        assertThat(model.others()).hasSize(1);
        assertThat(spaced(model.getBanner())).startsWith("Validated differently on two workstations: decide by validating the values to keep.\n")
                .contains(": Gross total 122.00 (here 121.00)");
        Verification verification = new Verification(store, new Documents(Limits.DEFAULT), Clock.systemUTC(), "claire");
        assertThat(verification.queue()).singleElement().satisfies(item -> {
            assertThat(item.conflict()).isTrue();
            assertThat(item.toVerify()).as("back in the queue for a decision").isTrue();
        });
        assertThat(verification.open(id).open()).as("validating it again is the decision").isTrue();
    }

    @Test
    void thePasswordGoesToTheKeyringAndNeverToTheSettings() throws Exception {
        MemoryPreferences node = new MemoryPreferences();
        WorkstationPreferences preferences = new WorkstationPreferences(node);
        MemoryKeyring keyring = new MemoryKeyring(true);
        SharedConnectionViewModel connection = new SharedConnectionViewModel(preferences, keyring, model, messages);

        connection.urlProperty().set(" " + CLOSED_PORT + " ");
        connection.userProperty().set("desk2");
        connection.passwordProperty().set("s3cret");
        assertThat(connection.apply()).isEmpty();

        assertThat(preferences.sharedUrl()).isEqualTo(CLOSED_PORT);
        assertThat(preferences.sharedUser()).isEqualTo("desk2");
        assertThat(keyring.kept).containsEntry("desk2@" + CLOSED_PORT, "s3cret");
        for (String key : node.keys()) {
            assertThat(node.get(key, "")).as(key).doesNotContain("s3cret");
        }
        assertThat(sharing.state().link()).as("changed settings restart the sharing").isNotEqualTo(SharingState.Link.LOCAL_ONLY);
        assertThat(new SharedConnectionViewModel(preferences, keyring, model, messages).passwordProperty().get()).isEqualTo("s3cret");
    }

    @Test
    void withoutAKeyringThePasswordIsLeftToPgpass() {
        WorkstationPreferences preferences = new WorkstationPreferences(new MemoryPreferences());
        SharedConnectionViewModel connection = new SharedConnectionViewModel(preferences, new MemoryKeyring(false), model, messages);

        assertThat(connection.keyringAvailable()).isFalse();
        assertThat(connection.passwordNote()).contains("~/.pgpass");
    }

    @Test
    void anAddressThatIsNoPostgresqlDatabaseIsRefusedAndATestSaysWhyItCannotConnect() {
        SharedConnectionViewModel connection = new SharedConnectionViewModel(
                new WorkstationPreferences(new MemoryPreferences()), new MemoryKeyring(true), model, messages);

        connection.urlProperty().set("postgres://server/verifact");
        assertThat(connection.urlProblem()).contains("The shared database's address starts with jdbc:postgresql://");

        connection.urlProperty().set(CLOSED_PORT);
        connection.test();

        assertThat(connection.failedProperty().get()).isTrue();
        assertThat(connection.resultProperty().get()).contains("cannot be reached");
    }

    @Test
    void anAddressTheDriverCannotReadLeavesTheWorkstationOfflineWithTheReason() {
        String typo = "jdbc:postgresql://server:port/verifact";
        try (Sharing kept = new Sharing(store, Optional.of(SharedSettings.of(typo)), "claire").start()) {
            assertThat(kept.state().link()).isEqualTo(SharingState.Link.OFFLINE);
            assertThat(kept.state().problem()).isNotBlank();
        }

        model.restart(typo, "", null).join();

        assertThat(sharing.state().link()).as("the settings take it, and say why it is not reached").isEqualTo(SharingState.Link.OFFLINE);
        assertThat(Sharing.test(typo, "", null)).isPresent();
    }

    /** What the status bar says, and its tooltip, when the sharing says {@code state} (as the worker would). */
    private List<String> texts(SharingState state) {
        model.changed(state);
        return List.of(model.statusProperty().get(), spaced(model.detailProperty().get()));
    }

    /** Times as the JDK writes them in English put a narrow space before AM; a plain one reads the same here. */
    private static String spaced(String text) {
        return text.replace('\u202f', ' ');
    }
}
