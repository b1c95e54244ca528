package io.verifact.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.verifact.sync.Claims;
import io.verifact.sync.ScratchDatabase;
import io.verifact.sync.SharedDatabase;
import io.verifact.sync.SharedSettings;
import io.verifact.workflow.SharingState;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a workstation that shares with colleagues through the firm's database (a scratch one on
 * the machine's PostgreSQL): a colleague's claim in the banner and the queue, validating over it, the status
 * bar offline with changes waiting, and the shared database in the settings. Screenshots of each go to
 * {@code target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ColleaguesTest {

    private static final String CLOSED_PORT = "jdbc:postgresql://127.0.0.1:9/verifact?sslmode=verify-full";

    @TempDir
    static Path parent;

    private Stage stage;
    private TestDesk desk;
    private WorkstationApp app;
    private ScratchDatabase database;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (app != null) {
            desk.closeWith(robot, stage, app);
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anInvoiceAColleagueIsVerifyingSaysWhoUntilWhenAndValidatingItAsksFirst(FxRobot robot) throws IOException {
        database = new ScratchDatabase();
        desk = TestDesk.under(parent);
        desk.take(desk.invoice("dupuis-FA-7.pdf", "Atelier Dupuis", "FA-7", "120,00"));
        desk.workspace.sharing().start().restart(Optional.of(database.settings()));
        Robots.waitFor(() -> desk.workspace.sharing().state().link() == SharingState.Link.ONLINE
                && desk.workspace.sharing().state().waiting() == 0);
        String sha256 = desk.store.documents().list().getFirst().sha256();
        try (SharedDatabase shared = SharedDatabase.open(database.settings())) {
            assertThat(new Claims(shared, "desk-marie").claim(sha256, "Marie")).isEmpty();
        }

        app = open(robot);
        Label banner = robot.lookup("#" + WorkstationView.SHARING_BANNER_ID).queryAs(Label.class);
        Robots.waitFor(() -> banner.isVisible() && banner.getText().startsWith("Marie is verifying this invoice (until "));
        Robots.waitFor(() -> robot.lookup(".queue-held").tryQueryAs(Label.class).filter(Label::isVisible)
                .map(Label::getText).filter("Marie"::equals).isPresent());
        Robots.waitFor(() -> app.view().invoice().rows().size() > 0);
        keep(Screenshots.save(stage.getScene(), "claim-banner-light-en"));

        robot.interact(() -> robot.lookup("#" + WorkstationView.VALIDATE_ID).queryButton().fire());
        Robots.waitFor(() -> dialog().isPresent());
        DialogPane asked = (DialogPane) dialog().orElseThrow().getScene().getRoot();
        assertThat(asked.getHeaderText()).startsWith("Marie is verifying this invoice").endsWith("Validate it anyway?");
        keep(Screenshots.save(dialog().orElseThrow().getScene(), "claim-confirm-light-en"));
        robot.interact(() -> ((Button) asked.lookupButton(ButtonType.CANCEL)).fire());

        assertThat(desk.verification.open(desk.store.documents().list().getFirst().id()).status())
                .as("cancelled: not validated").isEqualTo(io.verifact.model.InvoiceStatus.RECOGNIZED);
    }

    @Test
    void anInvoiceValidatedDifferentlyOnTwoWorkstationsListsTheOtherValidationAndIsDecidedByValidatingIt(FxRobot robot)
            throws IOException {
        database = new ScratchDatabase();
        desk = TestDesk.under(parent);
        long id;
        try (io.verifact.store.LocalStore there = io.verifact.store.LocalStore.open(desk.folder.resolve("there.db"))) {
            id = ScratchDatabase.validatedDifferently(database.settings(), desk.store, there);
        }

        app = open(robot);
        Label banner = robot.lookup("#" + WorkstationView.SHARING_BANNER_ID).queryAs(Label.class);
        Robots.waitFor(() -> banner.isVisible() && banner.getText().contains("Gross total 122.00 (here 121.00)"));
        assertThat(banner.getText()).startsWith("Validated differently on two workstations");
        Robots.waitFor(() -> robot.lookup(".queue-note").tryQueryAs(Label.class)
                .map(Label::getText).filter("Validated differently on two workstations: decide"::equals).isPresent());
        keep(Screenshots.save(stage.getScene(), "conflict-banner-light-en"));
        assertThat(robot.lookup("#" + WorkstationView.VALIDATE_ID).queryButton().isDisabled()).isFalse();
        assertThat(desk.verification.open(id).conflict()).isTrue();
    }

    @Test
    void offlineTheStatusBarSaysSoWithTheChangesWaitingAndTheSettingsTestTheConnection(FxRobot robot) throws IOException {
        desk = TestDesk.under(parent);
        desk.take(desk.invoice("dupuis-FA-8.pdf", "Atelier Dupuis", "FA-8", "120,00"),
                desk.invoice("dupuis-FA-9.pdf", "Atelier Dupuis", "FA-9", "240,00"));
        desk.preferences.setShared(CLOSED_PORT, "desk2");
        desk.workspace.sharing().start().restart(Optional.of(new SharedSettings(CLOSED_PORT, "desk2", null)));

        app = open(robot);
        Label status = robot.lookup("#" + WorkstationView.SHARING_STATUS_ID).queryAs(Label.class);
        // The status and its tooltip change on the window's thread, one after the other: both are waited for.
        Robots.waitFor(() -> status.getText().equals("Shared: offline, 2 changes waiting")
                && status.getTooltip().getText().contains("cannot be reached"));
        Robots.waitFor(() -> app.view().invoice().rows().size() > 0);
        keep(Screenshots.save(stage.getScene(), "status-offline-light-en"));

        // The dialog waits for the operator: not through interact, which would wait for it in turn.
        javafx.application.Platform.runLater(() -> robot.lookup("#settings").queryButton().fire());
        Robots.waitFor(() -> dialog().isPresent());
        Window settings = dialog().orElseThrow();
        TextField url = (TextField) Robots.lookup(settings, "#" + SettingsDialog.SHARED_URL_ID);
        assertThat(url.getText()).isEqualTo(CLOSED_PORT);
        assertThat(((TextField) Robots.lookup(settings, "#" + SettingsDialog.SHARED_USER_ID)).getText()).isEqualTo("desk2");
        robot.interact(() -> ((Button) settings.getScene().lookup("#" + SettingsDialog.SHARED_TEST_ID)).fire());
        Label result = (Label) Robots.lookup(settings, "#" + SettingsDialog.SHARED_RESULT_ID);
        Robots.waitFor(() -> result.getText().contains("cannot be reached"));
        keep(Screenshots.save(settings.getScene(), "settings-shared-light-en"));
    }

    @Test
    void settingsConfirmedRightBeforeTheWorkstationClosesAreKeptWithTheirPassword(FxRobot robot) throws IOException {
        desk = TestDesk.under(parent);
        // A keyring that takes its time, as one asking to be unlocked does.
        Keyring slow = new Keyring() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public Optional<char[]> password(String account) {
                return desk.keyring.password(account);
            }

            @Override
            public boolean keep(String account, char[] password) {
                try {
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return desk.keyring.keep(account, password);
            }
        };
        WorkstationApp[] opened = new WorkstationApp[1];
        robot.interact(() -> opened[0] = desk.openWithinReach(stage, slow));
        app = opened[0];

        javafx.application.Platform.runLater(() -> robot.lookup("#settings").queryButton().fire());
        Robots.waitFor(() -> dialog().isPresent());
        Window settings = dialog().orElseThrow();
        robot.interact(() -> {
            ((TextField) settings.getScene().lookup("#" + SettingsDialog.SHARED_URL_ID)).setText(CLOSED_PORT);
            ((TextField) settings.getScene().lookup("#" + SettingsDialog.SHARED_PASSWORD_ID)).setText("secret");
        });
        robot.interact(() -> ((Button) ((DialogPane) settings.getScene().getRoot()).lookupButton(ButtonType.OK)).fire());
        Robots.waitFor(() -> dialog().isEmpty());
        app.stop();

        assertThat(desk.preferences.sharedUrl()).isEqualTo(CLOSED_PORT);
        assertThat(desk.keyring.kept).containsEntry(Keyring.account(CLOSED_PORT, ""), "secret");
    }

    private WorkstationApp open(FxRobot robot) {
        WorkstationApp[] opened = new WorkstationApp[1];
        robot.interact(() -> opened[0] = desk.openWithinReach(stage));
        return opened[0];
    }

    private Optional<Window> dialog() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst();
    }

    private static void keep(Path screenshot) throws IOException {
        assertThat(Files.size(screenshot)).isPositive();
        Screenshots.keep(screenshot);
    }
}
