package io.verifact.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.CheckResult;
import io.verifact.model.Engine;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import io.verifact.model.SupplierId;
import io.verifact.model.VatLine;
import io.verifact.model.Word;
import io.verifact.store.LocalStore;
import io.verifact.store.StoredDocument;

/** Two workstations, each with its own store file, sharing through a real PostgreSQL database. */
class SyncTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private SharedDatabase shared;
    private LocalStore a;
    private LocalStore b;

    @BeforeEach
    void start() {
        database = TestDatabase.create();
        shared = SharedDatabase.open(database.settings());
        a = LocalStore.open(folder.resolve("a.verifact"));
        b = LocalStore.open(folder.resolve("b.verifact"));
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        shared.close();
        database.close();
    }

    static long invoice(LocalStore store, String number, String gross) {
        byte[] bytes = ("%PDF-1.7 invoice " + number).getBytes(StandardCharsets.UTF_8);
        long id = store.documents().capture(sha256(bytes), number + ".pdf", "/scans/" + number + ".pdf", bytes).documentId();
        store.pages().save(id, List.of(new PageText(1, List.of(new Word("Facture", new Box(0.1, 0.1, 0.2, 0.12), 0.93, 0, 0),
                new Word(number, new Box(0.6, 0.1, 0.7, 0.12), 0.91, 0, 0)), Engine.TEXT, 595, 842)));
        store.recognitions().save(id, recognition(number, gross), "station");
        return id;
    }

    static Recognition recognition(String number, String gross) {
        return new Recognition(Map.of(
                FieldKey.INVOICE_NUMBER, new FieldValue(FieldKey.INVOICE_NUMBER, number, Source.LAYOUT, 0.97, 1,
                        new Box(0.6, 0.1, 0.7, 0.12), List.of(new Candidate("X" + number, null, 0.2, 1, null))),
                FieldKey.GROSS_TOTAL, new FieldValue(FieldKey.GROSS_TOTAL, gross, Source.LAYOUT, 0.95, 1,
                        new Box(0.7, 0.8, 0.8, 0.82), List.of())),
                List.of(new VatLine(new BigDecimal("20.00"), new BigDecimal("100.00"), new BigDecimal("20.00"))),
                List.of(), List.of(new CheckResult("totals", true, null)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_invoice_read_on_one_workstation_opens_on_another_with_its_file_fields_and_trail() {
        long id = invoice(a, "FA-1", "120.00");
        a.recognitions().correct(id, FieldKey.GROSS_TOTAL, new FieldValue(FieldKey.GROSS_TOTAL, "121.00", Source.OPERATOR, 1, 1,
                new Box(0.7, 0.8, 0.8, 0.82), List.of()), List.of(), "marie", "correct");
        a.documents().decide(id, InvoiceStatus.VERIFIED, null, "validate");

        SyncReport sent = new Sync(a, shared).once();
        SyncReport pulled = new Sync(b, shared).once();

        assertThat(sent.sent()).isEqualTo(1);
        assertThat(a.outbox().waiting()).isZero();
        assertThat(pulled.pulled()).isEqualTo(1);
        StoredDocument there = b.documents().list().getFirst();
        assertThat(there.fileName()).isEqualTo("FA-1.pdf");
        assertThat(there.status()).isEqualTo(InvoiceStatus.VERIFIED);
        assertThat(b.documents().original(there.id())).isEqualTo(a.documents().original(id));
        assertThat(b.recognitions().load(there.id()).orElseThrow().value(FieldKey.GROSS_TOTAL)).contains("121.00");
        assertThat(b.recognitions().load(there.id()).orElseThrow()).isEqualTo(a.recognitions().load(id).orElseThrow());
        assertThat(b.pages().load(there.id()).orElseThrow()).isEqualTo(a.pages().load(id).orElseThrow());
        assertThat(b.audit().forDocument(there.id())).extracting(e -> e.actor() + " " + e.action() + " " + e.newValue())
                .containsExactlyElementsOf(a.audit().forDocument(id).stream()
                        .map(e -> e.actor() + " " + e.action() + " " + e.newValue()).toList());
        assertThat(b.outbox().waiting()).as("what arrived is not sent back").isZero();
    }

    @Test
    void a_second_exchange_moves_nothing_and_a_repeated_send_changes_nothing() {
        invoice(a, "FA-2", "50.00");
        new Sync(a, shared).once();
        new Sync(b, shared).once();

        assertThat(new Sync(a, shared).once().sent()).isZero();
        assertThat(new Sync(b, shared).once().pulled()).isZero();
    }

    @Test
    void suppliers_and_masks_reach_the_other_workstation() {
        var supplier = a.suppliers().create("Papeterie Dupuis", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")), "marie");
        new Sync(a, shared).once();
        new Sync(b, shared).once();

        assertThat(b.suppliers().all()).containsExactly(supplier);
    }

    @Test
    void a_mask_whose_supplier_was_changed_after_it_still_arrives_with_its_supplier() {
        var supplier = a.suppliers().create("Papeterie Dupuis", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")), "marie");
        var mask = a.masks().create(supplier.id(), new io.verifact.model.LayoutPrint(List.of()),
                List.of(new io.verifact.model.Zone("gross_total", io.verifact.model.PagePlace.FIRST, new Box(0.1, 0.1, 0.2, 0.2), "", null, 0)),
                "sha", new io.verifact.store.Masks.Change("claire", "teach", "gross_total", "sha"));
        new Sync(a, shared).once();
        // The supplier changes after its mask was sent: in the shared order it now comes after the mask.
        a.suppliers().learn(supplier.id(), List.of(new SupplierId(SupplierId.Kind.IBAN, "FR7630006000011234567890189")));
        new Sync(a, shared).once();

        SyncReport pulled = new Sync(b, shared).once();

        assertThat(pulled.problems()).isEmpty();
        assertThat(b.suppliers().all()).containsExactlyElementsOf(a.suppliers().all());
        assertThat(b.masks().all()).extracting(io.verifact.model.Mask::id).containsExactly(mask.id());
    }

    @Test
    void two_workstations_validating_the_same_invoice_apart_end_in_a_flagged_conflict_not_an_overwrite() {
        long onA = invoice(a, "FA-3", "100.00");
        new Sync(a, shared).once();
        new Sync(b, shared).once();
        long onB = b.documents().list().getFirst().id();

        // Both offline: each operator validates the invoice with another total.
        validate(a, onA, "120.00", "marie");
        validate(b, onB, "102.00", "marc");
        SyncReport first = new Sync(a, shared).once();
        SyncReport second = new Sync(b, shared).once();
        new Sync(a, shared).once();

        assertThat(first.conflicts()).isZero();
        assertThat(second.conflicts()).isEqualTo(1);
        for (LocalStore store : List.of(a, b)) {
            long id = store.documents().list().getFirst().id();
            assertThat(store.replica().inConflict(id)).as("flagged for a decision").isTrue();
            assertThat(store.recognitions().load(id).orElseThrow().value(FieldKey.GROSS_TOTAL))
                    .as("the first validation is not overwritten").contains("120.00");
            assertThat(store.replica().others(id)).singleElement().satisfies(other -> {
                assertThat(other.actor()).as("who validated it there").isEqualTo(System.getProperty("user.name"));
                assertThat(other.record().toString()).contains("102.00");
            });
        }

        // Marc decides: he validates again on top of what stands, and the flag goes everywhere.
        validate(b, onB, "102.00", "marc");
        new Sync(b, shared).once();
        new Sync(a, shared).once();

        for (LocalStore store : List.of(a, b)) {
            long id = store.documents().list().getFirst().id();
            assertThat(store.replica().inConflict(id)).isFalse();
            assertThat(store.recognitions().load(id).orElseThrow().value(FieldKey.GROSS_TOTAL)).contains("102.00");
        }
    }

    @Test
    void an_invoice_only_read_elsewhere_never_overwrites_a_validation() {
        long onA = invoice(a, "FA-4", "100.00");
        new Sync(a, shared).once();
        new Sync(b, shared).once();
        long onB = b.documents().list().getFirst().id();

        validate(a, onA, "110.00", "marie");
        b.recognitions().correct(onB, FieldKey.GROSS_TOTAL, new FieldValue(FieldKey.GROSS_TOTAL, "999.00", Source.OPERATOR, 1, 1,
                null, List.of()), List.of(), "marc", "correct");
        new Sync(a, shared).once();
        SyncReport late = new Sync(b, shared).once();

        assertThat(late.conflicts()).isZero();
        assertThat(b.recognitions().load(onB).orElseThrow().value(FieldKey.GROSS_TOTAL)).contains("110.00");
        assertThat(b.documents().find(onB).orElseThrow().status()).isEqualTo(InvoiceStatus.VERIFIED);
        assertThat(b.audit().forDocument(onB)).extracting(e -> e.actor() + " " + e.newValue()).contains("marc 999.00", "marie 110.00");
    }

    @Test
    void a_supplier_given_different_identifiers_on_two_workstations_keeps_them_all() {
        var made = a.suppliers().create("Papeterie Dupuis", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")), "marie");
        new Sync(a, shared).once();
        new Sync(b, shared).once();

        a.suppliers().learn(made.id(), List.of(new SupplierId(SupplierId.Kind.IBAN, "FR7630006000011234567890189")));
        b.suppliers().learn(made.id(), List.of(new SupplierId(SupplierId.Kind.SIREN, "303265045")));
        new Sync(a, shared).once();
        new Sync(b, shared).once();
        new Sync(a, shared).once();

        for (LocalStore store : List.of(a, b)) {
            assertThat(store.suppliers().find(made.id()).orElseThrow().identifiers()).extracting(SupplierId::kind)
                    .containsExactlyInAnyOrder(SupplierId.Kind.VAT, SupplierId.Kind.SIREN, SupplierId.Kind.IBAN);
        }
    }

    @Test
    void the_same_supplier_registered_on_two_workstations_apart_is_one_supplier() {
        a.suppliers().create("Papeterie Dupuis", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")), "marie");
        b.suppliers().create("PAPETERIE DUPUIS SARL", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")), "marc");
        new Sync(a, shared).once();
        new Sync(b, shared).once();
        new Sync(a, shared).once();

        assertThat(a.suppliers().all()).hasSize(1);
        assertThat(b.suppliers().all()).isEqualTo(a.suppliers().all());
    }

    @Test
    void a_damaged_change_in_the_shared_database_is_reported_and_does_not_stop_the_others() {
        invoice(a, "FA-GOOD", "10.00");
        Sync fromA = new Sync(a, shared);
        fromA.once();
        // Rows as no Verifact writes them: pages that are not gzip, and a document naming another file and local id.
        database.execute("""
                INSERT INTO invoices (sha256, status, file_name, record, pages, version, change_id, station, seq)
                VALUES ('damaged', 'RECOGNIZED', 'damaged.pdf', '{"document": {"sha256": "damaged"}}', '\\x00ff',
                        1, 'c1', 'elsewhere', nextval('changes'))""");
        database.execute("""
                INSERT INTO invoices (sha256, status, file_name, record, version, change_id, station, seq)
                VALUES ('misnamed', 'RECOGNIZED', 'misnamed.pdf',
                        '{"document": {"id": 1, "sha256": "another", "file_name": "misnamed.pdf", "status": "RECOGNIZED",
                                       "captured_at": "2026-11-24T00:00:00.000Z"}}',
                        1, 'c2', 'elsewhere', nextval('changes'))""");
        database.execute("INSERT INTO originals (sha256, bytes) VALUES ('damaged', '\\x01'), ('misnamed', '\\x02')");
        invoice(a, "FA-LATER", "20.00");
        fromA.once();

        SyncReport pulled = new Sync(b, shared).once();

        assertThat(b.documents().list()).extracting(StoredDocument::fileName)
                .containsExactlyInAnyOrder("FA-GOOD.pdf", "misnamed.pdf", "FA-LATER.pdf");
        assertThat(b.documents().list()).filteredOn(d -> d.fileName().equals("misnamed.pdf")).singleElement()
                .satisfies(d -> assertThat(d.sha256()).as("kept under the id the database knows it by").isEqualTo("misnamed"));
        assertThat(pulled.problems()).singleElement().asString().contains("damaged");
    }

    @Test
    void a_workstation_pointed_at_another_database_sends_it_everything_it_holds() {
        invoice(a, "FA-MOVED", "30.00");
        a.suppliers().create("Papeterie Dupuis", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")), "marie");
        a.customFields().add(new io.verifact.model.CustomField("our_reference", FieldKey.Kind.TEXT, null), "marie");
        new Sync(a, shared).once();

        try (TestDatabase moved = TestDatabase.create(); SharedDatabase there = SharedDatabase.open(moved.settings())) {
            SyncReport sent = new Sync(a, there).once();
            new Sync(b, there).once();

            assertThat(sent.sent()).isEqualTo(3);
            assertThat(b.documents().list()).extracting(StoredDocument::fileName).containsExactly("FA-MOVED.pdf");
            assertThat(b.suppliers().all()).isEqualTo(a.suppliers().all());
            assertThat(b.customFields().all()).isEqualTo(a.customFields().all());
        }
    }

    private static void validate(LocalStore store, long id, String gross, String operator) {
        store.recognitions().correct(id, FieldKey.GROSS_TOTAL, new FieldValue(FieldKey.GROSS_TOTAL, gross, Source.OPERATOR, 1, 1,
                null, List.of()), List.of(), operator, "correct");
        store.documents().decide(id, InvoiceStatus.VERIFIED, null, "validate");
    }

    @Test
    void a_change_the_database_refuses_does_not_hold_back_the_rest_of_its_batch() {
        Sync sync = new Sync(a, shared);
        sync.server();
        database.execute("ALTER TABLE invoices ADD CONSTRAINT no_refused CHECK (file_name <> 'FA-REFUSED.pdf')");
        invoice(a, "FA-3", "10.00");
        invoice(a, "FA-REFUSED", "20.00");
        invoice(a, "FA-4", "30.00");

        SyncReport report = sync.push();

        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString().contains("no_refused");
        assertThat(a.outbox().all()).singleElement().satisfies(p -> assertThat(p.lastError()).contains("no_refused"));
        new Sync(b, shared).pull();
        assertThat(b.documents().list()).extracting(StoredDocument::fileName).containsExactlyInAnyOrder("FA-3.pdf", "FA-4.pdf");
    }

    @Test
    void a_batch_mixing_a_changed_invoice_and_new_ones_leaves_each_once_with_its_whole_trail() throws Exception {
        long first = invoice(a, "FA-5", "10.00");
        new Sync(a, shared).push();
        a.documents().decide(first, InvoiceStatus.VERIFIED, null, "validate");
        long second = invoice(a, "FA-6", "20.00");
        a.documents().decide(second, InvoiceStatus.VERIFIED, null, "validate");

        assertThat(new Sync(a, shared).push().sent()).isEqualTo(2);

        try (var admin = database.admin(); var statement = admin.createStatement();
             var row = statement.executeQuery("""
                     SELECT i.status, i.version, (SELECT count(*) FROM audit WHERE audit.sha256 = i.sha256),
                            (SELECT count(*) FROM originals o WHERE o.sha256 = i.sha256)
                     FROM invoices i ORDER BY i.file_name""")) {
            for (long id : List.of(first, second)) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("VERIFIED");
                assertThat(row.getInt(2)).isEqualTo(id == first ? 2 : 1);
                assertThat(row.getInt(3)).isEqualTo(a.audit().forDocument(id).size());
                assertThat(row.getInt(4)).isEqualTo(1);
            }
            assertThat(row.next()).isFalse();
        }
    }

    @Test
    void a_supplier_sent_by_another_version_keeps_the_rows_it_leaves_out_and_skips_what_this_one_does_not_know() {
        var made = a.suppliers().create("Papeterie Dupuis", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")), "marie");
        a.suppliers().addKeyword(made.id(), "dupuis");
        new Sync(a, shared).once();
        new Sync(b, shared).once();
        // As an older workstation writes it (no keywords kept) that a newer one also touched (fields unknown here).
        database.execute("""
                UPDATE suppliers SET record = jsonb_set(jsonb_set(record - 'keywords', '{supplier,name}', '"Papeterie Dupuis SARL"'),
                                                        '{supplier,loyalty}', '"gold"') || '{"ratings": [{"stars": 5}]}',
                                     version = version + 1, change_id = 'elsewhere-1', seq = nextval('changes')""");

        SyncReport pulled = new Sync(b, shared).once();

        assertThat(pulled.problems()).isEmpty();
        assertThat(pulled.pulled()).isEqualTo(1);
        assertThat(b.suppliers().find(made.id()).orElseThrow()).satisfies(there -> {
            assertThat(there.name()).isEqualTo("Papeterie Dupuis SARL");
            assertThat(there.keywords()).as("not said, so kept").containsExactly("dupuis");
            assertThat(there.identifiers()).isEqualTo(made.identifiers());
        });
    }

    @Test
    void large_invoice_files_sent_together_each_arrive_whole() {
        List<byte[]> files = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3; i++) {
            byte[] bytes = new byte[7 * 1024 * 1024];
            random.nextBytes(bytes);
            files.add(bytes);
            a.documents().capture(sha256(bytes), "scan-" + i + ".tif", "/scans/scan-" + i + ".tif", bytes);
        }

        assertThat(new Sync(a, shared).push().sent()).isEqualTo(3);
        new Sync(b, shared).pull();

        assertThat(b.documents().list()).hasSize(3).allSatisfy(there ->
                assertThat(b.documents().original(there.id())).isEqualTo(files.get(there.fileName().charAt(5) - '0')));
    }
}
