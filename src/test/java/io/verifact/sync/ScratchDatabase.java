package io.verifact.sync;

import java.util.List;

import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.Source;
import io.verifact.store.LocalStore;

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

    /**
     * Makes an invoice that two workstations validated differently, its gross total 121.00 here and 122.00
     * there, and shares both through the database: it is in conflict here.
     *
     * @return its id here
     */
    public static long validatedDifferently(SharedSettings settings, LocalStore here, LocalStore there) {
        long id = SyncTest.invoice(here, "FA-13", "120.00");
        try (SharedDatabase shared = SharedDatabase.open(settings)) {
            new Sync(here, shared).once();
            new Sync(there, shared).once();
            validate(here, id, "121.00");
            validate(there, there.documents().list().getFirst().id(), "122.00");
            new Sync(here, shared).once();
            new Sync(there, shared).once();
            new Sync(here, shared).once();
        }
        return id;
    }

    private static void validate(LocalStore store, long id, String gross) {
        store.recognitions().correct(id, FieldKey.GROSS_TOTAL, new FieldValue(FieldKey.GROSS_TOTAL, gross, Source.OPERATOR, 1, 1,
                new Box(0.7, 0.8, 0.8, 0.82), List.of()), List.of(), "operator", "correct");
        store.documents().decide(id, InvoiceStatus.VERIFIED, null, "validate");
    }

    @Override
    public void close() {
        database.close();
    }
}
