package io.verifact.store;

import java.nio.file.Path;
import java.util.List;

import io.verifact.model.Engine;

/** A scanning station that captures and reads invoices until it is killed, saying which it has stored. */
final class WritingStation {

    static final String STORED = "stored ";

    private WritingStation() {
    }

    public static void main(String[] args) {
        try (LocalStore store = LocalStore.open(Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                long id = Samples.captured(store, "killed-" + i);
                store.pages().save(id, List.of(Samples.page(1, 500, Engine.TESSERACT), Samples.page(2, 500, Engine.TESSERACT)));
                store.recognitions().save(id, Samples.recognition("FA-" + i), "station");
                System.out.println(STORED + id);
                System.out.flush();
            }
        }
    }
}
