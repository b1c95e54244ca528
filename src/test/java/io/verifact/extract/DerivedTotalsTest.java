package io.verifact.extract;

import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A total the page does not print is worked out from the others when they allow it, and said to be:
 * its source is {@code derived} and it has no place on the page.
 */
class DerivedTotalsTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor(Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC));

    private static PrintedPage header() {
        return new PrintedPage()
                .at(0.08, 0.05, "Dupont Fournitures SARL")
                .at(0.60, 0.05, "FACTURE")
                .at(0.60, 0.08, "Facture n° FA-2024-0117")
                .at(0.60, 0.095, "Date : 12/03/2024");
    }

    @Test
    void aGrossTotalNotPrintedIsTheNetPlusTheTaxAndSaysSo() {
        Recognition r = read(header()
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "1 028,75")
                .at(0.60, 0.62, "TVA 20 %").at(0.82, 0.62, "205,75"));

        FieldValue gross = Optional.ofNullable(r.fields().get(FieldKey.GROSS_TOTAL)).orElseThrow();
        assertThat(gross.value()).isEqualTo("1234.50");
        assertThat(gross.source()).isEqualTo(Source.DERIVED);
        assertThat(gross.box()).isNull();
        assertThat(gross.confidence()).isLessThan(FieldValue.SURE);
        assertThat(Optional.ofNullable(r.fields().get(FieldKey.NET_TOTAL)).orElseThrow().source()).isEqualTo(Source.LAYOUT);
    }

    @Test
    void aNetNotPrintedIsTheItemsSumWhenItAndTheTaxMakeTheGross() {
        Recognition r = read(header()
                .at(0.08, 0.35, "Désignation").at(0.50, 0.35, "Qté").at(0.60, 0.35, "Prix unitaire").at(0.82, 0.35, "Montant")
                .at(0.08, 0.37, "Ramette papier A4").at(0.50, 0.37, "25").at(0.60, 0.37, "41,15").at(0.82, 0.37, "1 028,75")
                .at(0.08, 0.39, "Classeurs").at(0.50, 0.39, "10").at(0.60, 0.39, "4,00").at(0.82, 0.39, "40,00")
                .at(0.60, 0.62, "TVA 20 %").at(0.82, 0.62, "213,75")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "1 282,50"));

        FieldValue net = Optional.ofNullable(r.fields().get(FieldKey.NET_TOTAL)).orElseThrow();
        assertThat(net.value()).isEqualTo("1068.75");
        assertThat(net.source()).isEqualTo(Source.DERIVED);
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1282.50");
        assertThat(Optional.ofNullable(r.fields().get(FieldKey.GROSS_TOTAL)).orElseThrow().confidence()).isGreaterThanOrEqualTo(FieldValue.SURE);
    }

    @Test
    void anInvoiceThatSaysNoVatIsChargedHasNoTaxAndItsNetIsItsGross() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Praxis für Physiotherapie Anna Weber")
                .at(0.60, 0.08, "Rechnung Nr. 2024-117")
                .at(0.60, 0.095, "Datum: 05.03.2024")
                .at(0.60, 0.60, "Gesamtbetrag").at(0.82, 0.60, "260,00 €")
                .at(0.08, 0.70, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("260.00");
        assertThat(Optional.ofNullable(r.fields().get(FieldKey.TAX_TOTAL)).orElseThrow()).satisfies(tax -> {
            assertThat(new java.math.BigDecimal(tax.value())).isZero();
            assertThat(tax.source()).isEqualTo(Source.DERIVED);
        });
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("260.00");
    }

    @Test
    void aTaxLargerThanAnyRateIsNotWorkedOutFromANetAndAGrossThatDoNotBelongTogether() {
        Recognition r = read(header()
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "100,00")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "900,00"));

        assertThat(Optional.ofNullable(r.fields().get(FieldKey.TAX_TOTAL))).isEmpty();
    }

    private static Recognition read(PrintedPage page) {
        return EXTRACTOR.extract(List.of(page.page(1)));
    }
}
