package io.verifact.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.model.Dossier;
import io.verifact.store.LocalStore;
import io.verifact.store.Pending;
import io.verifact.store.SharedKind;
import io.verifact.store.StoredDocument;

/**
 * A workstation's database role sees and writes only the client files it is granted, and PostgreSQL itself
 * holds it there: whatever SQL the role sends on its own connection, the other client files stay out of reach.
 */
class AccessTest {

    private static final String PASSWORD = "s3cret-" + UUID.randomUUID();

    @TempDir
    Path folder;

    private TestDatabase database;
    private SharedDatabase admin;
    private SharedDatabase sharedA;
    private LocalStore office;
    private LocalStore stationA;
    private String roleA;
    private String roleB;
    private Dossier dupont;
    private Dossier martin;
    private String dupontInvoice;
    private String martinInvoice;

    @BeforeEach
    void start() {
        database = TestDatabase.create();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        roleA = "verifact_alice_" + suffix;
        roleB = "verifact_bob_" + suffix;
        admin = SharedDatabase.open(database.settings());
        admin.prepare();
        for (String role : List.of(roleA, roleB)) {
            database.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
            database.execute("GRANT verifact_station TO " + role);
        }

        office = LocalStore.open(folder.resolve("office.verifact"));
        dupont = office.dossiers().named("Dupont SA", "admin");
        martin = office.dossiers().named("Martin SARL", "admin");
        long inDupont = SyncTest.invoice(office, "DU-1", "100.00");
        long inMartin = SyncTest.invoice(office, "MA-1", "200.00");
        office.dossiers().file(inDupont, dupont.id());
        office.dossiers().file(inMartin, martin.id());
        dupontInvoice = sha(office, inDupont);
        martinInvoice = sha(office, inMartin);
        assertThat(new Sync(office, admin).once().refused()).isZero();

        database.execute("INSERT INTO grants (role_name, dossier_gid) SELECT '" + roleA + "', gid FROM dossiers WHERE name = 'Dupont SA'");
        database.execute("INSERT INTO grants (role_name, dossier_gid) SELECT '" + roleB + "', gid FROM dossiers WHERE name = 'Martin SARL'");
        // What a colleague granted Martin SARL leaves on its invoice: a claim and a validation in conflict.
        database.execute("INSERT INTO claims (sha256, holder, station, expires_at) VALUES ('" + martinInvoice
                + "', 'bob', 'bob-pc', now() + interval '10 minutes')");
        database.execute("INSERT INTO invoice_conflicts (sha256, change_id, station, record) VALUES ('" + martinInvoice
                + "', 'c-1', 'bob-pc', '{}')");

        sharedA = SharedDatabase.open(database.as(roleA, PASSWORD));
        stationA = LocalStore.open(folder.resolve("alice.verifact"));
    }

    @AfterEach
    void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {stationA, office, sharedA, admin}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // The next one is closed all the same.
            }
        }
        database.close();
        // Roles belong to the whole cluster, not to the test's database: they go with it.
        for (String role : List.of(roleA, roleB)) {
            try (Connection connection = DriverManager.getConnection(TestDatabase.SERVER + "postgres", adminProperties());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP ROLE IF EXISTS " + role);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void a_workstation_pulls_only_the_invoices_and_client_files_it_is_granted() {
        SyncReport report = new Sync(stationA, sharedA).once();

        assertThat(report.problems()).isEmpty();
        assertThat(stationA.documents().list()).extracting(StoredDocument::sha256).containsExactly(dupontInvoice);
        assertThat(stationA.dossiers().all()).containsExactly(dupont);
        assertThat(stationA.dossiers().of(stationA.documents().list().getFirst().id())).contains(dupont);
    }

    @Test
    void a_client_file_granted_after_a_first_exchange_arrives_whole_at_the_next() {
        new Sync(stationA, sharedA).once();
        assertThat(stationA.documents().list()).hasSize(1);

        database.execute("INSERT INTO grants (role_name, dossier_gid) SELECT '" + roleA + "', gid FROM dossiers WHERE name = 'Martin SARL'");
        SyncReport report = new Sync(stationA, sharedA).once();

        assertThat(stationA.documents().list()).extracting(StoredDocument::sha256).containsExactlyInAnyOrder(dupontInvoice, martinInvoice);
        assertThat(stationA.dossiers().all()).containsExactlyInAnyOrder(dupont, martin);
        assertThat(report.pulled()).as("what it held already is not written again").isEqualTo(2);
        assertThat(new Sync(office, admin).once().pulled()).as("nothing new for the others").isZero();
    }

    @Test
    void an_owner_that_is_no_superuser_prepares_the_database_and_sees_every_client_file() throws SQLException {
        String owner = "verifact_owner_" + roleA.substring(roleA.lastIndexOf('_') + 1);
        try (TestDatabase own = TestDatabase.create()) {
            database.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD '" + PASSWORD + "'");
            try {
                own.execute("ALTER DATABASE " + own.url().substring(own.url().lastIndexOf('/') + 1) + " OWNER TO " + owner);
                try (SharedDatabase shared = SharedDatabase.open(own.as(owner, PASSWORD));
                     LocalStore store = LocalStore.open(folder.resolve("owner.verifact"))) {
                    long filed = SyncTest.invoice(store, "OW-1", "10.00");
                    store.dossiers().file(filed, store.dossiers().named("Dupont SA", "admin").id());
                    SyncTest.invoice(store, "OW-2", "20.00");

                    assertThat(new Sync(store, shared).once().refused()).isZero();
                    try (Connection connection = own.admin()) {
                        assertThat(strings(connection, "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n "
                                + "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")).containsExactly(owner);
                        assertThat(count(connection, "SELECT count(*) FROM invoices", null)).isEqualTo(2);
                    }
                }
            } finally {
                own.close();
                database.execute("DROP ROLE IF EXISTS " + owner);
            }
        }
    }

    @Test
    void its_role_reads_nothing_of_a_client_file_it_is_not_granted() throws SQLException {
        try (Connection connection = connectAs(roleA)) {
            assertThat(count(connection, "SELECT count(*) FROM invoices WHERE sha256 = ?", martinInvoice)).isZero();
            assertThat(count(connection, "SELECT count(*) FROM originals WHERE sha256 = ?", martinInvoice)).isZero();
            assertThat(count(connection, "SELECT count(*) FROM audit WHERE sha256 = ?", martinInvoice)).isZero();
            assertThat(count(connection, "SELECT count(*) FROM claims WHERE sha256 = ?", martinInvoice)).isZero();
            assertThat(count(connection, "SELECT count(*) FROM invoice_conflicts WHERE sha256 = ?", martinInvoice)).isZero();
            assertThat(count(connection, "SELECT count(*) FROM dossiers WHERE gid = ?::uuid", martin.id())).isZero();
            assertThat(strings(connection, "SELECT sha256 FROM invoices")).containsExactly(dupontInvoice);
            assertThat(strings(connection, "SELECT name FROM dossiers")).containsExactly("Dupont SA");
            assertThat(count(connection, "SELECT count(*) FROM audit WHERE sha256 = ?", dupontInvoice)).isPositive();
            assertThat(count(connection, "SELECT count(*) FROM originals WHERE sha256 = ?", dupontInvoice)).isOne();
            // Turning row security off does not show more: the query is refused instead.
            execute(connection, "SET row_security = off");
            assertThatThrownBy(() -> count(connection, "SELECT count(*) FROM invoices", null))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
    }

    @Test
    void its_role_writes_nothing_into_a_client_file_it_is_not_granted() throws SQLException {
        try (Connection connection = connectAs(roleA)) {
            refused(connection, """
                    INSERT INTO invoices (sha256, dossier_gid, status, file_name, record, version, change_id, station, seq)
                    VALUES ('forged', '%s', 'VERIFIED', 'x.pdf', '{}', 1, 'c', 'alice-pc', nextval('changes'))""".formatted(martin.id()));
            refused(connection, "INSERT INTO audit (gid, sha256, at, actor, action, station) VALUES ('forged', '"
                    + martinInvoice + "', '2026-01-01', 'alice', 'validate', 'alice-pc')");
            refused(connection, "INSERT INTO originals (sha256, bytes) VALUES ('" + martinInvoice + "', '\\x00')");
            refused(connection, "INSERT INTO claims (sha256, holder, station, expires_at) VALUES ('" + martinInvoice
                    + "', 'alice', 'alice-pc', now() + interval '1 hour')");
            refused(connection, "INSERT INTO claims (sha256, holder, station, expires_at) VALUES ('" + martinInvoice
                    + "', 'alice', 'alice-pc', now()) ON CONFLICT (sha256) DO UPDATE SET holder = 'alice'");
            refused(connection, "INSERT INTO invoice_conflicts (sha256, change_id, station, record) VALUES ('"
                    + martinInvoice + "', 'forged', 'alice-pc', '{}')");
            refused(connection, "INSERT INTO dossiers (gid, name, record, version, change_id, station, seq) VALUES ('"
                    + UUID.randomUUID() + "', 'Forged', '{}', 1, 'c', 'alice-pc', nextval('changes'))");
            refused(connection, "UPDATE invoices SET dossier_gid = '" + martin.id() + "' WHERE sha256 = '" + dupontInvoice + "'");
            refused(connection, "UPDATE invoices SET dossier_gid = NULL WHERE sha256 = '" + dupontInvoice + "'");

            for (String sql : List.of(
                    "UPDATE invoices SET status = 'REJECTED' WHERE sha256 = '" + martinInvoice + "'",
                    "UPDATE audit SET actor = 'alice' WHERE sha256 = '" + martinInvoice + "'",
                    "UPDATE originals SET bytes = '\\x00' WHERE sha256 = '" + martinInvoice + "'",
                    "UPDATE claims SET holder = 'alice' WHERE sha256 = '" + martinInvoice + "'",
                    "UPDATE invoice_conflicts SET decided_at = now() WHERE sha256 = '" + martinInvoice + "'",
                    "UPDATE dossiers SET name = 'Taken' WHERE gid = '" + martin.id() + "'",
                    "DELETE FROM claims WHERE sha256 = '" + martinInvoice + "'",
                    "DELETE FROM invoices WHERE sha256 = '" + martinInvoice + "'",
                    "DELETE FROM audit WHERE sha256 = '" + martinInvoice + "'",
                    "DELETE FROM originals WHERE sha256 = '" + martinInvoice + "'",
                    "DELETE FROM dossiers WHERE gid = '" + martin.id() + "'")) {
                nothingChanged(connection, sql);
            }
        }
        try (Connection connection = database.admin()) {
            assertThat(strings(connection, "SELECT status || ' ' || coalesce(dossier_gid::text, '') FROM invoices WHERE sha256 = '"
                    + martinInvoice + "'")).containsExactly("RECOGNIZED " + martin.id());
            assertThat(strings(connection, "SELECT holder FROM claims WHERE sha256 = '" + martinInvoice + "'")).containsExactly("bob");
            assertThat(count(connection, "SELECT count(*) FROM invoice_conflicts WHERE decided_at IS NULL", null)).isOne();
            assertThat(strings(connection, "SELECT name FROM dossiers ORDER BY name")).containsExactly("Dupont SA", "Martin SARL");
        }
    }

    @Test
    void it_claims_the_invoices_it_is_granted_and_sees_no_other_claim() {
        Claims claims = new Claims(sharedA, "alice-pc");

        assertThat(claims.claim(dupontInvoice, "alice")).as("free, so now held by alice").isEmpty();
        assertThat(claims.claim(dupontInvoice, "alice")).as("renewed").isEmpty();
        assertThat(new Claims(sharedA, "other-pc").claim(dupontInvoice, "carol")).get()
                .extracting(Claims.Claim::holder).isEqualTo("alice");
        assertThat(claims.active()).containsOnlyKeys(dupontInvoice);
        claims.release(dupontInvoice, "alice");
        assertThat(claims.active()).isEmpty();
        assertThat(new Claims(admin, "office").active()).containsOnlyKeys(martinInvoice);
    }

    @Test
    void its_role_neither_sees_nor_gives_grants_and_cannot_lift_the_rules() throws SQLException {
        try (Connection connection = connectAs(roleA)) {
            assertThat(strings(connection, "SELECT role_name || ' ' || coalesce(dossier_gid::text, 'all') FROM grants"))
                    .containsExactly(roleA + " " + dupont.id());
            refused(connection, "INSERT INTO grants (role_name, dossier_gid) VALUES ('" + roleA + "', NULL)");
            refused(connection, "INSERT INTO grants (role_name, dossier_gid) VALUES ('" + roleA + "', '" + martin.id() + "')");
            nothingChanged(connection, "UPDATE grants SET dossier_gid = NULL");
            nothingChanged(connection, "DELETE FROM grants");
            for (String table : List.of("invoices", "dossiers", "audit", "originals", "claims", "invoice_conflicts", "grants")) {
                refused(connection, "ALTER TABLE " + table + " DISABLE ROW LEVEL SECURITY");
                refused(connection, "ALTER TABLE " + table + " NO FORCE ROW LEVEL SECURITY");
            }
            // A table of its own named like the grants must not be the one the policies read.
            execute(connection, "CREATE TEMPORARY TABLE grants AS SELECT current_user::name AS role_name, NULL::uuid AS dossier_gid");
            execute(connection, "CREATE TEMPORARY TABLE invoices AS SELECT * FROM public.invoices");
            assertThat(count(connection, "SELECT count(*) FROM public.invoices WHERE sha256 = ?", martinInvoice)).isZero();
            assertThat(count(connection, "SELECT count(*) FROM public.dossiers WHERE gid = ?::uuid", martin.id())).isZero();
            assertThat(count(connection, "SELECT count(*) FROM public.audit WHERE sha256 = ?", martinInvoice)).isZero();
            refused(connection, "CREATE TABLE public.mine (x integer)");
            refused(connection, "CREATE SCHEMA mine");
            refused(connection, "DROP POLICY granted_invoices ON public.invoices");
            refused(connection, "CREATE POLICY everything ON public.invoices USING (true)");
            refused(connection, "ALTER TABLE public.invoices OWNER TO " + roleA);
            refused(connection, "CREATE OR REPLACE FUNCTION granted(dossier uuid) RETURNS boolean LANGUAGE sql AS 'SELECT true'");
            refused(connection, "GRANT verifact_station TO " + roleB);
            refused(connection, "SET ROLE " + roleB);
            assertThat(count(connection, """
                    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE')""", null))
                    .as("tables, sequences and indexes owned by the workstation's role or a role it belongs to").isZero();
            assertThat(count(connection, """
                    SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls OR rolcreaterole)""", null))
                    .isZero();
            assertThat(count(connection, """
                    SELECT count(*) FROM pg_class WHERE relname IN ('invoices', 'dossiers', 'audit', 'originals', 'claims', 'invoice_conflicts')
                    AND relrowsecurity AND relforcerowsecurity""", null)).isEqualTo(6);
        }
    }

    @Test
    void a_change_outside_its_client_files_is_refused_with_a_reason_and_the_rest_of_the_batch_goes_through() {
        new Sync(stationA, sharedA).once();
        Dossier granted = stationA.dossiers().all().getFirst();
        long inGranted = SyncTest.invoice(stationA, "DU-2", "300.00");
        stationA.dossiers().file(inGranted, granted.id());
        Dossier other = stationA.dossiers().named("Lambert SCI", "alice");
        long inOther = SyncTest.invoice(stationA, "LA-1", "400.00");
        stationA.dossiers().file(inOther, other.id());
        long unfiled = SyncTest.invoice(stationA, "UN-1", "500.00");

        SyncReport report = new Sync(stationA, sharedA).push();

        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.refused()).isEqualTo(3);
        List<Pending> waiting = stationA.outbox().all();
        assertThat(waiting).extracting(p -> p.kind() + " " + p.key()).containsExactlyInAnyOrder(
                SharedKind.DOSSIER + " " + other.id(), SharedKind.INVOICE + " " + inOther, SharedKind.INVOICE + " " + unfiled);
        assertThat(reason(waiting, SharedKind.INVOICE, inOther)).contains("Lambert SCI").contains("not granted")
                .contains("administrator");
        assertThat(reason(waiting, SharedKind.INVOICE, unfiled)).contains("no client file").contains("administrator");
        assertThat(reason(waiting, SharedKind.DOSSIER, Long.MIN_VALUE)).contains("Lambert SCI").contains("administrator");
        assertThat(report.problems()).hasSize(3).allSatisfy(p -> assertThat(p).doesNotContain("ERROR:"));
        try (Connection connection = database.admin()) {
            assertThat(strings(connection, "SELECT sha256 FROM invoices WHERE dossier_gid = '" + granted.id() + "' ORDER BY file_name"))
                    .containsExactly(dupontInvoice, sha(stationA, inGranted));
            assertThat(count(connection, "SELECT count(*) FROM audit WHERE sha256 = ?", sha(stationA, inGranted))).isPositive();
            assertThat(count(connection, "SELECT count(*) FROM invoices WHERE sha256 IN ('" + sha(stationA, inOther) + "', '"
                    + sha(stationA, unfiled) + "')", null)).isZero();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_invoice_already_held_in_a_client_file_not_granted_is_refused_without_showing_it() {
        new Sync(stationA, sharedA).once();
        byte[] same = office.documents().original(office.documents().list().stream()
                .filter(d -> d.sha256().equals(martinInvoice)).findFirst().orElseThrow().id());
        long copy = stationA.documents().capture(martinInvoice, "MA-1.pdf", "/scans/MA-1.pdf", same).documentId();
        stationA.dossiers().file(copy, stationA.dossiers().all().getFirst().id());

        SyncReport report = new Sync(stationA, sharedA).push();

        assertThat(report.refused()).isOne();
        assertThat(report.problems().getFirst()).contains("client file this workstation is not granted");
        try (Connection connection = database.admin()) {
            assertThat(strings(connection, "SELECT dossier_gid::text FROM invoices WHERE sha256 = '" + martinInvoice + "'"))
                    .containsExactly(martin.id());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    // --- Helpers -----------------------------------------------------------------------------------

    private static String reason(List<Pending> waiting, SharedKind kind, long key) {
        return waiting.stream().filter(p -> p.kind() == kind && (key == Long.MIN_VALUE || p.key().equals(Long.toString(key))))
                .findFirst().orElseThrow().lastError();
    }

    private static String sha(LocalStore store, long id) {
        return store.documents().list().stream().filter(d -> d.id() == id).findFirst().orElseThrow().sha256();
    }

    private Connection connectAs(String role) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", PASSWORD);
        return DriverManager.getConnection(database.url(), properties);
    }

    private static Properties adminProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", TestDatabase.ADMIN);
        return properties;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The statement fails, and the connection goes on as before. */
    private static void refused(Connection connection, String sql) {
        assertThatThrownBy(() -> execute(connection, sql)).as(sql).isInstanceOf(SQLException.class);
    }

    /** The statement is either refused or finds nothing to change. */
    private static void nothingChanged(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).as(sql).isZero();
        } catch (SQLException refused) {
            assertThat(refused.getSQLState()).as(sql + ": " + refused.getMessage()).isEqualTo("42501");
        }
    }

    private static long count(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (row.next()) {
                values.add(row.getString(1));
            }
            return values;
        }
    }
}
