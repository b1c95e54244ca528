package io.verifact.workflow;

import io.verifact.capture.DemoInvoices;
import io.verifact.capture.DemoSeries;
import io.verifact.capture.PrintedValue;
import io.verifact.capture.SeriesInvoice;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Source;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One supplier's invoices over a few weeks: taught once on a short invoice, its long invoices (totals
 * lower, or overleaf) and its scan are read right; its new letterhead gets a mask of its own. The same
 * is measured over every demo supplier's series, each in its own layout and language.
 */
class MaskSeriesTest {

    private static final Set<FieldKey> TOTALS = EnumSet.of(FieldKey.NET_TOTAL, FieldKey.TAX_TOTAL, FieldKey.GROSS_TOTAL, FieldKey.AMOUNT_DUE);

    @TempDir
    static Path seriesFolder;
    private static List<DemoSeries> everySeries;
    private static DemoSeries series;
    private static TesseractEngine tesseract;

    @TempDir
    Path folder;
    private LocalStore store;
    private Recognizer recognizer;
    private Teaching teaching;

    @BeforeAll
    static void writeSeries() throws IOException {
        everySeries = DemoInvoices.writeAllSeries(seriesFolder);
        series = everySeries.getFirst();
        tesseract = new TesseractEngine(null, "fra+eng", 1);
    }

    @AfterAll
    static void closeEngine() {
        tesseract.close();
    }

    @BeforeEach
    void openStore() {
        open(folder.resolve("verifact.db"));
    }

    private void open(Path database) {
        store = LocalStore.open(database);
        Clock clock = Clock.systemUTC();
        Documents documents = new Documents(Limits.DEFAULT);
        AutoEngine engine = new AutoEngine(new TextLayerEngine(), tesseract);
        recognizer = new Recognizer(documents, engine, new FieldExtractor(clock), clock);
        teaching = new Teaching(store, "claire", documents, engine);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Outcome.Read read(SeriesInvoice invoice) {
        return (Outcome.Read) recognizer.recognize(invoice.invoice().file(), store);
    }

    /** Draws each field's rectangle where the invoice prints it, as an operator's hand does: a little larger. */
    private Teaching.Taught teach(SeriesInvoice invoice, FieldKey key) {
        Outcome.Read read = read(invoice);
        byte[] original;
        try {
            original = java.nio.file.Files.readAllBytes(invoice.invoice().file());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PrintedValue where = invoice.where(key);
        var b = where.box();
        var drawn = new io.verifact.model.Box(Math.max(0, b.x0() - 0.005), Math.max(0, b.y0() - 0.004),
                Math.min(1, b.x1() + 0.005), Math.min(1, b.y1() + 0.004));
        return teaching.teach(new Teaching.Invoice(read.sha256(), read.pages(), read.recognition(), original), key.key(),
                where.page(), drawn, Optional.empty());
    }

    @Test
    void totalsTaughtOnAShortInvoiceAreReadOnLongerOnesAndOverleaf() {
        SeriesInvoice few = series.invoice(SeriesInvoice.Kind.FEW_LINES);
        TOTALS.forEach(key -> assertThat(teach(few, key).read().value()).map(c -> c.value()).hasValue(few.invoice().truth().get(key)));

        for (SeriesInvoice.Kind kind : List.of(SeriesInvoice.Kind.MANY_LINES, SeriesInvoice.Kind.TOTALS_OVERLEAF)) {
            SeriesInvoice longer = series.invoice(kind);
            Map<FieldKey, FieldValue> fields = read(longer).recognition().fields();
            for (FieldKey key : TOTALS) {
                assertThat(fields.get(key).source()).as("%s of %s", key, kind).isEqualTo(Source.MASK);
                assertThat(fields.get(key).value()).as("%s of %s", key, kind).isEqualTo(longer.invoice().truth().get(key));
                assertThat(fields.get(key).page()).as("%s of %s", key, kind).isEqualTo(longer.where(key).page());
            }
        }
    }

    @Test
    void everyFieldDrawnOnTheScanIsReadOnItsOwnAsPrinted() {
        SeriesInvoice scan = series.invoice(SeriesInvoice.Kind.SCANNED);
        List<String> wrong = new java.util.ArrayList<>();
        for (Map.Entry<FieldKey, String> truth : scan.invoice().truth().entrySet()) {
            Optional<String> read = teach(scan, truth.getKey()).read().value().map(c -> c.value());
            if (!read.equals(Optional.of(truth.getValue()))) {
                wrong.add(truth.getKey().key() + ": " + read.orElse("nothing") + " instead of " + truth.getValue());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aNewLetterheadStartsASecondMaskAndTheFirstKeepsReadingTheOldLayout() {
        SeriesInvoice few = series.invoice(SeriesInvoice.Kind.FEW_LINES);
        SeriesInvoice renewed = series.invoice(SeriesInvoice.Kind.NEW_LETTERHEAD);
        Teaching.Taught old = teach(few, FieldKey.GROSS_TOTAL);

        Outcome.Read beforeTeaching = read(renewed);
        Teaching.Taught second = teach(renewed, FieldKey.GROSS_TOTAL);

        assertThat(beforeTeaching.recognition().fields().values()).extracting(FieldValue::source).doesNotContain(Source.MASK);
        assertThat(second.supplier().id()).isEqualTo(old.supplier().id());
        assertThat(second.newMask()).isTrue();
        assertThat(teaching.masks(Optional.of(old.supplier().id()))).hasSize(2);
        SeriesInvoice many = series.invoice(SeriesInvoice.Kind.MANY_LINES);
        FieldValue oldLayout = read(many).recognition().fields().get(FieldKey.GROSS_TOTAL);
        assertThat(oldLayout.source()).isEqualTo(Source.MASK);
        assertThat(oldLayout.value()).isEqualTo(many.invoice().truth().get(FieldKey.GROSS_TOTAL));
        assertThat(read(renewed).recognition().fields().get(FieldKey.GROSS_TOTAL).source()).isEqualTo(Source.MASK);
    }

    @Test
    void afterTeachingWhatWasReadWrongOnOneInvoiceTheSuppliersOtherInvoicesAreReadRight() {
        List<String> wrong = new ArrayList<>();
        Score score = teachOnTheShortInvoiceAndReadTheOthers(series, wrong);

        assertThat(score.ratio()).as("%s; read wrong: %s", score, String.join("; ", wrong)).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void afterTeachingOneInvoiceOfEachSupplierTheirOtherInvoicesAreReadRightInEveryLayout() {
        List<String> figures = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        Score total = new Score("every supplier", 0, 0);
        for (DemoSeries each : everySeries) {
            // Each supplier on a workstation of its own, so no mask of another supplier's helps.
            store.close();
            open(folder.resolve(everySeries.indexOf(each) + ".db"));
            Score score = teachOnTheShortInvoiceAndReadTheOthers(each, wrong);
            figures.add(score.toString());
            total = new Score(total.what(), total.right() + score.right(), total.all() + score.all());
        }
        assertThat(total.ratio()).as("%s (%s); read wrong: %s", total, String.join(", ", figures), String.join("; ", wrong))
                .isGreaterThanOrEqualTo(0.98);
    }

    /** How many fields of a supplier's invoices were read right, of all their fields. */
    private record Score(String what, int right, int all) {

        double ratio() {
            return (double) right / all;
        }

        @Override
        public String toString() {
            return what + ": " + right + " of " + all + " fields right";
        }
    }

    /**
     * Teaches everything the series' short invoice prints, what the layout read right as well, as an
     * operator who checks a new supplier's first invoice field by field would; then reads the
     * supplier's longer invoices and its scan, noting each field read wrong.
     */
    private Score teachOnTheShortInvoiceAndReadTheOthers(DemoSeries series, List<String> wrong) {
        SeriesInvoice few = series.invoice(SeriesInvoice.Kind.FEW_LINES);
        for (FieldKey key : few.invoice().truth().keySet()) {
            teach(few, key);
        }
        int right = 0;
        int all = 0;
        for (SeriesInvoice.Kind kind : List.of(SeriesInvoice.Kind.MANY_LINES, SeriesInvoice.Kind.TOTALS_OVERLEAF, SeriesInvoice.Kind.SCANNED)) {
            SeriesInvoice other = series.invoice(kind);
            Map<FieldKey, FieldValue> fields = read(other).recognition().fields();
            for (Map.Entry<FieldKey, String> truth : other.invoice().truth().entrySet()) {
                all++;
                FieldValue got = fields.get(truth.getKey());
                if (got != null && got.value().equals(truth.getValue())) {
                    right++;
                } else {
                    wrong.add(other.invoice().file().getFileName() + " " + truth.getKey().key() + ": "
                            + (got == null ? "nothing" : got.value()) + " instead of " + truth.getValue());
                }
            }
        }
        return new Score(series.supplier(), right, all);
    }
}
