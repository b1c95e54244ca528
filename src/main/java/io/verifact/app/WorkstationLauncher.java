package io.verifact.app;

import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Engine;
import io.verifact.ocr.OcrEngine;
import io.verifact.store.LocalStore;
import io.verifact.sync.SharedSettings;
import io.verifact.ui.Keyring;
import io.verifact.ui.Workstation;
import io.verifact.ui.WorkstationPreferences;
import io.verifact.workflow.Registers;
import io.verifact.workflow.Ingest;
import io.verifact.workflow.Intake;
import io.verifact.workflow.Recognizer;
import io.verifact.workflow.Sharing;
import io.verifact.workflow.Teaching;
import io.verifact.workflow.Verification;
import io.verifact.workflow.Workspace;
import javafx.application.Platform;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Opens the workstation window on the local store, with the engine that reads what comes in. */
final class WorkstationLauncher {

    /**
     * {@code -Dverifact.ready.exit=true}: as soon as the window shows the queue and the first invoice
     * to verify, drawn, write {@code ready after N ms} on standard error, N counted from the JVM's start,
     * and close. The bench's start figure runs the workstation so.
     */
    static final String READY_EXIT = "verifact.ready.exit";

    private WorkstationLauncher() {
    }

    static void launch(String[] args) {
        WorkstationPreferences preferences = WorkstationPreferences.forUser();
        Settings system = Settings.fromSystem();
        // The settings dialog's OCR languages, unless the command line names others.
        Settings settings = System.getProperty("verifact.ocr.languages") == null
                ? new Settings(preferences.ocrLanguages(), system.tessdata(), system.workers()) : system;
        Path storeFile = storeFile(preferences);
        Documents documents = new Documents(Limits.DEFAULT);
        Clock clock = Clock.systemDefaultZone();
        String operator = System.getProperty("user.name", "operator");
        try (LocalStore store = LocalStore.open(storeFile); OcrEngine ocr = Engines.of(Engine.AUTO, settings);
             Sharing sharing = new Sharing(store, Optional.empty(), operator)
                     .startInBackground(() -> shared(preferences, Keyring.system()))) {
            Ingest ingest = new Ingest(store, documents, new Recognizer(documents, ocr, new FieldExtractor(clock), clock));
            Verification verification = new Verification(store, documents, clock, operator, preferences.locale());
            Path demoFolder = storeFile.resolveSibling("demo");
            Workspace workspace = new Workspace(verification, new Teaching(store, operator, documents, ocr), new Intake(ingest),
                    () -> Demo.write(demoFolder), storeFile.toString(), sharing, new Registers(store, operator));
            if (Boolean.getBoolean(READY_EXIT)) {
                Workstation.launch(args, workspace, WorkstationLauncher::readyThenExit);
            } else {
                Workstation.launch(args, workspace);
            }
        }
    }

    /**
     * The firm's database as the settings name it, with the password the system keyring keeps for it;
     * without one the driver reads {@code ~/.pgpass}. Empty when this workstation works on its own, or when
     * the address kept is not one (the status bar then says "local store only", and Settings shows it).
     */
    static Optional<SharedSettings> shared(WorkstationPreferences preferences, Keyring keyring) {
        String url = preferences.sharedUrl();
        if (url.isBlank() || !Sharing.accepts(url)) {
            return Optional.empty();
        }
        String user = preferences.sharedUser().isBlank() ? null : preferences.sharedUser();
        char[] password = keyring.password(Keyring.account(url, user)).orElse(null);
        return Optional.of(new SharedSettings(url.strip(), user, password));
    }

    private static void readyThenExit() {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("ready after " + sinceStart + " ms");
        Platform.exit();
    }

    /**
     * Where the local store lives: {@code -Dverifact.store=FILE}, else the file chosen in the settings, else
     * the user's application data folder
     * ({@code %APPDATA%\Verifact} on Windows, {@code ~/Library/Application Support/Verifact} on macOS,
     * {@code $XDG_DATA_HOME/verifact} or {@code ~/.local/share/verifact} elsewhere).
     */
    static Path storeFile(WorkstationPreferences preferences) {
        String chosen = System.getProperty("verifact.store");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        if (preferences.storeFile().isPresent()) {
            return preferences.storeFile().get();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path folder;
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            folder = Path.of(System.getenv("APPDATA"), "Verifact");
        } else if (os.contains("mac")) {
            folder = home.resolve("Library/Application Support/Verifact");
        } else {
            String xdg = System.getenv("XDG_DATA_HOME");
            folder = (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("verifact");
        }
        return folder.resolve("verifact.db");
    }
}
