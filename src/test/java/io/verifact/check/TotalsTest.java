package io.verifact.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.verifact.model.CheckResult;
import io.verifact.model.VatLine;

class TotalsTest {

    @Test
    void netPlusTaxMakingTheGrossPassesAndShowsTheSum() {
        assertThat(Totals.totals(amount("1028.75"), amount("205.75"), amount("1234.50")))
                .isEqualTo(new CheckResult("totals", true, "1028.75 + 205.75 = 1234.50"));
    }

    @Test
    void aGrossThatIsNotNetPlusTaxFailsAndShowsBoth() {
        assertThat(Totals.totals(amount("1028.75"), amount("205.75"), amount("1234.60")))
                .isEqualTo(new CheckResult("totals", false, "1028.75 + 205.75 = 1234.50, not 1234.60"));
    }

    @Test
    void aCentOfRoundingIsAllowedAndSaid() {
        CheckResult result = Totals.totals(amount("1028.75"), amount("205.76"), amount("1234.50"));
        assertThat(result.ok()).isTrue();
        assertThat(result.detail()).isEqualTo("1028.75 + 205.76 = 1234.51, printed 1234.50, within a cent");
        assertThat(Totals.totals(amount("1028.75"), amount("205.77"), amount("1234.50")).ok()).isFalse();
    }

    @Test
    void aCreditNoteAddsUpWithItsMinusSigns() {
        assertThat(Totals.totals(amount("-100.00"), amount("-20.00"), amount("-120.00")))
                .isEqualTo(new CheckResult("totals", true, "-100.00 - 20.00 = -120.00"));
        assertThat(Totals.totals(amount("-100.00"), amount("-20.00"), amount("120.00")).ok()).isFalse();
    }

    @Test
    void aBreakdownWhoseLinesMakeTheTotalsPasses() {
        List<VatLine> lines = List.of(line("20.00", "1000.00", "200.00"), line("5.5", "100.00", "5.50"));
        CheckResult result = Totals.breakdown(lines, amount("1100.00"), amount("205.50"));
        assertThat(result.ok()).as(result.detail()).isTrue();
        assertThat(result.name()).isEqualTo("vat_breakdown");
    }

    @Test
    void bothLinesMayCarryACentOfRounding() {
        List<VatLine> lines = List.of(line("20", "333.33", "66.67"), line("10", "333.33", "33.33"));
        assertThat(Totals.breakdown(lines, amount("666.68"), amount("100.02")).ok()).isTrue();
        assertThat(Totals.breakdown(lines, amount("666.69"), amount("100.00")).ok()).isFalse();
    }

    @Test
    void aLineWhoseTaxIsNotItsRateOfItsBaseIsNamed() {
        List<VatLine> lines = List.of(line("20.00", "1028.75", "215.75"));
        CheckResult result = Totals.breakdown(lines, amount("1028.75"), amount("215.75"));
        assertThat(result.ok()).isFalse();
        assertThat(result.detail()).isEqualTo("20% of 1028.75 is 205.75, not 215.75");
    }

    @Test
    void basesThatDoNotMakeTheNetAreReported() {
        List<VatLine> lines = List.of(line("20.00", "1000.00", "200.00"));
        assertThat(Totals.breakdown(lines, amount("1100.00"), amount("200.00")).detail())
                .isEqualTo("bases add up to 1000.00, not the net 1100.00");
    }

    @Test
    void aLargeLineRoundedItemByItemIsGivenMoreThanACent() {
        // 20% of 250 000.00 is 50 000.00; tax rounded on each of thousands of items drifts by cents.
        List<VatLine> lines = List.of(line("20", "250000.00", "50001.20"));
        assertThat(Totals.breakdown(lines, amount("250000.00"), amount("50001.20")).ok()).isTrue();
        List<VatLine> misread = List.of(line("20", "250000.00", "50010.00"));
        assertThat(Totals.breakdown(misread, amount("250000.00"), amount("50010.00")).ok()).isFalse();
    }

    @Test
    void aCreditNoteBreakdownChecksLikeAnInvoice() {
        List<VatLine> lines = List.of(line("20", "-1028.75", "-205.75"));
        assertThat(Totals.breakdown(lines, amount("-1028.75"), amount("-205.75")).ok()).isTrue();
        assertThat(Totals.breakdown(List.of(line("20", "-1028.75", "205.75")), amount("-1028.75"), amount("205.75")).ok())
                .isFalse();
    }

    @Test
    void aBreakdownWithoutTaxOnALineFails() {
        List<VatLine> lines = List.of(new VatLine(new BigDecimal("20"), amount("100.00"), null));
        assertThat(Totals.breakdown(lines, amount("100.00"), amount("20.00")).ok()).isFalse();
    }

    @Test
    void anAmountDueBelowTheGrossTellsWhatWasAlreadySettled() {
        assertThat(Totals.amountDue(amount("234.50"), amount("1234.50")))
                .isEqualTo(new CheckResult("amount_due", true, "amount due 234.50 of gross 1234.50, 1000.00 already settled"));
        assertThat(Totals.amountDue(amount("1234.50"), amount("1234.50")).ok()).isTrue();
    }

    @Test
    void anAmountDueAboveTheGrossFails() {
        assertThat(Totals.amountDue(amount("1300.00"), amount("1234.50")))
                .isEqualTo(new CheckResult("amount_due", false, "amount due 1300.00 is more than the gross 1234.50"));
    }

    @Test
    void aCreditNoteAmountDueIsComparedBySize() {
        assertThat(Totals.amountDue(amount("120.00"), amount("-120.00")).ok()).isTrue();
        assertThat(Totals.amountDue(amount("-130.00"), amount("-120.00")).ok()).isFalse();
    }

    private static BigDecimal amount(String s) {
        return new BigDecimal(s);
    }

    private static VatLine line(String rate, String base, String tax) {
        return new VatLine(amount(rate), amount(base), amount(tax));
    }
}
