package io.verifact.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.store.LocalStore;

/**
 * A workstation process killed at random points while it validates and shares invoices, and started
 * again, five times: its store stays whole, and every validation it acknowledged reaches the firm's
 * database once it shares again.
 */
class KilledStationTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    private TestDatabase database;

    @BeforeEach
    void start() {
        database = TestDatabase.create();
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    @Timeout(180)
    void every_acknowledged_validation_reaches_the_server_however_often_the_station_is_killed() throws Exception {
        Path file = folder.resolve("station.verifact");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> validated = new CopyOnWriteArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int before = validated.size();
            Process station = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ValidatingStation.class.getName(), file.toString(),
                    database.url(), TestDatabase.ADMIN, "round" + round)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = Thread.ofPlatform().start(() -> read(station, ready, validated));
            try {
                assertThat(ready.await(60, TimeUnit.SECONDS)).as("the station started").isTrue();
                Thread.sleep(200 + random.nextInt(1800));
            } finally {
                station.destroyForcibly();
                assertThat(station.waitFor(30, TimeUnit.SECONDS)).isTrue();
                reader.join(10_000);
            }
            System.err.printf("round %d (seed %d): killed after %d acknowledged validations%n", round, seed, validated.size() - before);
        }
        assertThat(validated).as("validations the station acknowledged (seed " + seed + ")").isNotEmpty().doesNotHaveDuplicates();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("ok");
        }
        try (LocalStore store = LocalStore.open(file); SharedDatabase shared = SharedDatabase.open(database.settings())) {
            SyncReport report = new Sync(store, shared).once();
            assertThat(report.refused()).as(String.join("; ", report.problems())).isZero();
            assertThat(store.outbox().waiting()).isZero();
            for (String sha : validated) {
                assertThat(store.documents().findBySha256(sha)).as("invoice %s in the store", sha).isPresent();
            }
        }
        Map<String, String> onServer = new HashMap<>();
        try (Connection admin = database.admin();
             PreparedStatement query = admin.prepareStatement("SELECT sha256, status FROM invoices");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                onServer.put(row.getString(1), row.getString(2));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String sha : validated) {
            if (!"VERIFIED".equals(onServer.get(sha))) {
                missing.add(sha + "=" + onServer.get(sha));
            }
        }
        assertThat(missing).as("acknowledged validations not VERIFIED on the server (seed " + seed + ")").isEmpty();
    }

    private static void read(Process station, CountDownLatch ready, List<String> validated) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(station.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(ValidatingStation.READY)) {
                    ready.countDown();
                } else if (line.startsWith(ValidatingStation.VALIDATED)) {
                    validated.add(line.substring(ValidatingStation.VALIDATED.length()));
                }
            }
        } catch (IOException e) {
            // the station was killed
        }
    }
}
