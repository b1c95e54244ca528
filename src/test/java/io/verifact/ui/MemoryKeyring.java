package io.verifact.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A keyring in memory, or none at all, for tests that must not touch the machine's own. */
final class MemoryKeyring implements Keyring {

    final Map<String, String> kept = new HashMap<>();
    private final boolean available;

    MemoryKeyring(boolean available) {
        this.available = available;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public Optional<char[]> password(String account) {
        return Optional.ofNullable(kept.get(account)).map(String::toCharArray);
    }

    @Override
    public boolean keep(String account, char[] password) {
        if (!available) {
            return false;
        }
        if (password.length == 0) {
            kept.remove(account);
        } else {
            kept.put(account, new String(password));
        }
        return true;
    }
}
