package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Word;

/** The words read off each page of a document, kept so that no document is ever read twice; and the pages the operator turned. */
public final class Pages {

    private final Database database;
    private final Audit audit;
    private final Documents documents;

    Pages(Database database, Audit audit, Documents documents) {
        this.database = database;
        this.audit = audit;
        this.documents = documents;
    }

    /** Replaces the document's pages with these, all or nothing. */
    public void save(long documentId, List<PageText> pages) {
        database.write(connection -> {
            StoredDocument before = documents.existing(connection, documentId);
            delete(connection, documentId);
            insertPages(connection, documentId, pages);
            insertWords(connection, documentId, pages);
            try (PreparedStatement update = connection.prepareStatement("UPDATE documents SET page_count = ? WHERE id = ?")) {
                update.setInt(1, pages.size());
                update.setLong(2, documentId);
                update.executeUpdate();
            }
            audit.record(connection, documents.actor(), documentId, "pages", "page_count",
                    Integer.toString(before.pageCount()), Integer.toString(pages.size()));
            return null;
        });
    }

    /** The pages as saved, in page order; empty when the document's pages were never read. */
    public Optional<List<PageText>> load(long documentId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT page_count FROM documents WHERE id = ?")) {
                query.setLong(1, documentId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next() || row.getObject(1) == null) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(pages(connection, documentId, words(connection, documentId)));
        });
    }

    /**
     * Keeps how far a page is turned clockwise to be read upright, in quarter turns; 0 (or a full turn)
     * shows it as scanned. A way of looking at the page: kept on this workstation, with no audit row. A turn
     * the page's reading found ({@link PageText#uprightTurns()}) needs no row: it is the page's own.
     */
    public void turn(long documentId, int page, int quarterTurns) {
        int turns = Math.floorMod(quarterTurns, 4);
        database.write(connection -> {
            boolean asRead = turns == readingTurns(connection, documentId, page);
            try (PreparedStatement change = connection.prepareStatement(asRead
                    ? "DELETE FROM page_turns WHERE document_id = ? AND page_number = ?"
                    : """
                    INSERT INTO page_turns (document_id, page_number, quarter_turns) VALUES (?, ?, ?)
                    ON CONFLICT (document_id, page_number) DO UPDATE SET quarter_turns = excluded.quarter_turns""")) {
                change.setLong(1, documentId);
                change.setInt(2, page);
                if (!asRead) {
                    change.setInt(3, turns);
                }
                change.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The quarter turns clockwise of the document's turned pages, by page number: as the operator turned them, else
     * as their reading found them (a page scanned upside down opens upright, here and wherever its pages are shared).
     * Pages shown as scanned are left out.
     */
    public Map<Integer, Integer> turns(long documentId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.number, COALESCE(t.quarter_turns, p.upright_turns) FROM pages p
                    LEFT JOIN page_turns t ON t.document_id = p.document_id AND t.page_number = p.number
                    WHERE p.document_id = ?
                    UNION ALL
                    SELECT t.page_number, t.quarter_turns FROM page_turns t
                    WHERE t.document_id = ? AND NOT EXISTS (SELECT 1 FROM pages p WHERE p.document_id = t.document_id AND p.number = t.page_number)
                    ORDER BY 1""")) {
                query.setLong(1, documentId);
                query.setLong(2, documentId);
                Map<Integer, Integer> turns = new LinkedHashMap<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        if (row.getInt(2) != 0) {
                            turns.put(row.getInt(1), row.getInt(2));
                        }
                    }
                }
                return Map.copyOf(turns);
            }
        });
    }

    /**
     * The quarter turns clockwise each of the document's pages was turned to be read, by page number, whatever the
     * operator did since: what is taught on a page, a mask's zones, stands where it does on the page so turned.
     * Pages read as scanned are left out.
     */
    public Map<Integer, Integer> readingTurns(long documentId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT number, upright_turns FROM pages WHERE document_id = ? AND upright_turns <> 0 ORDER BY number")) {
                query.setLong(1, documentId);
                Map<Integer, Integer> turns = new LinkedHashMap<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        turns.put(row.getInt(1), row.getInt(2));
                    }
                }
                return Map.copyOf(turns);
            }
        });
    }

    /** The quarter turns the page's reading found it needed; 0 for a page not read. */
    private static int readingTurns(Connection connection, long documentId, int page) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT upright_turns FROM pages WHERE document_id = ? AND number = ?")) {
            query.setLong(1, documentId);
            query.setInt(2, page);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    private static void delete(Connection connection, long documentId) throws SQLException {
        for (String table : List.of("words", "pages")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                delete.setLong(1, documentId);
                delete.executeUpdate();
            }
        }
    }

    private static void insertPages(Connection connection, long documentId, List<PageText> pages) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO pages (document_id, number, engine, width, height, upright_turns) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PageText page : pages) {
                insert.setLong(1, documentId);
                insert.setInt(2, page.number());
                insert.setString(3, page.engine().key());
                insert.setDouble(4, page.width());
                insert.setDouble(5, page.height());
                insert.setInt(6, page.uprightTurns());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertWords(Connection connection, long documentId, List<PageText> pages) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO words (document_id, page_number, position, text, x0, y0, x1, y1, confidence, line, block)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (PageText page : pages) {
                int position = 0;
                for (Word word : page.words()) {
                    insert.setLong(1, documentId);
                    insert.setInt(2, page.number());
                    insert.setInt(3, position++);
                    insert.setString(4, word.text());
                    Columns.setBox(insert, 5, word.box());
                    insert.setDouble(9, word.confidence());
                    insert.setInt(10, word.line());
                    insert.setInt(11, word.block());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Map<Integer, List<Word>> words(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT page_number, text, x0, y0, x1, y1, confidence, line, block
                FROM words WHERE document_id = ? ORDER BY page_number, position""")) {
            query.setLong(1, documentId);
            Map<Integer, List<Word>> words = new LinkedHashMap<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    words.computeIfAbsent(row.getInt(1), number -> new ArrayList<>()).add(
                            new Word(row.getString(2), Columns.box(row, 3), row.getDouble(7), row.getInt(8), row.getInt(9)));
                }
            }
            return words;
        }
    }

    private static List<PageText> pages(Connection connection, long documentId, Map<Integer, List<Word>> words)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT number, engine, width, height, upright_turns FROM pages WHERE document_id = ? ORDER BY number")) {
            query.setLong(1, documentId);
            List<PageText> pages = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    int number = row.getInt(1);
                    pages.add(new PageText(number, words.getOrDefault(number, List.of()), Engine.fromKey(row.getString(2)),
                            row.getDouble(3), row.getDouble(4), row.getInt(5)));
                }
            }
            return pages;
        }
    }
}
