package io.verifact.sync;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own, in a temporary folder on a free port, that the test may stop
 * and start as an administrator would (or as a power cut does) without touching the machine's own
 * cluster. When the tests run as root, the cluster's commands run as the {@code postgres} user, since
 * PostgreSQL refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final String ADMIN = "postgres";

    private final Path folder;
    private final Path data;
    private final Path bin;
    private final int port;
    private final boolean asPostgres;

    private PrivatePostgres(Path folder, Path bin, int port, boolean asPostgres) {
        this.folder = folder;
        this.data = folder.resolve("data");
        this.bin = bin;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Makes a new cluster and starts it. */
    static PrivatePostgres create() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory("verifact-pg");
            PrivatePostgres cluster = new PrivatePostgres(folder, bin, freePort(), root);
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
            }
            cluster.command("initdb", "-D", cluster.data.toString(), "-U", ADMIN, "--auth=trust", "--no-sync",
                    "-E", "UTF8", "--locale=C");
            cluster.start(false);
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("A private PostgreSQL cluster could not be made: " + e.getMessage(), e);
        }
    }

    /** Where initdb and pg_ctl are: PostgreSQL 15 first, then the newest installed. */
    private static Path binaries() {
        Path preferred = Path.of("/usr/lib/postgresql/15/bin");
        if (Files.isExecutable(preferred.resolve("initdb"))) {
            return preferred;
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql (.ci/run installs postgresql)"));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL's binaries are needed under /usr/lib/postgresql (.ci/run installs postgresql)", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the cluster, waiting until it takes connections. */
    void start() {
        start(true);
    }

    private void start(boolean again) {
        command("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", folder.resolve(again ? "again.log" : "server.log").toString(),
                "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + folder
                        + " -c max_connections=40 -c shared_buffers=32MB",
                "start");
    }

    /** Stops the cluster at once, as a crash would: no checkpoint, connections cut; it recovers from its log at the next start. */
    void crash() {
        command("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A database of its own in the cluster, prepared by the superuser as an administrator would. */
    SharedSettings database(String name) {
        try (Connection connection = admin("postgres"); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new SharedSettings(url(name), ADMIN, null);
    }

    Connection admin(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", ADMIN);
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(url(database), properties);
    }

    private void command(String tool, String... args) {
        List<String> line = new ArrayList<>();
        line.add(bin.resolve(tool).toString());
        line.addAll(List.of(args));
        run(asOwner(line));
    }

    private List<String> asOwner(List<String> line) {
        if (!asPostgres) {
            return line;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(line);
        return wrapped;
    }

    private static void run(List<String> line) {
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", line) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            command("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (IllegalStateException ignored) {
            // stopped already
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
