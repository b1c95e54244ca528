package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.model.VatLine;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The VAT breakdown an operator sees beside the totals: one line per rate, with its base and its tax. */
class VatBreakdownReaderTest {

    @Test
    void anExemptLineAtZeroPercentIsPartOfTheBreakdown() {
        List<VatLine> breakdown = read(new PrintedPage()
                .at(0.08, 0.05, "Praxis Tinder")
                .at(0.60, 0.08, "Rechnung Nr. R18-31")
                .at(0.08, 0.40, "Art").at(0.40, 0.40, "Basisbetrag").at(0.62, 0.40, "Steuersatz").at(0.80, 0.40, "Steuerbetrag")
                .at(0.08, 0.42, "Steuerfreie Leistungen").at(0.40, 0.42, "380,00").at(0.64, 0.42, "0").at(0.82, 0.42, "0,00")
                .at(0.50, 0.60, "Rechnungssumme ohne USt.").at(0.82, 0.60, "380,00")
                .at(0.50, 0.62, "Bruttosumme").at(0.82, 0.62, "380,00"));

        assertThat(breakdown).containsExactly(line("0.00", "380.00", "0.00"));
    }

    @Test
    void whenTwoAmountsOfALineFitItsRateTheBaseIsTheOneThatAddsUpToTheNet() {
        // Goods 2,90 less an allowance of 0,08 leave a base of 2,82: at 7 % both round to a tax of 0,20.
        List<VatLine> breakdown = read(new PrintedPage()
                .at(0.08, 0.05, "Musterlieferant GmbH")
                .at(0.60, 0.08, "Rechnungskorrektur Nr. RK-2018-1")
                .at(0.08, 0.40, "Art").at(0.30, 0.40, "Warenwert").at(0.45, 0.40, "Abschlag").at(0.58, 0.40, "Basisbetrag")
                .at(0.72, 0.40, "Satz").at(0.84, 0.40, "Steuerbetrag")
                .at(0.08, 0.42, "Umsatzsteuer").at(0.30, 0.42, "5,00").at(0.45, 0.42, "0,15").at(0.58, 0.42, "4,85")
                .at(0.72, 0.42, "19 %").at(0.84, 0.42, "0,92")
                .at(0.08, 0.44, "Umsatzsteuer").at(0.30, 0.44, "2,90").at(0.45, 0.44, "0,08").at(0.58, 0.44, "2,82")
                .at(0.72, 0.44, "7 %").at(0.84, 0.44, "0,20")
                .at(0.50, 0.60, "Rechnungssumme ohne USt.").at(0.82, 0.60, "7,67")
                .at(0.50, 0.62, "Steuerbetrag").at(0.82, 0.62, "1,12")
                .at(0.50, 0.64, "Bruttosumme").at(0.82, 0.64, "8,79"));

        assertThat(breakdown).containsExactlyInAnyOrder(line("19.00", "4.85", "0.92"), line("7.00", "2.82", "0.20"));
    }

    @Test
    void aVatLineUnderTheNetTotalTakesThatNetAsItsBase() {
        List<VatLine> breakdown = read(new PrintedPage()
                .at(0.08, 0.05, "Kraxi GmbH")
                .at(0.08, 0.30, "Rechnungsnummer: 2014-03")
                .at(0.17, 0.40, "Artikelbeschreibung").at(0.58, 0.40, "Menge").at(0.72, 0.40, "Preis").at(0.82, 0.40, "Betrag")
                .at(0.17, 0.42, "Turbo Flyer").at(0.59, 0.42, "5").at(0.71, 0.42, "40,00").at(0.82, 0.42, "200,00")
                .at(0.17, 0.44, "Storch").at(0.59, 0.44, "10").at(0.71, 0.44, "20,00").at(0.82, 0.44, "200,00")
                .at(0.54, 0.50, "Rechnungssumme netto").at(0.82, 0.50, "400,00")
                .at(0.54, 0.52, "zuzüglich 19% MwSt.").at(0.82, 0.52, "76,00")
                .at(0.54, 0.54, "Rechnungssumme brutto").at(0.82, 0.54, "476,00"));

        // Ten storks at 20,00 make 200,00, and 10 % of that is 20,00: a line of the table, not of the breakdown.
        assertThat(breakdown).containsExactly(line("19.00", "400.00", "76.00"));
    }

    @Test
    void aLineRepeatingARateAndItsAmountsThousandsOfTimesIsReadWithoutHanging() {
        // A hostile or broken page: one line repeating "19% 100,00 19,00" a thousand times.
        PrintedPage page = new PrintedPage();
        for (int i = 0; i < 1000; i++) {
            double x = 0.01 + (i % 30) * 0.032;
            page.at(x, 0.5, "19%").at(x + 0.008, 0.5, "100,00").at(x + 0.02, 0.5, "19,00");
        }
        // A guard against a hang, not a speed claim: the watchdog allows a step 60 seconds.
        List<VatLine> breakdown = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> read(page));

        assertThat(breakdown).containsExactly(line("19.00", "100.00", "19.00"));
    }

    private static List<VatLine> read(PrintedPage page) {
        return VatBreakdownReader.read(new Reading(new Layout(List.of(page.page(1))))).stream().map(VatBreakdownReader.Found::line).toList();
    }

    private static VatLine line(String rate, String base, String tax) {
        return new VatLine(new BigDecimal(rate), new BigDecimal(base), new BigDecimal(tax));
    }
}
