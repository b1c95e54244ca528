package io.verifact.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Word;

class PagesTest {

    @TempDir
    Path folder;

    @Test
    void pagesReadOnceAreNeverReadAgain() {
        PageText upsideDown = Samples.page(2, 37, Engine.TESSERACT);
        List<PageText> pages = List.of(Samples.page(1, 500, Engine.TEXT),
                new PageText(2, upsideDown.words(), Engine.TESSERACT, upsideDown.width(), upsideDown.height(), 2),
                new PageText(3, List.of(), Engine.TESSERACT, 2480, 3508));
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            long id = Samples.captured(store, "three-pages");

            store.pages().save(id, pages);

            assertThat(store.pages().load(id)).as("with the turns that made the pages readable").contains(pages);
            assertThat(store.documents().find(id)).get().extracting(StoredDocument::pageCount).isEqualTo(3);
        }
    }

    @Test
    void aTurnedPageStaysTurnedAfterTheStoreIsOpenedAgainAndItsPagesAreReadAgain() {
        long id;
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            id = Samples.captured(store, "sideways");
            store.pages().save(id, List.of(Samples.page(1, 5, Engine.TEXT), Samples.page(2, 5, Engine.TEXT)));
            store.pages().turn(id, 2, 1);
            store.pages().turn(id, 1, 2);
            store.pages().turn(id, 1, 4);
        }
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            store.pages().save(id, List.of(Samples.page(1, 5, Engine.TESSERACT), Samples.page(2, 5, Engine.TESSERACT)));

            assertThat(store.pages().turns(id)).as("page 1 was turned back upright").containsExactly(java.util.Map.entry(2, 1));
            assertThat(store.pages().turns(Samples.captured(store, "another"))).isEmpty();
        }
    }

    @Test
    void aPageReadTurnedOpensAsItWasReadUntilTheOperatorTurnsItOtherwiseEvenBackAsScanned() {
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            long id = Samples.captured(store, "upside-down");
            PageText read = Samples.page(1, 5, Engine.TESSERACT);
            store.pages().save(id, List.of(new PageText(1, read.words(), Engine.TESSERACT, read.width(), read.height(), 2),
                    Samples.page(2, 5, Engine.TESSERACT)));

            assertThat(store.pages().turns(id)).as("as read").isEqualTo(java.util.Map.of(1, 2));
            store.pages().turn(id, 1, 0);
            assertThat(store.pages().turns(id)).as("turned back as scanned").isEmpty();
            store.pages().turn(id, 1, 3);
            assertThat(store.pages().turns(id)).isEqualTo(java.util.Map.of(1, 3));
            store.pages().turn(id, 1, 2);
            assertThat(store.pages().turns(id)).as("as read again").isEqualTo(java.util.Map.of(1, 2));
        }
    }

    @Test
    void aPageTheOperatorTurnedBeforeThisVersionStaysTurned() throws Exception {
        Path file = folder.resolve("earlier.db");
        org.sqlite.SQLiteDataSource earlier = new org.sqlite.SQLiteDataSource();
        earlier.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure(Schema.class.getClassLoader()).dataSource(earlier).locations("classpath:db/local")
                .target("6").load().migrate();
        try (java.sql.Connection connection = earlier.getConnection(); java.sql.Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO documents (id, sha256, file_name, status, captured_at) VALUES (7, 'ab', 'sideways.png', 'to_verify', '2026-11-25T10:00:00.000Z')");
            sql.execute("INSERT INTO page_turns (document_id, page_number, quarter_turns) VALUES (7, 1, 1)");
        }

        try (LocalStore store = LocalStore.open(file)) {
            assertThat(store.pages().turns(7)).isEqualTo(java.util.Map.of(1, 1));
        }
    }

    @Test
    void wordsComeBackExactlyAsTheyWereRead() {
        Word word = new Word("  Total TTC : ", new Box(0.1 / 3, 0.2, 0.7000000000000001, 1.0), 0.123456789012345, 41, 7);
        PageText page = new PageText(2, List.of(word), Engine.TEXTRACT, 1700.5, 2200.25);
        try (LocalStore store = LocalStore.inMemory()) {
            long id = Samples.captured(store, "exact");

            store.pages().save(id, List.of(page));

            assertThat(store.pages().load(id).orElseThrow()).singleElement().isEqualTo(page);
        }
    }

    @Test
    void aDocumentWhosePagesWereNeverReadHasNone() {
        try (LocalStore store = LocalStore.inMemory()) {
            long unread = Samples.captured(store, "unread");
            long empty = Samples.captured(store, "empty");
            store.pages().save(empty, List.of());

            assertThat(store.pages().load(unread)).isEmpty();
            assertThat(store.pages().load(empty)).contains(List.of());
            assertThat(store.pages().load(404)).isEmpty();
        }
    }

    @Test
    void readingPagesAgainReplacesThem() {
        try (LocalStore store = LocalStore.inMemory()) {
            long id = Samples.captured(store, "again");
            store.pages().save(id, List.of(Samples.page(1, 20, Engine.TESSERACT), Samples.page(2, 20, Engine.TESSERACT)));

            store.pages().save(id, List.of(Samples.page(1, 30, Engine.TEXTRACT)));

            assertThat(store.pages().load(id)).contains(List.of(Samples.page(1, 30, Engine.TEXTRACT)));
            assertThat(store.documents().find(id)).get().extracting(StoredDocument::pageCount).isEqualTo(1);
            assertThat(store.audit().forDocument(id)).extracting(AuditEntry::action, AuditEntry::oldValue, AuditEntry::newValue)
                    .endsWith(tuple("pages", "2", "1"));
        }
    }

    @Test
    void aLongDocumentIsSavedAndLoadedQuickly() {
        List<PageText> pages = new ArrayList<>();
        for (int number = 1; number <= 20; number++) {
            pages.add(Samples.page(number, 500, Engine.TESSERACT));
        }
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            long id = Samples.captured(store, "long");

            store.pages().save(id, pages);
            List<PageText> loaded = store.pages().load(id).orElseThrow();

            assertThat(loaded).isEqualTo(pages);
        }
    }

    @Test
    void pagesOfAnUnknownDocumentAreRefused() {
        try (LocalStore store = LocalStore.inMemory()) {
            assertThatThrownBy(() -> store.pages().save(404, List.of(Samples.page(1, 1, Engine.TEXT))))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.UNKNOWN_DOCUMENT));
        }
    }
}
