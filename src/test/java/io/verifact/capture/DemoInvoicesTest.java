package io.verifact.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.check.Ibans;
import io.verifact.check.Siren;
import io.verifact.check.Totals;
import io.verifact.check.VatNumbers;
import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.document.MediaType;
import io.verifact.model.FieldKey;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo set a first start offers: repeatable, valid, and varied enough to show every part of the
 * work. The set is written to {@code target/demo-invoices/}, where a developer can open the files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoInvoicesTest {

    @TempDir
    static Path folder;

    private List<DemoInvoice> demo;

    @BeforeAll
    void writeTheSet() throws IOException {
        demo = DemoInvoices.write(Path.of(System.getProperty("basedir", "."), "target", "demo-invoices"));
    }

    @Test
    void writingTheSetAgainGivesTheSameBytes() throws IOException {
        List<DemoInvoice> again = DemoInvoices.write(folder);

        assertThat(again).hasSameSizeAs(demo);
        for (int i = 0; i < demo.size(); i++) {
            assertThat(again.get(i).file().getFileName()).isEqualTo(demo.get(i).file().getFileName());
            assertThat(Files.readAllBytes(again.get(i).file())).as(again.get(i).file().getFileName().toString())
                    .isEqualTo(Files.readAllBytes(demo.get(i).file()));
            assertThat(again.get(i).truth()).isEqualTo(demo.get(i).truth());
        }
    }

    @Test
    void everyIdentifierPassesItsCheck() {
        for (DemoInvoice invoice : demo) {
            Map<FieldKey, String> truth = invoice.truth();
            assertThat(VatNumbers.check(truth.get(FieldKey.SUPPLIER_VAT)).valid()).as(truth.get(FieldKey.SUPPLIER_VAT)).isTrue();
            assertThat(VatNumbers.check(truth.get(FieldKey.BUYER_VAT)).valid()).as(truth.get(FieldKey.BUYER_VAT)).isTrue();
            assertThat(VatNumbers.normalize(truth.get(FieldKey.SUPPLIER_VAT))).hasValue(truth.get(FieldKey.SUPPLIER_VAT));
            assertThat(Ibans.problem(truth.get(FieldKey.SUPPLIER_IBAN))).as(truth.get(FieldKey.SUPPLIER_IBAN)).isEmpty();
            assertThat(Ibans.normalizeBic(truth.get(FieldKey.SUPPLIER_BIC))).hasValue(truth.get(FieldKey.SUPPLIER_BIC));
            assertThat(truth.get(FieldKey.SUPPLIER_IBAN).substring(0, 2)).isEqualTo(truth.get(FieldKey.SUPPLIER_VAT).substring(0, 2));
        }
    }

    @Test
    void theFrenchSupplierHasASirenItsSiretAndItsVatNumberAgreeWith() {
        List<DemoInvoice> french = demo.stream().filter(i -> i.truth().containsKey(FieldKey.SUPPLIER_SIREN)).toList();

        assertThat(french).isNotEmpty().allSatisfy(invoice -> {
            String siren = invoice.truth().get(FieldKey.SUPPLIER_SIREN);
            String siret = invoice.truth().get(FieldKey.SUPPLIER_SIRET);
            assertThat(Siren.isValidSiren(siren)).isTrue();
            assertThat(Siren.isValidSiret(siret)).isTrue();
            assertThat(siret).startsWith(siren);
            assertThat(Siren.frenchVatOf(siren)).isEqualTo(invoice.truth().get(FieldKey.SUPPLIER_VAT));
        });
    }

    @Test
    void theTotalsAddUpExceptOnTheInvoiceMisprintedOnPurpose() {
        for (DemoInvoice invoice : demo) {
            boolean addsUp = Totals.totals(amount(invoice, FieldKey.NET_TOTAL), amount(invoice, FieldKey.TAX_TOTAL),
                    amount(invoice, FieldKey.GROSS_TOTAL)).ok();
            assertThat(addsUp).as(invoice.file().getFileName().toString()).isEqualTo(!invoice.failsChecks());
        }
        assertThat(demo).filteredOn(DemoInvoice::failsChecks).hasSize(1);
    }

    @Test
    void theSetShowsScansACreditNoteTwoPagesAndADuplicate() throws DocumentRefused {
        assertThat(demo).hasSize(10);
        assertThat(demo).extracting(i -> i.file().getFileName().toString()).doesNotHaveDuplicates();
        assertThat(demo).filteredOn(DemoInvoice::scanned).hasSizeGreaterThanOrEqualTo(3);
        assertThat(demo).filteredOn(i -> "credit_note".equals(i.truth().get(FieldKey.DOCUMENT_TYPE))).hasSize(1)
                .allSatisfy(i -> assertThat(amount(i, FieldKey.GROSS_TOTAL)).isNegative());
        assertThat(demo.stream().map(DemoInvoice::supplierName).distinct()).hasSize(4);

        Map<String, List<DemoInvoice>> byNumber = demo.stream().collect(Collectors.groupingBy(
                i -> i.truth().get(FieldKey.SUPPLIER_VAT) + " " + i.truth().get(FieldKey.INVOICE_NUMBER)));
        assertThat(byNumber.values()).filteredOn(same -> same.size() > 1).singleElement()
                .satisfies(same -> assertThat(same).extracting(DemoInvoice::scanned).containsExactlyInAnyOrder(true, false));

        Documents documents = new Documents(Limits.DEFAULT);
        assertThat(demo).filteredOn(i -> pageCount(documents, i) == 2)
                .extracting(i -> i.file().getFileName().toString())
                .anyMatch(name -> name.endsWith(".pdf")).anyMatch(name -> name.endsWith(".tif"));
    }

    @Test
    void pdfsCarryATextLayerAndScansNone() throws DocumentRefused {
        Documents documents = new Documents(Limits.DEFAULT);
        for (DemoInvoice invoice : demo) {
            try (Document document = documents.open(invoice.file())) {
                assertThat(document.type() == MediaType.PDF).as(invoice.file().getFileName().toString()).isEqualTo(!invoice.scanned());
                for (int page = 1; page <= document.pageCount(); page++) {
                    assertThat(document.textLayer(page).isEmpty()).isEqualTo(invoice.scanned());
                }
            }
        }
    }

    @Test
    void theSetStaysSmall() throws IOException {
        long bytes = 0;
        for (DemoInvoice invoice : demo) {
            bytes += Files.size(invoice.file());
        }
        assertThat(bytes).isLessThan(5_000_000);
    }

    private static BigDecimal amount(DemoInvoice invoice, FieldKey key) {
        return new BigDecimal(invoice.truth().get(key));
    }

    private static int pageCount(Documents documents, DemoInvoice invoice) {
        try (Document document = documents.open(invoice.file())) {
            return document.pageCount();
        } catch (DocumentRefused e) {
            throw new AssertionError(invoice.file() + " cannot be opened: " + e.getMessage(), e);
        }
    }
}
