package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** VAT numbers and IBANs as the operator sees them printed, and whose they are. */
class IdentifiersTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor(Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aVatNumberIsNeverCutOutOfTheSuppliersIban() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Lieferant GmbH")
                .at(0.08, 0.80, "USt.-Id.-Nr.:").at(0.45, 0.80, "DE12435679")
                .at(0.08, 0.82, "IBAN:").at(0.45, 0.82, "DE75512108001245126199"));

        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("DE12435679");
        assertThat(r.value(FieldKey.SUPPLIER_IBAN)).hasValue("DE75512108001245126199");
    }

    @Test
    void aFooterWithAnEszettBeforeTheVatNumberGivesTheNumberAndTheRestOfTheInvoice() {
        // "ß" is "SS" in capitals: a place counted in the capitals fell one past the end of the printed line.
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Host Meridian GmbH")
                .at(0.60, 0.20, "Rechnungsnummer: AR-123456789")
                .at(0.60, 0.60, "Gesamtbetrag").at(0.85, 0.60, "9,98 €")
                .at(0.05, 0.95, "Host Meridian GmbH · Hansestraße 111 · 51149 Köln · Geschäftsführer: Claus Boyens · Amtsgericht Köln HRB 28495 · USt-IdNr. DE812851202"));

        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("DE812851202");
        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("AR-123456789");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("9.98");
    }

    @Test
    void aVatNumberPrintedWithoutItsCountryAfterANationalLabelIsReadWithTheLabelsCountry() {
        assertThat(supplierVatAfter("CIF: B86129434")).hasValue("ESB86129434");
        assertThat(supplierVatAfter("C.F. e P.IVA 01845520962")).hasValue("IT01845520962");
        assertThat(supplierVatAfter("VAT Reg. No. 123 4567 82")).hasValue("GB123456782");
        assertThat(supplierVatAfter("BTW 0403.170.701")).hasValue("BE0403170701");
        assertThat(supplierVatAfter("Contribuinte n.º 503504564")).hasValue("PT503504564");
        assertThat(supplierVatAfter("NIPC 503 504 564")).hasValue("PT503504564");
        // Without the check digits holding, a number after the label is no VAT number of that country.
        assertThat(supplierVatAfter("C.F. e P.IVA 01845520963")).isEmpty();
        assertThat(supplierVatAfter("VAT Reg. No. 123 4567 83")).isEmpty();
        assertThat(supplierVatAfter("Contribuinte n.º 503504565")).isEmpty();
    }

    @Test
    void aTaxNumberOfACountryOutsideTheEuIsReadAfterTheLabelThatNamesIt() {
        assertThat(supplierVatAfter("ABN 51 824 753 556")).hasValue("51824753556");
        assertThat(supplierVatAfter("GST/HST Registration No. 12345 6782 RT0001")).hasValue("123456782RT0001");
        assertThat(supplierVatAfter("GST No: 49-091-850")).hasValue("49091850");
        assertThat(supplierVatAfter("GSTIN: 27AAPFU0939F1ZV")).hasValue("27AAPFU0939F1ZV");
        assertThat(supplierVatAfter("Registration No. T7000012050002")).hasValue("T7000012050002");
        assertThat(supplierVatAfter("VAT No. 4012345619")).hasValue("4012345619");
        assertThat(supplierVatAfter("CNPJ 11.222.333/0001-81")).hasValue("11222333000181");
        assertThat(supplierVatAfter("EU VAT EU372000041")).hasValue("EU372000041");
        assertThat(supplierVatAfter("HST/TVH 13% (ON) — GST/HST No. / N° de TPS/TVH 897292124 RT0001")).hasValue("897292124RT0001");
        assertThat(supplierVatAfter("Australian Business Number 51 824 753 556")).hasValue("51824753556");
        assertThat(supplierVatAfter("Harbourline Plumbing & Co · ABN 51 824 753 556")).hasValue("51824753556");
        // A number never starts inside a run of figures: a phone number after the label is none.
        assertThat(supplierVatAfter("VAT No. pending · Tel. 49 40 1234 5619")).isEmpty();
        // Italian "di cui IVA" (of which VAT) is no Romanian tax number's label.
        assertThat(supplierVatAfter("Totale 120,00 di cui IVA 18547290")).isEmpty();
        // Check digits that fail name no number; a company's registration number is no tax number.
        assertThat(supplierVatAfter("ABN 51 824 753 557")).isEmpty();
        assertThat(supplierVatAfter("Company registration No. 12345678")).isEmpty();
    }

    @Test
    void aTaxNumberWithoutCheckDigitsIsReadAfterItsLabelButNeverLooksSure() {
        Recognition checked = withFooter("ABN 51 824 753 556");
        Recognition shaped = withFooter("TRN 100234567890123");

        assertThat(confidence(checked, FieldKey.SUPPLIER_VAT)).isGreaterThanOrEqualTo(FieldValue.SURE);
        assertThat(shaped.value(FieldKey.SUPPLIER_VAT)).hasValue("100234567890123");
        assertThat(confidence(shaped, FieldKey.SUPPLIER_VAT)).isLessThan(FieldValue.SURE);
    }

    private static java.util.Optional<String> supplierVatAfter(String footer) {
        return withFooter(footer).value(FieldKey.SUPPLIER_VAT);
    }

    private static Recognition withFooter(String footer) {
        return read(new PrintedPage()
                .at(0.08, 0.05, "Northwind Trading")
                .at(0.60, 0.60, "Total").at(0.85, 0.60, "120.00")
                .at(0.08, 0.95, footer));
    }

    @Test
    void aVatNumberPrintedAfterItsLabelIsReadAsPrintedButNeverLooksSureWhenItsCheckDigitsFail() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Lieferant GmbH")
                .at(0.08, 0.80, "USt.-Id.-Nr.:").at(0.45, 0.80, "DE12435679"));

        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("DE12435679");
        assertThat(confidence(r, FieldKey.SUPPLIER_VAT)).isLessThan(FieldValue.SURE);
    }

    @Test
    void aVatNumberInAClientBlockSetFlushRightUnderItsHeadingIsTheBuyers() {
        Recognition r = read(new PrintedPage()
                .at(0.20, 0.07, "BRASSERIE DU SABLON")
                .at(0.08, 0.18, "Facture n° 2024/1187").at(0.846, 0.18, "Client :")
                .at(0.08, 0.20, "Date : 14/11/2024").at(0.768, 0.20, "Delcourt & Fils SA")
                .at(0.08, 0.215, "Table 12").at(0.661, 0.215, "Avenue Louise 250, 1050 Ixelles")
                .at(0.756, 0.23, "TVA BE 0765.443.034")
                .at(0.60, 0.57, "Total TVAC").at(0.82, 0.57, "322,80 €"));

        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("BE0765443034");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).isEmpty();
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Delcourt & Fils SA");
    }

    @Test
    void yourVatNumberInTheSellersLanguageIsTheBuyers() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Fjällström Konsult AB")
                .at(0.08, 0.16, "Norrlands Skogsmaskiner AB")
                .at(0.08, 0.22, "Ert momsreg.nr: SE556247108501")
                .at(0.08, 0.30, "Fakturanummer : 5521")
                .at(0.60, 0.57, "Att betala").at(0.82, 0.57, "99 450,00 kr"));

        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("SE556247108501");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).isEmpty();
    }

    @Test
    void theClientsNifIsTheBuyersAndTheFootersCifTheSuppliers() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "ondanet")
                .at(0.08, 0.144, "Nº de cliente").at(0.30, 0.144, "0049 188 213")
                .at(0.08, 0.161, "NIF cliente").at(0.30, 0.161, "B77258986")
                .at(0.60, 0.57, "Total factura").at(0.82, 0.57, "121,00 €")
                .at(0.04, 0.95, "Ondanet Telecomunicaciones, S.A. · C/ de Alcalá 265, 28027 Madrid · CIF A26370940"));

        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("ESB77258986");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("ESA26370940");
    }

    @Test
    void ihreUidIsTheBuyersAndTheFootersUidTheSuppliers() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Holzbau Pichler GmbH")
                .at(0.08, 0.14, "Zimmerei Baumgartner GmbH").at(0.60, 0.14, "Rechnungsdatum").at(0.78, 0.14, "20.01.2025")
                .at(0.60, 0.16, "Ihre UID").at(0.78, 0.16, "DE260374519")
                .at(0.60, 0.64, "Gesamtbetrag").at(0.82, 0.64, "1.200,00 €")
                .at(0.08, 0.95, "8054 Graz, Österreich").at(0.40, 0.95, "UID: ATU64192732"));

        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("DE260374519");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("ATU64192732");
    }

    @Test
    void theClientsReferenceAndTheClientNumberHeadNoBuyersBlock() {
        Recognition r = read(new PrintedPage()
                .at(0.60, 0.035, "Lumina Data Services S.à r.l.")
                .at(0.60, 0.142, "Fiduciaire Weber & Associés S.A.")
                .at(0.60, 0.157, "41, avenue de la Gare")
                .at(0.60, 0.174, "L-1611 Luxembourg")
                .at(0.60, 0.190, "N° TVA : LU19803409")
                .at(0.08, 0.295, "Date de facturation :").at(0.30, 0.295, "Cliente n.º").at(0.60, 0.295, "Référence client :")
                .at(0.08, 0.314, "04/03/2025").at(0.30, 0.314, "0391").at(0.60, 0.314, "Formation GDPR 2025")
                .at(0.30, 0.330, "Requisição")
                .at(0.60, 0.585, "Total").at(0.82, 0.585, "7 231,38 €")
                .at(0.08, 0.95, "Lumina Data Services S.à r.l. | TVA : LU26481540"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Fiduciaire Weber & Associés S.A.");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("LU19803409");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("LU26481540");
    }

    @Test
    void aSwissBuyersNumberPrintedWithAndWithoutMwstIsTheBuyersBothTimes() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Graf Gastro AG")
                .at(0.55, 0.14, "Rechnung an:")
                .at(0.55, 0.16, "Hotel Bellevue AG")
                .at(0.55, 0.18, "MWST-Nr. CHE-116.281.710 MWST")
                .at(0.08, 0.30, "Ihre UID CHE-116.281.710")
                .at(0.60, 0.64, "Total CHF").at(0.82, 0.64, "1'077.50")
                .at(0.08, 0.95, "Graf Gastro AG · MWST CHE-417.283.564 MWST"));

        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("CHE417283564MWST");
    }

    @Test
    void aMeteringPointNumberIsNoIban() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Stadtwerke Muster GmbH")
                .at(0.60, 0.20, "Zählpunkt:")
                .at(0.60, 0.215, "DE0001346484600000000000000100038"));

        assertThat(r.value(FieldKey.SUPPLIER_IBAN)).isEmpty();
    }

    @Test
    void theBuyersVatNumberIsSureOnlyWhenItsCheckDigitsHold() {
        Recognition valid = read(new PrintedPage()
                .at(0.08, 0.05, "Dupont Fournitures SARL")
                .at(0.55, 0.15, "Client")
                .at(0.55, 0.165, "Brouwerij De Kroon NV")
                .at(0.55, 0.18, "TVA : BE0403170701"));
        Recognition failing = read(new PrintedPage()
                .at(0.08, 0.05, "Dupont Fournitures SARL")
                .at(0.55, 0.15, "Client")
                .at(0.55, 0.165, "Kunden AG")
                .at(0.55, 0.18, "USt-IdNr. DE123456789"));

        assertThat(valid.value(FieldKey.BUYER_VAT)).hasValue("BE0403170701");
        assertThat(confidence(valid, FieldKey.BUYER_VAT)).isGreaterThanOrEqualTo(0.9);
        assertThat(failing.value(FieldKey.BUYER_VAT)).hasValue("DE123456789");
        assertThat(confidence(failing, FieldKey.BUYER_VAT)).isLessThan(0.9);
    }

    @Test
    void aKeyValueTableGivesEachPartyTheNumbersUnderItsHeading() {
        Recognition r = read(new PrintedPage()
                .at(0.11, 0.39, "Verkäufer")
                .at(0.11, 0.405, "Name:").at(0.51, 0.405, "Lieferant GmbH & Co. KG")
                .at(0.11, 0.42, "Ansprechpartner:").at(0.51, 0.42, "Georg Verkäufer")
                .at(0.11, 0.435, "Anschrift:").at(0.51, 0.435, "Lieferanten-Str. 12")
                .at(0.51, 0.45, "DE 98765 Lieferstadt")
                .at(0.11, 0.465, "USt.-Id.-Nr.:").at(0.51, 0.465, "DE136695976")
                .at(0.11, 0.52, "Käufer/Leistungsempfänger")
                .at(0.11, 0.535, "Name:").at(0.51, 0.535, "Muster Maschinenbau GmbH")
                .at(0.11, 0.55, "USt.-Id.-Nr.:").at(0.51, 0.55, "FR40303265045")
                .at(0.11, 0.565, "Anschrift:").at(0.51, 0.565, "Käufer-Str. 12")
                .at(0.51, 0.58, "DE 87654 Käuferstadt"));

        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("DE136695976");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("FR40303265045");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Lieferant GmbH & Co. KG");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Muster Maschinenbau GmbH");
    }

    @Test
    void anIbanThatTheEndOfAFooterLineCutsInTwoIsReadWhole() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Elektro Wagner e.K.")
                .at(0.08, 0.30, "Rechnung Nr. RE-24-1033")
                .at(0.08, 0.931, "Elektro Wagner e.K. · Sparkasse Nürnberg · IBAN DE61 7605 0101 0012")
                .at(0.08, 0.943, "3456 78 · BIC SSKNDE77XXX"));

        assertThat(r.value(FieldKey.SUPPLIER_IBAN)).hasValue("DE61760501010012345678");
        assertThat(confidence(r, FieldKey.SUPPLIER_IBAN)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void anIbanCutByTheEndOfACentredFooterLineGoesOnWhereTheNextLineStarts() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Distri Élec Morvan SA")
                .at(0.08, 0.30, "Facture FV-2025-118")
                .at(0.04, 0.931, "SA au capital de 480 000 € – RCS Dijon 527 493 100 – Banque Populaire IBAN FR76")
                .at(0.30, 0.943, "1080 7000 1202 2195 4381 058 BIC CCBPFRPPDJN"));

        assertThat(r.value(FieldKey.SUPPLIER_IBAN)).hasValue("FR7610807000120221954381058");
    }

    @Test
    void aLineOfThousandsOfShortGroupsUnderACutIbanOrAfterANumbersLabelIsReadWithoutFailingTheInvoice() {
        String groups = "12 ".repeat(4000) + "12";
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Distri Élec Morvan SA")
                .at(0.08, 0.30, "Rechnungsnummer " + groups)
                .at(0.04, 0.931, "Banque Populaire IBAN FR76")
                .at(0.04, 0.943, groups));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Distri Élec Morvan SA");
    }

    @Test
    void anIbanCutAfterItsFirstGroupInAPaymentBoxIsReadWhole() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Distribuciones Levante S.L.")
                .at(0.08, 0.30, "Factura N.º FV-2026-0211")
                .at(0.55, 0.80, "Forma de pago: transferencia")
                .at(0.55, 0.812, "IBAN:").at(0.62, 0.812, "ES91 2100")
                .at(0.62, 0.824, "0418 4502 0005 1332"));

        assertThat(r.value(FieldKey.SUPPLIER_IBAN)).hasValue("ES9121000418450200051332");
        assertThat(confidence(r, FieldKey.SUPPLIER_IBAN)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theNextLineDoesNotCompleteAnIbanItsCheckDigitsRefuse() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Elektro Wagner e.K.")
                .at(0.08, 0.931, "Elektro Wagner e.K. · Sparkasse Nürnberg · IBAN DE61 7605 0101 0012")
                .at(0.08, 0.943, "3456 79 · BIC SSKNDE77XXX"));

        assertThat(confidence(r, FieldKey.SUPPLIER_IBAN)).isLessThan(0.9);
    }

    @Test
    void onAScanADigitReadAsTheLetterItLooksLikeIsReadAsTheDigitWhenTheCheckThenHolds() {
        PrintedPage page = new PrintedPage()
                .at(0.08, 0.05, "Fietsenwinkel Van Dijk")
                .at(0.08, 0.14, "Btw-nummer: NLO04495445B01")
                .at(0.08, 0.20, "IBAN NL91 ABNA O417 1643 00");

        Recognition scanned = EXTRACTOR.extract(List.of(page.scanned(1, 0.85)));
        Recognition printed = EXTRACTOR.extract(List.of(page.page(1)));

        assertThat(scanned.value(FieldKey.SUPPLIER_VAT)).hasValue("NL004495445B01");
        assertThat(scanned.value(FieldKey.SUPPLIER_IBAN)).hasValue("NL91ABNA0417164300");
        assertThat(printed.value(FieldKey.SUPPLIER_VAT)).as("a text layer's letter is a letter").isNotEqualTo(java.util.Optional.of("NL004495445B01"));
        assertThat(confidence(printed, FieldKey.SUPPLIER_VAT)).isLessThan(0.9);
    }

    @Test
    void theCustomersVatNumberIsTheBuyersAndOursReadAfterItsLabelInThePhraseBeforeIsTheSuppliers() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "SHANNON MARINE SUPPLIES LTD")
                .at(0.08, 0.13, "BILL TO:").at(0.55, 0.13, "INVOICE NO").at(0.75, 0.13, ": SI-0048817")
                .at(0.08, 0.14, "INISHMORE SEA TOURS LTD")
                .at(0.55, 0.175, "CUST. VAT NO").at(0.75, 0.175, ": IE7480128T")
                .at(0.55, 0.19, "OUR VAT NO").at(0.75, 0.19, ": 1E9401277J").scanned(1, 0.85)));

        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("IE9401277J");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("IE7480128T");
    }

    @Test
    void onAScanACountrysLetterReadAsADigitAndACheckDigitReadAsALetterAreReadRightWhenTheCheckThenHolds() {
        PrintedPage page = new PrintedPage()
                .at(0.08, 0.05, "Clonmore Analytics Ltd")
                .at(0.08, 0.14, "VAT 1E9292398U")
                .at(0.08, 0.60, "Bank transfer : IBAN IEO6 BOFI 3138 6594 8762 86 : BIC BOFIIE2D");

        Recognition scanned = EXTRACTOR.extract(List.of(page.scanned(1, 0.85)));
        Recognition printed = EXTRACTOR.extract(List.of(page.page(1)));

        assertThat(scanned.value(FieldKey.SUPPLIER_VAT)).hasValue("IE9292398U");
        assertThat(scanned.value(FieldKey.SUPPLIER_IBAN)).hasValue("IE06BOFI31386594876286");
        Recognition finnish = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Kuusamon Puutyö Oy")
                .at(0.08, 0.51, "IBAN F152 5758 2754 3122 63").scanned(1, 0.85)));
        assertThat(finnish.value(FieldKey.SUPPLIER_IBAN)).hasValue("FI5257582754312263");
        assertThat(printed.value(FieldKey.SUPPLIER_VAT)).as("a text layer's figure is a figure").isNotEqualTo(java.util.Optional.of("IE9292398U"));
        // No VAT label before it, or a country whose check digits are not verified: figures stay figures.
        Recognition unlabelled = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Fonderie Lamarche")
                .at(0.08, 0.20, "Drawing DW-114 rev R0 20240312")
                .at(0.08, 0.22, "Tracking 1T 12345678901")
                .at(0.08, 0.24, "Tel 5K 1234567890").scanned(1, 0.85)));
        assertThat(unlabelled.value(FieldKey.SUPPLIER_VAT)).isEmpty();
        Recognition unchecked = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Tovarna Kovin")
                .at(0.08, 0.20, "VAT 5I12345678").scanned(1, 0.85)));
        assertThat(unchecked.value(FieldKey.SUPPLIER_VAT)).isNotEqualTo(java.util.Optional.of("SI12345678"));
        assertThat(printed.value(FieldKey.SUPPLIER_IBAN)).isNotEqualTo(java.util.Optional.of("IE06BOFI31386594876286"));
    }

    @Test
    void theBuyersAddressEndsAtTheTableBelowItAndTheIbanUnderTheTotalsIsTheSuppliers() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Alpen Treuhand AG").at(0.60, 0.05, "Rechnung")
                .at(0.08, 0.065, "Bahnhofstrasse 10, 8001 Zürich")
                .at(0.08, 0.152, "Rechnungsadresse:")
                .at(0.08, 0.166, "Müller Bau GmbH")
                .at(0.08, 0.180, "Seestrasse 3")
                .at(0.08, 0.194, "6300 Zug")
                .at(0.08, 0.212, "Leistung").at(0.75, 0.212, "Betrag CHF")
                .at(0.08, 0.226, "Buchhaltung Q1 2024").at(0.80, 0.226, "1'850.00")
                .at(0.08, 0.240, "Jahresabschluss 2023").at(0.80, 0.240, "2'400.00")
                .at(0.08, 0.254, "Zwischentotal CHF 4'250.00")
                .at(0.08, 0.268, "MWST 8.1 % CHF 344.25")
                .at(0.08, 0.282, "Total CHF 4'594.25")
                .at(0.08, 0.296, "Bank: UBS Switzerland AG, IBAN CH93 0076 2011 6238 5295 7"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Müller Bau GmbH");
        assertThat(r.value(FieldKey.SUPPLIER_IBAN)).hasValue("CH9300762011623852957");
        assertThat(confidence(r, FieldKey.SUPPLIER_IBAN)).isGreaterThanOrEqualTo(0.9);
    }

    private static double confidence(Recognition r, FieldKey key) {
        return r.fields().get(key).confidence();
    }

    private static Recognition read(PrintedPage page) {
        return EXTRACTOR.extract(List.of(page.page(1)));
    }
}
