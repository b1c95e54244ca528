package io.verifact.sync;

/**
 * A scratch database on the machine's PostgreSQL for tests outside this package (the window's), made
 * and dropped as {@link TestDatabase} does.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final TestDatabase database = TestDatabase.create();

    /** Its address, reached as the administrator who prepares it. */
    public String url() {
        return database.url();
    }

    public String admin() {
        return TestDatabase.ADMIN;
    }

    public SharedSettings settings() {
        return database.settings();
    }

    @Override
    public void close() {
        database.close();
    }
}
