package io.verifact.sync;

import java.util.Objects;

/**
 * How to reach the firm's database.
 *
 * @param url a JDBC URL, {@code jdbc:postgresql://host:5432/verifact?sslmode=verify-full}; TLS settings go in it
 * @param user the workstation's database role, or null for the one the URL or the system gives
 * @param password the password, or null to let the driver take it from {@code ~/.pgpass} ({@code PGPASSFILE})
 */
public record SharedSettings(String url, String user, char[] password) {

    public SharedSettings {
        Objects.requireNonNull(url, "url");
        if (!accepts(url)) {
            throw new IllegalArgumentException("The shared database is a PostgreSQL JDBC URL, such as "
                    + "jdbc:postgresql://server:5432/verifact; got " + url);
        }
    }

    /** Whether {@code url} names a PostgreSQL database the way these settings expect. */
    public static boolean accepts(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    public static SharedSettings of(String url) {
        return new SharedSettings(url, null, null);
    }

    /** The URL without any password written in it, to show. */
    public String shown() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1…");
    }

    @Override
    public String toString() {
        return shown() + (user == null ? "" : " as " + user);
    }
}
