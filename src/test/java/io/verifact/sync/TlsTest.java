package io.verifact.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.store.LocalStore;

/**
 * The firm's database reached over TLS, up to verify-full: the server's certificate checked against the root
 * given in the URL, and its name against the host. The machine's PostgreSQL uses Debian's snakeoil
 * certificate, made for the machine's name, which .ci/run turns on; without it these tests fail, never skip.
 */
class TlsTest {

    private static final Path SNAKEOIL = Path.of("/etc/ssl/certs/ssl-cert-snakeoil.pem");
    // A real authority, and not the one that made the server's certificate.
    private static final Path OTHER_ROOT = Path.of("/etc/ssl/certs/ISRG_Root_X1.pem");

    @TempDir
    Path folder;

    private TestDatabase database;
    private String host;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.create();
        try (Connection connection = database.admin(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW ssl")) {
            row.next();
            if (!row.getString(1).equals("on") || !Files.isReadable(SNAKEOIL)) {
                fail("PostgreSQL on " + TestDatabase.SERVER + " does not speak TLS with " + SNAKEOIL + " (ssl = " + row.getString(1)
                        + "). Run .ci/run, which turns it on with the machine's snakeoil certificate, or set ssl = on yourself.");
            }
        }
        host = nameIn(SNAKEOIL);
    }

    @AfterEach
    void stop() {
        database.close();
    }

    /** The name the certificate was made for: what verify-full compares the URL's host with. */
    private static String nameIn(Path certificate) throws Exception {
        try (InputStream in = Files.newInputStream(certificate)) {
            X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            for (List<?> name : x509.getSubjectAlternativeNames()) {
                if (name.get(0).equals(2)) {
                    return (String) name.get(1);
                }
            }
            throw new AssertionError(certificate + " names no host");
        }
    }

    private SharedDatabase open(String host, String parameters) {
        SharedSettings admin = database.settings();
        return SharedDatabase.open(new SharedSettings(database.url(host, parameters), admin.user(), null));
    }

    @Test
    void two_workstations_share_through_a_connection_verified_up_to_the_server_name() throws SQLException {
        try (SharedDatabase shared = open(host, "sslmode=verify-full&sslrootcert=" + SNAKEOIL);
             LocalStore a = LocalStore.open(folder.resolve("a.verifact"));
             LocalStore b = LocalStore.open(folder.resolve("b.verifact"))) {
            SyncTest.invoice(a, "TLS-1", "10.00");

            assertThat(new Sync(a, shared).once().sent()).isOne();
            assertThat(new Sync(b, shared).once().pulled()).isOne();
            try (Connection connection = shared.connection(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                row.next();
                assertThat(row.getBoolean(1)).as("the connection is encrypted").isTrue();
                assertThat(row.getString(2)).startsWith("TLSv1.");
            }
        }
    }

    @Test
    void a_server_certificate_the_given_root_does_not_vouch_for_is_refused_saying_what_to_check() {
        assertThat(OTHER_ROOT).as("a root certificate other than the server's").isReadable();
        try (SharedDatabase shared = open(host, "sslmode=verify-full&sslrootcert=" + OTHER_ROOT)) {
            assertThatThrownBy(shared::prepare).isInstanceOf(SharedUnreachable.class)
                    .hasMessageContaining("certificate").hasMessageContaining("sslrootcert")
                    .hasMessageNotContaining("Work goes on here");
        }
    }

    @Test
    void a_host_other_than_the_name_in_the_certificate_is_refused_under_verify_full() {
        try (SharedDatabase shared = open("127.0.0.1", "sslmode=verify-full&sslrootcert=" + SNAKEOIL)) {
            assertThatThrownBy(shared::prepare).isInstanceOf(SharedUnreachable.class)
                    .hasMessageContaining("127.0.0.1").hasMessageContaining("another name").hasMessageContaining("verify-full")
                    .hasMessageNotContaining("Work goes on here");
        }
    }
}
