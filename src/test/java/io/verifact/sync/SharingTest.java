package io.verifact.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.Source;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.store.LocalStore;
import io.verifact.workflow.Decision;
import io.verifact.workflow.Holding;
import io.verifact.workflow.OtherValidation;
import io.verifact.workflow.Sharing;
import io.verifact.workflow.SharingState;
import io.verifact.workflow.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workstation's sharing as the operator meets it: claims on the invoices colleagues open, the state
 * for the status bar, and the other validation of an invoice in conflict. Kept beside the sync engine's
 * tests for their scratch database on the machine's PostgreSQL.
 */
class SharingTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private LocalStore marieStore;
    private LocalStore claireStore;

    @BeforeEach
    void start() {
        database = TestDatabase.create();
        marieStore = LocalStore.open(folder.resolve("marie.verifact"));
        claireStore = LocalStore.open(folder.resolve("claire.verifact"));
    }

    @AfterEach
    void stop() {
        marieStore.close();
        claireStore.close();
        database.close();
    }

    @Test
    void anInvoiceOpenedByAColleagueSaysWhoHoldsItAndIsFreeOnceTheyLeaveIt() {
        long marieId = SyncTest.invoice(marieStore, "FA-10", "120.00");
        long claireId = sharedWithClaire();
        try (Sharing marie = sharing(marieStore, "marie"); Sharing claire = sharing(claireStore, "claire")) {
            Instant before = Instant.now();

            assertThat(marie.hold(marieId)).isEmpty();
            Optional<Holding> held = claire.hold(claireId);

            assertThat(held).hasValueSatisfying(h -> {
                assertThat(h.operator()).isEqualTo("marie");
                assertThat(h.until()).isAfter(before.plus(Duration.ofMinutes(9)));
            });
            assertThat(claire.heldByOthers()).containsOnlyKeys(claireId);
            assertThat(marie.heldByOthers()).as("her own claim is no colleague's").isEmpty();

            marie.letGo();

            assertThat(claire.hold(claireId)).isEmpty();
            assertThat(marie.heldByOthers()).containsOnlyKeys(marieId);
        }
    }

    @Test
    void aWorkstationThatCannotReachTheDatabaseSaysSoWithTheChangesWaiting() {
        SyncTest.invoice(marieStore, "FA-11", "80.00");
        List<SharingState> seen = new CopyOnWriteArrayList<>();
        try (Sharing marie = new Sharing(marieStore, Optional.of(SharedSettings.of("jdbc:postgresql://127.0.0.1:9/verifact")), "marie")) {
            marie.addListener(seen::add);
            marie.start();

            waitFor(() -> marie.state().link() == SharingState.Link.OFFLINE);

            assertThat(marie.state().waiting()).isEqualTo(1);
            assertThat(marie.state().problem()).contains("cannot be reached");
            assertThat(seen).extracting(SharingState::link).startsWith(SharingState.Link.CONNECTING).contains(SharingState.Link.OFFLINE);
            assertThat(marie.hold(1)).as("nobody can say otherwise").isEmpty();
        }
    }

    @Test
    void aStartInTheBackgroundReachesTheDatabaseWithoutHoldingTheCallerUp() throws Exception {
        java.util.concurrent.CountDownLatch keyring = new java.util.concurrent.CountDownLatch(1);
        try (Sharing marie = new Sharing(marieStore, Optional.empty(), "marie").startInBackground(once(keyring, database.settings()))) {
            assertThat(marie.state().link()).as("the window opens while the keyring is still asked").isEqualTo(SharingState.Link.LOCAL_ONLY);

            keyring.countDown();

            waitFor(() -> marie.state().link() == SharingState.Link.ONLINE);
        }
    }

    @Test
    void settingsGivenWhileTheBackgroundStartWaitsWinOverThoseItRead() {
        java.util.concurrent.CountDownLatch keyring = new java.util.concurrent.CountDownLatch(1);
        try (Sharing marie = new Sharing(marieStore, Optional.empty(), "marie").startInBackground(once(keyring, SharedSettings.of("jdbc:postgresql://127.0.0.1:9/verifact")))) {
            marie.restart(database.url(), "postgres", null);
            keyring.countDown();

            waitFor(() -> marie.state().link() == SharingState.Link.ONLINE);
        }
    }

    @Test
    void withoutASharedDatabaseTheWorkstationWorksOnItsOwn() {
        long id = SyncTest.invoice(marieStore, "FA-12", "80.00");
        try (Sharing marie = new Sharing(marieStore, Optional.empty(), "marie").start()) {
            assertThat(marie.state()).isEqualTo(SharingState.localOnly());
            assertThat(marie.hold(id)).isEmpty();
            assertThat(marie.heldByOthers()).isEmpty();
        }
    }

    @Test
    void changedSettingsShareWithTheNewDatabaseAndBlankSettingsWithNone() {
        try (Sharing marie = new Sharing(marieStore, Optional.empty(), "marie").start()) {
            marie.restart(database.url(), "postgres", null);
            waitFor(() -> marie.state().link() == SharingState.Link.ONLINE);

            marie.restart("", null, null);

            assertThat(marie.state().link()).isEqualTo(SharingState.Link.LOCAL_ONLY);
        }
        assertThat(Sharing.test(database.url(), "postgres", null)).isEmpty();
        assertThat(Sharing.test("jdbc:postgresql://127.0.0.1:9/verifact", null, null)).hasValueSatisfying(
                problem -> assertThat(problem).contains("cannot be reached"));
    }

    @Test
    void anInvoiceValidatedDifferentlyOnTwoWorkstationsShowsTheOtherValidationAndWhatDiffers() {
        long marieId = ScratchDatabase.validatedDifferently(database.settings(), marieStore, claireStore);

        assertThat(marieStore.replica().conflicts()).containsExactly(marieId);
        try (Sharing marie = new Sharing(marieStore, Optional.empty(), "marie")) {
            List<OtherValidation> others = marie.otherValidations(marieId);

            assertThat(others).singleElement().satisfies(other -> {
                assertThat(other.operator()).as("the decision's actor, as the store records it").isNotBlank();
                assertThat(other.station()).isEqualTo(claireStore.outbox().station());
                assertThat(other.at()).isNotNull();
                assertThat(other.differences()).containsExactly(
                        new OtherValidation.Difference(FieldKey.GROSS_TOTAL, "122.00", "121.00"));
            });
        }
    }

    @Test
    void validatingAnInvoiceInConflictAgainDecidesItOnEveryWorkstation() {
        long marieId = ScratchDatabase.validatedDifferently(database.settings(), marieStore, claireStore);
        Verification verification = new Verification(marieStore, new Documents(Limits.DEFAULT), Clock.systemUTC(), "marie");

        assertThat(verification.validate(marieId, "121.00 is what the supplier printed")).isInstanceOf(Decision.Validated.class);
        try (SharedDatabase shared = SharedDatabase.open(database.settings())) {
            assertThat(marieStore.replica().conflicts()).as("decided here at once").isEmpty();
            new Sync(marieStore, shared).once();
            new Sync(claireStore, shared).once();
            new Sync(marieStore, shared).once();
        }

        assertThat(marieStore.replica().conflicts()).isEmpty();
        assertThat(claireStore.replica().conflicts()).isEmpty();
        assertThat(claireStore.recognitions().load(claireStore.documents().list().getFirst().id()).orElseThrow()
                .value(FieldKey.GROSS_TOTAL)).contains("121.00");
    }

    private long sharedWithClaire() {
        try (SharedDatabase shared = SharedDatabase.open(database.settings())) {
            new Sync(marieStore, shared).once();
            new Sync(claireStore, shared).once();
        }
        return claireStore.documents().list().getFirst().id();
    }

    /** Settings a slow keyring gives, once the latch opens. */
    private static java.util.function.Supplier<Optional<SharedSettings>> once(java.util.concurrent.CountDownLatch keyring, SharedSettings settings) {
        return () -> {
            try {
                keyring.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(settings);
        };
    }

    private Sharing sharing(LocalStore store, String operator) {
        return new Sharing(store, Optional.of(database.settings()), operator).start();
    }

    private static void waitFor(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited 20 s in vain");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
