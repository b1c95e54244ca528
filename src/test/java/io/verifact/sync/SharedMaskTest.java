package io.verifact.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Box;
import io.verifact.model.CustomField;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Source;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;
import io.verifact.workflow.Outcome;
import io.verifact.workflow.Recognizer;
import io.verifact.workflow.Teaching;

/**
 * Two workstations sharing in the background, as the workstation does: what one operator teaches by
 * drawing on one invoice reads the next invoice of that supplier right on a colleague's workstation.
 */
class SharedMaskTest {

    @TempDir
    static Path demoFolder;
    private static List<DemoInvoice> demo;

    @TempDir
    Path folder;

    private TestDatabase database;
    private LocalStore a;
    private LocalStore b;
    private SharedDatabase sharedA;
    private SharedDatabase sharedB;
    private SyncWorker workerA;
    private SyncWorker workerB;
    private Recognizer recognizer;

    @BeforeAll
    static void writeDemo() throws IOException {
        demo = DemoInvoices.write(demoFolder);
    }

    @BeforeEach
    void start() {
        database = TestDatabase.create();
        a = LocalStore.open(folder.resolve("a.verifact"));
        b = LocalStore.open(folder.resolve("b.verifact"));
        sharedA = SharedDatabase.open(database.settings());
        sharedB = SharedDatabase.open(database.settings());
        workerA = new SyncWorker(a, sharedA, state -> { }).start();
        workerB = new SyncWorker(b, sharedB, state -> { }).start();
        Clock clock = Clock.systemUTC();
        recognizer = new Recognizer(new Documents(Limits.DEFAULT), new TextLayerEngine(), new FieldExtractor(clock), clock);
    }

    @AfterEach
    void stop() {
        workerA.close();
        workerB.close();
        sharedA.close();
        sharedB.close();
        a.close();
        b.close();
        database.close();
    }

    private static DemoInvoice file(String name) {
        return demo.stream().filter(d -> d.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aZoneTaughtOnOneWorkstationReadsTheSuppliersNextInvoiceOnAnother() {
        DemoInvoice next = file("van-der-linden-2026-0452.pdf");
        Outcome.Read before = (Outcome.Read) recognizer.recognize(next.file(), b);
        assertThat(before.recognition().custom("our_reference")).as("nothing taught yet").isEmpty();

        Teaching teaching = new Teaching(a, "claire");
        teaching.addCustomField(new CustomField("our_reference", FieldKey.Kind.TEXT, null));
        Outcome.Read first = (Outcome.Read) recognizer.recognize(file("van-der-linden-2026-0417.pdf").file(), a);
        FieldValue number = first.recognition().fields().get(FieldKey.INVOICE_NUMBER);
        long taughtAt = System.nanoTime();
        teaching.teach(new Teaching.Invoice(first.sha256(), first.pages(), first.recognition()), "our_reference", number.page(),
                around(number.box()), Optional.empty());

        waitUntil(() -> !b.masks().all().isEmpty() && !b.customFields().all().isEmpty());
        Duration arrival = Duration.ofNanos(System.nanoTime() - taughtAt);
        Outcome.Read after = (Outcome.Read) recognizer.recognize(next.file(), b);

        assertThat(after.recognition().custom("our_reference")).as("read on B %d ms after teaching on A", arrival.toMillis())
                .hasValueSatisfying(v -> {
                    assertThat(v.value()).isEqualTo(next.truth().get(FieldKey.INVOICE_NUMBER));
                    assertThat(v.source()).isEqualTo(Source.MASK);
                });
        assertThat(b.suppliers().all()).isEqualTo(a.suppliers().all());
    }

    @Test
    void twoOperatorsTeachingTheSameMaskApartBothLandInItsHistoryAndTheNewestApplies() {
        Teaching onA = new Teaching(a, "claire");
        Outcome.Read read = (Outcome.Read) recognizer.recognize(file("van-der-linden-2026-0417.pdf").file(), a);
        FieldValue gross = read.recognition().fields().get(FieldKey.GROSS_TOTAL);
        Teaching.Taught taught = onA.teach(new Teaching.Invoice(read.sha256(), read.pages(), read.recognition()), "gross_total",
                gross.page(), around(gross.box()), Optional.empty());
        waitUntil(() -> b.masks().find(taught.mask().id()).isPresent());

        // Both workstations go offline and teach the same mask, B a moment after A.
        workerA.close();
        workerB.close();
        FieldValue net = read.recognition().fields().get(FieldKey.NET_TOTAL);
        onA.teach(new Teaching.Invoice(read.sha256(), read.pages(), read.recognition()), "net_total", net.page(), around(net.box()),
                Optional.empty());
        Outcome.Read onB = (Outcome.Read) recognizer.recognize(file("van-der-linden-2026-0417.pdf").file(), b);
        FieldValue number = onB.recognition().fields().get(FieldKey.INVOICE_NUMBER);
        new Teaching(b, "marc").teach(new Teaching.Invoice(onB.sha256(), onB.pages(), onB.recognition()), "invoice_number",
                number.page(), around(number.box()), Optional.empty());

        new Sync(a, sharedA).once();
        new Sync(b, sharedB).once();
        new Sync(a, sharedA).once();

        for (LocalStore store : List.of(a, b)) {
            assertThat(store.masks().history(taught.mask().id())).extracting(c -> c.actor() + " " + c.field())
                    .containsExactlyInAnyOrder("claire gross_total", "claire net_total", "marc invoice_number");
            assertThat(store.masks().find(taught.mask().id()).orElseThrow().zones())
                    .as("the newest version, B's, is the mask in use").extracting(z -> z.field())
                    .containsExactlyInAnyOrder("gross_total", "invoice_number");
        }
    }

    private static Box around(Box b) {
        return new Box(Math.max(0, b.x0() - 0.004), Math.max(0, b.y0() - 0.003), Math.min(1, b.x1() + 0.004), Math.min(1, b.y1() + 0.003));
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("did not arrive within 15 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
