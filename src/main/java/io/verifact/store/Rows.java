package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Table rows as JSON objects, column name to value, and back. What a workstation shares is its rows as
 * they are, less the local keys; a column another version of Verifact does not have is left out when
 * the row is written, so workstations one version apart still share.
 */
final class Rows {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final String LOCAL_ID = "id";

    private static final Map<String, Set<String>> COLUMNS = new ConcurrentHashMap<>();

    private Rows() {
    }

    /** Every row the query finds, without the columns named in {@code leaveOut}. */
    static ArrayNode select(Connection connection, String sql, Object parameter, Set<String> leaveOut) throws SQLException {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                ResultSetMetaData meta = row.getMetaData();
                // The labels once per query, not once per row: a page's words are hundreds of rows.
                String[] names = new String[meta.getColumnCount() + 1];
                for (int c = 1; c < names.length; c++) {
                    String name = meta.getColumnLabel(c);
                    names[c] = leaveOut.contains(name) ? null : name;
                }
                while (row.next()) {
                    ObjectNode node = rows.addObject();
                    for (int c = 1; c < names.length; c++) {
                        if (names[c] != null) {
                            put(node, names[c], row, c);
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static void put(ObjectNode node, String name, ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        switch (value) {
            case null -> node.putNull(name);
            case Integer i -> node.put(name, i.longValue());
            case Long l -> node.put(name, l);
            case Double d -> node.put(name, d);
            case Float f -> node.put(name, f.doubleValue());
            case byte[] bytes -> node.put(name, bytes);
            default -> node.put(name, value.toString());
        }
    }

    /** Inserts the row with the given local keys, leaving out what this table does not have. */
    static void insert(Connection connection, String table, JsonNode row, Map<String, Object> keys) throws SQLException {
        insertAll(connection, table, JsonNodeFactory.instance.arrayNode().add(row), keys);
    }

    /**
     * Inserts rows that all have the same columns, as one batch. A row's {@code id} is this store's own
     * (a row number, or the thing's id, which the caller knows better than a row sent by someone else):
     * it is written only when given in {@code keys}.
     */
    static void insertAll(Connection connection, String table, JsonNode rows, Map<String, Object> keys) throws SQLException {
        if (rows == null || rows.isEmpty()) {
            return;
        }
        Set<String> known = columns(connection, table);
        List<String> names = new ArrayList<>(keys.keySet());
        rows.get(0).fieldNames().forEachRemaining(name -> {
            if (known.contains(name) && !keys.containsKey(name) && !name.equals(LOCAL_ID)) {
                names.add(name);
            }
        });
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (JsonNode row : rows) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    if (keys.containsKey(name)) {
                        insert.setObject(i + 1, keys.get(name));
                    } else {
                        bind(insert, i + 1, row.get(name));
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Writes the row's values over the one whose {@code keyColumn} is {@code key}: every column the row
     * has and this store knows, but the key and those left out.
     */
    static void update(Connection connection, String table, JsonNode row, String keyColumn, Object key, Set<String> leaveOut)
            throws SQLException {
        Set<String> known = columns(connection, table);
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(name -> {
            if (known.contains(name) && !name.equals(keyColumn) && !leaveOut.contains(name) && !name.equals(LOCAL_ID)) {
                names.add(name);
            }
        });
        if (names.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + table + " SET " + String.join(", ", names.stream().map(n -> n + " = ?").toList())
                + " WHERE " + keyColumn + " = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < names.size(); i++) {
                bind(update, i + 1, row.get(names.get(i)));
            }
            update.setObject(names.size() + 1, key);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, Types.NULL);
        } else if (value.isIntegralNumber()) {
            statement.setLong(index, value.asLong());
        } else if (value.isNumber()) {
            statement.setDouble(index, value.asDouble());
        } else {
            statement.setString(index, value.asText());
        }
    }

    static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> known = COLUMNS.get(table);
        if (known != null) {
            return known;
        }
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    names.add(row.getString(1));
                }
            }
        }
        // Only a migrated store is asked, and all stores of one Verifact have the same tables.
        COLUMNS.put(table, Set.copyOf(names));
        return names;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }
}
