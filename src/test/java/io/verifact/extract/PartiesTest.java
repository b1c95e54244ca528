package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.model.FieldKey;
import io.verifact.model.Recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Who sent the invoice and who receives it, as the page says it in its layout and its words. */
class PartiesTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor(Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aSellerBlockThatStartsABlankLineUnderItsHeadingNamesTheSupplier() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.08, "Stylesheet zur Lesbarmachung der XML-Daten von ZUGFeRD-Rechnungen")
                .at(0.08, 0.12, "Handelsrechnung Nr. R18-31 vom 03.10.2018")
                .at(0.08, 0.333, "Verkäufer:")
                .at(0.08, 0.378, "Physiotherapeutin")
                .at(0.08, 0.392, "Tanja Tinder")
                .at(0.08, 0.406, "Musterstraße 12")
                .at(0.08, 0.434, "DE 12345 Beispielstadt")
                .at(0.08, 0.495, "Käufer/Leistungsempfänger:")
                .at(0.08, 0.540, "Liselotte Müller")
                .at(0.08, 0.554, "Rechnungsstraße 12"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Physiotherapeutin");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Liselotte Müller");
    }

    @Test
    void fromAndBillToSideBySideUnderARowOfDetailsAreTheTwoPartiesNotATable() {
        // The supplier's number misread by OCR ("1E" for "IE"): the only valid number is the buyer's.
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Clonmore Analytics Ltd")
                .at(0.08, 0.13, "Invoice number").at(0.30, 0.13, "Date of issue").at(0.52, 0.13, "Date due").at(0.74, 0.13, "PO number")
                .at(0.08, 0.145, "INV-10492").at(0.30, 0.145, "March 3, 2025").at(0.52, 0.145, "April 2, 2025").at(0.74, 0.145, "PO-BL-5520")
                .at(0.08, 0.185, "From").at(0.55, 0.185, "Bill to")
                .at(0.08, 0.20, "Clonmore Analytics Ltd").at(0.55, 0.20, "Brannigan Logistics Ltd")
                .at(0.08, 0.215, "Parkmore, Galway H91 X2C3").at(0.55, 0.215, "22 North Wall Quay")
                .at(0.08, 0.23, "VAT 1E9292398U").at(0.55, 0.23, "VAT IE7705697K")
                .at(0.50, 0.50, "Subtotal").at(0.85, 0.50, "1,556.00")
                .at(0.50, 0.52, "VAT 23%").at(0.85, 0.52, "357.88")
                .at(0.50, 0.54, "Total").at(0.85, 0.54, "1,913.88"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Brannigan Logistics Ltd");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("IE7705697K");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).isNotEqualTo(Optional.of("IE7705697K"));
    }

    @Test
    void theFootersLegalLineNamesTheSupplierWhoseBrandHeadsThePageNotTheUnheadedAddressBlock() {
        // A logo gives the brand alone; the buyer's address block carries a legal form and its VAT number;
        // the footer prints the supplier's full name, "SA" ending its part of the line, beside its own number.
        Recognition r = read(new PrintedPage()
                .at(0.07, 0.04, "helioflux").at(0.70, 0.04, "Facture d'acompte")
                .at(0.07, 0.15, "Référence facture :").at(0.30, 0.15, "E25/0018842").at(0.55, 0.15, "FRITERIE DU MARCHÉ SRL")
                .at(0.07, 0.17, "Date facture :").at(0.30, 0.17, "05/03/2025").at(0.55, 0.17, "Rue Saint-Gilles 212")
                .at(0.55, 0.19, "4000 Liège")
                .at(0.55, 0.21, "N° TVA : BE 0812.345.603")
                .at(0.50, 0.50, "Total hors TVA").at(0.85, 0.50, "81,27")
                .at(0.50, 0.52, "TVA 21 %").at(0.85, 0.52, "17,07")
                .at(0.50, 0.54, "Montant total à payer EUR").at(0.85, 0.54, "98,34")
                .at(0.07, 0.95, "Helioflux SA · Boulevard de la Sauvenière 118, 4000 Liège · TVA BE 0654.321.022 · RPM Liège"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Helioflux SA");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("BE0654321022");
    }

    @Test
    void aQuantityInKilogramsAStreetNamedFirstAndAPostBoxNameNobody() {
        Recognition r = read(new PrintedPage()
                .at(0.07, 0.03, "De Koksmaat")
                .at(0.07, 0.05, "Postbus 7 | 1950 AB Velsen-Noord | Nederland")
                .at(0.07, 0.14, "Factuur").at(0.55, 0.14, "Factuurnummer 12115118")
                .at(0.07, 0.25, "Artikelnr.").at(0.20, 0.25, "Omschrijving").at(0.60, 0.25, "Aantal").at(0.80, 0.25, "Bedrag")
                .at(0.07, 0.27, "664871").at(0.20, 0.27, "KOFFIE 3.5 KG BLIK STAND").at(0.60, 0.27, "1").at(0.80, 0.27, "35,00")
                .at(0.07, 0.29, "350258").at(0.20, 0.29, "1 KG UL BLOKJES").at(0.60, 0.29, "1").at(0.80, 0.29, "1,55")
                .at(0.55, 0.60, "Totaal").at(0.80, 0.60, "36,55"));
        Recognition italian = read(new PrintedPage()
                .at(0.07, 0.03, "Officine Grafiche di").at(0.60, 0.03, "FATTURA N. 1316/85 del 13/02/2020")
                .at(0.07, 0.045, "Reggio Emilia")
                .at(0.07, 0.10, "CEDENTE/PRESTATORE").at(0.55, 0.10, "CESSIONARIO/COMMITTENTE")
                .at(0.07, 0.12, "Via Amendola, 2").at(0.55, 0.12, "TIPOGRAFIA ESTENSE SRL")
                .at(0.07, 0.14, "42100 REGGIO EMILIA").at(0.55, 0.14, "VIA SAN GIOVANNI DEL CANTONE 23")
                .at(0.07, 0.16, "Partita IVA: IT01598570354")
                .at(0.55, 0.60, "Totale documento").at(0.85, 0.60, "122,00"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("De Koksmaat");
        assertThat(italian.value(FieldKey.SUPPLIER_NAME)).hasValueSatisfying(name -> assertThat(name).startsWith("Officine Grafiche"));
    }

    @Test
    void spanishAddressHeadingsSayWhoBuysAndWhoSells() {
        Recognition r = read(new PrintedPage()
                .at(0.07, 0.04, "mercadocentral").at(0.85, 0.04, "Factura")
                .at(0.07, 0.12, "Dirección de facturación").at(0.40, 0.12, "Dirección de envío").at(0.65, 0.12, "Número de la factura ES-LMC25-884123")
                .at(0.07, 0.14, "Papelería Almudena S.L.").at(0.40, 0.14, "Papelería Almudena S.L.")
                .at(0.07, 0.16, "Calle de Bailén 14").at(0.40, 0.16, "Calle de Bailén 14, local")
                .at(0.07, 0.18, "28005 Madrid").at(0.40, 0.18, "28005 Madrid").at(0.65, 0.18, "Fecha del pedido 10 febrero 2025")
                .at(0.07, 0.20, "NIF: ESB63953582")
                .at(0.07, 0.26, "Vendido por Mercado Central EU S.à r.l.")
                .at(0.07, 0.28, "12 rue Eugène Ruppert, L-2453 Luxemburgo")
                .at(0.07, 0.30, "IVA LU96477010")
                .at(0.55, 0.60, "Total").at(0.85, 0.60, "122,93 €"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Papelería Almudena S.L.");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("ESB63953582");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Mercado Central EU S.à r.l.");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("LU96477010");
    }

    @Test
    void anUnheadedAddressBlockBesideTheSendersIsTheBuyersWithItsVatNumber() {
        // A German letter: the sender's block gives its phone, the addressee's block holds the buyer's
        // VAT number, and the supplier's own number stands in the footer with its register.
        Recognition r = read(new PrintedPage()
                .at(0.60, 0.05, "Elektro-Großhandel Brandt GmbH & Co. KG")
                .at(0.60, 0.065, "Industriering 40")
                .at(0.60, 0.08, "85386 Eching")
                .at(0.60, 0.095, "Tel. 089 3190-0")
                .at(0.08, 0.20, "Elektrotechnik Huber GmbH").at(0.60, 0.20, "Gutschrift Nr. GS-2026-0042")
                .at(0.08, 0.215, "Am Anger 5").at(0.60, 0.215, "Datum: 03.04.2026")
                .at(0.08, 0.23, "82205 Gilching")
                .at(0.08, 0.245, "USt-IdNr.: DE266118702")
                .at(0.55, 0.60, "Gesamtbetrag").at(0.85, 0.60, "-297,50 €")
                .at(0.10, 0.93, "Elektro-Großhandel Brandt GmbH & Co. KG · Sitz Eching · Amtsgericht München HRA 88120")
                .at(0.10, 0.945, "USt-IdNr. DE147223068 · Steuer-Nr. 114/123/45678"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Elektrotechnik Huber GmbH");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("DE266118702");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("DE147223068");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Elektro-Großhandel Brandt GmbH & Co. KG");
    }

    @Test
    void theOneAddressBlockAtTheTopIsTheBuyersWhenTheSupplierNamesItselfInTheFooter() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.03, "libretélécom").at(0.65, 0.03, "SARL Boulangerie Martin")
                .at(0.65, 0.045, "8 place du Marché")
                .at(0.65, 0.06, "44000 Nantes")
                .at(0.08, 0.15, "Facture n°2026031287 du 3 mars 2026")
                .at(0.08, 0.60, "Montant à payer (EUR)").at(0.80, 0.60, "39,99")
                .at(0.08, 0.95, "Libre Télécom - SAS au capital de 3 441 812 EUR - RCS Paris 421 938 861"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("SARL Boulangerie Martin");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).isNotEqualTo(java.util.Optional.of("SARL Boulangerie Martin"));
    }

    @Test
    void aShopsOwnAddressAloneAtTheTopIsNoBuyer() {
        Recognition r = read(new PrintedPage()
                .at(0.30, 0.03, "Boulangerie Martin SARL")
                .at(0.30, 0.045, "8 place du Marché")
                .at(0.30, 0.06, "44000 Nantes")
                .at(0.10, 0.20, "Ticket 1234 du 03/03/2026")
                .at(0.10, 0.40, "TOTAL TTC").at(0.70, 0.40, "12,40"));

        assertThat(r.value(FieldKey.BUYER_NAME)).isEmpty();
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Boulangerie Martin SARL");
    }

    @Test
    void aSentenceAtTheTopOfThePageIsNoLetterhead() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Lesbarmachung der XML-Daten von elektronischen Rechnungen")
                .at(0.08, 0.10, "Bäckerei Sonnenschein")
                .at(0.08, 0.115, "Hauptstraße 3")
                .at(0.08, 0.20, "Rechnung Nr. 2024-17"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Bäckerei Sonnenschein");
    }

    @Test
    void aSupplierLabelInsideTheItemTableIsNotTheSuppliersHeading() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "MUSTERLIEFERANT GMBH")
                .at(0.08, 0.065, "BAHNHOFSTRASSE 99")
                .at(0.08, 0.08, "DE 99199 MUSTERHAUSEN")
                .at(0.09, 0.40, "Pos").at(0.25, 0.40, "Beschreibung").at(0.41, 0.40, "Nettopreis").at(0.60, 0.40, "Menge").at(0.85, 0.40, "Betrag")
                .at(0.10, 0.42, "1").at(0.25, 0.42, "GTIN").at(0.46, 0.42, "1,0000").at(0.60, 0.42, "5 Stk").at(0.86, 0.42, "5,00")
                .at(0.25, 0.434, "Art-Nr-")
                .at(0.25, 0.447, "Lieferant")
                .at(0.25, 0.46, "ZS9997")
                .at(0.25, 0.474, "Zitronensäure"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("MUSTERLIEFERANT GMBH");
    }

    @Test
    void theSuppliersOwnEmailDomainTellsItFromTheBuyersAddressAtTheTop() {
        Recognition r = read(new PrintedPage()
                .at(0.10, 0.04, "Invoice 103767")
                .at(0.10, 0.134, "Adatum Corporation").at(0.86, 0.134, "CRONUS DE")
                .at(0.10, 0.151, "Station Road, 21").at(0.85, 0.151, "Hofstraße 12")
                .at(0.10, 0.168, "48436 Düsseldorf").at(0.83, 0.168, "20097 Hamburg")
                .at(0.10, 0.875, "VAT Registration No.").at(0.52, 0.875, "Phone No.").at(0.74, 0.875, "Email")
                .at(0.10, 0.888, "DE777777777").at(0.52, 0.888, "999 / 9 99 99 99").at(0.74, 0.888, "info@cronus.com"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("CRONUS DE");
    }

    @Test
    void theNameBesideTheSuppliersVatNumberInTheFooterIsTheSuppliersName() {
        Recognition r = read(new PrintedPage()
                .at(0.07, 0.076, "Lieferant").at(0.35, 0.076, "Käufer")
                .at(0.07, 0.097, "KOSTENLIEFERANT GMBH").at(0.35, 0.097, "MUSTER-KUNDE GMBH")
                .at(0.07, 0.123, "BAHNHOFSTRASSE 99").at(0.35, 0.123, "KUNDENWEG 88")
                .at(0.62, 0.303, "E-Mail : max.muster@musterlieferant.de")
                .at(0.07, 0.920, "MUSTERLIEFERANT GMBH").at(0.26, 0.920, "Geschäftsführung:").at(0.45, 0.920, "USt-IdNr: DE136695976")
                .at(0.07, 0.932, "BAHNHOFSTRASSE 99").at(0.45, 0.932, "www.musterlieferant.de"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("MUSTERLIEFERANT GMBH");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("DE136695976");
    }

    @Test
    void aSupplierNameIsSureOnlyWhereTwoPlacesOnTheInvoiceAgree() {
        Recognition confirmed = read(new PrintedPage()
                .at(0.08, 0.10, "Verkäufer:")
                .at(0.08, 0.115, "MUSTERLIEFERANT GMBH")
                .at(0.08, 0.13, "BAHNHOFSTRASSE 99")
                .at(0.08, 0.145, "E-Mail : max.muster@musterlieferant.de"));
        Recognition letterheadAlone = read(new PrintedPage()
                .at(0.08, 0.05, "Bäckerei Sonnenschein")
                .at(0.08, 0.065, "Hauptstraße 3")
                .at(0.08, 0.20, "Rechnung Nr. 2024-17"));

        assertThat(confirmed.value(FieldKey.SUPPLIER_NAME)).hasValue("MUSTERLIEFERANT GMBH");
        assertThat(confirmed.fields().get(FieldKey.SUPPLIER_NAME).confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(letterheadAlone.value(FieldKey.SUPPLIER_NAME)).hasValue("Bäckerei Sonnenschein");
        assertThat(letterheadAlone.fields().get(FieldKey.SUPPLIER_NAME).confidence()).isLessThan(0.9);
    }

    @Test
    void theRecipientInTheAddressWindowUnderTheSendersLineIsTheBuyer() {
        Recognition r = read(new PrintedPage()
                .at(0.09, 0.165, "Kraxi GmbH · Flugzeugallee 17 · 12345 Papierfeld · Deutschland")
                .at(0.09, 0.196, "Papierflieger-Vertriebs-GmbH")
                .at(0.09, 0.212, "Helga Musterfrau")
                .at(0.09, 0.228, "Rabattstr. 25")
                .at(0.09, 0.243, "34567 Osterhausen")
                .at(0.09, 0.308, "Rechnungsnummer: 2014-03"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Kraxi GmbH");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Papierflieger-Vertriebs-GmbH");
    }

    @Test
    void theShipToAddressIsTheBuyersSideAndNeverTheSupplier() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Amazon.com")
                .at(0.08, 0.065, "410 Terry Ave N, Seattle")
                .at(0.08, 0.20, "SHIP TO")
                .at(0.08, 0.215, "XZY Company")
                .at(0.08, 0.23, "45 Mill Lane, Leeds")
                .at(0.60, 0.20, "Invoice No. 4711"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Amazon.com");
    }

    @Test
    void aPersonAddressedWithTheirCivilityUnderTheBillingAddressIsTheBuyerNotTheHeadingBesideIt() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Fibre Ouest SAS")
                .at(0.08, 0.20, "Adresse de facturation").at(0.55, 0.20, "Période")
                .at(0.08, 0.22, "M. Jean Dupont").at(0.55, 0.22, "du 01/02/2025 au 28/02/2025")
                .at(0.08, 0.24, "12 rue des Lilas")
                .at(0.08, 0.26, "35000 Rennes")
                .at(0.55, 0.64, "Total TTC").at(0.82, 0.64, "120,00 €"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("M. Jean Dupont");
    }

    @Test
    void aBillingPeriodBesideTheBuyersAddressIsNoAddressBlockForTheYearInItsDatesIsNoPostcode() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Fibre Ouest SAS")
                .at(0.08, 0.20, "Adresse de facturation").at(0.55, 0.20, "Période")
                .at(0.08, 0.22, "12 rue des Lilas").at(0.55, 0.22, "du 01/02/2025 au 28/02/2025")
                .at(0.08, 0.24, "35000 Rennes").at(0.55, 0.24, "Contrat")
                .at(0.55, 0.26, "12-03-2025 bis 2026")
                .at(0.55, 0.64, "Total TTC").at(0.82, 0.64, "120,00 €"));

        assertThat(r.value(FieldKey.BUYER_NAME)).isEmpty();
    }

    @Test
    void theHolderOfAUtilitysContractIsTheBuyerAndTheHolderOfTheBankAccountIsNot() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Energia Verde S.p.A.")
                .at(0.08, 0.20, "Intestatario").at(0.55, 0.20, "Periodo di fatturazione")
                .at(0.08, 0.22, "Marco Bianchi").at(0.55, 0.22, "01/02/2025 - 28/02/2025")
                .at(0.08, 0.24, "Via Roma 1, 20100 Milano")
                .at(0.55, 0.64, "Totale da pagare").at(0.82, 0.64, "110,00 €")
                .at(0.08, 0.90, "Intestatario conto").at(0.30, 0.90, "Energia Verde S.p.A.")
                .at(0.08, 0.92, "IBAN IT60 X054 2811 1010 0000 0123 456"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Marco Bianchi");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Energia Verde S.p.A.");
    }

    @Test
    void aSupplierNameReadUnclearlyOnAScanNeverLooksSure() {
        PrintedPage page = new PrintedPage()
                .at(0.08, 0.10, "Verkäufer:")
                .at(0.08, 0.115, "MUSTERLIEFERANT GMBH")
                .at(0.08, 0.13, "BAHNHOFSTRASSE 99")
                .at(0.08, 0.145, "E-Mail : max.muster@musterlieferant.de");
        Recognition clearly = EXTRACTOR.extract(List.of(page.scanned(1, 0.96)));
        Recognition unclearly = EXTRACTOR.extract(List.of(page.scanned(1, 0.86)));

        assertThat(clearly.fields().get(FieldKey.SUPPLIER_NAME).confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(unclearly.value(FieldKey.SUPPLIER_NAME)).hasValue("MUSTERLIEFERANT GMBH");
        assertThat(unclearly.fields().get(FieldKey.SUPPLIER_NAME).confidence()).isLessThan(0.9);
    }

    @Test
    void aTotalsLineIsNoCompanyThoughItsIncReadsLikeALegalForm() {
        Recognition r = read(new PrintedPage()
                .at(0.30, 0.30, "GARDENIA ge A), SDN At (139386 X)")
                .at(0.30, 0.32, "TAX INVOICE / ADJUSTMENT NOTE")
                .at(0.30, 0.34, "Bill To: KEDAI RUNCIT MAJU")
                .at(0.10, 0.60, "TOTAL 6% SUPPLIES (INC. GST): 16.29"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).isNotEqualTo(Optional.of("TOTAL 6% SUPPLIES (INC. GST): 16.29"));
    }

    @Test
    void thePolishLegalFormReadWithZerosOnAScanIsWrittenWithItsLetters() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Chmurex sp. z 0.0.")
                .at(0.60, 0.30, "Faktura VAT nr FV/2025/03/118")
                .at(0.60, 0.64, "Do zapłaty").at(0.82, 0.64, "1 230,00 zł").scanned(1, 0.96)));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Chmurex sp. z o.o.");
    }

    @Test
    void theAddressWhereTheServiceWasGivenNamesTheBuyer() {
        Recognition r = read(new PrintedPage()
                .at(0.72, 0.05, "Sonnenschein Dienste GmbH")
                .at(0.48, 0.155, "Leistungsadresse")
                .at(0.48, 0.167, "Peter Paulpa")
                .at(0.48, 0.180, "Störzbachstraße 1")
                .at(0.48, 0.192, "70188 Stuttgart"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Peter Paulpa");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Sonnenschein Dienste GmbH");
    }

    @Test
    void aMarketplaceInvoiceNamesTheSellerItWasSoldByAndTheBuyerItIsAddressedTo() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.10, "Rechnung an:")
                .at(0.08, 0.115, "Erika Mustermann")
                .at(0.08, 0.13, "Heidestraße 17")
                .at(0.08, 0.145, "51147 Köln")
                .at(0.55, 0.10, "Verkauft von:")
                .at(0.55, 0.115, "Schreibwaren Müller")
                .at(0.55, 0.13, "Marktplatz 3")
                .at(0.55, 0.145, "04109 Leipzig"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Schreibwaren Müller");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Erika Mustermann");
    }

    @Test
    void invoiceToInASentenceHeadsNoBuyerBlock() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Au bon moulin SARL")
                .at(0.08, 0.80, "Invoice to pay by wire transfer to the account below")
                .at(0.08, 0.815, "IBAN FR76 3000 6000 0112 3456 7890 189"));

        assertThat(r.value(FieldKey.SUPPLIER_IBAN)).hasValue("FR7630006000011234567890189");
    }

    @Test
    void fromAndToHeadingsTellTheSuppliersVatNumberFromTheBuyersBesideIt() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.07, "Tax Invoice")
                .at(0.08, 0.115, "From").at(0.35, 0.115, "To").at(0.70, 0.115, "Invoice No.").at(0.80, 0.115, "BD-1187")
                .at(0.08, 0.130, "Brightline Digital Ltd").at(0.35, 0.130, "Harper & Cole Accountants LLP")
                .at(0.08, 0.144, "Unit 5, The Old Mill").at(0.35, 0.144, "22 King Street").at(0.70, 0.144, "Date").at(0.80, 0.144, "28/02/2024")
                .at(0.08, 0.158, "Leeds LS1 4AB").at(0.35, 0.158, "Manchester M2 6AZ")
                .at(0.08, 0.172, "United Kingdom").at(0.35, 0.172, "VAT No. GB 123 4567 82")
                .at(0.08, 0.186, "VAT Reg. No. GB 980 7806 84"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Brightline Digital Ltd");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("GB980780684");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Harper & Cole Accountants LLP");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("GB123456782");
    }

    @Test
    void soldByHandsOverToTheNameAfterIt() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.07, "Invoice").at(0.66, 0.07, "Sold by Kartell Home Goods S.à r.l.")
                .at(0.66, 0.083, "VAT # LU20260743")
                .at(0.08, 0.123, "Invoice date").at(0.45, 0.123, "Billing address")
                .at(0.08, 0.137, "14 January 2024").at(0.45, 0.137, "Atelier Dupont SPRL")
                .at(0.45, 0.151, "Rue Neuve 12")
                .at(0.45, 0.166, "1000 Bruxelles")
                .at(0.45, 0.180, "VAT # BE0403170701"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Kartell Home Goods S.à r.l.");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("LU20260743");
        assertThat(r.value(FieldKey.BUYER_NAME)).as("under a billing address").hasValue("Atelier Dupont SPRL");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("BE0403170701");
    }

    @Test
    void aRoleWordWithNeitherColonNorLinkingWordIsKeptAsPartOfTheName() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.18, "Seller Company · 123 Seller St · 12345 Seller City")
                .at(0.08, 0.20, "Buyer Company").at(0.60, 0.20, "Invoice Number:").at(0.75, 0.20, "DOC-12345")
                .at(0.08, 0.218, "456 Buyer St")
                .at(0.08, 0.236, "67890 Buyer City"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Seller Company");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Buyer Company");
    }

    @Test
    void theAddresseeUnderAdresseeANamesTheBuyer() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.07, "Ondéa Télécom").at(0.55, 0.07, "Facture n° F2411-00092817")
                .at(0.08, 0.096, "18 avenue de la République").at(0.55, 0.096, "Date de facture : 12/11/2024")
                .at(0.08, 0.11, "75011 Paris")
                .at(0.65, 0.158, "Adressée à")
                .at(0.65, 0.170, "Cabinet Moreau Expertise")
                .at(0.65, 0.185, "3 place Bellecour")
                .at(0.65, 0.199, "69002 Lyon"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Ondéa Télécom");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Cabinet Moreau Expertise");
    }

    @Test
    void aContractOrCustomerNumberUnderTheClientHeadingIsNoNameAndAHolderKeyHandsOverToTheName() {
        Recognition french = read(new PrintedPage()
                .at(0.08, 0.07, "Ondéa Télécom").at(0.55, 0.07, "Facture n° F2411-00092817")
                .at(0.08, 0.096, "18 avenue de la République").at(0.55, 0.096, "Date de facture : 12/11/2024")
                .at(0.08, 0.11, "75011 Paris")
                .at(0.55, 0.158, "Client")
                .at(0.55, 0.170, "N° de contrat : 4455667")
                .at(0.55, 0.185, "Cabinet Moreau Expertise")
                .at(0.55, 0.199, "3 place Bellecour")
                .at(0.55, 0.213, "69002 Lyon"));
        Recognition spanish = read(new PrintedPage()
                .at(0.08, 0.07, "Telefonía Meridional S.A.").at(0.55, 0.07, "Factura N.º TM-2026-55120")
                .at(0.08, 0.096, "Calle Mayor 12, 28013 Madrid").at(0.55, 0.096, "Fecha de factura: 04/03/2026")
                .at(0.55, 0.158, "Cliente")
                .at(0.55, 0.170, "Titular:").at(0.65, 0.170, "Lucía Fernández Ortega")
                .at(0.55, 0.185, "Avenida del Puerto 45")
                .at(0.55, 0.199, "46023 Valencia"));

        assertThat(french.value(FieldKey.BUYER_NAME)).hasValue("Cabinet Moreau Expertise");
        assertThat(spanish.value(FieldKey.BUYER_NAME)).hasValue("Lucía Fernández Ortega");
    }

    @Test
    void theBlockAddressedToSomeoneIsTheBuyersEvenWhenAClientFileNumberHasAHeading() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.03, "Delorme & Associés")
                .at(0.08, 0.045, "Expertise comptable · Audit · Conseil")
                .at(0.08, 0.06, "48 cours Lafayette — 69003 Lyon")
                .at(0.60, 0.12, "Les Jardins de Saint-Priest SAS")
                .at(0.60, 0.135, "À l'attention de Mme Nadia Benali")
                .at(0.60, 0.15, "10 route de Lyon")
                .at(0.60, 0.165, "69800 Saint-Priest")
                .at(0.60, 0.18, "TVA : FR82420663189")
                .at(0.08, 0.25, "Référence facture : NP2603007")
                .at(0.08, 0.265, "Dossier client : JSP-0412")
                .at(0.60, 0.60, "TOTAL TTC À PAYER").at(0.85, 0.60, "1740,00 €")
                .at(0.08, 0.95, "Delorme & Associés SAS · TVA FR37491287322"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Les Jardins de Saint-Priest SAS");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("FR82420663189");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("FR37491287322");
        assertThat(r.value(FieldKey.SUPPLIER_NAME).orElseThrow()).startsWith("Delorme & Associés");
    }

    @Test
    void theBlockThatNamesAPersonByTheirCivilityIsTheAddresseesAndNeverTheSupplier() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "voltaénergies")
                .at(0.08, 0.065, "Volta Énergies SA — Service Clients Entreprises")
                .at(0.08, 0.08, "TSA 41207 — 75901 Paris Cedex 15")
                .at(0.55, 0.03, "Facture du 09/01/2026 n° 10098765432")
                .at(0.55, 0.12, "BOULANGERIE DES QUATRE VENTS SARL")
                .at(0.55, 0.135, "M. Étienne Morel")
                .at(0.55, 0.15, "3 rue Pasteur")
                .at(0.55, 0.165, "21000 Dijon")
                .at(0.60, 0.60, "Total TTC").at(0.85, 0.60, "3 012,45 €")
                .at(0.08, 0.95, "Volta Énergies SA au capital de 1 943 290 000 € — RCS Paris 562 091 330"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("BOULANGERIE DES QUATRE VENTS SARL");
        assertThat(r.value(FieldKey.SUPPLIER_NAME).orElseThrow()).containsIgnoringCase("volta");
    }

    @Test
    void aLegalLineGivesTheNameWithoutTheCapitalAndAMonthWithItsYearIsNoName() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.03, "februari 2026")
                .at(0.55, 0.10, "Facture n°2603184471 du 18 mars 2026")
                .at(0.60, 0.60, "Total TTC").at(0.85, 0.60, "36,49 €")
                .at(0.08, 0.95, "Libéra Télécom SAS au capital de 3 441 000 € — RCS Paris 428 177 364 — TVA FR 01 428 177 364"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Libéra Télécom SAS");
    }

    @Test
    void aLineOfTheNextColumnBetweenTheBuyersLinesDoesNotEndTheBuyersSection() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.042, "nuagerie").at(0.70, 0.042, "Invoice #4920017")
                .at(0.08, 0.071, "Nuagerie SAS").at(0.70, 0.071, "Issue date: February 1, 2026")
                .at(0.08, 0.086, "8 rue de la Ville-l'Évêque")
                .at(0.08, 0.098, "75008 Paris, France")
                .at(0.08, 0.148, "BILLED TO").at(0.55, 0.148, "ORGANIZATION")
                .at(0.08, 0.176, "Éditions Marcassin SARL").at(0.55, 0.176, "marcassin-prod")
                .at(0.08, 0.204, "Service comptabilité")
                .at(0.08, 0.232, "14 quai de la Fosse")
                .at(0.08, 0.260, "44000 Nantes")
                .at(0.55, 0.274, "PAYMENT METHOD")
                .at(0.08, 0.288, "France").at(0.55, 0.288, "SEPA Direct Debit")
                .at(0.08, 0.316, "VAT: FR63793451287")
                .at(0.55, 0.461, "Untaxed total").at(0.85, 0.461, "€212.67")
                .at(0.55, 0.481, "Total taxes").at(0.85, 0.481, "€42.53")
                .at(0.55, 0.520, "Total due").at(0.85, 0.520, "€255.20")
                .at(0.08, 0.934, "Nuagerie SAS — SAS au capital de 214 410,00 € — RCS Paris 841 293 764 — VAT FR 86 841 293 764"));

        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("FR63793451287");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("FR86841293764");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("212.67");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("255.20");
    }

    @Test
    void theAddresseesBlockIsFoundWhenTheSendersLinesFallBetweenItsLines() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.030, "PRAESIDIUM")
                .at(0.08, 0.050, "Secrétariat social Praesidium ASBL")
                .at(0.08, 0.068, "Avenue de Tervueren 43")
                .at(0.60, 0.077, "Boulangerie Dumont SRL")
                .at(0.08, 0.086, "1040 Bruxelles")
                .at(0.60, 0.095, "À l'attention de M. Marc Dumont")
                .at(0.08, 0.104, "TVA BE 0409.182.325")
                .at(0.60, 0.113, "Rue de Fer 12")
                .at(0.60, 0.131, "5000 Namur")
                .at(0.08, 0.20, "FACTURE 0418713/26 du 05/02/2026")
                .at(0.60, 0.60, "Total TVAC").at(0.85, 0.60, "726,00 €"));

        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Boulangerie Dumont SRL");
        assertThat(r.value(FieldKey.SUPPLIER_NAME).orElseThrow()).doesNotContain("Boulangerie");
    }

    @Test
    void aFromColumnOfATableIsNoSendersHeadingAndACountryIsNoName() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.055, "skylark").at(0.80, 0.055, "FACTURE")
                .at(0.08, 0.110, "Skylark Air Ltd").at(0.55, 0.110, "N° DE LA FACTURE").at(0.80, 0.110, "SKY7Q2K4M")
                .at(0.08, 0.124, "Hangar 71, London Luton Airport")
                .at(0.08, 0.138, "Luton, Bedfordshire LU2 9PF")
                .at(0.08, 0.152, "Royaume-Uni")
                .at(0.08, 0.165, "N° TVA : GB 745 3608 25")
                .at(0.08, 0.198, "Client")
                .at(0.08, 0.211, "Agence Lumière SARL")
                .at(0.08, 0.225, "9 rue du Faubourg Montmartre")
                .at(0.08, 0.239, "75009 Paris")
                .at(0.08, 0.253, "TVA : FR63810027714")
                .at(0.08, 0.303, "Vol").at(0.20, 0.303, "Date").at(0.35, 0.303, "De").at(0.55, 0.303, "À").at(0.75, 0.303, "Passagers")
                .at(0.08, 0.317, "SKY2231").at(0.20, 0.317, "24/02/2026").at(0.35, 0.317, "Londres Luton (LTN)").at(0.55, 0.317, "Paris CDG").at(0.75, 0.317, "RENAUD SOPHIE")
                .at(0.55, 0.60, "MONTANT TOTAL").at(0.85, 0.60, "307,94"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Skylark Air Ltd");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("GB745360825");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("FR63810027714");
    }

    @Test
    void aLetterheadNameWithVanOrDuIsStillTheLetterheadAndADateIsNoName() {
        for (String name : List.of("Fietsenwinkel Van Dijk", "Garage du Parc")) {
            Recognition r = read(new PrintedPage()
                    .at(0.08, 0.07, name).at(0.80, 0.07, "Factuur")
                    .at(0.08, 0.096, "Oudegracht 201")
                    .at(0.08, 0.11, "3511 NK Utrecht")
                    .at(0.08, 0.173, "Factuurnummer").at(0.35, 0.173, "VD-24-00917")
                    .at(0.08, 0.199, "Factuurdatum").at(0.35, 0.199, "5 maart 2024"));

            assertThat(r.value(FieldKey.SUPPLIER_NAME)).as(name).hasValue(name);
        }
    }

    @Test
    void aLegalFormAfterItsCommaBelongsToTheNameAndAStreetIsNoName() {
        Recognition us = read(new PrintedPage()
                .at(0.08, 0.07, "ACME SIGNAL, INC.").at(0.75, 0.07, "INVOICE")
                .at(0.08, 0.09, "1200 Market Street, Suite 400")
                .at(0.08, 0.105, "San Francisco, CA 94103"));
        Recognition fr = read(new PrintedPage()
                .at(0.08, 0.07, "Julie Marchand")
                .at(0.08, 0.092, "Entrepreneur individuel")
                .at(0.08, 0.106, "8 impasse des Lilas, 44000 Nantes")
                .at(0.08, 0.225, "FACTURE N° 2024-031 — émise le 3 juin 2024"));

        assertThat(us.value(FieldKey.SUPPLIER_NAME)).hasValue("ACME SIGNAL, INC.");
        assertThat(fr.value(FieldKey.SUPPLIER_NAME)).hasValue("Julie Marchand");
        assertThat(fr.value(FieldKey.INVOICE_DATE)).as("émise le").hasValue("2024-06-03");
    }

    @Test
    void aSendersLineWhoseDotsOcrReadAsColonsStillHeadsTheAddressWindowButAKeyAndValueDoNot() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.07, "Bürotechnik Hansen GmbH : Lindenallee 7 - 20259 Hamburg")
                .at(0.60, 0.10, "Bürotechnik Hansen GmbH")
                .at(0.08, 0.115, "Steuerberatung Krüger & Partner")
                .at(0.08, 0.13, "Herrn Jan Krüger")
                .at(0.08, 0.145, "Marktplatz 3")
                .at(0.08, 0.16, "24103 Kiel")
                .at(0.60, 0.16, "Rechnungsnummer: 2024-4711")
                .at(0.60, 0.175, "Période : du 01/11/2024 au 30/11/2024"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Bürotechnik Hansen GmbH");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Steuerberatung Krüger & Partner");
    }

    @Test
    void aLineThatStartsWithAHouseNumberIsTheAddressNotTheName() {
        Recognition r = read(new PrintedPage()
                .at(0.30, 0.023, "THE CORNER CAFE")
                .at(0.22, 0.05, "21 High St, Bristol BS1 2AW")
                .at(0.28, 0.08, "VAT No 980 7806 84")
                .at(0.10, 0.133, "Flat White").at(0.80, 0.133, "3.20")
                .at(0.10, 0.161, "Croissant").at(0.80, 0.161, "2.50")
                .at(0.10, 0.273, "TOTAL").at(0.80, 0.273, "£5.70")
                .at(0.25, 0.355, "02/02/2024 09:31 Till 2"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("THE CORNER CAFE");
    }

    private static Recognition read(PrintedPage page) {
        return EXTRACTOR.extract(List.of(page.page(1)));
    }
}
