package io.verifact.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.CheckResult;
import io.verifact.model.FieldKey;
import io.verifact.model.Recognition;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo invoices read by the real pipeline, the text layer where a page has one and Tesseract
 * where it has not: what a first start shows must be read right, or the demo shows the wrong thing.
 * Prints a table of which fields were read right in which file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoInvoicesRecognitionTest {

    /** The fields an operator checks first, and the demo must get right. */
    private static final List<FieldKey> KEY_FIELDS = List.of(FieldKey.INVOICE_NUMBER, FieldKey.INVOICE_DATE,
            FieldKey.GROSS_TOTAL, FieldKey.SUPPLIER_VAT, FieldKey.SUPPLIER_IBAN);
    /** Of the key fields, how many each scan must read right (measured: all five on every scan). */
    private static final int SCAN_FLOOR = 4;
    /** Of all the fields a clean PDF shows, the share read right (measured: all). */
    private static final double PDF_ACCURACY_FLOOR = 0.98;
    /** Of all the fields a scan shows, the share read right (measured: 60 of 62). */
    private static final double SCAN_ACCURACY_FLOOR = 0.9;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private OcrEngine engine;
    private List<DemoInvoice> demo;
    private final Map<DemoInvoice, Recognition> read = new LinkedHashMap<>();

    @BeforeAll
    void readTheDemoSet() throws IOException {
        demo = DemoInvoices.write(folder);
        engine = new AutoEngine(new TextLayerEngine(), new TesseractEngine(null, "fra+eng+deu+nld", 1));
        Recognizer recognizer = new Recognizer(new Documents(Limits.DEFAULT), engine, new FieldExtractor(CLOCK), CLOCK);
        for (DemoInvoice invoice : demo) {
            Outcome outcome = recognizer.recognize(invoice.file(), null);
            assertThat(outcome).as(invoice.file().getFileName().toString()).isInstanceOf(Outcome.Read.class);
            read.put(invoice, ((Outcome.Read) outcome).recognition());
        }
        System.out.print(table());
    }

    @AfterAll
    void stopTheEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void everyCleanPdfIsReadRightOnItsKeyFields() {
        demo.stream().filter(i -> !i.scanned()).forEach(invoice -> {
            for (FieldKey key : KEY_FIELDS) {
                assertThat(value(invoice, key)).as(name(invoice) + " " + key.key()).isEqualTo(invoice.truth().get(key));
            }
        });
    }

    @Test
    void everyScanIsReadRightOnMostOfItsKeyFields() {
        demo.stream().filter(DemoInvoice::scanned).forEach(invoice ->
                assertThat(KEY_FIELDS.stream().filter(key -> right(invoice, key)).count())
                        .as(name(invoice) + ": key fields read right").isGreaterThanOrEqualTo(SCAN_FLOOR));
    }

    @Test
    void mostFieldsOfEachKindOfFileAreReadRight() {
        assertThat(accuracy(false)).as("clean PDFs, all fields").isGreaterThanOrEqualTo(PDF_ACCURACY_FLOOR);
        assertThat(accuracy(true)).as("scans, all fields").isGreaterThanOrEqualTo(SCAN_ACCURACY_FLOOR);
    }

    @Test
    void theInvoiceWithAMisprintedTotalFailsItsTotalsCheck() {
        DemoInvoice misprinted = demo.stream().filter(DemoInvoice::failsChecks).findFirst().orElseThrow();

        assertThat(read.get(misprinted).checks()).filteredOn(c -> c.name().equals("totals"))
                .singleElement().extracting(CheckResult::ok).isEqualTo(false);
        demo.stream().filter(i -> !i.scanned() && !i.failsChecks()).forEach(invoice ->
                assertThat(read.get(invoice).checks()).as(name(invoice)).allMatch(CheckResult::ok));
    }

    @Test
    void theScanOfAnInvoiceInTheSetIsReadAsTheSameInvoice() {
        List<DemoInvoice> lambotte = demo.stream().filter(i -> i.supplierName().startsWith("Imprimerie Lambotte")).toList();

        assertThat(lambotte).hasSize(2).anyMatch(DemoInvoice::scanned);
        assertThat(lambotte).allSatisfy(invoice -> {
            assertThat(value(invoice, FieldKey.SUPPLIER_VAT)).isEqualTo(invoice.truth().get(FieldKey.SUPPLIER_VAT));
            assertThat(value(invoice, FieldKey.INVOICE_NUMBER)).isEqualTo(invoice.truth().get(FieldKey.INVOICE_NUMBER));
        });
    }

    /** The share of the fields the files of one kind show that were read right. */
    private double accuracy(boolean scanned) {
        long shown = 0;
        long right = 0;
        for (DemoInvoice invoice : demo) {
            if (invoice.scanned() == scanned) {
                shown += invoice.truth().size();
                right += invoice.truth().keySet().stream().filter(key -> right(invoice, key)).count();
            }
        }
        return (double) right / shown;
    }

    private String value(DemoInvoice invoice, FieldKey key) {
        return read.get(invoice).value(key).orElse(null);
    }

    private boolean right(DemoInvoice invoice, FieldKey key) {
        String want = invoice.truth().get(key);
        String got = value(invoice, key);
        if (want == null || got == null || key.kind() != FieldKey.Kind.AMOUNT) {
            return Objects.equals(want, got);
        }
        return new BigDecimal(want).compareTo(new BigDecimal(got)) == 0;
    }

    /** One row a file, one column a field: + read right, x read wrong, . not found, blank not on the page. */
    private String table() {
        StringBuilder out = new StringBuilder("== demo invoices, fields read right (+), wrong (x), not found (.)\n");
        out.append(String.format("%-42s", "file"));
        for (FieldKey key : FieldKey.values()) {
            out.append(' ').append(abbreviation(key));
        }
        out.append('\n');
        StringBuilder misses = new StringBuilder();
        for (DemoInvoice invoice : demo) {
            out.append(String.format("%-42s", name(invoice)));
            for (FieldKey key : FieldKey.values()) {
                String mark = !invoice.truth().containsKey(key) ? " " : right(invoice, key) ? "+" : value(invoice, key) == null ? "." : "x";
                out.append(String.format(" %-4s", mark));
                if (!mark.equals(" ") && !mark.equals("+")) {
                    misses.append(String.format("   %s %s: got %s, want %s%n", name(invoice), key.key(), value(invoice, key),
                            invoice.truth().get(key)));
                }
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "clean PDFs: %.1f %% of fields read right; scans: %.1f %%%n", 100 * accuracy(false), 100 * accuracy(true)));
        return out.append(misses).toString();
    }

    private static String abbreviation(FieldKey key) {
        String a = switch (key) {
            case INVOICE_NUMBER -> "num";
            case INVOICE_DATE -> "date";
            case DUE_DATE -> "due";
            case CURRENCY -> "cur";
            case NET_TOTAL -> "net";
            case TAX_TOTAL -> "tax";
            case GROSS_TOTAL -> "grss";
            case AMOUNT_DUE -> "pay";
            case SUPPLIER_NAME -> "supp";
            case BUYER_NAME -> "buyr";
            case SUPPLIER_VAT -> "sVAT";
            case BUYER_VAT -> "bVAT";
            case SUPPLIER_SIREN -> "sirn";
            case SUPPLIER_SIRET -> "sirt";
            case SUPPLIER_IBAN -> "iban";
            case SUPPLIER_BIC -> "bic";
            case PO_NUMBER -> "po";
            case DOCUMENT_TYPE -> "type";
        };
        return String.format("%-4s", a);
    }

    private static String name(DemoInvoice invoice) {
        return invoice.file().getFileName().toString();
    }
}
