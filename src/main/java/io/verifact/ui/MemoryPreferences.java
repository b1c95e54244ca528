package io.verifact.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;
import java.util.prefs.PreferencesFactory;

/**
 * Preferences kept in memory only, gone when the JVM ends: a test or a timed start never reads or
 * writes the operator's own. A whole JVM can be given them with
 * {@code -Djava.util.prefs.PreferencesFactory=io.verifact.ui.MemoryPreferences$Factory}.
 */
public final class MemoryPreferences extends AbstractPreferences {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, MemoryPreferences> children = new HashMap<>();

    public MemoryPreferences() {
        this(null, "");
    }

    private MemoryPreferences(MemoryPreferences parent, String name) {
        super(parent, name);
    }

    /** Memory-only user and system roots, for {@code java.util.prefs.PreferencesFactory}. */
    public static final class Factory implements PreferencesFactory {

        private static final Preferences USER = new MemoryPreferences();
        private static final Preferences SYSTEM = new MemoryPreferences();

        @Override
        public Preferences userRoot() {
            return USER;
        }

        @Override
        public Preferences systemRoot() {
            return SYSTEM;
        }
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return children.keySet().toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return children.computeIfAbsent(name, n -> new MemoryPreferences(this, n));
    }

    @Override
    protected void syncSpi() {
    }

    @Override
    protected void flushSpi() {
    }
}
