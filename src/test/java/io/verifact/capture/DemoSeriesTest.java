package io.verifact.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.capture.SeriesInvoice.Kind;
import io.verifact.check.Totals;
import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.model.Word;
import io.verifact.ocr.TesseractEngine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo series that mask tests teach on: every field is where its box says, as the PDF's own text
 * layer shows; the layout stays put while the lines grow, until the supplier changes its letterhead.
 * The series is written to {@code target/demo-series/}, where a developer can open the files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeriesTest {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<FieldKey> TOTALS = List.of(FieldKey.NET_TOTAL, FieldKey.TAX_TOTAL, FieldKey.GROSS_TOTAL,
            FieldKey.AMOUNT_DUE, FieldKey.CURRENCY);
    private static final List<FieldKey> IDENTIFIERS = List.of(FieldKey.SUPPLIER_NAME, FieldKey.SUPPLIER_VAT,
            FieldKey.SUPPLIER_SIREN, FieldKey.SUPPLIER_SIRET, FieldKey.SUPPLIER_IBAN, FieldKey.SUPPLIER_BIC);

    @TempDir
    static Path folder;

    private final Documents documents = new Documents(Limits.DEFAULT);
    private DemoSeries series;

    @BeforeAll
    void writeTheSeries() throws IOException {
        series = DemoInvoices.writeSeries(Path.of(System.getProperty("basedir", "."), "target", "demo-series"));
    }

    @Test
    void theWordsInsideEveryFieldsBoxSpellItsValueAndNothingElse() throws DocumentRefused {
        for (SeriesInvoice invoice : pdfs()) {
            try (Document document = documents.open(invoice.invoice().file())) {
                for (Map.Entry<FieldKey, PrintedValue> field : invoice.printed().entrySet()) {
                    PrintedValue printed = field.getValue();
                    String what = name(invoice) + " " + field.getKey().key();
                    List<Word> words = document.textLayer(printed.page());

                    assertThat(spelled(inside(words, printed.box()))).as(what).isEqualTo(printed.text());
                    assertThat(touching(words, printed.box())).as(what + ": the box cuts no other word")
                            .containsExactlyElementsOf(inside(words, printed.box()));
                    assertThat(normalized(field.getKey(), printed.text())).as(what).isEqualTo(invoice.invoice().truth().get(field.getKey()));
                }
            }
        }
    }

    @Test
    void moreLinesSetTheTotalsLowerInTheSameLayout() {
        SeriesInvoice few = series.invoice(Kind.FEW_LINES);
        SeriesInvoice many = series.invoice(Kind.MANY_LINES);

        for (FieldKey total : TOTALS) {
            Box high = few.where(total).box();
            Box low = many.where(total).box();
            assertThat(many.where(total).page()).isEqualTo(few.where(total).page()).isEqualTo(1);
            assertThat(low.y0()).as(total.key()).isGreaterThan(high.y1() + 0.2);
            assertThat(low.horizontalOverlap(high)).as(total.key()).isGreaterThan(0.8);
        }
        assertThat(many.where(FieldKey.INVOICE_NUMBER).box()).isEqualTo(few.where(FieldKey.INVOICE_NUMBER).box());
        assertThat(many.where(FieldKey.SUPPLIER_IBAN).box()).isEqualTo(few.where(FieldKey.SUPPLIER_IBAN).box());
    }

    @Test
    void theLongestInvoiceCarriesItsTotalsOverleaf() throws DocumentRefused {
        SeriesInvoice overleaf = series.invoice(Kind.TOTALS_OVERLEAF);

        try (Document document = documents.open(overleaf.invoice().file())) {
            assertThat(document.pageCount()).isEqualTo(2);
        }
        assertThat(TOTALS).allSatisfy(total -> assertThat(overleaf.where(total).page()).as(total.key()).isEqualTo(2));
        assertThat(overleaf.where(FieldKey.INVOICE_NUMBER).page()).isEqualTo(1);
        assertThat(overleaf.where(FieldKey.INVOICE_NUMBER).box())
                .isEqualTo(series.invoice(Kind.FEW_LINES).where(FieldKey.INVOICE_NUMBER).box());
    }

    @Test
    void theNewLetterheadKeepsTheIdentifiersAndMovesWhatAMaskAnchorsTo() throws DocumentRefused {
        SeriesInvoice old = series.invoice(Kind.FEW_LINES);
        SeriesInvoice renewed = series.invoice(Kind.NEW_LETTERHEAD);

        for (FieldKey identifier : IDENTIFIERS) {
            assertThat(renewed.invoice().truth().get(identifier)).as(identifier.key()).isEqualTo(old.invoice().truth().get(identifier));
        }
        for (FieldKey key : List.of(FieldKey.INVOICE_NUMBER, FieldKey.INVOICE_DATE, FieldKey.GROSS_TOTAL, FieldKey.AMOUNT_DUE,
                FieldKey.SUPPLIER_VAT, FieldKey.SUPPLIER_IBAN, FieldKey.BUYER_NAME)) {
            Box before = old.where(key).box();
            Box after = renewed.where(key).box();
            assertThat(before.horizontalOverlap(after) > 0 && before.verticalOverlap(after) > 0).as(key.key() + " moved").isFalse();
        }
        assertThat(labelBefore(old, FieldKey.GROSS_TOTAL)).isEqualTo("Total TTC");
        assertThat(labelBefore(renewed, FieldKey.GROSS_TOTAL)).isEqualTo("Total facture");
        assertThat(labelBefore(old, FieldKey.AMOUNT_DUE)).isEqualTo("Net à payer");
        assertThat(labelBefore(renewed, FieldKey.AMOUNT_DUE)).isEqualTo("Montant à régler");
    }

    @Test
    void numbersDatesAndAmountsChangeFromInvoiceToInvoice() {
        List<SeriesInvoice> invoices = series.invoices();

        assertThat(invoices).extracting(SeriesInvoice::kind).containsExactlyInAnyOrder(Kind.values());
        for (FieldKey key : List.of(FieldKey.INVOICE_NUMBER, FieldKey.INVOICE_DATE, FieldKey.DUE_DATE, FieldKey.PO_NUMBER,
                FieldKey.NET_TOTAL, FieldKey.GROSS_TOTAL)) {
            assertThat(invoices).extracting(i -> i.invoice().truth().get(key)).as(key.key()).doesNotHaveDuplicates();
        }
        assertThat(invoices).extracting(i -> i.invoice().supplierName()).containsOnly("Atelier Dupuis SARL");
        assertThat(invoices).extracting(i -> i.invoice().truth().get(FieldKey.INVOICE_DATE)).isSorted();
        assertThat(invoices).allSatisfy(i -> {
            Map<FieldKey, String> truth = i.invoice().truth();
            assertThat(Totals.totals(new BigDecimal(truth.get(FieldKey.NET_TOTAL)), new BigDecimal(truth.get(FieldKey.TAX_TOTAL)),
                    new BigDecimal(truth.get(FieldKey.GROSS_TOTAL))).ok()).as(name(i)).isTrue();
            assertThat(i.invoice().failsChecks()).isFalse();
        });
    }

    @Test
    void writingTheSeriesAgainGivesTheSameFilesAndBoxes() throws IOException {
        DemoSeries again = DemoInvoices.writeSeries(folder);

        assertThat(again.invoices()).hasSameSizeAs(series.invoices());
        for (int i = 0; i < again.invoices().size(); i++) {
            SeriesInvoice first = series.invoices().get(i);
            SeriesInvoice second = again.invoices().get(i);
            assertThat(Files.readAllBytes(second.invoice().file())).as(name(second)).isEqualTo(Files.readAllBytes(first.invoice().file()));
            assertThat(second.printed()).isEqualTo(first.printed());
            assertThat(second.kind()).isEqualTo(first.kind());
        }
    }

    @Test
    void theScanShowsItsValuesWhereItsBoxesSay() throws DocumentRefused {
        SeriesInvoice scan = series.invoice(Kind.SCANNED);
        assertThat(scan.invoice().scanned()).isTrue();

        try (Document document = documents.open(scan.invoice().file());
             TesseractEngine tesseract = new TesseractEngine(null, "fra", 1)) {
            assertThat(document.textLayer(1)).isEmpty();
            List<Word> read = tesseract.read(document, 1).words();
            for (FieldKey key : List.of(FieldKey.INVOICE_NUMBER, FieldKey.INVOICE_DATE, FieldKey.GROSS_TOTAL, FieldKey.SUPPLIER_IBAN)) {
                PrintedValue printed = scan.where(key);
                assertThat(spelled(inside(read, printed.box()))).as(key.key()).isEqualTo(printed.text());
            }
        }
    }

    private List<SeriesInvoice> pdfs() {
        return series.invoices().stream().filter(i -> !i.invoice().scanned()).toList();
    }

    /** The words whose middle stands inside the box, as a rectangle drawn there would catch them. */
    private static List<Word> inside(List<Word> words, Box box) {
        return words.stream().filter(w -> box.contains(new Box(w.box().centerX(), w.box().centerY(), w.box().centerX(),
                w.box().centerY()))).toList();
    }

    /** The words that share any part of the box. */
    private static List<Word> touching(List<Word> words, Box box) {
        return words.stream().filter(w -> w.box().x1() > box.x0() && w.box().x0() < box.x1()
                && w.box().y1() > box.y0() && w.box().y0() < box.y1()).toList();
    }

    private static String spelled(List<Word> words) {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    /** The words on the value's line left of it, up to the value: its label, as a reader reads it. */
    private String labelBefore(SeriesInvoice invoice, FieldKey key) throws DocumentRefused {
        PrintedValue printed = invoice.where(key);
        try (Document document = documents.open(invoice.invoice().file())) {
            return spelled(document.textLayer(printed.page()).stream()
                    .filter(w -> w.box().verticalOverlap(printed.box()) > 0.5 && w.box().x1() <= printed.box().x0())
                    .toList());
        }
    }

    /** The printed value written as the truth writes it: 1 234,56 € as 1234.56, 27/10/2026 as 2026-10-27. */
    private static String normalized(FieldKey key, String printed) {
        return switch (key.kind()) {
            case AMOUNT -> new BigDecimal(printed.replace("€", "").replace(" ", "").replace(',', '.')).toPlainString();
            case DATE -> LocalDate.parse(printed, FRENCH_DATE).toString();
            case IDENTIFIER -> printed.replace(" ", "").replace(".", "");
            case CODE -> switch (printed) {
                case "€" -> "EUR";
                case "FACTURE" -> "invoice";
                default -> printed;
            };
            case TEXT -> printed;
        };
    }

    private static String name(SeriesInvoice invoice) {
        return invoice.invoice().file().getFileName().toString();
    }
}
