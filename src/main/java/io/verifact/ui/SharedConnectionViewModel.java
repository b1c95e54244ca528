package io.verifact.ui;

import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.verifact.workflow.Sharing;

/**
 * The settings' shared database: its address, the workstation's role and its password. The address and
 * role are kept with the settings, the password in the system keyring only; a machine without a keyring
 * keeps none, and the operator puts it in {@code ~/.pgpass}. Changed settings restart the sharing.
 */
final class SharedConnectionViewModel {

    private final WorkstationPreferences preferences;
    private final Keyring keyring;
    private final SharingViewModel sharing;
    private final Messages messages;
    private final boolean keyringAvailable;
    private final String urlBefore;
    private final String userBefore;
    private final String passwordBefore;
    private final StringProperty url = new SimpleStringProperty();
    private final StringProperty user = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper();

    SharedConnectionViewModel(WorkstationPreferences preferences, Keyring keyring, SharingViewModel sharing, Messages messages) {
        this.preferences = preferences;
        this.keyring = keyring;
        this.sharing = sharing;
        this.messages = messages;
        this.keyringAvailable = keyring.available();
        urlBefore = preferences.sharedUrl();
        userBefore = preferences.sharedUser();
        passwordBefore = urlBefore.isBlank() || !keyringAvailable ? ""
                : keyring.password(Keyring.account(urlBefore, userBefore)).map(String::new).orElse("");
        url.set(urlBefore);
        user.set(userBefore);
        password.set(passwordBefore);
    }

    StringProperty urlProperty() {
        return url;
    }

    StringProperty userProperty() {
        return user;
    }

    StringProperty passwordProperty() {
        return password;
    }

    /** Whether the password can be kept here; without a keyring, {@code ~/.pgpass} holds it. */
    boolean keyringAvailable() {
        return keyringAvailable;
    }

    /** Where the password is kept, in words for the operator. */
    String passwordNote() {
        return messages.get(keyringAvailable ? "settings.shared.keyring" : "settings.shared.pgpass");
    }

    /** What is wrong with the address typed, if anything; an empty address is a workstation on its own. */
    Optional<String> urlProblem() {
        String typed = text(url);
        return typed.isEmpty() || Sharing.accepts(typed) ? Optional.empty() : Optional.of(messages.get("settings.shared.url.invalid"));
    }

    /** What the last test said, or an address refused. */
    ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** Tries the settings as typed, without keeping them; the result says how it went. */
    void test() {
        Optional<String> problem = urlProblem();
        if (problem.isPresent() || text(url).isEmpty()) {
            tell(problem.orElse(messages.get("settings.shared.url.invalid")), true);
            return;
        }
        testing.set(true);
        tell(messages.get("settings.shared.testing"), false);
        sharing.test(text(url), text(user), typedPassword()).whenComplete((outcome, failure) -> {
            testing.set(false);
            if (failure != null) {
                tell(Failures.reason(failure), true);
            } else {
                tell(outcome.orElse(messages.get("settings.shared.ok")), outcome.isPresent());
            }
        });
    }

    private void tell(String text, boolean problem) {
        result.set(text);
        failed.set(problem);
    }

    /** Whether the operator changed the connection. */
    boolean changed() {
        return !text(url).equals(urlBefore.strip()) || !text(user).equals(userBefore.strip())
                || !password.get().equals(passwordBefore);
    }

    /**
     * Keeps the connection, the password in the keyring, and restarts the sharing on it when it changed.
     * Call only when {@link #urlProblem()} is empty, once the dialog is closed, away from the window's
     * thread (the keyring may be slow to answer); the caller saves the preferences with the rest.
     *
     * @return what the operator should be told, when the keyring did not keep the password
     */
    Optional<String> apply() {
        if (!changed()) {
            return Optional.empty();
        }
        preferences.setShared(text(url), text(user));
        boolean kept = true;
        if (keyringAvailable && !text(url).isEmpty()) {
            kept = keyring.keep(Keyring.account(text(url), text(user)), password.get().toCharArray());
        }
        sharing.restart(text(url), text(user), typedPassword());
        return kept ? Optional.empty() : Optional.of(messages.get("settings.shared.keyring.failed"));
    }

    private char[] typedPassword() {
        return keyringAvailable && !password.get().isEmpty() ? password.get().toCharArray() : null;
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }
}
