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
 * The demo series that mask tests teach on, one per supplier: every field is where its box says, as
 * the PDF's own text layer shows; the layout stays put while the lines grow, until Dupuis changes its
 * letterhead. The series are written to {@code target/demo-series/}, where a developer can open the files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeriesTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<FieldKey> TOTALS = List.of(FieldKey.NET_TOTAL, FieldKey.TAX_TOTAL, FieldKey.GROSS_TOTAL,
            FieldKey.AMOUNT_DUE, FieldKey.CURRENCY);
    private static final List<FieldKey> IDENTIFIERS = List.of(FieldKey.SUPPLIER_NAME, FieldKey.SUPPLIER_VAT,
            FieldKey.SUPPLIER_SIREN, FieldKey.SUPPLIER_SIRET, FieldKey.SUPPLIER_IBAN, FieldKey.SUPPLIER_BIC);

    @TempDir
    static Path folder;

    private final Documents documents = new Documents(Limits.DEFAULT);
    private List<DemoSeries> everySeries;
    private DemoSeries series;

    @BeforeAll
    void writeTheSeries() throws IOException {
        everySeries = DemoInvoices.writeAllSeries(Path.of(System.getProperty("basedir", "."), "target", "demo-series"));
        series = everySeries.getFirst();
    }

    @Test
    void everySupplierHasASeriesDupuisFirst() {
        assertThat(everySeries).extracting(DemoSeries::supplier).containsExactly("Atelier Dupuis SARL", "Imprimerie Lambotte SRL",
                "Feinmechanik Albrecht GmbH", "Van der Linden Koeriers B.V.");
    }

    @Test
    void theWordsInsideEveryFieldsBoxSpellItsValueAndNothingElse() throws DocumentRefused {
        for (SeriesInvoice invoice : pdfs()) {
            try (Document document = documents.open(invoice.invoice().file())) {
                for (Map.Entry<FieldKey, PrintedValue> field : invoice.printed().entrySet()) {
                    PrintedValue printed = field.getValue();
                    String what = name(invoice) + " " + field.getKey().key();
                    List<Word> words = document.textLayer(printed.page());

                    assertThat(unbracketed(spelled(inside(words, printed.box())))).as(what).isEqualTo(printed.text());
                    assertThat(touching(words, printed.box())).as(what + ": the box cuts no other word")
                            .containsExactlyElementsOf(inside(words, printed.box()));
                    assertThat(normalized(field.getKey(), printed.text())).as(what).isEqualTo(invoice.invoice().truth().get(field.getKey()));
                }
            }
        }
    }

    @Test
    void moreLinesSetTheTotalsLowerInTheSameLayout() {
        everySeries.forEach(DemoSeriesTest::setsTheTotalsLowerWithMoreLines);
    }

    private static void setsTheTotalsLowerWithMoreLines(DemoSeries series) {
        SeriesInvoice few = series.invoice(Kind.FEW_LINES);
        SeriesInvoice many = series.invoice(Kind.MANY_LINES);

        for (FieldKey total : TOTALS) {
            Box high = few.where(total).box();
            Box low = many.where(total).box();
            assertThat(many.where(total).page()).isEqualTo(few.where(total).page()).isEqualTo(1);
            assertThat(low.y0()).as(series.supplier() + " " + total.key()).isGreaterThan(high.y1() + 0.2);
            assertThat(low.horizontalOverlap(high)).as(series.supplier() + " " + total.key()).isGreaterThan(0.8);
        }
        assertThat(many.where(FieldKey.INVOICE_NUMBER).box()).isEqualTo(few.where(FieldKey.INVOICE_NUMBER).box());
        assertThat(many.where(FieldKey.SUPPLIER_IBAN).box()).isEqualTo(few.where(FieldKey.SUPPLIER_IBAN).box());
    }

    @Test
    void theLongestInvoiceCarriesItsTotalsOverleaf() throws DocumentRefused {
        for (DemoSeries each : everySeries) {
            carriesItsTotalsOverleaf(each);
        }
    }

    private void carriesItsTotalsOverleaf(DemoSeries series) throws DocumentRefused {
        SeriesInvoice overleaf = series.invoice(Kind.TOTALS_OVERLEAF);

        try (Document document = documents.open(overleaf.invoice().file())) {
            assertThat(document.pageCount()).as(name(overleaf)).isEqualTo(2);
        }
        assertThat(TOTALS).allSatisfy(total -> assertThat(overleaf.where(total).page()).as(name(overleaf) + " " + total.key()).isEqualTo(2));
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
        assertThat(series.invoices()).extracting(SeriesInvoice::kind).containsExactlyInAnyOrder(Kind.values());
        for (DemoSeries each : everySeries.subList(1, everySeries.size())) {
            assertThat(each.invoices()).extracting(SeriesInvoice::kind).as(each.supplier())
                    .containsExactly(Kind.FEW_LINES, Kind.MANY_LINES, Kind.TOTALS_OVERLEAF, Kind.SCANNED);
        }
        everySeries.forEach(DemoSeriesTest::changesFromInvoiceToInvoice);
    }

    private static void changesFromInvoiceToInvoice(DemoSeries series) {
        List<SeriesInvoice> invoices = series.invoices();
        for (FieldKey key : List.of(FieldKey.INVOICE_NUMBER, FieldKey.INVOICE_DATE, FieldKey.DUE_DATE, FieldKey.PO_NUMBER,
                FieldKey.NET_TOTAL, FieldKey.GROSS_TOTAL)) {
            assertThat(invoices).extracting(i -> i.invoice().truth().get(key)).as(series.supplier() + " " + key.key())
                    .doesNotHaveDuplicates();
        }
        assertThat(invoices).extracting(i -> i.invoice().supplierName()).containsOnly(series.supplier());
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
        writesTheSameAgain(series, DemoInvoices.writeSeries(folder));
        List<DemoSeries> again = DemoInvoices.writeAllSeries(folder.resolve("all"));
        for (int i = 0; i < again.size(); i++) {
            writesTheSameAgain(everySeries.get(i), again.get(i));
        }
    }

    private static void writesTheSameAgain(DemoSeries series, DemoSeries again) throws IOException {
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
        for (DemoSeries each : everySeries) {
            showsItsValuesWhereItsBoxesSay(each.invoice(Kind.SCANNED));
        }
    }

    private void showsItsValuesWhereItsBoxesSay(SeriesInvoice scan) throws DocumentRefused {
        assertThat(scan.invoice().scanned()).isTrue();

        try (Document document = documents.open(scan.invoice().file());
             TesseractEngine tesseract = new TesseractEngine(null, language(scan), 1)) {
            assertThat(document.textLayer(1)).isEmpty();
            List<Word> read = tesseract.read(document, 1).words();
            for (FieldKey key : List.of(FieldKey.INVOICE_NUMBER, FieldKey.INVOICE_DATE, FieldKey.GROSS_TOTAL, FieldKey.SUPPLIER_IBAN)) {
                PrintedValue printed = scan.where(key);
                assertThat(spelled(inside(read, printed.box()))).as(name(scan) + " " + key.key()).isEqualTo(printed.text());
            }
        }
    }

    /** The language Tesseract reads the supplier's invoices in. */
    private static String language(SeriesInvoice scan) {
        return switch (scan.invoice().supplierName()) {
            case "Feinmechanik Albrecht GmbH" -> "deu";
            case "Van der Linden Koeriers B.V." -> "nld+eng";
            default -> "fra";
        };
    }

    private List<SeriesInvoice> pdfs() {
        return everySeries.stream().flatMap(s -> s.invoices().stream()).filter(i -> !i.invoice().scanned()).toList();
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

    /**
     * The words as a value: without the bracket a sentence sets against them, as Van der
     * Linden's payment line does around its BIC ({@code (BIC RIJBNL2A)}), which the text layer keeps in the word.
     */
    private static String unbracketed(String words) {
        return words.replaceAll("^[(\\[]|[)\\]]$", "");
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

    /**
     * The printed value written as the truth writes it: 1 234,56 €, 1.234,56 € and € 1.234,56 as
     * 1234.56; 27/10/2026, 27.10.2026 and 27-10-2026 as 2026-10-27.
     */
    private static String normalized(FieldKey key, String printed) {
        return switch (key.kind()) {
            case AMOUNT -> new BigDecimal(printed.replaceAll("[€ .]", "").replace(',', '.')).toPlainString();
            case DATE -> LocalDate.parse(printed.replace('.', '/').replace('-', '/'), DATE).toString();
            case IDENTIFIER -> printed.replace(" ", "").replace(".", "");
            case CODE -> switch (printed.toLowerCase(java.util.Locale.ROOT)) {
                case "€" -> "EUR";
                case "facture", "rechnung", "factuur", "invoice" -> "invoice";
                default -> printed;
            };
            case TEXT -> printed;
        };
    }

    private static String name(SeriesInvoice invoice) {
        return invoice.invoice().file().getFileName().toString();
    }
}
