package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.verifact.model.CheckResult;
import io.verifact.model.CustomValue;
import io.verifact.model.Source;
import io.verifact.model.LineItem;
import io.verifact.model.Recognition;
import io.verifact.model.VatLine;

/** The lists of a recognition: its VAT breakdown, line items and checks, each kept in its order. */
final class RecognitionLists {

    private RecognitionLists() {
    }

    static void insert(Connection connection, long documentId, Recognition recognition) throws SQLException {
        insertVatBreakdown(connection, documentId, recognition.vatBreakdown());
        insertRows(connection, """
                INSERT INTO line_items (document_id, position, description, quantity, unit_price, amount, vat_rate)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", documentId, recognition.lineItems(), (insert, item) -> {
                    insert.setString(3, item.description());
                    Columns.setDecimal(insert, 4, item.quantity());
                    Columns.setDecimal(insert, 5, item.unitPrice());
                    Columns.setDecimal(insert, 6, item.amount());
                    Columns.setDecimal(insert, 7, item.vatRate());
                });
        insertChecks(connection, documentId, recognition.checks());
        insertCustom(connection, documentId, recognition.custom());
    }

    /** Puts this VAT breakdown in place of the document's. */
    static void replaceVatBreakdown(Connection connection, long documentId, List<VatLine> breakdown) throws SQLException {
        deleteRows(connection, "vat_lines", documentId);
        insertVatBreakdown(connection, documentId, breakdown);
    }

    private static void insertVatBreakdown(Connection connection, long documentId, List<VatLine> breakdown) throws SQLException {
        insertRows(connection, "INSERT INTO vat_lines (document_id, position, rate, base, tax) VALUES (?, ?, ?, ?, ?)",
                documentId, breakdown, (insert, line) -> {
                    Columns.setDecimal(insert, 3, line.rate());
                    Columns.setDecimal(insert, 4, line.base());
                    Columns.setDecimal(insert, 5, line.tax());
                });
    }

    /** Puts these custom values in place of the document's. */
    static void replaceCustom(Connection connection, long documentId, List<CustomValue> custom) throws SQLException {
        deleteRows(connection, "custom_values", documentId);
        insertCustom(connection, documentId, custom);
    }

    private static void insertCustom(Connection connection, long documentId, List<CustomValue> custom) throws SQLException {
        insertRows(connection, """
                INSERT INTO custom_values (document_id, position, name, value, source, confidence, page, x0, y0, x1, y1)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", documentId, custom, (insert, value) -> {
                    insert.setString(3, value.name());
                    insert.setString(4, value.value());
                    insert.setString(5, value.source().key());
                    insert.setDouble(6, value.confidence());
                    insert.setInt(7, value.page());
                    Columns.setBox(insert, 8, value.box());
                });
    }

    static List<CustomValue> custom(Connection connection, long documentId) throws SQLException {
        return rows(connection, "SELECT name, value, source, confidence, page, x0, y0, x1, y1 FROM custom_values", documentId,
                row -> new CustomValue(row.getString(1), row.getString(2), Source.valueOf(row.getString(3).toUpperCase(java.util.Locale.ROOT)),
                        row.getDouble(4), row.getInt(5), Columns.box(row, 6)));
    }

    private static void insertChecks(Connection connection, long documentId, List<CheckResult> checks) throws SQLException {
        insertRows(connection, "INSERT INTO checks (document_id, position, name, ok, detail) VALUES (?, ?, ?, ?, ?)",
                documentId, checks, (insert, check) -> {
                    insert.setString(3, check.name());
                    insert.setBoolean(4, check.ok());
                    insert.setString(5, check.detail());
                });
    }

    /** Puts these checks in place of the document's checks. */
    static void replaceChecks(Connection connection, long documentId, List<CheckResult> checks) throws SQLException {
        deleteRows(connection, "checks", documentId);
        insertChecks(connection, documentId, checks);
    }

    static List<VatLine> vatBreakdown(Connection connection, long documentId) throws SQLException {
        return rows(connection, "SELECT rate, base, tax FROM vat_lines", documentId,
                row -> new VatLine(Columns.decimal(row, 1), Columns.decimal(row, 2), Columns.decimal(row, 3)));
    }

    static List<LineItem> lineItems(Connection connection, long documentId) throws SQLException {
        return rows(connection, "SELECT description, quantity, unit_price, amount, vat_rate FROM line_items", documentId,
                row -> new LineItem(row.getString(1), Columns.decimal(row, 2), Columns.decimal(row, 3),
                        Columns.decimal(row, 4), Columns.decimal(row, 5)));
    }

    static List<CheckResult> checks(Connection connection, long documentId) throws SQLException {
        return rows(connection, "SELECT name, ok, detail FROM checks", documentId,
                row -> new CheckResult(row.getString(1), row.getBoolean(2), row.getString(3)));
    }

    /** Deletes the document's rows of one of the lists' tables, named here and never by a caller's input. */
    private static void deleteRows(Connection connection, String table, long documentId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
            delete.setLong(1, documentId);
            delete.executeUpdate();
        }
    }

    /** Binds one element's values from the third parameter on; the first two are the document and position. */
    @FunctionalInterface
    private interface RowWriter<T> {
        void bind(PreparedStatement insert, T element) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Inserts the elements in one batch, numbering them so that they come back in their order. */
    private static <T> void insertRows(Connection connection, String sql, long documentId, List<T> elements,
                                       RowWriter<T> writer) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int position = 0;
            for (T element : elements) {
                insert.setLong(1, documentId);
                insert.setInt(2, position++);
                writer.bind(insert, element);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static <T> List<T> rows(Connection connection, String select, long documentId, RowReader<T> reader)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(select + " WHERE document_id = ? ORDER BY position")) {
            query.setLong(1, documentId);
            List<T> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        }
    }
}
