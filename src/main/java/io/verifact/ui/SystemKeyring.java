package io.verifact.ui;

import java.util.Optional;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.PasswordAccessException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The system keyring, through java-keyring; a machine without one says so rather than failing. */
final class SystemKeyring implements Keyring {

    private static final Logger log = LoggerFactory.getLogger(SystemKeyring.class);
    private static final String SERVICE = "Verifact shared database";

    @Override
    public boolean available() {
        try (com.github.javakeyring.Keyring keyring = com.github.javakeyring.Keyring.create()) {
            return keyring != null;
        } catch (BackendNotSupportedException e) {
            return false;
        } catch (Exception | LinkageError e) {
            log.debug("No system keyring: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public Optional<char[]> password(String account) {
        try (com.github.javakeyring.Keyring keyring = com.github.javakeyring.Keyring.create()) {
            String password = keyring.getPassword(SERVICE, account);
            return password == null || password.isEmpty() ? Optional.empty() : Optional.of(password.toCharArray());
        } catch (PasswordAccessException e) {
            // Nothing kept for that account yet.
            return Optional.empty();
        } catch (Exception | LinkageError e) {
            log.info("The system keyring cannot be read: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public boolean keep(String account, char[] password) {
        try (com.github.javakeyring.Keyring keyring = com.github.javakeyring.Keyring.create()) {
            if (password == null || password.length == 0) {
                try {
                    keyring.deletePassword(SERVICE, account);
                } catch (PasswordAccessException e) {
                    // Nothing was kept.
                }
            } else {
                keyring.setPassword(SERVICE, account, new String(password));
            }
            return true;
        } catch (Exception | LinkageError e) {
            log.warn("The system keyring did not keep the password: {}", e.getMessage());
            return false;
        }
    }
}
