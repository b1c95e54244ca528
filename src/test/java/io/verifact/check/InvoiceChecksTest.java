package io.verifact.check;

import static io.verifact.model.FieldKey.AMOUNT_DUE;
import static io.verifact.model.FieldKey.BUYER_VAT;
import static io.verifact.model.FieldKey.DUE_DATE;
import static io.verifact.model.FieldKey.GROSS_TOTAL;
import static io.verifact.model.FieldKey.INVOICE_DATE;
import static io.verifact.model.FieldKey.NET_TOTAL;
import static io.verifact.model.FieldKey.SUPPLIER_IBAN;
import static io.verifact.model.FieldKey.SUPPLIER_SIREN;
import static io.verifact.model.FieldKey.SUPPLIER_SIRET;
import static io.verifact.model.FieldKey.SUPPLIER_VAT;
import static io.verifact.model.FieldKey.TAX_TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.verifact.model.CheckResult;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import io.verifact.model.VatLine;

class InvoiceChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @Test
    void aCompleteFrenchInvoiceRunsEveryCheckAndPassesThem() {
        Map<FieldKey, String> fields = new EnumMap<>(FieldKey.class);
        fields.put(NET_TOTAL, "1028.75");
        fields.put(TAX_TOTAL, "205.75");
        fields.put(GROSS_TOTAL, "1234.50");
        fields.put(AMOUNT_DUE, "1234.50");
        fields.put(SUPPLIER_VAT, "FR40303265045");
        fields.put(BUYER_VAT, "BE0403170701");
        fields.put(SUPPLIER_IBAN, "FR7630006000011234567890189");
        fields.put(SUPPLIER_SIREN, "303265045");
        fields.put(SUPPLIER_SIRET, "30326504500011");
        fields.put(INVOICE_DATE, "2025-05-02");
        fields.put(DUE_DATE, "2025-06-01");
        List<VatLine> breakdown = List.of(new VatLine(new BigDecimal("20.00"), new BigDecimal("1028.75"), new BigDecimal("205.75")));

        List<CheckResult> checks = InvoiceChecks.run(recognition(fields, breakdown), TODAY);

        assertThat(checks).extracting(CheckResult::name).containsExactly("totals", "vat_breakdown", "supplier_vat",
                "buyer_vat", "supplier_iban", "supplier_siren", "supplier_siret", "dates", "amount_due");
        assertThat(checks).allSatisfy(c -> assertThat(c.ok()).as(c.name() + ": " + c.detail()).isTrue());
        assertThat(checks.getFirst().detail()).isEqualTo("1028.75 + 205.75 = 1234.50");
    }

    @Test
    void aMissingFieldMeansNoCheckRatherThanAFailedOne() {
        assertThat(run(Map.of(NET_TOTAL, "100.00", TAX_TOTAL, "20.00"))).isEmpty();
    }

    @Test
    void aGrossThatDoesNotAddUpFailsTheTotalsCheck() {
        Map<FieldKey, String> fields = Map.of(NET_TOTAL, "1028.75", TAX_TOTAL, "205.75", GROSS_TOTAL, "1284.50");
        assertThat(run(fields))
                .containsExactly(new CheckResult("totals", false, "1028.75 + 205.75 = 1234.50, not 1284.50"));
    }

    @Test
    void anAmountThatIsNoNumberFailsItsCheckWithTheField() {
        Map<FieldKey, String> fields = Map.of(NET_TOTAL, "1028,75", TAX_TOTAL, "205.75", GROSS_TOTAL, "1234.50");
        assertThat(run(fields))
                .containsExactly(new CheckResult("totals", false, "net_total '1028,75' is not an amount"));
    }

    @Test
    void theBuyersSirenTakenForTheSuppliersIsCaughtAgainstTheVatNumber() {
        Map<FieldKey, String> fields = Map.of(SUPPLIER_VAT, "FR40303265045", SUPPLIER_SIREN, "732829320");
        CheckResult siren = run(fields).get(1);
        assertThat(siren).isEqualTo(new CheckResult("supplier_siren", false,
                "SIREN 732829320 is not the one in the VAT number FR40303265045, 303265045"));
    }

    @Test
    void aSiretOfAnotherCompanyThanTheSirenFails() {
        Map<FieldKey, String> fields = Map.of(SUPPLIER_SIREN, "732829320", SUPPLIER_SIRET, "30326504500011");
        CheckResult siret = run(fields).get(1);
        assertThat(siret.ok()).isFalse();
        assertThat(siret.detail()).isEqualTo("SIRET 30326504500011 does not start with the SIREN 732829320");
    }

    @Test
    void anInvalidSupplierVatNumberFailsWithItsReason() {
        CheckResult vat = run(Map.of(SUPPLIER_VAT, "FR41303265045")).getFirst();
        assertThat(vat).isEqualTo(new CheckResult("supplier_vat", false, "FR VAT key 41 does not match SIREN 303265045"));
    }

    @Test
    void aMisreadIbanFailsTheIbanCheck() {
        CheckResult iban = run(Map.of(SUPPLIER_IBAN, "FR7630006000011234567890188")).getFirst();
        assertThat(iban.name()).isEqualTo("supplier_iban");
        assertThat(iban.ok()).isFalse();
    }

    @Test
    void aDueDateBeforeTheInvoiceDateFailsTheDatesCheck() {
        Map<FieldKey, String> fields = Map.of(INVOICE_DATE, "2025-05-02", DUE_DATE, "2025-04-02");
        assertThat(run(fields).getFirst().ok()).isFalse();
    }

    @Test
    void aDateThatIsNoDateFailsTheDatesCheck() {
        CheckResult dates = run(Map.of(INVOICE_DATE, "02/05/2025")).getFirst();
        assertThat(dates).isEqualTo(new CheckResult("dates", false, "'02/05/2025' is not a date"));
    }

    @Test
    void aBreakdownIsCheckedAgainstTheNetAndTaxTotals() {
        Map<FieldKey, String> fields = Map.of(NET_TOTAL, "1100.00", TAX_TOTAL, "205.50");
        List<VatLine> lines = List.of(new VatLine(new BigDecimal("20"), new BigDecimal("1000.00"), new BigDecimal("200.00")));
        CheckResult breakdown = InvoiceChecks.run(recognition(fields, lines), TODAY).getFirst();
        assertThat(breakdown.name()).isEqualTo("vat_breakdown");
        assertThat(breakdown.ok()).isFalse();
    }

    @Test
    void aPartlyPaidInvoiceShowsTheAmountDueWithoutFailing() {
        Map<FieldKey, String> fields = Map.of(GROSS_TOTAL, "1234.50", AMOUNT_DUE, "234.50");
        CheckResult due = run(fields).getFirst();
        assertThat(due.ok()).isTrue();
        assertThat(due.detail()).contains("1000.00 already settled");
    }

    private static List<CheckResult> run(Map<FieldKey, String> values) {
        return InvoiceChecks.run(recognition(values, List.of()), TODAY);
    }

    @Test
    void aValueReadThatFailsItsCheckIsNeverSureAndWhatTheOperatorTypedKeepsItsOwnConfidence() {
        Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
        fields.put(BUYER_VAT, new FieldValue(BUYER_VAT, "FR40303265046", Source.LAYOUT, 0.9, 1, null, List.of()));
        fields.put(SUPPLIER_IBAN, new FieldValue(SUPPLIER_IBAN, "FR7630006000011234567890189", Source.LAYOUT, 0.95, 1, null, List.of()));
        fields.put(NET_TOTAL, new FieldValue(NET_TOTAL, "100.00", Source.LAYOUT, 0.97, 1, null, List.of()));
        fields.put(TAX_TOTAL, new FieldValue(TAX_TOTAL, "20.00", Source.OPERATOR, 1, 1, null, List.of()));
        fields.put(GROSS_TOTAL, new FieldValue(GROSS_TOTAL, "121.00", Source.LAYOUT, 0.97, 1, null, List.of()));

        Recognition checked = InvoiceChecks.checked(new Recognition(fields, List.of(), List.of(), List.of()), TODAY);

        assertThat(checked.fields().get(BUYER_VAT).confidence()).isLessThan(FieldValue.SURE);
        assertThat(checked.fields().get(NET_TOTAL).confidence()).isLessThan(FieldValue.SURE);
        assertThat(checked.fields().get(GROSS_TOTAL).confidence()).isLessThan(FieldValue.SURE);
        assertThat(checked.fields().get(TAX_TOTAL).confidence()).isEqualTo(1);
        assertThat(checked.fields().get(SUPPLIER_IBAN).confidence()).isEqualTo(0.95);
        assertThat(checked.checks()).extracting(CheckResult::name).contains("totals", "buyer_vat", "supplier_iban");
    }

    private static Recognition recognition(Map<FieldKey, String> values, List<VatLine> breakdown) {
        Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
        values.forEach((key, value) -> fields.put(key, new FieldValue(key, value, Source.OPERATOR, 1, 0, null, List.of())));
        return new Recognition(fields, breakdown, List.of(), List.of());
    }
}
