package io.verifact.ui;

import java.util.Optional;

/**
 * Where the shared database's password is kept: the system keyring (Windows Credential Manager, the macOS
 * Keychain, the Secret Service or KWallet on Linux), never the settings. A machine without one keeps no
 * password; the operator puts it in {@code ~/.pgpass}, which the PostgreSQL driver reads.
 */
public interface Keyring {

    /** Whether this machine has a keyring that can keep the password. */
    boolean available();

    /** The password kept for the account, if any. */
    Optional<char[]> password(String account);

    /**
     * Keeps the password for the account; an empty password forgets it.
     *
     * @return false when the keyring refused it
     */
    boolean keep(String account, char[] password);

    /** The keyring of the system the workstation runs on. */
    static Keyring system() {
        return new SystemKeyring();
    }

    /** The account a password is kept under: the role and the database it opens. */
    static String account(String url, String user) {
        return (user == null || user.isBlank() ? "" : user.strip() + "@") + url.strip();
    }
}
