package io.verifact.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A database of its own on the machine's PostgreSQL (127.0.0.1:5432, or VERIFACT_TEST_POSTGRES), made for
 * one test class and dropped after it, prepared by the superuser as an administrator would.
 */
final class TestDatabase implements AutoCloseable {

    static final String SERVER = System.getenv().getOrDefault("VERIFACT_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/");
    static final String ADMIN = System.getenv().getOrDefault("VERIFACT_TEST_POSTGRES_USER", "postgres");

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    static TestDatabase create() {
        String name = "verifact_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = admin("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + SERVER + " is needed for this test (.ci/run starts it): " + e.getMessage(), e);
        }
        return new TestDatabase(name);
    }

    String url() {
        return SERVER + name;
    }

    /** The same database reached at another host name, with more URL parameters (TLS ones). */
    String url(String host, String parameters) {
        java.net.URI server = java.net.URI.create(SERVER.substring("jdbc:".length()));
        return "jdbc:postgresql://" + host + ":" + (server.getPort() < 0 ? 5432 : server.getPort()) + "/" + name + "?" + parameters;
    }

    /** The administrator's settings: the role that prepares the database and owns its tables. */
    SharedSettings settings() {
        return new SharedSettings(url(), ADMIN, null);
    }

    SharedSettings as(String role, String password) {
        return new SharedSettings(url(), role, password.toCharArray());
    }

    Connection admin() throws SQLException {
        return admin(name);
    }

    private static Connection admin(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", ADMIN);
        return DriverManager.getConnection(SERVER + database, properties);
    }

    void execute(String sql) {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (Connection connection = admin("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
