package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.VatLine;
import io.verifact.model.Word;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the extractor reads off invoice pages built word by word, in the four languages it knows. */
class FieldExtractorTest {

    private static final FieldExtractor EXTRACTOR = new FieldExtractor(Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aFrenchInvoiceGivesItsThreeTotals() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Dupont Fournitures SARL")
                .at(0.08, 0.065, "12 rue des Lilas")
                .at(0.08, 0.08, "69003 Lyon")
                .at(0.60, 0.05, "FACTURE")
                .at(0.60, 0.08, "Facture n° FA-2024-0117")
                .at(0.60, 0.095, "Date : 12/03/2024")
                .at(0.08, 0.35, "Désignation").at(0.50, 0.35, "Qté").at(0.60, 0.35, "Prix unitaire").at(0.82, 0.35, "Montant")
                .at(0.08, 0.37, "Ramette papier A4").at(0.50, 0.37, "25").at(0.60, 0.37, "41,15").at(0.82, 0.37, "1 028,75")
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "1 028,75")
                .at(0.60, 0.62, "TVA 20 %").at(0.82, 0.62, "205,75")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "1 234,50"));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("1028.75");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("205.75");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1234.50");
    }

    @Test
    void aPageScannedUpsideDownOrSidewaysIsReadUprightAndItsFieldsBoxedWhereTheyStandAsScanned() {
        PageText upright = new PrintedPage()
                .at(0.08, 0.05, "Dupont Fournitures SARL")
                .at(0.60, 0.05, "FACTURE")
                .at(0.60, 0.08, "Facture n° FA-2024-0117")
                .at(0.60, 0.095, "Date : 12/03/2024")
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "1 028,75")
                .at(0.60, 0.62, "TVA 20 %").at(0.82, 0.62, "205,75")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "1 234,50")
                .scanned(1, 0.95);
        Recognition asPrinted = EXTRACTOR.extract(List.of(upright));

        for (int fed = 1; fed <= 3; fed++) {
            int turns = fed;
            // Fed turned: the words stand turned on the page as scanned, and the reading says how to set it upright.
            PageText scanned = new PageText(1, upright.words().stream()
                    .map(w -> w.turned(turns)).toList(),
                    Engine.TESSERACT, fed % 2 == 1 ? upright.height() : upright.width(), fed % 2 == 1 ? upright.width() : upright.height(), 4 - fed);

            Recognition r = EXTRACTOR.extract(List.of(scanned));

            for (FieldKey key : List.of(FieldKey.INVOICE_NUMBER, FieldKey.INVOICE_DATE, FieldKey.NET_TOTAL, FieldKey.TAX_TOTAL, FieldKey.GROSS_TOTAL)) {
                FieldValue read = r.fields().get(key);
                FieldValue printed = asPrinted.fields().get(key);
                assertThat(read.value()).as("%s fed %d quarter turns", key, fed).isEqualTo(printed.value());
                assertThat(read.box().x0()).as("%s boxed on the page as scanned", key).isCloseTo(printed.box().turned(turns).x0(), within(1e-9));
                assertThat(read.box().y1()).isCloseTo(printed.box().turned(turns).y1(), within(1e-9));
            }
        }
    }

    @Test
    void anInvoicePaidByCardLeavesNothingToPayWhateverItsSummaryAtTheTopSaid() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Maison Lumière SAS")
                .at(0.60, 0.10, "Facture n° FA-2026-5521")
                .at(0.60, 0.115, "Total à payer 49,90 €")
                .at(0.08, 0.30, "Description").at(0.70, 0.30, "Prix total (TTC)")
                .at(0.08, 0.32, "Lampe de bureau LED").at(0.70, 0.32, "44,90 €")
                .at(0.08, 0.34, "Frais de port").at(0.70, 0.34, "5,00 €")
                .at(0.45, 0.40, "Total HT").at(0.60, 0.40, "TVA").at(0.75, 0.40, "Total TTC")
                .at(0.30, 0.42, "Total").at(0.45, 0.42, "41,58 €").at(0.60, 0.42, "8,32 €").at(0.75, 0.42, "49,90 €")
                .at(0.45, 0.46, "Montant payé (carte bancaire)").at(0.80, 0.46, "49,90 €")
                .at(0.45, 0.48, "Reste à payer").at(0.80, 0.48, "0,00 €"));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("49.90");
        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("0.00");
    }

    @Test
    void anItalianInvoiceGivesItsNumberDatesTotalsAndParties() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.07, "Tipografia Rossi S.r.l.").at(0.60, 0.07, "FATTURA")
                .at(0.08, 0.093, "Via Garibaldi 21")
                .at(0.08, 0.106, "20121 Milano (MI)").at(0.60, 0.106, "Fattura n. 145/2024")
                .at(0.08, 0.12, "P.IVA IT12345678903").at(0.60, 0.12, "Data: 15/03/2024")
                .at(0.60, 0.167, "Spett.le")
                .at(0.60, 0.18, "Studio Bianchi & Associati")
                .at(0.60, 0.194, "10121 Torino")
                .at(0.60, 0.208, "P.IVA IT00743110157")
                .at(0.08, 0.26, "Descrizione").at(0.50, 0.26, "Q.tà").at(0.60, 0.26, "Prezzo unitario").at(0.75, 0.26, "Importo").at(0.88, 0.26, "IVA")
                .at(0.08, 0.28, "Carta intestata A4").at(0.50, 0.28, "2").at(0.60, 0.28, "150,00").at(0.75, 0.28, "300,00").at(0.88, 0.28, "22%")
                .at(0.60, 0.35, "Imponibile").at(0.82, 0.35, "300,00 €")
                .at(0.60, 0.37, "IVA 22%").at(0.82, 0.37, "66,00 €")
                .at(0.60, 0.40, "Totale documento").at(0.82, 0.40, "366,00 €")
                .at(0.08, 0.43, "Pagamento: bonifico bancario a 30 giorni, scadenza 14/04/2024."));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("145/2024");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-03-15");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2024-04-14");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("300.00");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("66.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("366.00");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).as("P.IVA is a VAT number's label, not a tax amount's").hasValue("IT12345678903");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Studio Bianchi & Associati");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("IT00743110157");
    }

    @Test
    void aSpanishInvoiceGivesItsNumberDatesTotalsAndParties() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.07, "Suministros Levante S.L.").at(0.60, 0.07, "FACTURA")
                .at(0.08, 0.093, "Calle Colón 14").at(0.60, 0.093, "Nº factura: FV-2024-0318")
                .at(0.08, 0.106, "46004 Valencia").at(0.60, 0.106, "Fecha de factura: 21/05/2024")
                .at(0.08, 0.12, "CIF: ESB12345674").at(0.60, 0.12, "Fecha de vencimiento: 20/06/2024")
                .at(0.60, 0.167, "Cliente")
                .at(0.60, 0.18, "Gestoría Martínez S.L.")
                .at(0.60, 0.194, "46023 Valencia")
                .at(0.60, 0.208, "NIF: ESB98765431")
                .at(0.08, 0.26, "Concepto").at(0.50, 0.26, "Cantidad").at(0.65, 0.26, "Precio").at(0.82, 0.26, "Importe")
                .at(0.08, 0.28, "Papel A4").at(0.50, 0.28, "5").at(0.65, 0.28, "70,00").at(0.82, 0.28, "350,00")
                .at(0.60, 0.35, "Base imponible").at(0.82, 0.35, "350,00 €")
                .at(0.60, 0.37, "IVA 21%").at(0.82, 0.37, "73,50 €")
                .at(0.60, 0.40, "Total factura").at(0.82, 0.40, "423,50 €"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("FV-2024-0318");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-05-21");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2024-06-20");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("350.00");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("73.50");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("423.50");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("ESB12345674");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Gestoría Martínez S.L.");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("ESB98765431");
    }

    @Test
    void anEnglishInvoiceGivesItsThreeTotals() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Acme Supplies Ltd")
                .at(0.08, 0.065, "1 High Street, Leeds LS1 4AP")
                .at(0.60, 0.05, "INVOICE")
                .at(0.60, 0.08, "Invoice No. INV-1042")
                .at(0.60, 0.095, "Invoice Date: 5 March 2024")
                .at(0.08, 0.35, "Description").at(0.50, 0.35, "Qty").at(0.60, 0.35, "Unit price").at(0.82, 0.35, "Amount")
                .at(0.08, 0.37, "Printer paper A4").at(0.50, 0.37, "25").at(0.60, 0.37, "41.15").at(0.82, 0.37, "1,028.75")
                .at(0.60, 0.60, "Subtotal").at(0.82, 0.60, "1,028.75")
                .at(0.60, 0.62, "VAT 20%").at(0.82, 0.62, "205.75")
                .at(0.60, 0.64, "Total").at(0.82, 0.64, "1,234.50"));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("1028.75");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("205.75");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1234.50");
    }

    @Test
    void aGermanInvoiceGivesItsNumberAndDateRightOfTheirLabels() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Muster GmbH · Hauptstraße 1 · 10115 Berlin")
                .at(0.08, 0.15, "Rechnung")
                .at(0.55, 0.20, "Rechnungsnummer:").at(0.75, 0.20, "RE-2024-117")
                .at(0.55, 0.215, "Rechnungsdatum:").at(0.75, 0.215, "05.03.2024")
                .at(0.55, 0.23, "Kundennummer:").at(0.75, 0.23, "K-4711"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("RE-2024-117");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-03-05");
    }

    @Test
    void aGermanInvoiceGivesItsNumberAndDateBelowTheirLabels() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Muster GmbH · Hauptstraße 1 · 10115 Berlin")
                .at(0.08, 0.25, "Rechnung")
                .at(0.08, 0.30, "Rechnungsnummer").at(0.32, 0.30, "Rechnungsdatum").at(0.56, 0.30, "Kundennummer")
                .at(0.08, 0.315, "RE-2024-117").at(0.32, 0.315, "05.03.2024").at(0.56, 0.315, "K-4711"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("RE-2024-117");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-03-05");
    }

    @Test
    void aDutchInvoiceGivesItsNumberAndWhatIsToBePaid() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Jansen Kantoorartikelen B.V.")
                .at(0.08, 0.065, "Kerkstraat 12, 3511 AB Utrecht")
                .at(0.08, 0.15, "FACTUUR")
                .at(0.55, 0.20, "Factuurnummer:").at(0.75, 0.20, "2024-0042")
                .at(0.55, 0.215, "Factuurdatum:").at(0.75, 0.215, "05-03-2024")
                .at(0.60, 0.60, "Totaal excl. BTW").at(0.82, 0.60, "100,00")
                .at(0.60, 0.62, "BTW 21%").at(0.82, 0.62, "21,00")
                .at(0.60, 0.64, "Te betalen").at(0.82, 0.64, "€ 121,00"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("2024-0042");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-03-05");
        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("121.00");
    }

    @Test
    void aCreditNoteKeepsItsAmountsNegative() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Dupont Fournitures SARL")
                .at(0.60, 0.05, "AVOIR")
                .at(0.60, 0.08, "Avoir n° AV-2024-007")
                .at(0.60, 0.095, "Date : 20/03/2024")
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "-100,00")
                .at(0.60, 0.62, "TVA 20 %").at(0.82, 0.62, "-20,00")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "-120,00"));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("-100.00");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("-20.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("-120.00");
        assertThat(r.value(FieldKey.DOCUMENT_TYPE)).hasValue("credit_note");
    }

    @Test
    void theBuyersVatNumberInTheClientBlockIsNotTakenForTheSuppliers() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Dupont Fournitures SARL")
                .at(0.08, 0.065, "12 rue des Lilas, 69003 Lyon")
                .at(0.55, 0.15, "Client")
                .at(0.55, 0.165, "Brouwerij De Kroon NV")
                .at(0.55, 0.18, "Kerkstraat 5")
                .at(0.55, 0.195, "1000 Bruxelles")
                .at(0.55, 0.21, "TVA : BE0403170701")
                .at(0.08, 0.95, "Dupont Fournitures SARL - SIREN 303 265 045 - TVA FR40303265045"));

        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("FR40303265045");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("BE0403170701");
    }

    @Test
    void twoVatRatesGiveATwoLineBreakdown() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Dupont Fournitures SARL")
                .at(0.60, 0.08, "Facture n° FA-2024-0118")
                .at(0.40, 0.50, "Taux").at(0.55, 0.50, "Base HT").at(0.75, 0.50, "TVA")
                .at(0.40, 0.52, "20,00 %").at(0.55, 0.52, "1 000,00").at(0.75, 0.52, "200,00")
                .at(0.40, 0.54, "5,50 %").at(0.55, 0.54, "100,00").at(0.75, 0.54, "5,50")
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "1 100,00")
                .at(0.60, 0.62, "Total TVA").at(0.82, 0.62, "205,50")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "1 305,50"));

        assertThat(r.vatBreakdown()).containsExactlyInAnyOrder(
                line("20.00", "1000.00", "200.00"),
                line("5.50", "100.00", "5.50"));
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("205.50");
    }

    @Test
    void aCashReceiptGivesItsShopItsDateAndItsRoundedTotal() {
        Recognition r = read(new PrintedPage()
                .at(0.30, 0.03, "KEDAI RUNCIT MAJU SDN BHD")
                .at(0.30, 0.045, "NO 12 JALAN BESAR, 43000 KAJANG")
                .at(0.10, 0.08, "DATE:25/12/2018").at(0.60, 0.08, "TIME: 12:22")
                .at(0.10, 0.12, "MILO 1KG").at(0.70, 0.12, "RM18.90")
                .at(0.10, 0.135, "SUGAR 2KG").at(0.70, 0.135, "RM5.80")
                .at(0.10, 0.17, "TOTAL SALES (EXCL GST)").at(0.70, 0.17, "23.30")
                .at(0.10, 0.185, "GST @6%").at(0.70, 0.185, "1.41")
                .at(0.10, 0.20, "ROUNDING ADJ").at(0.70, 0.20, "-0.01")
                .at(0.10, 0.215, "TOTAL:").at(0.70, 0.215, "RM24.70")
                .at(0.10, 0.23, "CASH").at(0.70, 0.23, "50.00")
                .at(0.10, 0.245, "CHANGE").at(0.70, 0.245, "25.30"));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("24.70");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2018-12-25");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("KEDAI RUNCIT MAJU SDN BHD");
        assertThat(r.value(FieldKey.CURRENCY)).hasValue("MYR");
    }

    @Test
    void onAScanADateWhoseSlashesWereReadAsOnesIsTheDateUnderItsLabel() {
        PrintedPage page = new PrintedPage()
                .at(0.08, 0.05, "Imprimerie Delvaux SRL")
                .at(0.60, 0.08, "N° de facture").at(0.82, 0.08, "F-2025-0388")
                .at(0.60, 0.10, "Date")
                .at(0.82, 0.103, "2710212025")
                .at(0.08, 0.30, "Livraison du 12/02/2025")
                .at(0.60, 0.60, "Total TTC").at(0.82, 0.60, "121,00");

        assertThat(EXTRACTOR.extract(List.of(page.scanned(1, 0.9))).value(FieldKey.INVOICE_DATE)).hasValue("2025-02-27");
        // Printed so in a text layer, the figures are a number, not a date.
        assertThat(read(page).value(FieldKey.INVOICE_DATE)).isNotEqualTo(Optional.of("2025-02-27"));
    }

    @Test
    void aMonthWithOneLetterMisreadBetweenDashesIsStillItsMonthWhereNoOtherIsAsNear() {
        assertThat(Dates.find("date: 29-app-2018 04:19 pm")).extracting(Dates.Found::date)
                .containsExactly(java.time.LocalDate.of(2018, 4, 29));
        // "jum" is as near to June as to July: no date.
        assertThat(Dates.find("date: 12-jum-2018")).isEmpty();
        // Outside a date's dashes, three letters are not taken for a month.
        assertThat(Dates.find("29 app 2018")).isEmpty();
    }

    @Test
    void aMalaysianLegalFormMisreadOnASlipIsWrittenRight() {
        assertThat(merchantOf("MONSIEUR ( M ) spn. BHD.")).hasValue("MONSIEUR ( M ) SDN. BHD.");
        assertThat(merchantOf("BEMED (SP) SDN. EHD.")).hasValue("BEMED (SP) SDN. BHD.");
        assertThat(merchantOf("UNIHAKKA SON BHD")).hasValue("UNIHAKKA SDN BHD");
        assertThat(merchantOf("Kedai Maju Sdn. Bhd.")).hasValue("Kedai Maju Sdn. Bhd.");
    }

    private static java.util.Optional<String> merchantOf(String top) {
        return read(new PrintedPage()
                .at(0.30, 0.03, top)
                .at(0.10, 0.08, "DATE:25/12/2018")
                .at(0.10, 0.215, "TOTAL:").at(0.70, 0.215, "RM24.70")
                .at(0.10, 0.23, "CASH").at(0.70, 0.23, "50.00")
                .at(0.10, 0.245, "CHANGE").at(0.70, 0.245, "25.30")).value(FieldKey.SUPPLIER_NAME);
    }

    @Test
    void aTotalsLineNearTheTopOfASlipIsNoMerchantThoughItSaysInc() {
        Recognition r = read(new PrintedPage()
                .at(0.30, 0.03, "TOTAL 6% SUPPLIES (INC. GST): 16.29")
                .at(0.30, 0.045, "GARDENIA BAKERIES")
                .at(0.30, 0.06, "LOT 3, JALAN PELABUR 23/1")
                .at(0.10, 0.08, "DATE:25/12/2018")
                .at(0.10, 0.12, "BREAD").at(0.70, 0.12, "16.29")
                .at(0.10, 0.215, "TOTAL:").at(0.70, 0.215, "RM16.29")
                .at(0.10, 0.23, "CASH").at(0.70, 0.23, "20.00")
                .at(0.10, 0.245, "CHANGE").at(0.70, 0.245, "3.71"));

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("GARDENIA BAKERIES");
    }

    @Test
    void anAmericanInvoiceReadsItsDatesMonthFirst() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Northwind Traders Inc.")
                .at(0.60, 0.05, "Invoice #: 10482")
                .at(0.60, 0.065, "Date: 04/03/2024")
                .at(0.60, 0.08, "Due Date: 05/03/2024")
                .at(0.60, 0.60, "Subtotal").at(0.82, 0.60, "$1,000.00")
                .at(0.60, 0.62, "Sales Tax").at(0.82, 0.62, "$80.00")
                .at(0.60, 0.64, "Total Due").at(0.82, 0.64, "$1,080.00"));

        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-04-03");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2024-05-03");
        assertThat(r.value(FieldKey.CURRENCY)).hasValue("USD");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1080.00");
        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("10482");
    }

    @Test
    void aCreditNoteDoesNotTakeTheOriginalInvoicesNumberForItsOwn() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Muster GmbH")
                .at(0.60, 0.05, "Gutschrift Nr. GS-2024-009")
                .at(0.60, 0.065, "Datum: 12.04.2024")
                .at(0.60, 0.08, "Ursprungsbeleg-Nr: RE-2024-117")
                .at(0.60, 0.60, "Nettobetrag").at(0.82, 0.60, "-100,00")
                .at(0.60, 0.62, "USt 19 %").at(0.82, 0.62, "-19,00")
                .at(0.60, 0.64, "Gesamtbetrag").at(0.82, 0.64, "-119,00"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("GS-2024-009");
        assertThat(r.value(FieldKey.DOCUMENT_TYPE)).hasValue("credit_note");
    }

    @Test
    void aFrenchCreditNoteGivesItsOwnNumberAndDateNotThoseOfTheInvoiceItConcerns() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Imprimerie Lemaire SRL")
                .at(0.60, 0.07, "NOTE DE CRÉDIT")
                .at(0.60, 0.09, "N° de note de crédit").at(0.82, 0.09, "NC-2025-0041")
                .at(0.60, 0.11, "Date").at(0.82, 0.11, "27/02/2025")
                .at(0.08, 0.30, "Concerne notre facture n° F-2025-0388 du 12/02/2025")
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "-1 081,00")
                .at(0.60, 0.62, "TVA 21 %").at(0.82, 0.62, "-227,01")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "-1 308,01"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("NC-2025-0041");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2025-02-27");
        assertThat(r.value(FieldKey.DOCUMENT_TYPE)).hasValue("credit_note");
    }

    @Test
    void aCreditNoteDoesNotTakeTheNumberAndDateOfTheInvoiceItCorrects() {
        Recognition german = read(new PrintedPage()
                .at(0.08, 0.05, "Muster GmbH")
                .at(0.08, 0.20, "Gutschrift GS-2026-031")
                .at(0.60, 0.25, "Datum: 19.03.2026")
                .at(0.08, 0.30, "zu Rechnung Nr. RE-2026-117 vom 12.03.2026")
                .at(0.60, 0.60, "Nettobetrag").at(0.82, 0.60, "-100,00")
                .at(0.60, 0.62, "USt 19 %").at(0.82, 0.62, "-19,00")
                .at(0.60, 0.64, "Gesamtbetrag").at(0.82, 0.64, "-119,00"));
        Recognition english = read(new PrintedPage()
                .at(0.08, 0.05, "Northwind Hosting Ltd")
                .at(0.60, 0.10, "CREDIT NOTE").at(0.60, 0.12, "CN-00412")
                .at(0.60, 0.14, "Date: 20/03/2026")
                .at(0.08, 0.30, "Original invoice INV-2026-0388 dated 02/03/2026")
                .at(0.60, 0.60, "Subtotal").at(0.82, 0.60, "-50.00")
                .at(0.60, 0.62, "VAT 20%").at(0.82, 0.62, "-10.00")
                .at(0.60, 0.64, "Total").at(0.82, 0.64, "-60.00"));

        Recognition keyed = read(new PrintedPage()
                .at(0.08, 0.05, "Domainhafen AG")
                .at(0.55, 0.20, "Gutschrift:").at(0.70, 0.20, "GS2600417")
                .at(0.55, 0.22, "Rechnungsdatum: 19.02.2026")
                .at(0.55, 0.24, "Bezug:").at(0.70, 0.24, "Rechnung RE2601893")
                .at(0.70, 0.26, "vom 05.01.2026")
                .at(0.60, 0.60, "Gesamtbetrag").at(0.82, 0.60, "-23,80"));

        assertThat(keyed.value(FieldKey.INVOICE_NUMBER)).hasValue("GS2600417");
        assertThat(german.value(FieldKey.INVOICE_NUMBER)).isNotEqualTo(Optional.of("RE-2026-117"));
        assertThat(german.value(FieldKey.INVOICE_DATE)).hasValue("2026-03-19");
        Recognition italian = read(new PrintedPage()
                .at(0.08, 0.05, "Stampalux S.p.A.")
                .at(0.08, 0.30, "CREDIT NOTE N. 26/004512 OF 27-02-2026")
                .at(0.08, 0.32, "referring to SALES INVOICE N. 26/118734 OF 19-02-2026 — order 7741220")
                .at(0.60, 0.60, "Total credit note EUR").at(0.85, 0.60, "164.58"));

        assertThat(italian.value(FieldKey.INVOICE_NUMBER)).hasValue("26/004512");
        assertThat(english.value(FieldKey.INVOICE_NUMBER)).isNotEqualTo(Optional.of("INV-2026-0388"));
        assertThat(english.value(FieldKey.INVOICE_DATE)).hasValue("2026-03-20");
    }

    @Test
    void aDueDateWrittenInASentenceIsTheDueDate() {
        assertThat(dueDateOf("Date limite de paiement le 18 mars 2026")).hasValue("2026-03-18");
        assertThat(dueDateOf("Veuillez payer avant le 18/03/2026")).hasValue("2026-03-18");
        assertThat(dueDateOf("Please pay by: March 18, 2026")).hasValue("2026-03-18");
        assertThat(dueDateOf("Der Betrag wird am 18.03.2026 von Ihrem Konto abgebucht.")).hasValue("2026-03-18");
        assertThat(dueDateOf("Gelieve het bedrag vóór 18 maart 2026 over te maken.")).hasValue("2026-03-18");
        assertThat(dueDateOf("Het bedrag wordt omstreeks 18 maart 2026 van uw rekening afgeschreven.")).hasValue("2026-03-18");
        assertThat(dueDateOf("Fecha de cargo: 18/03/2026")).hasValue("2026-03-18");
        assertThat(dueDateOf("El importe se cargará el 18/03/2026 en la cuenta ES** 4471.")).hasValue("2026-03-18");
        assertThat(dueDateOf("À verser avant le 18/03/2026 au compte BE07 3630 4188 7266")).hasValue("2026-03-18");
        assertThat(dueDateOf("TOTAL AMOUNT DUE ON March 18 , 2026")).hasValue("2026-03-18");
        // A date a payment was made on is no date it is due by.
        assertThat(dueDateOf("Paiement reçu le 18/03/2026, merci.")).isEmpty();
        assertThat(dueDateOf("Betrag dankend erhalten am 18.03.2026")).isEmpty();
    }

    private static Optional<String> dueDateOf(String sentence) {
        return read(new PrintedPage()
                .at(0.08, 0.05, "Atelier Lumière")
                .at(0.60, 0.10, "Facture N° F-2026-118")
                .at(0.60, 0.12, "Date : 02/03/2026")
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "100,00")
                .at(0.60, 0.62, "TVA 20 %").at(0.82, 0.62, "20,00")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "120,00")
                .at(0.08, 0.75, sentence)).value(FieldKey.DUE_DATE);
    }

    @Test
    void aRefundWithinDaysGivesACreditNoteNoDueDate() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Atelier Lumière")
                .at(0.60, 0.10, "Avoir N° AV-2026-007")
                .at(0.60, 0.12, "Date : 02/03/2026")
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "-100,00")
                .at(0.60, 0.62, "TVA 20 %").at(0.82, 0.62, "-20,00")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "-120,00")
                .at(0.08, 0.75, "Remboursement sous 5 jours par virement sur votre compte."));

        assertThat(r.value(FieldKey.DUE_DATE)).isEmpty();
    }

    @Test
    void aTotalRowUnderNetTaxAndGrossColumnsGivesEachTotalFromItsColumn() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Télécom Horizon")
                .at(0.60, 0.10, "Facture N° 7781-2026-03")
                .at(0.60, 0.12, "Date : 05/03/2026")
                .at(0.45, 0.40, "Montant HT").at(0.62, 0.40, "TVA 20%").at(0.78, 0.40, "Montant TTC")
                .at(0.08, 0.43, "Forfait Fibre Pro").at(0.47, 0.43, "24.99").at(0.62, 0.43, "5.00").at(0.80, 0.43, "29.99")
                .at(0.08, 0.45, "Option TV").at(0.47, 0.45, "4.17").at(0.62, 0.45, "0.83").at(0.80, 0.45, "5.00")
                .at(0.08, 0.47, "Appels hors forfait").at(0.47, 0.47, "1.25").at(0.62, 0.47, "0.25").at(0.80, 0.47, "1.50")
                .at(0.08, 0.52, "Total facture").at(0.47, 0.52, "30.41").at(0.62, 0.52, "6.08").at(0.80, 0.52, "36.49"));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("30.41");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("6.08");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("36.49");
    }

    @Test
    void anItalianHeaderTableGivesTheDocumentNumberBelowItsLabelAndTheOrderReference() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Ferramenta Lombarda S.r.l.")
                .at(0.08, 0.20, "Tipo documento").at(0.30, 0.20, "Numero documento").at(0.55, 0.20, "Data documento")
                .at(0.08, 0.22, "Fattura").at(0.30, 0.22, "FT/2026/00417").at(0.55, 0.22, "11/03/2026")
                .at(0.08, 0.26, "Vs. ordine n. 4500123987 del 02/03/2026")
                .at(0.60, 0.60, "Imponibile").at(0.82, 0.60, "100,00")
                .at(0.60, 0.62, "IVA 22%").at(0.82, 0.62, "22,00")
                .at(0.60, 0.64, "Totale documento").at(0.82, 0.64, "122,00"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("FT/2026/00417");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2026-03-11");
        assertThat(r.value(FieldKey.PO_NUMBER)).hasValue("4500123987");
    }

    @Test
    void aTillSlipWhoseTotalAfterRoundingIsUnreadableGivesTheTotalBeforeItWithTheRoundingAndSaysItWasWorkedOut() {
        Recognition r = read(new PrintedPage()
                .at(0.30, 0.03, "MOONBEAM BAKERY SDN BHD")
                .at(0.10, 0.08, "DATE : 07/06/2018")
                .at(0.10, 0.12, "SEED GRAIN BREAD").at(0.70, 0.12, "RM4.15")
                .at(0.10, 0.135, "HONEY WALNUT").at(0.70, 0.135, "RM3.70")
                .at(0.10, 0.15, "MOCHI").at(0.70, 0.15, "RM7.13")
                .at(0.10, 0.17, "TOTAL (INCL GST)").at(0.70, 0.17, "RM14.98")
                .at(0.10, 0.185, "ROUNDING").at(0.70, 0.185, "RM0.02")
                .at(0.10, 0.20, "ran roraz").at(0.70, 0.20, "RM1 5 OO")
                .at(0.10, 0.215, "CASH").at(0.70, 0.215, "RM20.00")
                .at(0.10, 0.23, "CHANGE").at(0.70, 0.23, "RM5.00"));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("15.00");
        assertThat(r.fields().get(FieldKey.GROSS_TOTAL).source()).isEqualTo(io.verifact.model.Source.DERIVED);
        assertThat(r.fields().get(FieldKey.GROSS_TOTAL).confidence()).isLessThan(0.9);
    }

    @Test
    void onAScannedSlipTheZerosOfAnAmountReadAsTheLetterOAreReadAsZeros() {
        PrintedPage slip = new PrintedPage()
                .at(0.30, 0.03, "MOONBEAM BAKERY SDN BHD")
                .at(0.10, 0.08, "DATE : 07/06/2018")
                .at(0.10, 0.12, "SEED GRAIN BREAD").at(0.70, 0.12, "RM4.15")
                .at(0.10, 0.135, "MOCHI").at(0.70, 0.135, "RM6.35")
                .at(0.10, 0.17, "TOTAL").at(0.70, 0.17, "RM1O . 5O");

        Recognition r = EXTRACTOR.extract(List.of(slip.scanned(1, 0.85)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("10.50");
    }

    @Test
    void aRestaurantBillTotalledToTheNearestFiveCentsWithItsServiceChargeGivesItsTotals() {
        Recognition r = read(new PrintedPage()
                .at(0.30, 0.03, "KECHARA VEGETARIAN RESTAURANT S/B")
                .at(0.10, 0.08, "15/05/18 13:07:00")
                .at(0.10, 0.583, "SUB-TOTAL").at(0.74, 0.583, "55.30")
                .at(0.10, 0.598, "SERVICE CHARGE").at(0.75, 0.598, "5.53")
                .at(0.10, 0.612, "GST AT 6%").at(0.74, 0.612, "3.65")
                .at(0.10, 0.644, "TOTAL").at(0.72, 0.644, "64.50")
                .at(0.10, 0.684, "GST TAXABLE AMT").at(0.73, 0.684, "60.83")
                .at(0.10, 0.698, "GST 6%").at(0.74, 0.698, "3.65")
                .at(0.10, 0.713, "ZERO TAXABLE AMT").at(0.74, 0.713, "0.00"));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("64.50");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("3.65");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("60.83");
    }

    @Test
    void aSlipsNameBetweenStarsOrStartingWithANumberIsTheMerchant() {
        for (String name : List.of("**ROYALTEA**", "118 MJ MOOKATA HOUSE")) {
            Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                    .at(0.30, 0.03, name)
                    .at(0.30, 0.045, "KSL CITY")
                    .at(0.30, 0.06, "NO.33 JALAN SENTOSA")
                    .at(0.30, 0.075, "80250 JOHOR BAHRU")
                    .at(0.10, 0.10, "DATE: 11-06-2018 07:23:28 PM")
                    .at(0.10, 0.14, "MILK TEA").at(0.70, 0.14, "8.90")
                    .at(0.10, 0.17, "TOTAL").at(0.70, 0.17, "8.90")
                    .at(0.10, 0.185, "CASH").at(0.70, 0.185, "10.00")
                    .at(0.10, 0.20, "CHANGE").at(0.70, 0.20, "1.10").scanned(1, 0.9)));

            assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue(name.replace("*", ""));
        }
    }

    @Test
    void aRoundingLineThatPrintsTheRoundedTotalGivesTheTotal() {
        PrintedPage slip = new PrintedPage()
                .at(0.30, 0.03, "99 SPEED MART S/B")
                .at(0.10, 0.08, "19-08-16 11:30AM")
                .at(0.10, 0.51, "9180 GARDENIA CREAM ROLL CH").at(0.70, 0.51, "RM1.70 S")
                .at(0.10, 0.586, "TOTAL SALES (INCLUSIVE GST) RM").at(0.70, 0.586, "4.69")
                .at(0.10, 0.613, "ROUNDING ADJUSTMENT RM").at(0.70, 0.613, "„01")
                .at(0.10, 0.638, "ROUNDING RM").at(0.70, 0.638, "4.70");
        Recognition r = EXTRACTOR.extract(List.of(slip.scanned(1, 0.9)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("4.70");
        assertThat(r.fields().get(FieldKey.GROSS_TOTAL).confidence()).isLessThan(0.9);
        // The cash handed over less the change given back is that total: it is sure.
        Recognition paid = EXTRACTOR.extract(List.of(slip
                .at(0.10, 0.665, "CASH RM").at(0.70, 0.665, "50.00")
                .at(0.10, 0.690, "CHANGE RM").at(0.70, 0.690, "45.30").scanned(1, 0.9)));
        assertThat(paid.value(FieldKey.GROSS_TOTAL)).hasValue("4.70");
        assertThat(paid.fields().get(FieldKey.GROSS_TOTAL).confidence()).isGreaterThanOrEqualTo(FieldValue.SURE);
    }

    @Test
    void theTotalAfterTheRoundingLineIsTheGrossWhenBothTotalsAreRead() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.30, 0.03, "POPULAR BOOK CO. (M) SDN BHD")
                .at(0.10, 0.08, "05/03/18 13:38")
                .at(0.10, 0.36, "NO PLASTIC BAG CAMPAI").at(0.70, 0.36, "0.20")
                .at(0.10, 0.48, "PB 1H SHRP PB8172-GY").at(0.70, 0.48, "1.50")
                .at(0.10, 0.55, "PB SHT/P 11H A4 50'S").at(0.70, 0.55, "28.78")
                .at(0.10, 0.599, "TOTAL RM INCL. OF GST").at(0.70, 0.599, "30.48")
                .at(0.10, 0.616, "ROUNDING ADJ").at(0.70, 0.616, "0.02")
                .at(0.10, 0.634, "TOTAL RM").at(0.70, 0.634, "30.50")
                .at(0.10, 0.651, "CASH").at(0.70, 0.651, "50.50")
                .at(0.10, 0.668, "CHANGE").at(0.70, 0.668, "20.00")
                .at(0.10, 0.720, "GST SUMMARY").at(0.45, 0.720, "AMOUNT (RM)").at(0.70, 0.720, "TAX (RM)")
                .at(0.10, 0.737, "T @ 6%").at(0.45, 0.737, "28.75").at(0.70, 0.737, "1.73")
                .at(0.10, 0.754, "Z @ 0%").at(0.45, 0.754, "0.00").at(0.70, 0.754, "0.00").scanned(1, 0.9)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("30.50");
    }

    @Test
    void aBreakdownThatChargesTaxRulesOutATotalWithNoneAndTheGuessIsNotSure() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.30, 0.03, "F&P PHARMACY")
                .at(0.10, 0.08, "DATE: 03/01/2018")
                .at(0.10, 0.59, "TOTAL QTY").at(0.45, 0.59, "6").at(0.70, 0.59, "31 90")
                .at(0.10, 0.616, "TOTAL SALES (EXCLUDING GST)").at(0.70, 0.616, "30 68")
                .at(0.10, 0.656, "TOTAL GST").at(0.70, 0.656, "22")
                .at(0.10, 0.696, "TOTAL SALES (INCLUSIVE OF GST)").at(0.70, 0.696, "31 90")
                .at(0.10, 0.717, "CASH").at(0.70, 0.717, "50")
                .at(0.10, 0.734, "CHANGE").at(0.70, 0.734, "18.10")
                .at(0.10, 0.796, "TAX CODE").at(0.30, 0.796, "%").at(0.45, 0.796, "AMT (RM)").at(0.70, 0.796, "TAX (RM)")
                .at(0.10, 0.813, "SR").at(0.30, 0.813, "6").at(0.45, 0.813, "20.38").at(0.70, 0.813, "1.22")
                .at(0.10, 0.833, "ZRL").at(0.30, 0.833, "0").at(0.45, 0.833, "10.30").at(0.70, 0.833, "0.00")
                .at(0.10, 0.852, "TOTAL :").at(0.45, 0.852, "30.68").at(0.70, 0.852, "1.22").scanned(1, 0.9)));

        // The totals above were misread; the summary's "TOTAL : 30.68" is its bases' sum, at best a guess for the gross.
        assertThat(r.fields().get(FieldKey.GROSS_TOTAL).confidence()).isLessThan(0.9);
    }

    @Test
    void theCentsOfARoundingLineAndAZeroTaxAreNoTotals() {
        Recognition r = read(new PrintedPage()
                .at(0.30, 0.03, "YONG TAT HARDWARE")
                .at(0.10, 0.08, "RECEIPT #: CS00668595 DATE: 06/01/2018")
                .at(0.10, 0.105, "ITEM").at(0.45, 0.105, "QTY").at(0.55, 0.105, "U/P").at(0.70, 0.105, "AMOUNT")
                .at(0.10, 0.12, "MUSHROOMS 425G").at(0.45, 0.12, "24").at(0.55, 0.12, "2.58").at(0.70, 0.12, "61.99")
                .at(0.10, 0.15, "SUB-TOTAL").at(0.70, 0.15, "61499")
                .at(0.10, 0.165, "DISC").at(0.70, 0.165, "0.00")
                .at(0.10, 0.18, "GST").at(0.70, 0.18, "3:72")
                .at(0.10, 0.195, "TAX").at(0.70, 0.195, "0.00")
                .at(0.10, 0.21, "ROUNDING").at(0.70, 0.21, "-0.01")
                .at(0.10, 0.225, "TOTAL").at(0.70, 0.225, "65.70")
                .at(0.10, 0.24, "CASH").at(0.70, 0.24, "65.70"));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("65.70");
    }

    @Test
    void taxesAtTwoRatesWithoutTheirTotalAddUpToTheTaxBetweenTheNetAndTheGross() {
        Recognition french = read(new PrintedPage()
                .at(0.08, 0.05, "Voyagerail SAS")
                .at(0.60, 0.08, "Date de facture : 12 janvier 2026")
                .at(0.08, 0.30, "Billet aller Paris → Lyon").at(0.85, 0.30, "49,00 €")
                .at(0.08, 0.34, "Billet retour Lyon → Paris").at(0.85, 0.34, "42,00 €")
                .at(0.08, 0.38, "Frais de service").at(0.85, 0.38, "1,99 €")
                .at(0.55, 0.45, "Total HT").at(0.85, 0.45, "84,39 €")
                .at(0.55, 0.47, "dont TVA 10 % (transport)").at(0.85, 0.47, "8,27 €")
                .at(0.55, 0.49, "dont TVA 20 % (frais de service)").at(0.85, 0.49, "0,33 €")
                .at(0.55, 0.51, "Total TTC").at(0.85, 0.51, "92,99 €"));
        Recognition german = read(new PrintedPage()
                .at(0.08, 0.05, "Kaufhafen EU S.à r.l.")
                .at(0.08, 0.08, "Rechnungsdatum 7. März 2026")
                .at(0.08, 0.30, "Beschreibung").at(0.50, 0.30, "Preis (ohne USt.)").at(0.68, 0.30, "USt. %").at(0.80, 0.30, "Preis (inkl. USt.)")
                .at(0.08, 0.32, "Kopfhörer NC-700").at(0.52, 0.32, "33,60 €").at(0.68, 0.32, "19 %").at(0.82, 0.32, "39,98 €")
                .at(0.08, 0.34, "USB-C Ladekabel").at(0.52, 0.34, "8,40 €").at(0.68, 0.34, "19 %").at(0.82, 0.34, "10,00 €")
                .at(0.08, 0.36, "Das Kochbuch").at(0.52, 0.36, "18,69 €").at(0.68, 0.36, "7%").at(0.82, 0.36, "20,00 €")
                .at(0.55, 0.45, "Zwischensumme (ohne USt.)").at(0.85, 0.45, "60,69 €")
                .at(0.55, 0.47, "USt. 19 %").at(0.85, 0.47, "7,98 €")
                .at(0.55, 0.49, "USt. 7 %").at(0.85, 0.49, "1,31 €")
                .at(0.55, 0.51, "Rechnungsbetrag").at(0.82, 0.51, "EUR 69,98"));
        // As OCR may give it: the rate apart from its label.
        Recognition scanned = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Kaufhafen EU S.à r.l.")
                .at(0.08, 0.08, "Rechnungsdatum 7. März 2026")
                .at(0.08, 0.30, "Beschreibung").at(0.50, 0.30, "Preis (ohne USt.)").at(0.68, 0.30, "USt.%").at(0.80, 0.30, "Preis (inkl. USt.)")
                .at(0.08, 0.32, "Kopfhörer NC-700").at(0.52, 0.32, "33,60€").at(0.68, 0.32, "19%").at(0.82, 0.32, "39,98 €")
                .at(0.08, 0.34, "USB-C Ladekabel").at(0.52, 0.34, "840€").at(0.68, 0.34, "19%").at(0.82, 0.34, "10,00 €")
                .at(0.08, 0.36, "Das Kochbuch").at(0.52, 0.36, "18,69€").at(0.68, 0.36, "7%").at(0.82, 0.36, "20,00 €")
                .at(0.55, 0.45, "Zwischensumme (ohne USt.)").at(0.85, 0.45, "60,69 €")
                .at(0.55, 0.47, "USt. 19 %").at(0.85, 0.47, "7,98 €")
                .at(0.55, 0.49, "USt.").at(0.62, 0.49, "7%").at(0.85, 0.49, "1,31€")
                .at(0.55, 0.51, "Rechnungsbetrag").at(0.82, 0.51, "EUR 69,98").scanned(1, 0.9)));

        assertThat(french.value(FieldKey.NET_TOTAL)).hasValue("84.39");
        assertThat(french.value(FieldKey.TAX_TOTAL)).hasValue("8.60");
        assertThat(french.value(FieldKey.GROSS_TOTAL)).hasValue("92.99");
        assertThat(german.value(FieldKey.NET_TOTAL)).hasValue("60.69");
        assertThat(german.value(FieldKey.TAX_TOTAL)).hasValue("9.29");
        assertThat(german.value(FieldKey.GROSS_TOTAL)).hasValue("69.98");
        assertThat(scanned.value(FieldKey.NET_TOTAL)).hasValue("60.69");
        assertThat(scanned.value(FieldKey.GROSS_TOTAL)).hasValue("69.98");
    }

    @Test
    void aDollarSignIsTheDollarOfTheCountryTheInvoiceNamesAndADottedDateIsDayFirst() {
        Recognition australian = read(new PrintedPage()
                .at(0.08, 0.05, "Kookaburra Telecom Pty Ltd ABN 51 824 753 556")
                .at(0.08, 0.07, "Level 12, 400 George Street, Sydney NSW 2000")
                .at(0.60, 0.10, "Tax Invoice - issued 14 Feb 2026")
                .at(0.60, 0.60, "Total new charges").at(0.82, 0.60, "$1,187.45")
                .at(0.60, 0.62, "GST included in new charges").at(0.82, 0.62, "$107.95"));
        Recognition dollarsFromEurope = read(new PrintedPage()
                .at(0.08, 0.05, "ClouDNS Ltd")
                .at(0.60, 0.10, "Invoice date: 05.03.2026")
                .at(0.60, 0.60, "Subtotal").at(0.82, 0.60, "$40.00")
                .at(0.60, 0.62, "VAT 20%").at(0.82, 0.62, "$8.00")
                .at(0.60, 0.64, "Total").at(0.82, 0.64, "$48.00"));

        assertThat(australian.value(FieldKey.CURRENCY)).hasValue("AUD");
        assertThat(dollarsFromEurope.value(FieldKey.CURRENCY)).hasValue("USD");
        assertThat(dollarsFromEurope.fields().get(FieldKey.CURRENCY).confidence()).isLessThan(0.9);
        assertThat(dollarsFromEurope.value(FieldKey.INVOICE_DATE)).hasValue("2026-03-05");
    }

    @Test
    void aDateInASentenceBelongsToTheLabelNearestBeforeIt() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Albergo Rialto S.r.l.")
                .at(0.08, 0.15, "FATTURA N. 312/2025")
                .at(0.08, 0.17, "Data: 14/03/2025")
                .at(0.55, 0.60, "Totale documento").at(0.82, 0.60, "€ 556,78")
                .at(0.08, 0.70, "Modalità di pagamento: bonifico a 30 gg data fattura — scadenza 13/04/2025"));

        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2025-03-14");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2025-04-13");
    }

    @Test
    void aCreditNotesOwnDateIsNotTheDateOfTheInvoiceItRefersTo() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Harbourside Services Ltd")
                .at(0.55, 0.10, "Credit note number: CN-2025-0418")
                .at(0.55, 0.12, "Credit note date: 12 March 2025")
                .at(0.55, 0.14, "Original invoice: INV-2025-3307")
                .at(0.55, 0.16, "Original invoice date: 28 February 2025")
                .at(0.55, 0.60, "Total").at(0.82, 0.60, "-48.00"));

        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2025-03-12");
        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("CN-2025-0418");
    }

    @Test
    void aHotelFolioACzechBillAndAPortugueseFaturaGiveTheirNumbersAndCurrencies() {
        Recognition folio = read(new PrintedPage()
                .at(0.08, 0.05, "The Quayside Inn")
                .at(0.08, 0.12, "Northwind Freight LLC").at(0.45, 0.12, "Folio No.").at(0.65, 0.12, "448255")
                .at(0.45, 0.14, "Invoice Date").at(0.65, 0.14, "03/12/2025")
                .at(0.55, 0.60, "Total").at(0.82, 0.60, "$757.32"));
        Recognition czech = read(new PrintedPage()
                .at(0.08, 0.05, "Vltava Hosting s.r.o.")
                .at(0.55, 0.05, "Faktura – daňový doklad")
                .at(0.55, 0.20, "Celkem s DPH").at(0.82, 0.20, "7 459,65 Kč"));
        Recognition portuguese = read(new PrintedPage()
                .at(0.60, 0.05, "Marés Comunicações, S.A.")
                .at(0.08, 0.12, "FATURA FT 2025A1/849169")
                .at(0.08, 0.14, "Data de emissão: 10-03-2025")
                .at(0.55, 0.60, "Total a pagar").at(0.82, 0.60, "42,37 €"));

        assertThat(folio.value(FieldKey.INVOICE_NUMBER)).hasValue("448255");
        Recognition invoicedStay = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Hotel Saffron Courtyard")
                .at(0.04, 0.18, "Invoice No.: SCJ/25-26/01482").at(0.36, 0.18, "Invoice Date: 18-09-2025")
                .at(0.62, 0.18, "Folio No.: F-88214").at(0.84, 0.18, "Cashier: RKS")
                .at(0.55, 0.60, "Grand Total").at(0.82, 0.60, "24,889.00").scanned(1, 0.9)));
        // The folio beside it is no rival: the invoice's number is sure.
        assertThat(invoicedStay.value(FieldKey.INVOICE_NUMBER)).hasValue("SCJ/25-26/01482");
        assertThat(invoicedStay.fields().get(FieldKey.INVOICE_NUMBER).confidence()).isGreaterThanOrEqualTo(FieldValue.SURE);
        assertThat(czech.value(FieldKey.CURRENCY)).hasValue("CZK");
        assertThat(portuguese.value(FieldKey.INVOICE_NUMBER)).hasValue("FT 2025A1/849169");
    }

    @Test
    void onAScanACzechTaxDocumentsNumberSignAndItsCrownReadWithoutTheirHacekStillGiveNumberAndCurrency() {
        // OCR without Czech letters reads "č." as "£." and "Kč" as "Ke": no pound is printed.
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.04, "Sklarna Vysocina s.r.o.")
                .at(0.08, 0.10, "FAKTURA - DANOVY DOKLAD £. 2025-0342")
                .at(0.08, 0.23, "DIC: CZ53873238")
                .at(0.08, 0.26, "Datum vystaveni").at(0.30, 0.26, "Datum splatnosti")
                .at(0.08, 0.275, "12. 3. 2025").at(0.30, 0.275, "26. 3. 2025")
                .at(0.55, 0.47, "Celkem").at(0.70, 0.47, "50 476,00").at(0.80, 0.47, "10 019,46").at(0.90, 0.47, "60 495,46")
                .at(0.08, 0.52, "IBAN: CZ64 0800 0000 0081 0760 2841")
                .at(0.55, 0.556, "Celkem k uhrade:").at(0.75, 0.556, "60 495,46 Ke")
                .scanned(1, 0.9)));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("2025-0342");
        assertThat(r.value(FieldKey.CURRENCY)).hasValue("CZK");
        // A sign in a column of its own beside the amount is still the currency.
        Recognition dollars = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Sammy Plumbing LLC")
                .at(0.55, 0.60, "Total").at(0.75, 0.60, "$").at(0.82, 0.60, "432.00")
                .scanned(1, 0.9)));
        assertThat(dollars.value(FieldKey.CURRENCY)).hasValue("USD");
    }

    @Test
    void kronerAreTheCrownsOfTheCountryTheInvoiceComesFromAndNoSignAtAllIsTheBankAccountsEuro() {
        Recognition swedish = read(crowns("Fjällström Konsult AB", "Att betala", "Momsreg.nr SE556893214801"));
        Recognition norwegian = read(crowns("Fjordlys Drift AS", "Å betale", "Org.nr NO 923 609 016 MVA"));
        Recognition danish = read(crowns("Havnens Bageri ApS", "At betale", "CVR 13585628"));
        Recognition unsaid = read(crowns("Nordic Trading", "Total", "Thank you"));
        Recognition italian = read(new PrintedPage()
                .at(0.08, 0.05, "Ceramiche Rinaldi S.r.l.")
                .at(0.55, 0.60, "Totale documento").at(0.82, 0.60, "1.220,00")
                .at(0.08, 0.95, "IBAN IT60 X054 2811 1010 0000 0123 456"));

        assertThat(swedish.value(FieldKey.CURRENCY)).hasValue("SEK");
        assertThat(norwegian.value(FieldKey.CURRENCY)).hasValue("NOK");
        assertThat(danish.value(FieldKey.CURRENCY)).hasValue("DKK");
        assertThat(unsaid.value(FieldKey.CURRENCY)).isEmpty();
        // Letters KR in a reference are no crowns: a euro invoice stays surely in euros.
        Recognition euros = read(new PrintedPage()
                .at(0.08, 0.05, "Nordic Trading GmbH").at(0.55, 0.10, "Auftrag KR 4711")
                .at(0.55, 0.58, "MwSt 19 %").at(0.82, 0.58, "19,00 EUR")
                .at(0.55, 0.60, "Gesamtbetrag").at(0.82, 0.60, "119,00 EUR"));
        assertThat(euros.fields().get(FieldKey.CURRENCY).confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(italian.value(FieldKey.CURRENCY)).hasValue("EUR");
        assertThat(italian.fields().get(FieldKey.CURRENCY).confidence()).isLessThan(0.9);
        assertThat(swedish.fields().get(FieldKey.CURRENCY).confidence()).isLessThan(0.9);
    }

    private static PrintedPage crowns(String supplier, String due, String footer) {
        return new PrintedPage()
                .at(0.08, 0.05, supplier)
                .at(0.55, 0.58, "Moms 25 %").at(0.82, 0.58, "250,00 kr")
                .at(0.55, 0.60, due).at(0.82, 0.60, "1 250,00 kr")
                .at(0.08, 0.95, footer);
    }

    @Test
    void anIndianInvoiceGivesItsTotalsGroupedInLakhs() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Saraswati Office Systems Pvt Ltd")
                .at(0.60, 0.10, "Tax Invoice No. SOS/2025-26/0418")
                .at(0.60, 0.12, "Date: 14-03-2026")
                .at(0.60, 0.60, "Taxable Value").at(0.82, 0.60, "₹ 1,12,500.00")
                .at(0.60, 0.62, "IGST 18%").at(0.82, 0.62, "₹ 20,250.00")
                .at(0.60, 0.64, "Grand Total").at(0.82, 0.64, "₹ 1,32,750.00"));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("112500.00");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("20250.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("132750.00");
        assertThat(r.value(FieldKey.CURRENCY)).hasValue("INR");
    }

    @Test
    void anInvoiceNumberPrintedInGroupsOfFiguresIsReadWhole() {
        Recognition dutch = read(new PrintedPage()
                .at(0.08, 0.05, "Spoorweg Reizen B.V.")
                .at(0.60, 0.10, "Factuurnummer").at(0.78, 0.10, "26 318 45 612 07")
                .at(0.60, 0.12, "Factuurdatum").at(0.78, 0.12, "14-03-2026")
                .at(0.60, 0.60, "Totaal").at(0.82, 0.60, "€ 45,10"));
        Recognition australian = read(new PrintedPage()
                .at(0.08, 0.05, "Kookaburra Telecom Pty Ltd")
                .at(0.60, 0.10, "Bill number").at(0.80, 0.10, "R 512 338 907-4")
                .at(0.60, 0.60, "Total").at(0.82, 0.60, "$1,187.45"));

        assertThat(dutch.value(FieldKey.INVOICE_NUMBER)).hasValue("26 318 45 612 07");
        assertThat(australian.value(FieldKey.INVOICE_NUMBER)).hasValue("R 512 338 907-4");
    }

    @Test
    void theBuyersOwnReferenceIsThePurchaseOrderRatherThanTheSellersOrderNumber() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Blauwkoel B.V.")
                .at(0.08, 0.30, "Factuurnummer: 918273645").at(0.45, 0.30, "Klantnummer: 7712045")
                .at(0.08, 0.32, "Factuurdatum: 21 januari 2026").at(0.45, 0.32, "Ordernummer: 13907711")
                .at(0.08, 0.34, "Uw referentie: PO 2026-014").at(0.45, 0.34, "Orderdatum: 20 januari 2026")
                .at(0.60, 0.60, "Totaal").at(0.82, 0.60, "€ 3.745,98"));

        assertThat(r.value(FieldKey.PO_NUMBER)).hasValue("PO 2026-014");
    }

    @Test
    void aPolishInvoiceGivesItsNumberDatesTotalsAndItsNumbersWithoutTheirCountry() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Pulsar Sp. z o.o.").at(0.65, 0.05, "Numer faktury")
                .at(0.65, 0.065, "F/20817345/01/26")
                .at(0.08, 0.08, "NIP: 527-31-68-416").at(0.65, 0.08, "Data wystawienia")
                .at(0.65, 0.095, "31.01.2026")
                .at(0.65, 0.11, "Termin płatności")
                .at(0.65, 0.125, "14.02.2026")
                .at(0.65, 0.14, "Numer konta bankowego do wpłat")
                .at(0.65, 0.155, "22 1140 0000 0004 7122 8300 1001")
                .at(0.08, 0.40, "RAZEM").at(0.50, 0.40, "59,33").at(0.62, 0.40, "23%").at(0.72, 0.40, "13,65").at(0.84, 0.40, "72,98")
                .at(0.08, 0.45, "WARTOŚĆ FAKTURY: 72,98 zł"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("F/20817345/01/26");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2026-01-31");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2026-02-14");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("72.98");
        assertThat(r.value(FieldKey.CURRENCY)).hasValue("PLN");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("PL5273168416");
        assertThat(r.value(FieldKey.SUPPLIER_IBAN)).hasValue("PL22114000000004712283001001");
    }

    @Test
    void aNorwegianInvoiceGivesItsNumberDatesTotalsAndTheOrganisationNumberAsItsVatNumber() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.04, "FAKTURA").at(0.70, 0.04, "Fjordlys Kraft AS")
                .at(0.08, 0.12, "FAKTURERES TIL").at(0.45, 0.12, "Fakturanummer 0997462625")
                .at(0.08, 0.14, "Havna Bygg AS").at(0.45, 0.14, "Fakturadato 01.04.2019").at(0.75, 0.14, "MVA-NR.")
                .at(0.08, 0.16, "Storgata 4").at(0.45, 0.16, "Forfallsdato 12. mai 2019").at(0.75, 0.16, "974 760 673 MVA")
                .at(0.40, 0.50, "Sum eks. mva").at(0.75, 0.50, "NOK 1 234,71")
                .at(0.40, 0.52, "MVA 25 %").at(0.75, 0.52, "NOK 308,68")
                .at(0.40, 0.54, "Sum inkl. mva").at(0.75, 0.54, "NOK 1 543,39")
                .at(0.40, 0.60, "Å betale").at(0.75, 0.60, "NOK 1 543,39"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("0997462625");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2019-04-01");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2019-05-12");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("1234.71");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("308.68");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1543.39");
        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("1543.39");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("NO974760673MVA");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Fjordlys Kraft AS");
    }

    @Test
    void swedishAndDanishLabelsNameTheSellerTheBuyerTheDueDateAndTheTotals() {
        Recognition swedish = read(new PrintedPage()
                .at(0.08, 0.04, "SÄLJARE").at(0.50, 0.04, "FAKTURAADRESS")
                .at(0.08, 0.06, "Allsälj AB").at(0.50, 0.06, "Köpmannen Handel AB")
                .at(0.08, 0.08, "Momsreg.nr SE556036079301")
                .at(0.08, 0.20, "FAKTURANUMMER").at(0.35, 0.20, "FAKTURADATUM").at(0.60, 0.20, "FÖRFALLODATUM")
                .at(0.08, 0.22, "2018210").at(0.35, 0.22, "2018-02-08").at(0.60, 0.22, "2018-03-07")
                .at(0.08, 0.60, "SUMMA EXKL. MOMS").at(0.40, 0.60, "MOMS 25 %").at(0.70, 0.60, "SUMMA INKL. MOMS")
                .at(0.08, 0.62, "4 000,00").at(0.40, 0.62, "1 000,00").at(0.70, 0.62, "5 000,00")
                .at(0.50, 0.70, "Att betala").at(0.75, 0.70, "5 000,00 SEK"));
        Recognition danish = read(new PrintedPage()
                .at(0.08, 0.04, "Sælger").at(0.50, 0.04, "Faktureres til")
                .at(0.08, 0.06, "Nordlys ApS").at(0.50, 0.06, "Kunden A/S")
                .at(0.08, 0.08, "CVR-nr. 13585628")
                .at(0.50, 0.20, "Fakturanr. 88123").at(0.50, 0.22, "Fakturadato 3. maj 2013").at(0.50, 0.24, "Forfaldsdato 10. maj 2013")
                .at(0.50, 0.60, "Total inkl. moms").at(0.80, 0.60, "1.250,00 DKK"));

        assertThat(swedish.value(FieldKey.SUPPLIER_NAME)).hasValue("Allsälj AB");
        assertThat(swedish.value(FieldKey.SUPPLIER_VAT)).hasValue("SE556036079301");
        assertThat(swedish.value(FieldKey.INVOICE_NUMBER)).hasValue("2018210");
        assertThat(swedish.value(FieldKey.DUE_DATE)).hasValue("2018-03-07");
        assertThat(swedish.value(FieldKey.NET_TOTAL)).hasValue("4000.00");
        assertThat(swedish.value(FieldKey.GROSS_TOTAL)).hasValue("5000.00");
        assertThat(danish.value(FieldKey.SUPPLIER_NAME)).hasValue("Nordlys ApS");
        assertThat(danish.value(FieldKey.SUPPLIER_VAT)).hasValue("DK13585628");
        assertThat(danish.value(FieldKey.INVOICE_NUMBER)).hasValue("88123");
        assertThat(danish.value(FieldKey.INVOICE_DATE)).hasValue("2013-05-03");
        assertThat(danish.value(FieldKey.DUE_DATE)).hasValue("2013-05-10");
        assertThat(danish.value(FieldKey.GROSS_TOTAL)).hasValue("1250.00");
    }

    @Test
    void finnishCzechAndPortugueseInvoicesGiveTheirNumberDatesAndTotals() {
        Recognition finnish = read(new PrintedPage()
                .at(0.08, 0.04, "Kuusela Kiinteistöpalvelut Oy").at(0.65, 0.04, "LASKU")
                .at(0.60, 0.07, "Laskun päivämäärä").at(0.80, 0.07, "3.3.2025")
                .at(0.60, 0.09, "Laskun numero").at(0.80, 0.09, "250342")
                .at(0.60, 0.11, "Eräpäivä").at(0.80, 0.11, "17.3.2025")
                .at(0.50, 0.60, "Veroton yhteensä").at(0.85, 0.60, "1 273,20")
                .at(0.50, 0.62, "ALV 25,5 %").at(0.85, 0.62, "324,67")
                .at(0.50, 0.64, "Yhteensä").at(0.85, 0.64, "1 597,87 €"));
        Recognition czech = read(new PrintedPage()
                .at(0.08, 0.04, "VLTAVSKÁ STROJÍRNA").at(0.45, 0.04, "FAKTURA – DAŇOVÝ DOKLAD č. 2025010087")
                .at(0.08, 0.10, "DODAVATEL").at(0.55, 0.10, "ODBĚRATEL")
                .at(0.08, 0.12, "Vltavská strojírna s.r.o.").at(0.55, 0.12, "AGROTECH Jihlava a.s.")
                .at(0.08, 0.20, "Datum vystavení:").at(0.35, 0.20, "3. března 2025")
                .at(0.08, 0.22, "Datum splatnosti:").at(0.35, 0.22, "17.03.2025")
                .at(0.55, 0.60, "Celkem bez DPH").at(0.85, 0.60, "38 410,00")
                .at(0.55, 0.62, "DPH celkem").at(0.85, 0.62, "7 941,90")
                .at(0.55, 0.64, "Celkem s DPH").at(0.85, 0.64, "46 351,90"));
        Recognition portuguese = read(new PrintedPage()
                .at(0.08, 0.04, "Águas do Vale do Sousa").at(0.50, 0.04, "Fatura n.º FT 2025A1/004518")
                .at(0.50, 0.06, "Data de emissão").at(0.70, 0.06, "2025-01-15")
                .at(0.50, 0.08, "N.º de cliente").at(0.70, 0.08, "7004418")
                .at(0.08, 0.12, "Data limite de pagamento:").at(0.08, 0.14, "10 de fevereiro de 2025")
                .at(0.55, 0.60, "Total a pagar").at(0.85, 0.60, "53,61 €"));

        assertThat(finnish.value(FieldKey.INVOICE_NUMBER)).hasValue("250342");
        assertThat(finnish.value(FieldKey.INVOICE_DATE)).hasValue("2025-03-03");
        assertThat(finnish.value(FieldKey.DUE_DATE)).hasValue("2025-03-17");
        assertThat(finnish.value(FieldKey.NET_TOTAL)).hasValue("1273.20");
        assertThat(finnish.value(FieldKey.TAX_TOTAL)).hasValue("324.67");
        assertThat(finnish.value(FieldKey.GROSS_TOTAL)).hasValue("1597.87");
        assertThat(czech.value(FieldKey.INVOICE_NUMBER)).hasValue("2025010087");
        assertThat(czech.value(FieldKey.INVOICE_DATE)).hasValue("2025-03-03");
        assertThat(czech.value(FieldKey.DUE_DATE)).hasValue("2025-03-17");
        assertThat(czech.value(FieldKey.GROSS_TOTAL)).hasValue("46351.90");
        assertThat(czech.value(FieldKey.SUPPLIER_NAME)).hasValue("Vltavská strojírna s.r.o.");
        assertThat(portuguese.value(FieldKey.INVOICE_NUMBER)).hasValue("FT 2025A1/004518");
        assertThat(portuguese.value(FieldKey.DUE_DATE)).hasValue("2025-02-10");
    }

    @Test
    void aCreditNoteGivesItsOwnNumberNotTheNumberOfTheInvoiceItCorrects() {
        Recognition spanish = read(new PrintedPage()
                .at(0.08, 0.04, "Suministros Industriales Ebro S.A.").at(0.60, 0.04, "FACTURA RECTIFICATIVA")
                .at(0.60, 0.06, "Nº R-2025/00041")
                .at(0.60, 0.08, "Fecha: 3 de febrero de 2025")
                .at(0.08, 0.15, "Rectifica a la factura nº F-2025/00873 de fecha 14/01/2025.")
                .at(0.55, 0.60, "Total").at(0.85, 0.60, "-329,45 €"));
        Recognition danish = read(new PrintedPage()
                .at(0.08, 0.04, "Skovbo Møbler ApS")
                .at(0.60, 0.10, "Kreditnota nr. 2025-0031")
                .at(0.60, 0.12, "Dato: 3. februar 2025")
                .at(0.40, 0.16, "Vedr. faktura nr. 2024-1187 af 18. december 2024")
                .at(0.55, 0.60, "Total inkl. moms").at(0.85, 0.60, "-6.250,00 DKK"));

        assertThat(spanish.value(FieldKey.INVOICE_NUMBER)).hasValue("R-2025/00041");
        assertThat(danish.value(FieldKey.INVOICE_NUMBER)).hasValue("2025-0031");
        assertThat(danish.value(FieldKey.DOCUMENT_TYPE)).hasValue("credit_note");
    }

    @Test
    void aTaxLabelBesideARatesLabelInARowOfLabelsOverTheirAmountsIsTheTaxTotal() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.04, "Kantoorhuis BV")
                .at(0.08, 0.10, "FACTUURNUMMER").at(0.08, 0.12, "TOSL110")
                .at(0.08, 0.50, "TOTAAL EXCL. BTW").at(0.30, 0.50, "BTW 25 %")
                .at(0.08, 0.52, "4.000,00").at(0.30, 0.52, "375,00")
                .at(0.08, 0.56, "BTW 12 %").at(0.25, 0.56, "TOTAAL BTW").at(0.45, 0.56, "TOTAAL INCL. BTW")
                .at(0.08, 0.58, "300,00").at(0.25, 0.58, "675,00").at(0.45, 0.58, "4.675,00"));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("4000.00");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("675.00");
        assertThat(r.fields().get(FieldKey.TAX_TOTAL).source()).as("read where it is printed").isEqualTo(io.verifact.model.Source.LAYOUT);
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("4675.00");
    }

    @Test
    void theInvoiceNumberIsReadWhateverTheLineSaysAfterItOrWhateverColonItsLabelTakes() {
        Recognition french = read(new PrintedPage()
                .at(0.08, 0.05, "Eau du Grand Val SAS")
                .at(0.08, 0.20, "Facture n° 7001234567 — Référence client 123456/001 — Compteur n° A18KD004412")
                .at(0.60, 0.60, "Total TTC").at(0.85, 0.60, "75,20 €"));
        Recognition fullWidth = read(new PrintedPage()
                .at(0.08, 0.05, "Bazario Singapore E-Commerce Private Limited")
                .at(0.60, 0.08, "Invoice No.：FR2604128873")
                .at(0.60, 0.10, "Invoice Date：2026-04-12")
                .at(0.60, 0.60, "Total").at(0.85, 0.60, "€ 32.64"));
        Recognition polish = read(new PrintedPage()
                .at(0.08, 0.05, "Faktura VAT FV 214/03/2026 oryginał").at(0.60, 0.05, "Data wystawienia: 2026-03-11")
                .at(0.08, 0.10, "Sprzedawca:").at(0.50, 0.10, "Nabywca:")
                .at(0.08, 0.12, "Hurtownia Biurowa Wisła Sp. z o.o.").at(0.50, 0.12, "Kancelaria Notarialna Anna Wójcik")
                .at(0.60, 0.60, "Razem do zapłaty:").at(0.85, 0.60, "8 040,93 zł"));

        assertThat(french.value(FieldKey.INVOICE_NUMBER)).hasValue("7001234567");
        assertThat(fullWidth.value(FieldKey.INVOICE_NUMBER)).hasValue("FR2604128873");
        assertThat(fullWidth.value(FieldKey.INVOICE_DATE)).hasValue("2026-04-12");
        assertThat(polish.value(FieldKey.INVOICE_NUMBER)).hasValue("FV 214/03/2026");
    }

    @Test
    void aDirectDebitSentenceThatGoesOnOnTheNextLineGivesTheDueDate() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Serverhafen GmbH")
                .at(0.60, 0.10, "Rechnung AR-4471903").at(0.60, 0.12, "Datum 03.02.2026")
                .at(0.55, 0.50, "Endpreis Brutto").at(0.85, 0.50, "34,95 EUR")
                .at(0.08, 0.55, "Der Rechnungsbetrag in Höhe von 34,95 EUR wird am 10.02.2026 von Ihrem Konto DE27 **** 56 78")
                .at(0.08, 0.562, "per SEPA-Lastschrift abgebucht (Mandatsreferenz HE-1182736-01)."));

        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2026-02-10");
    }

    @Test
    void datesWithTheMonthInWordsAreReadInSpanishItalianAndPolish() {
        for (var dated : java.util.Map.of("Fecha de la factura: 21 de marzo de 2026", "2026-03-21",
                "Data documento: 11 marzo 2026", "2026-03-11",
                "Data wystawienia: 14 lutego 2026", "2026-02-14",
                "Fecha de factura: 3 dic. 2025", "2025-12-03").entrySet()) {
            Recognition r = read(new PrintedPage()
                    .at(0.08, 0.05, "Tiendas Albahaca S.L.")
                    .at(0.55, 0.10, dated.getKey())
                    .at(0.60, 0.60, "Total").at(0.85, 0.60, "50,00 €"));

            assertThat(r.value(FieldKey.INVOICE_DATE)).as(dated.getKey()).hasValue(dated.getValue());
        }
    }

    @Test
    void shippingChargedBelowTheSubtotalIsPartOfTheNet() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Alpenboard GmbH")
                .at(0.60, 0.05, "Invoice 26021307").at(0.60, 0.07, "Date: 13.2.2026")
                .at(0.08, 0.30, "10 apu4d4 system board").at(0.80, 0.30, "1,320.00")
                .at(0.08, 0.32, "10 Enclosure 3 LAN").at(0.80, 0.32, "519.50")
                .at(0.20, 0.40, "Subtotal").at(0.70, 0.40, "EUR").at(0.80, 0.40, "1,839.50")
                .at(0.20, 0.42, "Shipping (DHL Express, DAP)").at(0.70, 0.42, "EUR").at(0.80, 0.42, "48.00")
                .at(0.20, 0.44, "Swiss VAT 0% (export delivery)").at(0.70, 0.44, "EUR").at(0.80, 0.44, "0.00")
                .at(0.20, 0.46, "Total").at(0.70, 0.46, "EUR").at(0.80, 0.46, "1,887.50"));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("1887.50");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("0.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1887.50");
    }

    @Test
    void anItalianCreditNoteIsOneAndGivesItsOwnNumberBesideTheInvoicesNumber() {
        Recognition r = read(new PrintedPage()
                .at(0.70, 0.03, "NOTA DI CREDITO")
                .at(0.08, 0.06, "circuiteria")
                .at(0.08, 0.30, "Numero nota di credito").at(0.30, 0.30, "Data").at(0.45, 0.30, "Riferimento ordine").at(0.80, 0.30, "Fattura n.")
                .at(0.08, 0.32, "NC000214").at(0.30, 0.32, "12/03/2026").at(0.45, 0.32, "KQWZTRFBA").at(0.80, 0.32, "FA004417")
                .at(0.60, 0.60, "Totale (IVA escl.)").at(0.85, 0.60, "211,24 €")
                .at(0.60, 0.62, "Totale IVA").at(0.85, 0.62, "46,47 €")
                .at(0.60, 0.64, "Totale").at(0.85, 0.64, "257,71 €"));

        assertThat(r.value(FieldKey.DOCUMENT_TYPE)).hasValue("credit_note");
        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("NC000214");
    }

    @Test
    void aTotalRowUnderHeadersSetJustAboveItsFiguresGivesTheTotals() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.03, "PARKEERLINK B.V.")
                .at(0.08, 0.20, "FACTUUR #").at(0.25, 0.20, "90123456")
                .at(0.08, 0.22, "DATUM").at(0.25, 0.22, "01-03-2026")
                .at(0.08, 0.30, "OMSCHRIJVING").at(0.55, 0.30, "AANTAL").at(0.62, 0.30, "PRIJS").at(0.70, 0.30, "BTW").at(0.76, 0.30, "BTW%").at(0.88, 0.30, "TOTAAL")
                .at(0.08, 0.32, "PARKEERKOSTEN UTRECHT").at(0.55, 0.32, "14").at(0.70, 0.32, "0,00").at(0.76, 0.32, "0%").at(0.88, 0.32, "48,60")
                .at(0.08, 0.34, "TRANSACTIEKOSTEN").at(0.55, 0.34, "19").at(0.62, 0.34, "0,29").at(0.70, 0.34, "1,16").at(0.76, 0.34, "21%").at(0.88, 0.34, "6,67")
                .at(0.08, 0.36, "ABONNEMENT ZAKELIJK").at(0.55, 0.36, "1").at(0.62, 0.36, "2,48").at(0.70, 0.36, "0,52").at(0.76, 0.36, "21%").at(0.88, 0.36, "3,00")
                .at(0.55, 0.40, "EXCL. BTW").at(0.72, 0.40, "BTW").at(0.85, 0.40, "INCL. BTW")
                .at(0.08, 0.42, "TOTAAL TE VOLDOEN").at(0.57, 0.42, "68,84").at(0.72, 0.42, "1,68").at(0.86, 0.42, "70,52")
                .at(0.08, 0.45, "VERSCHULDIGD BEDRAG € 70,52"));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("68.84");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("1.68");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("70.52");
    }

    @Test
    void aLinesFiguresAreNotSureTotalsWhenMoreIsDueThanTheyAddUpTo() {
        // As a photocopy may read it: the total row lost, the amount due still there.
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.03, "PARKEERLINK B.V.")
                .at(0.08, 0.20, "FACTUUR #").at(0.25, 0.20, "90123456")
                .at(0.08, 0.30, "OMSCHRIJVING").at(0.55, 0.30, "AANTAL").at(0.62, 0.30, "PRIJS").at(0.70, 0.30, "BTW").at(0.76, 0.30, "BTW%").at(0.88, 0.30, "TOTAAL")
                .at(0.08, 0.32, "PARKEERKOSTEN UTRECHT").at(0.55, 0.32, "14").at(0.70, 0.32, "0,00").at(0.76, 0.32, "0%").at(0.88, 0.32, "48,60")
                .at(0.08, 0.34, "TRANSACTIEKOSTEN").at(0.55, 0.34, "19").at(0.62, 0.34, "0,29").at(0.70, 0.34, "1,16").at(0.76, 0.34, "21%").at(0.88, 0.34, "6,67")
                .at(0.08, 0.36, "ABONNEMENT ZAKELIJK").at(0.55, 0.36, "1").at(0.62, 0.36, "2,48").at(0.70, 0.36, "0,52").at(0.76, 0.36, "21%").at(0.88, 0.36, "3,00")
                .at(0.08, 0.45, "VERSCHULDIGD BEDRAG € 70,52"));

        if (r.value(FieldKey.GROSS_TOTAL).filter(gross -> !gross.equals("70.52")).isPresent()) {
            assertThat(r.fields().get(FieldKey.GROSS_TOTAL).confidence()).isLessThan(0.9);
        }
        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("70.52");
    }

    @Test
    void anExemptInvoiceHasNoTaxAndItsNetIsItsGross() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Cabinet Martin")
                .at(0.60, 0.05, "Facture n° 2024-051")
                .at(0.60, 0.065, "Date : 02/05/2024")
                .at(0.08, 0.35, "Désignation").at(0.60, 0.35, "TVA").at(0.82, 0.35, "Montant")
                .at(0.08, 0.37, "Séance de kinésithérapie").at(0.60, 0.37, "0 %").at(0.82, 0.37, "260,00")
                .at(0.60, 0.60, "Total HT").at(0.82, 0.60, "260,00")
                .at(0.60, 0.64, "Total TTC").at(0.82, 0.64, "260,00"));

        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("0.00");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("260.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("260.00");
    }

    @Test
    void invoiceLinesAreReadUnderTheirHeader() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Acme Supplies Ltd")
                .at(0.08, 0.35, "Description").at(0.50, 0.35, "Qty").at(0.60, 0.35, "Unit price").at(0.82, 0.35, "Amount")
                .at(0.08, 0.37, "Printer paper A4").at(0.50, 0.37, "25").at(0.60, 0.37, "4.00").at(0.82, 0.37, "100.00")
                .at(0.08, 0.39, "Toner black").at(0.50, 0.39, "2").at(0.60, 0.39, "45.00").at(0.82, 0.39, "90.00")
                .at(0.60, 0.60, "Subtotal").at(0.82, 0.60, "190.00")
                .at(0.60, 0.62, "VAT 20%").at(0.82, 0.62, "38.00")
                .at(0.60, 0.64, "Total").at(0.82, 0.64, "228.00"));

        assertThat(r.lineItems()).extracting(l -> l.description(), l -> l.quantity(), l -> l.unitPrice(), l -> l.amount())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Printer paper A4", new BigDecimal("25"), new BigDecimal("4.00"), new BigDecimal("100.00")),
                        org.assertj.core.groups.Tuple.tuple("Toner black", new BigDecimal("2"), new BigDecimal("45.00"), new BigDecimal("90.00")));
    }

    @Test
    void aBelgianInvoiceInDutchGivesItsFieldsAndTellsTheBuyerFromTheSupplier() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.04, "Bakkerij Janssens BV")
                .at(0.08, 0.055, "Kerkstraat 12, 2000 Antwerpen")
                .at(0.08, 0.07, "BTW BE 0403.170.701")
                .at(0.55, 0.15, "Klant:")
                .at(0.55, 0.165, "Hotel De Zon NV")
                .at(0.55, 0.18, "BTW-nr klant: BE 0202.239.951")
                .at(0.08, 0.25, "Factuurnummer: 2024/0012")
                .at(0.08, 0.265, "Factuurdatum: 12-03-2024")
                .at(0.08, 0.28, "Vervaldatum: 11-04-2024")
                .at(0.55, 0.60, "Totaal excl. BTW").at(0.82, 0.60, "€ 1.000,00")
                .at(0.55, 0.62, "BTW 21%").at(0.82, 0.62, "€ 210,00")
                .at(0.55, 0.64, "Totaal incl. BTW").at(0.82, 0.64, "€ 1.210,00")
                .at(0.55, 0.66, "Te betalen").at(0.82, 0.66, "€ 1.210,00")
                .at(0.08, 0.90, "IBAN: BE68 5390 0754 7034 BIC: JVBABE22"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("2024/0012");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-03-12");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2024-04-11");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("1000.00");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("210.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1210.00");
        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("1210.00");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("BE0403170701");
        assertThat(r.value(FieldKey.BUYER_VAT)).hasValue("BE0202239951");
        assertThat(r.value(FieldKey.SUPPLIER_IBAN)).hasValue("BE68539007547034");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("Bakkerij Janssens BV");
        assertThat(r.value(FieldKey.CURRENCY)).hasValue("EUR");
    }

    @Test
    void aFrenchInvoiceGivesItsNetToPayAndItsIdentifiers() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.04, "Plomberie Durand SAS")
                .at(0.08, 0.055, "SIRET 732 829 320 00074")
                .at(0.08, 0.07, "N° TVA intracommunautaire : FR40 303 265 045")
                .at(0.55, 0.12, "FACTURE N° F2024-0042")
                .at(0.55, 0.135, "Date de facture : 5 mars 2024")
                .at(0.55, 0.15, "Date d'échéance : 4 avril 2024")
                .at(0.55, 0.60, "Total HT").at(0.82, 0.60, "850,00 €")
                .at(0.55, 0.62, "TVA 10 %").at(0.82, 0.62, "85,00 €")
                .at(0.55, 0.64, "Total TTC").at(0.82, 0.64, "935,00 €")
                .at(0.55, 0.66, "Acompte versé").at(0.82, 0.66, "-300,00 €")
                .at(0.55, 0.68, "Net à payer").at(0.82, 0.68, "635,00 €"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("F2024-0042");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-03-05");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2024-04-04");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("935.00");
        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("635.00");
        assertThat(r.value(FieldKey.SUPPLIER_VAT)).hasValue("FR40303265045");
        assertThat(r.value(FieldKey.SUPPLIER_SIRET)).hasValue("73282932000074");
        assertThat(r.value(FieldKey.SUPPLIER_SIREN)).hasValue("732829320");
    }

    @Test
    void aBareNumberLabelUnderAnInvoiceTitleGivesTheInvoiceNumber() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.04, "Brightline Studio Ltd")
                .at(0.60, 0.04, "INVOICE")
                .at(0.60, 0.06, "No: 4711-B")
                .at(0.60, 0.075, "Date: 2024-03-05")
                .at(0.60, 0.09, "Customer No: C-889")
                .at(0.55, 0.60, "Subtotal").at(0.82, 0.60, "£500.00")
                .at(0.55, 0.62, "VAT 20%").at(0.82, 0.62, "£100.00")
                .at(0.55, 0.64, "Total").at(0.82, 0.64, "£600.00"));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("4711-B");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2024-03-05");
        assertThat(r.value(FieldKey.CURRENCY)).hasValue("GBP");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("600.00");
    }

    @Test
    void aLineOfThousandsOfAmountsIsReadWithoutHanging() {
        // A hostile or broken page: one line repeating "Total 1,00" three thousand times.
        PrintedPage page = new PrintedPage();
        for (int i = 0; i < 3000; i++) {
            page.at(0.01 + (i % 60) * 0.016, 0.5, "Total").at(0.018 + (i % 60) * 0.016, 0.5, "1,00");
        }
        // A guard against a hang, not a speed claim: the watchdog allows a step 60 seconds.
        Recognition r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> read(page));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1.00");
    }

    private static Recognition read(PrintedPage page) {
        return EXTRACTOR.extract(List.of(page.page(1)));
    }

    private static VatLine line(String rate, String base, String tax) {
        return new VatLine(new BigDecimal(rate), new BigDecimal(base), new BigDecimal(tax));
    }

    @Test
    void aSlipWhoseTotalThePageMisreadIsReadAgainInItsBlockAndTheTotalIsGiven() {
        PageText printed = new PrintedPage()
                .at(0.10, 0.05, "BAKERY LAVANDE SDN BHD")
                .at(0.10, 0.30, "2 EGG TART").at(0.70, 0.30, "5.10")
                .at(0.10, 0.33, "1 CHEESE BUN").at(0.70, 0.33, "3.10")
                .at(0.10, 0.36, "TOTAL").at(0.70, 0.36, "8.20")
                .at(0.10, 0.39, "CASH").at(0.70, 0.39, "10.00")
                .at(0.10, 0.42, "CHANGE").at(0.70, 0.42, "1.80").page(1);
        // The whole page's OCR smudged the total's decimal point; read on its own, the block reads right.
        PageText scan = scanned(printed, "8.20", "8:20", 0.5);
        List<Box> asked = new ArrayList<>();
        ZoneEyes eyes = eyesOn(printed, asked);

        Recognition once = EXTRACTOR.extract(List.of(scan));
        Recognition again = EXTRACTOR.extract(List.of(scan), eyes);

        // The cash less the change gives the total, but no amount printed on the page is read as it.
        assertThat(once.fields().get(FieldKey.GROSS_TOTAL)).satisfiesAnyOf(
                gross -> assertThat(gross).isNull(), gross -> assertThat(gross.box()).isNull());
        assertThat(asked).hasSize(1);
        assertThat(again.value(FieldKey.GROSS_TOTAL)).hasValue("8.20");
        assertThat(again.fields().get(FieldKey.GROSS_TOTAL).box()).isNotNull();
    }

    @Test
    void aSlipsBlockOfTotalsReadAgainKeepsItsLinesApartFromThoseAboveIt() {
        PageText printed = new PrintedPage()
                .at(0.30, 0.05, "RESTORAN SERI MELATI")
                .at(0.10, 0.08, "No 12 Jalan Bukit Bintang, 55100 Kuala Lumpur")
                .at(0.25, 0.11, "GST REG NO: 001335787520")
                .at(0.35, 0.14, "Tax Invoice")
                .at(0.10, 0.17, "INV No.: 1169924 Cashier: Thandar")
                .at(0.10, 0.20, "Date : 01-06-2018 14:20:08")
                .at(0.10, 0.23, "Description").at(0.80, 0.23, "Qty")
                .at(0.10, 0.26, "U.price Total TAX")
                .at(0.10, 0.29, "Teh tarik")
                .at(0.10, 0.32, "2 X").at(0.60, 0.32, "2.20").at(0.80, 0.32, "4.40 SR")
                .at(0.10, 0.35, "Take away")
                .at(0.10, 0.38, "2 X").at(0.60, 0.38, "0.20").at(0.80, 0.38, "0.40 SR")
                .at(0.10, 0.41, "Total Qty: 4")
                .at(0.10, 0.44, "Total (Excluding GST):").at(0.80, 0.44, "4.53")
                .at(0.10, 0.47, "GST payable (6%):").at(0.80, 0.47, "0.27")
                .at(0.10, 0.50, "Total (Inclusive of GST):").at(0.80, 0.50, "4.80")
                .at(0.10, 0.53, "TOTAL:").at(0.80, 0.53, "4.80")
                .at(0.10, 0.56, "CASH:").at(0.80, 0.56, "10.00")
                .at(0.10, 0.59, "CHANGE:").at(0.80, 0.59, "5.20").page(1);
        // The page's OCR smudged the gross total; the block read again reads it right.
        PageText scan = scanned(scanned(printed, "4.80", "4:8O", 0.4), "4.53", "4:53", 0.4);
        List<Box> asked = new ArrayList<>();

        Recognition again = EXTRACTOR.extract(List.of(scan), eyesOn(printed, asked));

        assertThat(asked).isNotEmpty();
        assertThat(again.value(FieldKey.GROSS_TOTAL)).hasValue("4.80");
    }

    @Test
    void aHotelBillTotalledInWholeRupeesGivesItsGrandTotal() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Oravel Stays Private Limited")
                .at(0.08, 0.12, "Booking ID").at(0.40, 0.12, "Date: 14/03/2019")
                .at(0.08, 0.30, "Room charges").at(0.80, 0.30, "Rs 1500")
                .at(0.08, 0.33, "GST").at(0.80, 0.33, "Rs 180")
                .at(0.08, 0.37, "Grand Total").at(0.80, 0.37, "Rs 1680")
                .page(1)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1680.00");
        assertThat(r.value(FieldKey.CURRENCY)).hasValue("INR");
        // Cents the reading set apart are the amount's cents, not a whole amount.
        Recognition apart = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "SUPER SEVEN CASH & CARRY SDN BHD")
                .at(0.08, 0.37, "NET TOTAL").at(0.80, 0.37, "RM367 . 10")
                .page(1)));
        assertThat(apart.value(FieldKey.GROSS_TOTAL)).hasValue("367.10");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2019-03-14");
    }

    @Test
    void aNumberUnderAnInvoiceTitleAfterAHashIsTheInvoiceNumber() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Sammy Plumbing LLC")
                .at(0.70, 0.05, "INVOICE")
                .at(0.70, 0.08, "# 2017-0042")
                .at(0.60, 0.14, "Date: Jun 21, 2017")
                .at(0.08, 0.40, "Item").at(0.50, 0.40, "Quantity").at(0.65, 0.40, "Rate").at(0.82, 0.40, "Amount")
                .at(0.08, 0.43, "Pipe repair").at(0.52, 0.43, "2").at(0.65, 0.43, "$40.00").at(0.82, 0.43, "$80.00")
                .at(0.65, 0.50, "Subtotal").at(0.82, 0.50, "$80.00")
                .at(0.65, 0.53, "Total").at(0.82, 0.53, "$80.00")
                .page(1)));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("2017-0042");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2017-06-21");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("80.00");
    }

    @Test
    void anInvoiceNumberReadUnsurelyOnAScanIsReadAgainOnItsLineAndTheSurerReadingKept() {
        PageText printed = new PrintedPage()
                .at(0.08, 0.05, "Imprimerie Vauban SARL")
                .at(0.55, 0.20, "Facture n° FA-2026-0187")
                .at(0.55, 0.23, "Date : 12/03/2026")
                .at(0.55, 0.60, "Total HT").at(0.82, 0.60, "100,00")
                .at(0.55, 0.63, "TVA 20 %").at(0.82, 0.63, "20,00")
                .at(0.55, 0.66, "Total TTC").at(0.82, 0.66, "120,00").page(1);
        // The page's OCR smudged the number and was unsure of it; read on its own, the line reads right.
        PageText scan = scanned(printed, "FA-2026-0187", "FA-2O26-Ol87", 0.45);
        List<Box> asked = new ArrayList<>();
        ZoneEyes eyes = eyesOn(printed, asked);

        Recognition once = EXTRACTOR.extract(List.of(scan));
        Recognition again = EXTRACTOR.extract(List.of(scan), eyes);

        assertThat(once.value(FieldKey.INVOICE_NUMBER)).isNotEqualTo(Optional.of("FA-2026-0187"));
        assertThat(asked).singleElement().satisfies(zone -> assertThat(zone.y0()).isLessThan(0.20));
        assertThat(again.value(FieldKey.INVOICE_NUMBER)).hasValue("FA-2026-0187");
        // The totals added up: they were not read again, and stay as read.
        assertThat(again.value(FieldKey.GROSS_TOTAL)).hasValue("120.00");
    }

    @Test
    void aTotalItsLabelNamesClearlyIsNotOverruledByALineAndASummaryThatHappenToAddUp() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "FARMASI SEJAHTERA S/B")
                .at(0.08, 0.20, "DESCRIPTION").at(0.70, 0.20, "SUBTOTAL")
                .at(0.08, 0.23, "MILK THISTLE 1 X 111.30").at(0.55, 0.23, "39.95").at(0.72, 0.23, "72.35 S")
                .at(0.08, 0.26, "TRILON CREAM 1 X 7.00").at(0.72, 0.26, "7.00 Z")
                .at(0.08, 0.30, "TOTAL (INCLUDING GST)").at(0.72, 0.30, "79.35")
                .at(0.08, 0.33, "TENDER").at(0.72, 0.33, "100.00")
                .at(0.08, 0.36, "CHANGE").at(0.72, 0.36, "20.65")
                .at(0.08, 0.42, "GST SUMMARY").at(0.45, 0.42, "AMT (EXCL. GST)").at(0.72, 0.42, "TAX (RM)")
                .at(0.08, 0.45, "SR @ 6.00%").at(0.50, 0.45, "68.25").at(0.72, 0.45, "4.10")
                .page(1)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("79.35");
    }

    @Test
    void theCashHandedOverLessTheChangeGivenBackNamesTheTotalOfASlipPricedWithItsTax() {
        // The goods are priced with their tax: the subtotal is the total, and "TL" labels it for no reader.
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.30, 0.03, "PASAR MINI SRI MAJU")
                .at(0.10, 0.08, "TAXINV : 001-1541798").at(0.70, 0.08, "03/03/18")
                .at(0.10, 0.12, "VEGETABLES").at(0.70, 0.12, "16.00 ZRL")
                .at(0.10, 0.135, "TELUR MASIN").at(0.70, 0.135, "2.40 ZRL")
                .at(0.10, 0.15, "STEWED PORK 256G").at(0.70, 0.15, "15.40 SR")
                .at(0.10, 0.18, "SUBTOTAL :").at(0.70, 0.18, "33.80")
                .at(0.10, 0.20, "TL :RM").at(0.70, 0.20, "33.80")
                .at(0.10, 0.22, "6% GST").at(0.70, 0.22, "0.87")
                .at(0.10, 0.25, "CASH").at(0.70, 0.25, "50.00")
                .at(0.10, 0.265, "CASH CHANGE").at(0.70, 0.265, "16.20")
                .page(1)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("33.80");
        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("33.80");
        // A payment misread, no change given: the payment's own amount confirms nothing.
        Recognition misread = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.30, 0.03, "PASAR MINI SRI MAJU")
                .at(0.10, 0.08, "03/03/18")
                .at(0.10, 0.12, "VEGETABLES").at(0.70, 0.12, "33.80")
                .at(0.10, 0.20, "TOTAL").at(0.70, 0.20, "33.80")
                .at(0.10, 0.25, "PAYMENT").at(0.70, 0.25, "38.80")
                .at(0.10, 0.265, "CHANGE").at(0.70, 0.265, "0.00")
                .scanned(1, 0.9)));
        assertThat(misread.value(FieldKey.GROSS_TOTAL)).hasValue("33.80");
        assertThat(misread.fields().get(FieldKey.GROSS_TOTAL).confidence()).isLessThan(FieldValue.SURE);
    }

    /** A slip whose goods are priced with their tax: the subtotal is the total, the tax beside them. */
    private static PrintedPage pricedWithItsTax() {
        return new PrintedPage()
                .at(0.30, 0.03, "BOOKCENTRE MAJU SDN BHD")
                .at(0.10, 0.08, "BILL: 29631").at(0.60, 0.08, "02/04/2017 21:20")
                .at(0.10, 0.12, "INK CHINESE").at(0.70, 0.12, "2.30")
                .at(0.10, 0.135, "GOAT BRUSH").at(0.70, 0.135, "2.00")
                .at(0.10, 0.17, "SUB-TOTAL").at(0.70, 0.17, "4.30")
                .at(0.10, 0.185, "TOTAL GST(I)").at(0.70, 0.185, "0.24")
                .at(0.10, 0.20, "TOTAL INCL GST RM").at(0.70, 0.20, "4.30");
    }

    @Test
    void aTotalLabelledOnASlipIsConfirmedByTheCashLessTheChange() {
        Recognition r = EXTRACTOR.extract(List.of(pricedWithItsTax()
                .at(0.10, 0.215, "PAY CASH").at(0.70, 0.215, "5.00")
                .at(0.10, 0.23, "CHANGE RM").at(0.70, 0.23, "0.70")
                .page(1)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("4.30");
        assertThat(r.fields().get(FieldKey.GROSS_TOTAL).confidence()).isGreaterThanOrEqualTo(FieldValue.SURE);
        // The subtotal was priced with the tax: the net is what is left without it.
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("4.06");
        // Without the payment, nothing confirms it: the tax does not add up with the subtotal.
        Recognition unpaid = EXTRACTOR.extract(List.of(pricedWithItsTax().page(1)));
        assertThat(unpaid.value(FieldKey.GROSS_TOTAL)).hasValue("4.30");
        assertThat(unpaid.fields().get(FieldKey.GROSS_TOTAL).confidence()).isLessThan(FieldValue.SURE);
    }

    @Test
    void aTotalPrintedAndLabelledIsNotGivenUpForOneWorkedOutWhenItsBlockIsReadAgain() {
        PageText printed = pricedWithItsTax()
                .page(1);
        PageText scan = new PageText(1, printed.words(), Engine.TESSERACT, printed.width(), printed.height());
        // Read on its own, the block smudges the total's amount: only the subtotal and the tax are left.
        PageText smudged = new PageText(1, printed.words().stream()
                .map(w -> w.text().equals("4.30") && w.box().y0() > 0.19 ? new Word("4:3O", w.box(), 0.4, w.line(), w.block()) : w).toList(),
                Engine.TESSERACT, printed.width(), printed.height());
        List<Box> asked = new ArrayList<>();

        Recognition again = EXTRACTOR.extract(List.of(scan), eyesOn(smudged, asked));

        assertThat(asked).isNotEmpty();
        assertThat(again.value(FieldKey.GROSS_TOTAL)).hasValue("4.30");
        assertThat(again.fields().get(FieldKey.GROSS_TOTAL).source()).isNotEqualTo(io.verifact.model.Source.DERIVED);
    }

    @Test
    void aBlockOfTotalsWithoutAGrossTotalReadAgainStillGivesWhatThePageHolds() {
        // Many lines and no total at all, on either reading: the net is still worked out from the lines.
        PageText printed = new PrintedPage()
                .at(0.08, 0.05, "Tuinbouw Verhoeven B.V.")
                .at(0.60, 0.10, "Factuurnummer VM25-03318")
                .at(0.08, 0.20, "Omschrijving").at(0.60, 0.20, "Aantal").at(0.82, 0.20, "Bedrag")
                .at(0.08, 0.22, "Phalaenopsis 2-tak").at(0.60, 0.22, "10").at(0.82, 0.22, "91,50")
                .at(0.08, 0.24, "Monstera deliciosa").at(0.60, 0.24, "24").at(0.82, 0.24, "701,52")
                .at(0.60, 0.30, "Subtotaal").at(0.82, 0.30, "793,02")
                .page(1);
        PageText scan = new PageText(1, printed.words(), Engine.TESSERACT, printed.width(), printed.height());

        Recognition again = EXTRACTOR.extract(List.of(scan), eyesOn(printed, new ArrayList<>()));

        assertThat(again.value(FieldKey.INVOICE_NUMBER)).hasValue("VM25-03318");
        assertThat(again.value(FieldKey.NET_TOTAL)).hasValue("793.02");
    }

    @Test
    void aSurchargeAtARateUnderTheSubtotalIsNoTaxAndAReverseChargedInvoiceHasNone() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Snelpost Koeriers B.V.")
                .at(0.60, 0.08, "Factuurnummer 2025-07-00412")
                .at(0.08, 0.30, "Zending").at(0.80, 0.30, "Bedrag")
                .at(0.08, 0.32, "SP318820400 Utrecht - Leuven").at(0.82, 0.32, "48,90")
                .at(0.08, 0.34, "SP318820513 Utrecht - Antwerpen").at(0.82, 0.34, "800,00")
                .at(0.50, 0.50, "Subtotaal vervoer").at(0.82, 0.50, "€ 848,90")
                .at(0.50, 0.52, "Brandstoftoeslag 8,5%").at(0.82, 0.52, "€ 72,16")
                .at(0.50, 0.54, "Totaal excl. btw").at(0.82, 0.54, "€ 921,06")
                .at(0.50, 0.56, "Btw verlegd (0%)").at(0.82, 0.56, "€ 0,00")
                .at(0.50, 0.58, "Te betalen").at(0.82, 0.58, "€ 921,06")
                .page(1)));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("921.06");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("0.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("921.06");
        assertThat(r.vatBreakdown()).noneMatch(line -> line.rate().compareTo(new BigDecimal("8.5")) == 0);
    }

    @Test
    void aPaidHotelBillLeavesNothingDueThoughASummaryTableStandsUnderItsLabel() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Hotel Elbblick GmbH")
                .at(0.60, 0.08, "Rechnung Nr. 2025-10-0417")
                .at(0.50, 0.55, "Gesamtbetrag (brutto)").at(0.80, 0.55, "512,80 EUR")
                .at(0.50, 0.57, "Zahlung Visa ****2291 am 14.10.2025").at(0.80, 0.57, "-512,80 EUR")
                .at(0.50, 0.59, "Offener Betrag").at(0.80, 0.59, "0,00 EUR")
                .at(0.08, 0.68, "MwSt-Satz").at(0.30, 0.68, "Netto").at(0.50, 0.68, "MwSt").at(0.70, 0.68, "Brutto")
                .at(0.08, 0.70, "Summe").at(0.30, 0.70, "464,56").at(0.56, 0.70, "48,24").at(0.80, 0.70, "512,80")
                .page(1)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("512.80");
        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("0.00");
        // The Danish remainder, and a utility's balance to pay after its instalments.
        Recognition danish = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Vindeby Køkkenudstyr ApS")
                .at(0.50, 0.70, "Total inkl. moms").at(0.80, 0.70, "4.740,00")
                .at(0.50, 0.76, "Betalt med MobilePay 03-11-2025").at(0.80, 0.76, "4.740,00")
                .at(0.50, 0.78, "Restbeløb").at(0.80, 0.78, "0,00")
                .page(1)));
        Recognition utility = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Wiener Strom GmbH")
                .at(0.50, 0.30, "Gesamtbetrag brutto").at(0.80, 0.30, "3.005,34 EUR")
                .at(0.50, 0.32, "abzüglich bezahlte Teilbeträge").at(0.80, 0.32, "-2.520,00 EUR")
                .at(0.50, 0.34, "Nachzahlung").at(0.80, 0.34, "485,34 EUR")
                .page(1)));
        assertThat(danish.value(FieldKey.AMOUNT_DUE)).hasValue("0.00");
        assertThat(utility.value(FieldKey.AMOUNT_DUE)).hasValue("485.34");
        assertThat(utility.value(FieldKey.GROSS_TOTAL)).hasValue("3005.34");
    }

    @Test
    void aPolishInvoicesNumberBesideNumerIsItsNumberNotTheBuyersPostcode() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.70, 0.03, "Sprzedawca:")
                .at(0.62, 0.05, "Kormoran Hosting sp. z o.o.")
                .at(0.08, 0.15, "Faktura VAT")
                .at(0.08, 0.17, "NABYWCA:").at(0.50, 0.17, "Numer").at(0.70, 0.17, "FV/2025/09/0412")
                .at(0.08, 0.19, "Biuro Rachunkowe Malinowski sp.j.").at(0.50, 0.19, "Data wystawienia").at(0.70, 0.19, "2025-09-30")
                .at(0.08, 0.21, "ul. Piotrkowska 104").at(0.50, 0.21, "Termin płatności").at(0.70, 0.21, "2025-10-14")
                .at(0.08, 0.23, "90-006 Łódź")
                .page(1)));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("FV/2025/09/0412");
        assertThat(r.value(FieldKey.BUYER_NAME)).hasValue("Biuro Rachunkowe Malinowski sp.j.");
    }

    @Test
    void aDanishWebshopsTotalInKronerWithItsTaxIncludedAndItsEuroEquivalent() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Vindeby Køkkenudstyr ApS")
                .at(0.08, 0.30, "Krus stentøj 35 cl").at(0.60, 0.30, "4").at(0.82, 0.30, "4.740,00")
                .at(0.50, 0.60, "Total DKK inkl. moms").at(0.82, 0.60, "4.740,00")
                .at(0.50, 0.62, "Heraf moms 25 %").at(0.82, 0.62, "948,00")
                .at(0.50, 0.64, "Svarer til ca. EUR (kurs 7,4604)").at(0.82, 0.64, "635,35")
                .page(1)));

        assertThat(r.value(FieldKey.CURRENCY)).hasValue("DKK");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("4740.00");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("948.00");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("3792.00");
    }

    @Test
    void anInvoiceInDollarsGivesItsOwnTotalsNotTheirEquivalentInSingaporeDollarsBelow() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Kallang Byte Pte. Ltd.")
                .at(0.60, 0.08, "Invoice KB-2025-1107")
                .at(0.08, 0.30, "Premium support").at(0.82, 0.30, "2,762.00")
                .at(0.50, 0.40, "Subtotal").at(0.80, 0.40, "USD 2,762.00")
                .at(0.50, 0.42, "GST 9%").at(0.80, 0.42, "USD 248.58")
                .at(0.50, 0.44, "Total").at(0.80, 0.44, "USD 3,010.58")
                .at(0.08, 0.48, "For GST purposes — amounts in Singapore dollars")
                .at(0.08, 0.50, "Exchange rate (MAS, 30 Sep 2025)").at(0.75, 0.50, "USD 1 = SGD 1.2934")
                .at(0.08, 0.52, "Subtotal").at(0.80, 0.52, "SGD 3,572.37")
                .at(0.08, 0.54, "GST 9%").at(0.80, 0.54, "SGD 321.51")
                .at(0.08, 0.56, "Total").at(0.80, 0.56, "SGD 3,893.88")
                .page(1)));

        assertThat(r.value(FieldKey.CURRENCY)).hasValue("USD");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("3010.58");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("2762.00");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("248.58");
    }

    @Test
    void aDueDateWhoseYearANarrowColumnWrappedOntoTheNextLineIsTheDate() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Lowfell Energy Ltd")
                .at(0.60, 0.10, "Bill date 14 February 2025")
                .at(0.55, 0.30, "Balance to pay").at(0.82, 0.30, "£1,470.78")
                .at(0.55, 0.38, "£1,470.78 to pay by 28 February")
                .at(0.55, 0.395, "2025")
                .at(0.55, 0.42, "Pay by bank transfer to sort code 60-83-71")
                .page(1)));

        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2025-02-28");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2025-02-14");
    }

    @Test
    void yenHaveNoCentsSoTheirCommasGroupThousands() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Kumotori Systems K.K.")
                .at(0.60, 0.08, "Invoice No. KS-2025-0812")
                .at(0.08, 0.30, "Business plan (August 2025)").at(0.60, 0.30, "¥480,000").at(0.82, 0.30, "¥480,000")
                .at(0.08, 0.32, "Additional users").at(0.60, 0.32, "¥3,600").at(0.82, 0.32, "¥126,000")
                .at(0.08, 0.34, "Onboarding workshop").at(0.60, 0.34, "¥150,000").at(0.82, 0.34, "¥150,000")
                .at(0.60, 0.40, "Subtotal").at(0.82, 0.40, "¥756,000")
                .at(0.60, 0.42, "Consumption Tax (10%)").at(0.82, 0.42, "¥75,600")
                .at(0.60, 0.44, "Total (JPY)").at(0.82, 0.44, "¥831,600")
                .page(1)));

        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("756000.00");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("75600.00");
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("831600.00");
        assertThat(r.value(FieldKey.CURRENCY)).hasValue("JPY");
    }

    @Test
    void aHotelBillInDirhamsWithItsDollarEquivalentIsInDirhamsAndAMexicanPesoIsNoUsDollar() {
        Recognition dubai = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Jumeirah Creek Hotel LLC")
                .at(0.08, 0.30, "Date").at(0.30, 0.30, "Description").at(0.75, 0.30, "Amount (AED)")
                .at(0.08, 0.32, "20/11").at(0.30, 0.32, "Room, 3 nights").at(0.80, 0.32, "3,581.27")
                .at(0.50, 0.60, "VAT 5%").at(0.80, 0.60, "179.06")
                .at(0.50, 0.62, "Total Amount (AED)").at(0.80, 0.62, "3,760.33")
                .at(0.50, 0.64, "Total in USD (1 USD = 3.6725 AED)").at(0.80, 0.64, "1,023.92")
                .page(1)));
        Recognition mexico = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Servicios Digitales Tepeyac S.A. de C.V.")
                .at(0.08, 0.07, "RFC: SDT190312AB4")
                .at(0.50, 0.60, "Subtotal").at(0.80, 0.60, "$10,000.00")
                .at(0.50, 0.62, "IVA 16%").at(0.80, 0.62, "$1,600.00")
                .at(0.50, 0.64, "Total").at(0.80, 0.64, "$11,600.00")
                .page(1)));

        assertThat(dubai.value(FieldKey.CURRENCY)).hasValue("AED");
        assertThat(mexico.value(FieldKey.CURRENCY)).hasValue("MXN");
    }

    @Test
    void aRestaurantsServiceChargeIsPartOfWhatTheTaxIsReckonedOn() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "KEDAI KOPI BANGSAR SDN BHD")
                .at(0.08, 0.20, "1 NASI LEMAK").at(0.72, 0.20, "9.50")
                .at(0.08, 0.23, "1 TEH TARIK").at(0.72, 0.23, "3.50")
                .at(0.08, 0.27, "SUBTOTAL").at(0.72, 0.27, "13.00")
                .at(0.08, 0.30, "10% SRV CHG").at(0.72, 0.30, "1.30")
                .at(0.08, 0.33, "6% GST").at(0.72, 0.33, "0.86")
                .at(0.08, 0.36, "TOTAL:").at(0.72, 0.36, "15.16")
                .page(1)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("15.16");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("0.86");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("14.30");
        assertThat(r.fields().get(FieldKey.GROSS_TOTAL).confidence()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void aLetterheadNameReadUnsurelyOnAScanIsReadAgainOnItsLineAndKeptWhenSurer() {
        PageText printed = new PrintedPage()
                .at(0.09, 0.07, "Ondéa Télécom").at(0.55, 0.07, "Votre facture")
                .at(0.55, 0.085, "Facture n° F2411-00092817")
                .at(0.09, 0.097, "SA au capital de 12 000 000 €").at(0.55, 0.097, "Date de facture : 12/11/2024")
                .at(0.09, 0.111, "18 avenue de la République")
                .at(0.09, 0.125, "75011 Paris")
                .at(0.55, 0.40, "Total HT").at(0.82, 0.40, "45,67 €")
                .at(0.55, 0.42, "TVA 20 %").at(0.82, 0.42, "9,13 €")
                .at(0.55, 0.44, "Total TTC").at(0.82, 0.44, "54,80 €").page(1);
        // Large type beside smaller lines: the page's OCR took the heading for two lines' worth of marks.
        PageText scan = scanned(scanned(printed, "Ondéa", "Ondéa A", 0.55), "Télécom", "Télécom alá", 0.4);
        List<Box> asked = new ArrayList<>();
        ZoneEyes eyes = eyesOn(printed, asked);

        Recognition once = EXTRACTOR.extract(List.of(scan));
        Recognition again = EXTRACTOR.extract(List.of(scan), eyes);

        assertThat(once.value(FieldKey.SUPPLIER_NAME)).isNotEqualTo(Optional.of("Ondéa Télécom"));
        assertThat(asked).anySatisfy(zone -> assertThat(zone.y0()).isLessThan(0.07));
        assertThat(again.value(FieldKey.SUPPLIER_NAME)).hasValue("Ondéa Télécom");
        assertThat(again.value(FieldKey.INVOICE_NUMBER)).hasValue("F2411-00092817");
    }

    /** The printed page as a scan whose OCR misread one word, unsurely. */
    private static PageText scanned(PageText printed, String word, String misread, double confidence) {
        List<Word> words = printed.words().stream()
                .map(w -> w.text().equals(word) ? new Word(misread, w.box(), confidence, w.line(), w.block()) : w).toList();
        return new PageText(1, words, Engine.TESSERACT, printed.width(), printed.height());
    }

    /**
     * Eyes that read a zone again as it is printed, and note each zone asked for. As OCR does, they
     * number the zone's lines and blocks from the first.
     */
    private static ZoneEyes eyesOn(PageText printed, List<Box> asked) {
        return (page, zone) -> {
            asked.add(zone);
            List<Word> inZone = printed.words().stream().filter(w -> zone.contains(w.box())).toList();
            List<Integer> lines = inZone.stream().map(Word::line).distinct().sorted().toList();
            return Optional.of(inZone.stream().map(w -> new Word(w.text(), w.box(), w.confidence(), lines.indexOf(w.line()), 0)).toList());
        };
    }

    @Test
    void aNumberOcrSplitWithAGapIsReadWholeWhereThePagePrintsItWholeAndIsNeverSureWhereItDoesNot() {
        Recognition confirmed = EXTRACTOR.extract(List.of(splitNumber()
                .at(0.08, 0.70, "Please quote invoice ANC/MTR/2025/076512 as payment reference.").scanned(1, 0.9)));
        Recognition alone = EXTRACTOR.extract(List.of(splitNumber().scanned(1, 0.9)));

        assertThat(confirmed.value(FieldKey.INVOICE_NUMBER)).hasValue("ANC/MTR/2025/076512");
        assertThat(confirmed.fields().get(FieldKey.INVOICE_NUMBER).confidence()).isGreaterThanOrEqualTo(FieldValue.SURE);
        assertThat(alone.fields().get(FieldKey.INVOICE_NUMBER).confidence()).isLessThan(FieldValue.SURE);
    }

    private static PrintedPage splitNumber() {
        return new PrintedPage()
                .at(0.08, 0.05, "Crescent Insurance PJSC")
                .at(0.55, 0.17, "Tax Invoice No.").at(0.75, 0.17, "ANC/MTR/2025/0765 12")
                .at(0.60, 0.50, "Total amount payable").at(0.85, 0.50, "120.00");
    }

    @Test
    void oneRateRowOfAVatSummaryIsNotTheTotalsThoughItAddsUpAndTheTotalRowReadAsOnePhraseIs() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Seehotel Kristall GmbH")
                .at(0.60, 0.10, "Rechnung Nr. 24-11873")
                .at(0.10, 0.60, "Steuer").at(0.40, 0.60, "Netto").at(0.55, 0.60, "MwSt").at(0.70, 0.60, "Brutto")
                .at(0.10, 0.615, "MwSt 20 %").at(0.40, 0.615, "180,08").at(0.55, 0.615, "36,02").at(0.70, 0.615, "216,10")
                .at(0.10, 0.630, "MwSt 10 %").at(0.40, 0.630, "864,00").at(0.55, 0.630, "86,40").at(0.70, 0.630, "950,40")
                .at(0.10, 0.645, "Ortstaxe (nicht steuerbar)").at(0.40, 0.645, "20,40").at(0.55, 0.645, "0,00").at(0.70, 0.645, "20,40")
                .at(0.10, 0.660, "Gesamt").at(0.40, 0.660, "1.064,48 122,42 1.186,90").scanned(1, 0.9)));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("1186.90");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("1064.48");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("122.42");
    }

    @Test
    void theInvoicesDatePrintedAgainAsTheDeliveryDateIsStillTheInvoicesDate() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "LinguaTatra s.r.o.")
                .at(0.08, 0.10, "Faktúra č. 2025012")
                .at(0.08, 0.26, "Dátum vyhotovenia").at(0.30, 0.26, "Dátum dodania").at(0.52, 0.26, "Dátum splatnosti")
                .at(0.08, 0.28, "05.12.2025").at(0.30, 0.28, "05.12.2025").at(0.52, 0.28, "19.12.2025")
                .at(0.60, 0.60, "Spolu").at(0.85, 0.60, "440,34").page(1)));

        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2025-12-05");
        assertThat(r.value(FieldKey.DUE_DATE)).hasValue("2025-12-19");
    }

    @Test
    void aLawyersFeeNoteNumbersItselfWithATypewritersOrATypographicApostrophe() {
        for (String title : List.of("NOTE D'HONORAIRES N° 2025-0219", "NOTE D\u2019HONORAIRES N° 2025-0219")) {
            Recognition r = read(new PrintedPage()
                    .at(0.08, 0.05, "Weis Kremer Avocats")
                    .at(0.08, 0.34, title)
                    .at(0.60, 0.60, "Total TTC").at(0.85, 0.60, "1 404,00"));

            assertThat(r.value(FieldKey.INVOICE_NUMBER)).as(title).hasValue("2025-0219");
        }
    }

    @Test
    void aRowOfDetailsReadAsOnePhraseOverTwoColumnsGivesTheNumberUnderItsHeading() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Distribuzione Rinaldi S.r.l.")
                .at(0.08, 0.22, "Tipo").at(0.20, 0.22, "Numero").at(0.46, 0.22, "Data documento")
                .at(0.08, 0.24, "TD24 - Differita | 2025/A/0391").at(0.46, 0.24, "07/04/2025")
                .at(0.60, 0.60, "Totale documento").at(0.85, 0.60, "1.220,00").scanned(1, 0.85)));

        assertThat(r.value(FieldKey.INVOICE_NUMBER)).hasValue("2025/A/0391");
        // An address's house number under the heading, its street a little left of it, is one cell, no number.
        Recognition address = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Cista Kancelar s.r.o.")
                .at(0.20, 0.22, "Numero")
                .at(0.12, 0.24, "Holandska 878/2")
                .at(0.60, 0.60, "Totale documento").at(0.85, 0.60, "1.220,00").scanned(1, 0.85)));
        assertThat(address.value(FieldKey.INVOICE_NUMBER)).isNotEqualTo(java.util.Optional.of("878/2"));
    }

    @Test
    void aCreditNotesAmountBesideItsVatTableIsItsGrossAndTheTablesHeadingsDoNotReachTheSummaryBesideThem() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Getränke Vollmer GmbH")
                .at(0.60, 0.10, "Gutschrift Nr. GS-41207")
                .at(0.08, 0.560, "USt.-Satz").at(0.18, 0.560, "Nettobetrag").at(0.30, 0.560, "USt.-Betrag").at(0.42, 0.560, "Bruttobetrag")
                .at(0.62, 0.560, "Summe netto").at(0.84, 0.560, "322,08 EUR")
                .at(0.08, 0.579, "19 %").at(0.18, 0.579, "159,72").at(0.30, 0.579, "30,35").at(0.42, 0.579, "190,07")
                .at(0.62, 0.579, "Summe USt.").at(0.84, 0.579, "41,72 EUR")
                .at(0.08, 0.598, "7 %").at(0.18, 0.598, "162,36").at(0.30, 0.598, "11,37").at(0.42, 0.598, "173,73")
                .at(0.62, 0.598, "Gutschriftsbetrag").at(0.84, 0.598, "363,80 EUR"));

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("363.80");
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("322.08");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("41.72");
    }

    @Test
    void anAmountWhoseFirstFigureOcrSetApartIsReadWholeWhereThePagePrintsItWhole() {
        Recognition confirmed = EXTRACTOR.extract(List.of(splitAmount()
                .at(0.08, 0.84, "Compte client : 5.118.442.907").at(0.60, 0.84, "Montant : 133,67 €").scanned(1, 0.9)));
        Recognition alone = EXTRACTOR.extract(List.of(splitAmount().scanned(1, 0.9)));

        assertThat(confirmed.value(FieldKey.GROSS_TOTAL)).hasValue("133.67");
        assertThat(alone.value(FieldKey.GROSS_TOTAL)).isNotEqualTo(java.util.Optional.of("133.67"));
    }

    private static PrintedPage splitAmount() {
        return new PrintedPage()
                .at(0.08, 0.05, "Oréa Télécom SA")
                .at(0.60, 0.10, "Facture n° 0325 7781 4412")
                .at(0.08, 0.437, "Montant total TTC à payer").at(0.70, 0.437, "1 33,67 €");
    }

    @Test
    void theDateOfTheInvoiceACreditNoteCorrectsIsNotItsOwn() {
        Recognition r = read(new PrintedPage()
                .at(0.08, 0.05, "Mueblería Online Albar, S.L.")
                .at(0.60, 0.05, "FACTURA RECTIFICATIVA")
                .at(0.08, 0.169, "Nº factura rectificativa").at(0.30, 0.169, "R-2025-0038")
                .at(0.08, 0.194, "Factura rectificada").at(0.30, 0.194, "F-2025-1194 de 02/03/2025")
                .at(0.60, 0.60, "Total").at(0.85, 0.60, "-427,60 €"));

        assertThat(r.value(FieldKey.INVOICE_DATE)).isNotEqualTo(java.util.Optional.of("2025-03-02"));
    }

    @Test
    void aCzechAmountToPayIsReadThoughOcrTookItsAccentedLetterForAT() {
        Recognition r = EXTRACTOR.extract(List.of(new PrintedPage()
                .at(0.08, 0.05, "Rychlá zásilka s.r.o.")
                .at(0.55, 0.343, "Celkem k thradé").at(0.80, 0.343, "8 481,89 Kč").scanned(1, 0.9)));

        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("8481.89");
    }
}
