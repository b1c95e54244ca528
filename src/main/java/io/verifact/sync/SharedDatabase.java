package io.verifact.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * The firm's PostgreSQL database, reached through a small pool. Opening it never fails for want of a
 * network: connections are made when work needs them, and a failure then says what to do.
 */
public final class SharedDatabase implements AutoCloseable {

    // Short enough that a workstation that lost the network says so within seconds.
    private static final long CONNECT_TIMEOUT_MILLIS = 3_000;
    private static final EnumSet<MigrationState> FUTURE = EnumSet.of(MigrationState.FUTURE_SUCCESS, MigrationState.FUTURE_FAILED);

    private final SharedSettings settings;
    private final HikariDataSource pool;

    private SharedDatabase(SharedSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /**
     * The database these settings name; an address the driver cannot read (a port in letters, a host cut
     * short) is said as one that cannot be reached, rather than failing whoever opens it.
     */
    public static SharedDatabase open(SharedSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setDataSourceProperties(properties(settings));
        config.setPoolName("verifact-shared");
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        try {
            return new SharedDatabase(settings, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new SharedUnreachable("The shared database's address cannot be read by the PostgreSQL driver: "
                    + settings.shown(), e);
        }
    }

    private static Properties properties(SharedSettings settings) {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", new String(settings.password()));
        }
        properties.setProperty("ApplicationName", "Verifact");
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "60");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    public SharedSettings settings() {
        return settings;
    }

    /**
     * Makes sure the database has the tables this version of Verifact uses, preparing them when it may
     * (the role that prepares them owns them), and says which database it is.
     *
     * @return the database's own id, the same whatever URL reaches it
     */
    public String prepare() {
        Flyway flyway = Flyway.configure(SharedDatabase.class.getClassLoader())
                .dataSource(pool)
                .locations("classpath:db/shared")
                .failOnMissingLocations(true)
                .load();
        try {
            MigrationInfoService info = flyway.info();
            boolean newer = Arrays.stream(info.applied()).anyMatch(m -> FUTURE.contains(m.getState()));
            if (newer) {
                throw new SharedUnreachable("The shared database " + settings.shown()
                        + " was prepared by a newer version of Verifact. Update Verifact on this workstation.", null);
            }
            if (info.pending().length > 0) {
                flyway.migrate();
            }
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null && isConnectionProblem(sql)) {
                throw unreachable(sql);
            }
            throw new SharedUnreachable("The shared database " + settings.shown() + " is not prepared for Verifact, and "
                    + "this workstation's role may not prepare it. The administrator prepares it once with: "
                    + "verifact sync --db PATH --shared URL --user OWNER, OWNER being the role that is to own the tables. ("
                    + e.getMessage() + ")", e);
        }
        try (Connection connection = connection();
             PreparedStatement query = connection.prepareStatement("SELECT id FROM about");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** A connection of its own, outside the pool, for listening to other workstations' changes. */
    Connection listeningConnection() throws SQLException {
        Properties properties = properties(settings);
        properties.setProperty("socketTimeout", "0");
        return DriverManager.getConnection(settings.url(), properties);
    }

    SharedUnreachable unreachable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = settings.shown();
        String message;
        String tls = tlsProblem(e, where);
        if (tls != null) {
            message = tls;
        } else if (state.startsWith("08") || state.isEmpty() || e instanceof java.sql.SQLTransientConnectionException) {
            message = "The shared database " + where + " cannot be reached. Work goes on here; changes wait and are sent when it is back.";
        } else if (state.startsWith("28")) {
            message = "The shared database " + where + " refused the user name or password. Check them in Settings, "
                    + "or in ~/.pgpass.";
        } else if (state.equals("3D000")) {
            message = "The shared database " + where + " does not exist. Check the database name in Settings.";
        } else if (state.equals("42501")) {
            message = "The shared database " + where + " refused this workstation's role: " + e.getMessage();
        } else {
            message = "The shared database " + where + " failed: " + e.getMessage();
        }
        return new SharedUnreachable(message, e);
    }

    /**
     * What went wrong in setting up TLS with the server, said so that the administrator knows which part of
     * the URL to check; null when the failure has nothing to do with TLS.
     */
    private static String tlsProblem(SQLException e, String where) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String detail = String.valueOf(t.getMessage());
            // pgjdbc says so only in words; the verifier's name is the part no translation changes.
            if (t instanceof SQLException && detail.toLowerCase(java.util.Locale.ROOT).contains("hostnameverifier")) {
                return "The shared database " + where + " presented a certificate made for another name than the host in "
                        + "the URL. With sslmode=verify-full the URL names the server exactly as its certificate does: ask the "
                        + "administrator for that name. (" + detail + ")";
            }
            if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.GeneralSecurityException) {
                return "The shared database " + where + " presented a certificate that the root certificate in the URL "
                        + "(sslrootcert) does not vouch for, so this workstation did not trust it. Check that sslrootcert names "
                        + "the file of the firm's certificate authority, as the administrator gave it. (" + detail + ")";
            }
        }
        return null;
    }

    static boolean isConnectionProblem(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P") || e instanceof java.sql.SQLTransientConnectionException
                || e instanceof java.sql.SQLRecoverableException;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    @Override
    public void close() {
        pool.close();
    }
}
