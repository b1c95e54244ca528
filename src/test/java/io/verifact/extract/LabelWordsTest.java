package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.model.FieldKey;
import io.verifact.model.Recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Labels read as the words they are: in titles, on the line below, and never inside other words. */
class LabelWordsTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aSelfBilledCreditNoteTitleGivesItsNumberAndDateThoughItSaysAusgestellte() {
        Recognition r = read(new PrintedPage()
                .at(0.11, 0.145, "Stylesheet-Version:").at(0.44, 0.145, "2.6 vom 10.11.2025")
                .at(0.11, 0.24, "Gutschrift (Selbst ausgestellte Rechnung) (389) Nr. 47110818 vom 31.10.2018")
                .at(0.11, 0.258, "Währung:").at(0.51, 0.258, "EUR"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("47110818");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2018-10-31");
    }

    @Test
    void anInvoiceNumberPrintedInGroupsIsReadWhole() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "funkwelle business")
                .at(0.55, 0.098, "Kundennummer").at(0.75, 0.098, "7 331 904 228")
                .at(0.55, 0.114, "Rechnungsnummer").at(0.75, 0.114, "221443 9543 57")
                .at(0.55, 0.130, "Rechnungsdatum").at(0.75, 0.130, "02.10.2024")
                .at(0.60, 0.64, "Rechnungsbetrag").at(0.82, 0.64, "112,86 €"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("221443 9543 57");
    }

    @Test
    void theNumeroSignSomeFontsDrawForNrLabelsTheInvoiceNumber() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Schreinerei Hallmann GmbH")
                .at(0.60, 0.15, "Rechnungs-№").at(0.78, 0.15, "RE-2025-0231")
                .at(0.60, 0.17, "Kunden-№").at(0.78, 0.17, "10087")
                .at(0.60, 0.64, "Gesamtbetrag").at(0.82, 0.64, "1.190,00 €"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("RE-2025-0231");
    }

    @Test
    void aCreditNotesOwnNumberUnderNumeroDAvoirIsItsNumberNotTheOriginalInvoices() {
        Recognition r = read(new PrintedPage()
                .at(0.076, 0.048, "AVOIR").at(0.811, 0.05, "kerbrat")
                .at(0.076, 0.15, "NUMÉRO D'AVOIR").at(0.242, 0.15, "DATE D'ÉMISSION").at(0.41, 0.15, "FACTURE D'ORIGINE").at(0.69, 0.15, "MONTANT")
                .at(0.076, 0.165, "AV-2025-0007").at(0.242, 0.165, "02/04/2025").at(0.41, 0.165, "FA-2025-0114 du 03/03/2025").at(0.69, 0.165, "-156,20 €")
                .at(0.076, 0.222, "FACTURÉ À").at(0.534, 0.222, "ÉMIS PAR")
                .at(0.076, 0.238, "Pharmacie du Port SELARL").at(0.534, 0.238, "Logiciels Kerbrat SAS")
                .at(0.55, 0.64, "Total TTC").at(0.82, 0.64, "-156,20 €"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("AV-2025-0007");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2025-04-02");
    }

    @Test
    void numeroDAvoirAndNumeroAloneSayTheDocumentsOwnNumber() {
        assertThat(weightOf(Concept.INVOICE_NUMBER, "NUMÉRO D'AVOIR")).isGreaterThanOrEqualTo(1.0);
        assertThat(weightOf(Concept.INVOICE_NUMBER, "Numéro")).isGreaterThan(0.6);
        assertThat(weightOf(Concept.INVOICE_NUMBER, "No.")).isZero();
    }

    private static double weightOf(Concept concept, String text) {
        List<io.verifact.model.Word> words = new java.util.ArrayList<>();
        double x = 0.1;
        for (String token : text.split(" ")) {
            words.add(new io.verifact.model.Word(token, new io.verifact.model.Box(x, 0.1, x + 0.05, 0.11), 1.0, 0, 0));
            x += 0.06;
        }
        return Labels.find(new Phrase(1, 0, words)).stream().filter(h -> h.concept() == concept)
                .mapToDouble(Labels.Hit::weight).max().orElse(0);
    }

    @Test
    void aDiscountForPayingEarlyNamesNoOtherDocumentButADeductedInvoiceDoes() {
        assertThat(weightOf(Concept.INVOICE_DATE, "Date 12/03/2024 less 2% within 10 days")).isPositive();
        assertThat(weightOf(Concept.INVOICE_DATE, "less deposit invoice dated 12/03/2024")).isZero();
    }

    @Test
    void numeroAloneHeadingTheInvoicesDetailsLabelsItsNumberBelow() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.052, "Imprimerie VASSEUR").at(0.53, 0.052, "FACTURE")
                .at(0.08, 0.080, "Imprimerie Vasseur SAS")
                .at(0.53, 0.087, "Numéro").at(0.67, 0.087, "Code client").at(0.80, 0.087, "Réf. commande")
                .at(0.08, 0.092, "112 rue Nationale")
                .at(0.08, 0.102, "59800 Lille").at(0.53, 0.102, "FV25-00871").at(0.67, 0.102, "411BEFF").at(0.80, 0.102, "BC-2025-014")
                .at(0.55, 0.64, "Total TTC").at(0.82, 0.64, "1 234,50 €"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("FV25-00871");
    }

    @Test
    void anAbbreviatedNumberSignUnderTheTitleLabelsTheInvoiceNumber() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Pražská Energie s.r.o.")
                .at(0.55, 0.05, "FAKTURA - DAŇOVÝ DOKLAD")
                .at(0.55, 0.07, "č. 2025030123")
                .at(0.55, 0.10, "Datum vystavení: 12.03.2025")
                .at(0.55, 0.64, "Celkem k úhradě").at(0.82, 0.64, "1 210,00 Kč"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("2025030123");
    }

    @Test
    void aNumberAFewWordsAfterTheDocumentTitleIsTheInvoiceNumber() {
        Recognition r = read(new PrintedPage()
                .at(0.11, 0.145, "Stylesheet-Version:").at(0.44, 0.145, "2.6 vom 10.11.2025")
                .at(0.11, 0.24, "Invoice information for accounting purposes (751) Nr. TX-471102 vom 30.10.2019"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("TX-471102");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2019-10-30");
    }

    @Test
    void theDateOnTheLineUnderTheTitleIsTheInvoiceDate() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.089, "ZUGFeRD-Version").at(0.26, 0.089, ": 2.1 vom 24.03.2020")
                .at(0.08, 0.170, "Gutschrift (Selbst ausgestellte Rechnung) Nr. 47110818")
                .at(0.08, 0.190, "vom 31.10.2018")
                .at(0.08, 0.306, "Abrechnungszeitraum").at(0.38, 0.306, ": 01.10.2018 bis 31.10.2018"));

        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2018-10-31");
    }

    @Test
    void anInvoiceDateRightAfterItsOwnLabelIsSureWhereverItStands() {
        Recognition labelled = read(new PrintedPage()
                .at(0.08, 0.05, "Muster GmbH")
                .at(0.55, 0.85, "Rechnungsdatum:").at(0.75, 0.85, "05.03.2024"));
        Recognition dated = read(new PrintedPage()
                .at(0.08, 0.05, "Muster GmbH")
                .at(0.55, 0.20, "Datum:").at(0.75, 0.20, "05.03.2024"));

        assertThat(labelled.value(FieldKey.INVOICE_DATE)).hasValue("2024-03-05");
        assertThat(labelled.fields().get(FieldKey.INVOICE_DATE).confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(dated.value(FieldKey.INVOICE_DATE)).hasValue("2024-03-05");
        assertThat(dated.fields().get(FieldKey.INVOICE_DATE).confidence()).isLessThan(0.9);
    }

    @Test
    void whatRemainsOpenIsTheAmountDue() {
        Recognition open = read(totals("Open Amount", "144.60"));
        Recognition residual = read(totals("Residual", "144.60"));
        Recognition rest = read(totals("Restbetrag", "144.60"));

        assertThat(open.value(FieldKey.AMOUNT_DUE)).hasValue("144.60");
        assertThat(residual.value(FieldKey.AMOUNT_DUE)).hasValue("144.60");
        assertThat(rest.value(FieldKey.AMOUNT_DUE)).hasValue("144.60");
    }

    @Test
    void theDateOfADeductedDownPaymentInvoiceIsNotTheInvoiceDate() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Jana Vogt Webdesign")
                .at(0.55, 0.21, "Rechnungs-Nr.").at(0.75, 0.21, "2024-017")
                .at(0.55, 0.23, "Datum").at(0.75, 0.23, "18.11.2024")
                .at(0.08, 0.32, "Schlussrechnung Nr. 2024-017")
                .at(0.45, 0.62, "Summe Leistungen netto").at(0.82, 0.62, "7.654,00 €")
                .at(0.45, 0.64, "zzgl. Umsatzsteuer 19 %").at(0.82, 0.64, "1.454,26 €")
                .at(0.45, 0.66, "Gesamtbetrag brutto").at(0.82, 0.66, "9.108,26 €")
                .at(0.08, 0.68, "abzgl. Abschlagsrechnung Nr. 2024-011 vom 16.09.2024, netto −2.000,00 €")
                .at(0.45, 0.72, "Noch zu zahlen").at(0.82, 0.72, "6.728,26 €"));

        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-11-18");
        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("2024-017");
    }

    @Test
    void zahlbarZumGivesTheDueDate() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Muster GmbH")
                .at(0.55, 0.20, "Rechnungsdatum:").at(0.75, 0.20, "18.02.2025")
                .at(0.08, 0.70, "Der Betrag ist zahlbar zum 25.02.2025 ohne Abzug."));

        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2025-02-25");
    }

    @Test
    void aNetTotalIsNotTakenForTheGross() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Global Goods Inc.")
                .at(0.17, 0.50, "Net Total Amount").at(0.86, 0.50, "€135.00")
                .at(0.17, 0.52, "Value Added Tax (19.00%)").at(0.87, 0.52, "€25.65")
                .at(0.17, 0.54, "Gross Total Amount").at(0.86, 0.54, "€160.65"));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("135.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("160.65");
    }

    private static PrintedPage totals(String openLabel, String open) {
        return new PrintedPage()
                .at(0.08, 0.05, "Comfort Test GmbH")
                .at(0.55, 0.60, "Net amount").at(0.82, 0.60, "200.00")
                .at(0.55, 0.62, "VAT 19%").at(0.82, 0.62, "38.00")
                .at(0.55, 0.64, "Total amount").at(0.82, 0.64, "238.00")
                .at(0.55, 0.66, "Prepaid amount").at(0.82, 0.66, "93.40")
                .at(0.55, 0.68, openLabel).at(0.82, 0.68, open);
    }

    private static Recognition read(PrintedPage page) {
        return EXTRACTOR.extract(List.of(page.page(1)));
    }

    @Test
    void aHungarianInvoiceGivesItsNumberDatesTotalsAndTheSellersCommunityTaxNumber() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.066, "Licencia Pont").at(0.70, 0.066, "SZÁMLA")
                .at(0.70, 0.096, "Sorszám: LP-2025-001733")
                .at(0.08, 0.133, "Eladó").at(0.55, 0.133, "Vevő")
                .at(0.08, 0.154, "Licencia Pont Kft.").at(0.55, 0.154, "Dunaparti Mérnökiroda Zrt.")
                .at(0.08, 0.193, "Közösségi adószám: HU58951668").at(0.55, 0.193, "Közösségi adószám: HU33439006")
                .at(0.08, 0.325, "Fizetési mód").at(0.25, 0.325, "Teljesítés dátuma").at(0.45, 0.325, "Számla kelte").at(0.62, 0.325, "Fizetési határidő")
                .at(0.08, 0.340, "átutalás").at(0.25, 0.340, "2025.08.11.").at(0.45, 0.340, "2025.08.12.").at(0.62, 0.340, "2025.08.27.")
                .at(0.55, 0.506, "Nettó összesen").at(0.80, 0.506, "6 005,40 EUR")
                .at(0.55, 0.522, "ÁFA 27%").at(0.80, 0.522, "1 621,46 EUR")
                .at(0.55, 0.536, "Bruttó végösszeg").at(0.80, 0.536, "7 626,86 EUR"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("LP-2025-001733");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2025-08-12");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2025-08-27");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("1621.46");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("7626.86");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("HU58951668");
    }

    @Test
    void aRomanianInvoiceGivesItsNumberDatesAndTotals() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.071, "Furnizor").at(0.55, 0.071, "Cumpărător")
                .at(0.08, 0.086, "Carpatina Fuel Card S.R.L.").at(0.55, 0.086, "Transporturi Dobrogea Expres S.R.L.")
                .at(0.08, 0.126, "CUI: RO18547290").at(0.55, 0.126, "CUI: RO62288338")
                .at(0.08, 0.200, "FACTURĂ FISCALĂ")
                .at(0.08, 0.220, "Seria și nr.: CFC 2025-10-004821").at(0.40, 0.220, "Data emiterii: 31.10.2025").at(0.65, 0.220, "Data scadenței: 20.11.2025")
                .at(0.55, 0.80, "Total fără TVA").at(0.82, 0.80, "12.400,00")
                .at(0.55, 0.82, "TVA 21%").at(0.82, 0.82, "2.604,00")
                .at(0.55, 0.84, "Total de plată").at(0.82, 0.84, "15.004,00 RON"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("CFC 2025-10-004821");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2025-10-31");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2025-11-20");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("12400.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("15004.00");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("RO18547290");
    }

    @Test
    void silverOnAJewellersLineAndAGrandTotalBeforeTaxAreNoAmountsToPayOrGross() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Joyería Solana")
                .at(0.08, 0.30, "Pulsera de plata").at(0.70, 0.30, "45,00")
                .at(0.55, 0.60, "Total général HT").at(0.82, 0.60, "1 000,00")
                .at(0.55, 0.62, "TVA 20 %").at(0.82, 0.62, "200,00")
                .at(0.55, 0.64, "Total TTC").at(0.82, 0.64, "1 200,00"));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1200.00");
        assertThat(r.value(FieldKey.AMOUNT_DUE)).isNotEqualTo(java.util.Optional.of("45.00"));
    }
}
