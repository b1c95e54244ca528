package io.verifact.sync;

import java.nio.file.Path;

import io.verifact.model.InvoiceStatus;
import io.verifact.store.LocalStore;

/**
 * A workstation that validates invoices one by one until it is killed, sharing them in the background
 * as it goes, and says which validations its store acknowledged. Arguments: the store file, the shared
 * database's URL, its role, and a prefix that makes this run's invoices its own.
 */
final class ValidatingStation {

    static final String READY = "ready";
    static final String VALIDATED = "validated ";

    private ValidatingStation() {
    }

    public static void main(String[] args) {
        try (LocalStore store = LocalStore.open(Path.of(args[0]));
             SharedDatabase shared = SharedDatabase.open(new SharedSettings(args[1], args[2], null));
             SyncWorker worker = new SyncWorker(store, shared, state -> { }).start()) {
            System.out.println(READY);
            System.out.flush();
            for (int i = 0; ; i++) {
                long id = SyncTest.invoice(store, args[3] + "-" + i, (100 + i) + ".00");
                store.documents().decide(id, InvoiceStatus.VERIFIED, null, "validate");
                worker.nudge();
                System.out.println(VALIDATED + store.documents().find(id).orElseThrow().sha256());
                System.out.flush();
            }
        }
    }
}
