package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.verifact.model.FieldKey;
import io.verifact.model.LineItem;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The invoice lines an operator sees under the fields: one per item, with its description and figures. */
class LineItemReaderTest {

    @Test
    void germanCompoundHeadingsNameTheirColumns() {
        List<LineItem> items = read(new PrintedPage()
                .at(0.08, 0.30, "Pos").at(0.14, 0.30, "Beschreibung").at(0.45, 0.30, "Nettopreis").at(0.57, 0.30, "Menge Einheit")
                .at(0.70, 0.30, "Steuersatz").at(0.82, 0.30, "Nettobetrag")
                .at(0.08, 0.33, "1").at(0.14, 0.33, "Grundpreis (Pauschale)").at(0.46, 0.33, "3,90").at(0.58, 0.33, "1 Stk")
                .at(0.72, 0.33, "7%").at(0.85, 0.33, "3,90")
                .at(0.08, 0.36, "2").at(0.14, 0.36, "Stadtfahrt").at(0.46, 0.36, "2,00").at(0.58, 0.36, "6 km")
                .at(0.72, 0.36, "7%").at(0.84, 0.36, "13,00")
                .at(0.40, 0.45, "Positionssumme").at(0.84, 0.45, "16,90")
                .page(1));

        assertThat(items).extracting(LineItem::description, LineItem::quantity, LineItem::unitPrice, LineItem::amount, LineItem::vatRate)
                .containsExactly(
                        tuple("Grundpreis (Pauschale)", new BigDecimal("1"), new BigDecimal("3.90"), new BigDecimal("3.90"), new BigDecimal("7")),
                        tuple("Stadtfahrt", new BigDecimal("6"), new BigDecimal("2.00"), new BigDecimal("13.00"), new BigDecimal("7")));
    }

    @Test
    void aSlipsQuantityBeforeItsItemKeepsTheItemsFirstWord() {
        // Printed in one run, as a till prints: the quantity, then the item under its heading.
        List<LineItem> items = read(new PrintedPage()
                .at(0.05, 0.30, "QTY ITEM").at(0.70, 0.30, "TOTAL")
                .at(0.05, 0.33, "1 NASI LEMAK AYAM").at(0.70, 0.33, "9.40")
                .at(0.05, 0.36, "2 TEH TARIK").at(0.70, 0.36, "5.20")
                .at(0.05, 0.40, "TOTAL").at(0.70, 0.40, "14.60")
                .page(1));

        assertThat(items).extracting(LineItem::description, LineItem::quantity, LineItem::amount)
                .containsExactly(tuple("NASI LEMAK AYAM", new BigDecimal("1"), new BigDecimal("9.40")),
                        tuple("TEH TARIK", new BigDecimal("2"), new BigDecimal("5.20")));
    }

    @Test
    void anAmountAloneUnderAnItemWhoseDescriptionWasInterruptedIsReadWithoutFailing() {
        // An item with its quantity and no amount, a note further down, then an amount standing alone.
        List<LineItem> items = read(new PrintedPage()
                .at(0.08, 0.30, "Description").at(0.55, 0.30, "Qty").at(0.80, 0.30, "Amount")
                .at(0.08, 0.33, "Printer toner black").at(0.56, 0.33, "2")
                .at(0.08, 0.40, "Delivered to the second floor")
                .at(0.80, 0.47, "58.00")
                .page(1));

        assertThat(items).noneMatch(item -> item.description().isBlank());
    }

    @Test
    void frenchHeadingsTakeTheLastPriceColumnForTheAmount() {
        List<LineItem> withUnitPrice = read(new PrintedPage()
                .at(0.08, 0.30, "Désignation").at(0.50, 0.30, "Qté").at(0.60, 0.30, "Prix unitaire").at(0.82, 0.30, "Prix HT")
                .at(0.08, 0.33, "Ramette papier A4").at(0.50, 0.33, "25").at(0.60, 0.33, "41,15").at(0.82, 0.33, "1 028,75")
                .page(1));
        List<LineItem> priceOnly = read(new PrintedPage()
                .at(0.08, 0.30, "Libellé").at(0.60, 0.30, "Quantité").at(0.82, 0.30, "Prix HT")
                .at(0.08, 0.33, "Forfait maintenance annuelle").at(0.62, 0.33, "1").at(0.82, 0.33, "480,00")
                .page(1));

        assertThat(withUnitPrice).extracting(LineItem::description, LineItem::quantity, LineItem::unitPrice, LineItem::amount)
                .containsExactly(tuple("Ramette papier A4", new BigDecimal("25"), new BigDecimal("41.15"), new BigDecimal("1028.75")));
        assertThat(priceOnly).extracting(LineItem::description, LineItem::amount)
                .containsExactly(tuple("Forfait maintenance annuelle", new BigDecimal("480.00")));
    }

    @Test
    void dutchHeadingsNameTheirColumns() {
        List<LineItem> items = read(new PrintedPage()
                .at(0.08, 0.30, "Omschrijving").at(0.45, 0.30, "Aantal").at(0.56, 0.30, "Eenheidsprijs").at(0.70, 0.30, "BTW-tarief")
                .at(0.82, 0.30, "Bedrag")
                .at(0.08, 0.33, "Volkorenbrood").at(0.46, 0.33, "40").at(0.58, 0.33, "2,10").at(0.72, 0.33, "6 %").at(0.83, 0.33, "84,00")
                .page(1));

        assertThat(items).extracting(LineItem::description, LineItem::quantity, LineItem::unitPrice, LineItem::amount, LineItem::vatRate)
                .containsExactly(tuple("Volkorenbrood", new BigDecimal("40"), new BigDecimal("2.10"), new BigDecimal("84.00"), new BigDecimal("6")));
    }

    @Test
    void aServiceInvoiceWithOnlyADescriptionAndAnAmountGivesItsLines() {
        List<LineItem> items = read(new PrintedPage()
                .at(0.08, 0.30, "Description").at(0.50, 0.30, "Period").at(0.68, 0.30, "Tax rate").at(0.82, 0.30, "Amount")
                .at(0.08, 0.33, "Cloud server CX21").at(0.50, 0.33, "01/03-31/03").at(0.69, 0.33, "20%").at(0.84, 0.33, "$5.83")
                .at(0.08, 0.36, "Backup space 100 GB").at(0.50, 0.36, "01/03-31/03").at(0.69, 0.36, "20%").at(0.84, 0.36, "$1.20")
                .at(0.08, 0.39, "Public IPv4 address").at(0.50, 0.39, "01/03-31/03").at(0.69, 0.39, "20%").at(0.84, 0.39, "$1")
                .at(0.60, 0.45, "Subtotal").at(0.84, 0.45, "$8.03")
                .page(1));

        assertThat(items).extracting(LineItem::description, LineItem::unitPrice, LineItem::amount, LineItem::vatRate).containsExactly(
                tuple("Cloud server CX21", null, new BigDecimal("5.83"), new BigDecimal("20")),
                tuple("Backup space 100 GB", null, new BigDecimal("1.20"), new BigDecimal("20")),
                tuple("Public IPv4 address", null, new BigDecimal("1"), new BigDecimal("20")));
    }

    @Test
    void aMarketplaceInvoiceTakesTheLineTotalNotThePriceWithTax() {
        List<LineItem> items = read(new PrintedPage()
                .at(0.06, 0.30, "Description").at(0.40, 0.30, "Qty").at(0.47, 0.30, "VAT rate").at(0.58, 0.30, "Unit price")
                .at(0.71, 0.30, "Unit price").at(0.84, 0.30, "Item subtotal")
                .at(0.58, 0.313, "(excl. VAT)").at(0.71, 0.313, "(incl. VAT)").at(0.84, 0.313, "(incl. VAT)")
                .at(0.06, 0.34, "USB-C charging cable 2 m").at(0.41, 0.34, "2").at(0.48, 0.34, "20%").at(0.59, 0.34, "€8.32")
                .at(0.72, 0.34, "€9.99").at(0.86, 0.34, "€19.98")
                .page(1));

        assertThat(items).extracting(LineItem::description, LineItem::quantity, LineItem::unitPrice, LineItem::amount, LineItem::vatRate)
                .containsExactly(tuple("USB-C charging cable 2 m", new BigDecimal("2"), new BigDecimal("8.32"), new BigDecimal("19.98"),
                        new BigDecimal("20")));
    }

    @Test
    void aVatColumnHoldingTheLinesTaxAmountGivesNoRateMadeOfItsFirstDigits() {
        List<LineItem> items = read(new PrintedPage()
                .at(0.06, 0.30, "Description").at(0.50, 0.30, "Amount").at(0.70, 0.30, "VAT")
                .at(0.06, 0.34, "Consulting, March").at(0.50, 0.34, "630,00").at(0.70, 0.34, "119,70")
                .at(0.06, 0.36, "Travel costs").at(0.50, 0.36, "100,00").at(0.70, 0.36, "19 %")
                .page(1));

        assertThat(items).extracting(LineItem::vatRate).containsExactly(null, new BigDecimal("19"));
    }

    @Test
    void aHeadingStackedOverSeveralLinesIsOneColumnAndItsUstIsNoTaxLabel() {
        PageText page = new PrintedPage()
                .at(0.08, 0.02, "Praxis für Physiotherapie Tanja Tinder")
                .at(0.08, 0.10, "Rechnung Nr. R18-31")
                .at(0.82, 0.290, "Positions-")
                .at(0.08, 0.303, "Pos").at(0.14, 0.303, "Beschreibung").at(0.45, 0.303, "Nettopreis").at(0.57, 0.303, "Menge")
                .at(0.70, 0.303, "USt.").at(0.84, 0.303, "betrag")
                .at(0.85, 0.316, "ohne")
                .at(0.85, 0.329, "USt.")
                .at(0.08, 0.36, "1").at(0.14, 0.36, "Physiotherapie").at(0.45, 0.36, "26,0000").at(0.57, 0.36, "10 Stk")
                .at(0.70, 0.36, "0 %").at(0.84, 0.36, "260,00")
                .at(0.08, 0.39, "2").at(0.14, 0.39, "Hausbesuch").at(0.45, 0.39, "12,0000").at(0.57, 0.39, "10 Stk")
                .at(0.70, 0.39, "0 %").at(0.84, 0.39, "120,00")
                .page(1);

        assertThat(read(page)).extracting(LineItem::description, LineItem::amount)
                .containsExactly(tuple("Physiotherapie", new BigDecimal("260.00")), tuple("Hausbesuch", new BigDecimal("120.00")));
        Recognition r = new FieldExtractor(Clock.systemUTC()).extract(List.of(page));
        assertThat(r.value(FieldKey.TAX_TOTAL)).as("the tax of an invoice whose every line is at 0 %").hasValue("0.00");
    }

    @Test
    void aTableThatRunsOnToTheNextPageWithoutItsHeaderKeepsAllItsRows() {
        PageText first = new PrintedPage()
                .at(0.08, 0.03, "Muster GmbH · Rechnung 4711")
                .at(0.08, 0.70, "Beschreibung").at(0.50, 0.70, "Menge").at(0.62, 0.70, "Einzelpreis").at(0.82, 0.70, "Gesamtpreis")
                .at(0.08, 0.73, "Schrauben M6").at(0.50, 0.73, "100").at(0.62, 0.73, "0,10").at(0.84, 0.73, "10,00")
                .at(0.08, 0.76, "Muttern M6").at(0.50, 0.76, "100").at(0.62, 0.76, "0,05").at(0.84, 0.76, "5,00")
                .at(0.80, 0.96, "Seite 1 von 2")
                .page(1);
        PageText second = new PrintedPage()
                .at(0.08, 0.03, "Muster GmbH · Rechnung 4711")
                .at(0.08, 0.10, "Unterlegscheiben M6").at(0.50, 0.10, "200").at(0.62, 0.10, "0,02").at(0.84, 0.10, "4,00")
                .at(0.08, 0.13, "Dübel 8 mm").at(0.50, 0.13, "50").at(0.62, 0.13, "0,20").at(0.84, 0.13, "10,00")
                .at(0.50, 0.20, "Summe netto").at(0.84, 0.20, "29,00")
                .at(0.50, 0.22, "Umsatzsteuer 19 %").at(0.84, 0.22, "5,51")
                .at(0.80, 0.96, "Seite 2 von 2")
                .page(2);

        assertThat(read(first, second)).extracting(LineItem::description, LineItem::amount).containsExactly(
                tuple("Schrauben M6", new BigDecimal("10.00")), tuple("Muttern M6", new BigDecimal("5.00")),
                tuple("Unterlegscheiben M6", new BigDecimal("4.00")), tuple("Dübel 8 mm", new BigDecimal("10.00")));
    }

    @Test
    void theHeaderRepeatedOnTheNextPageIsNoItemAndTheTableGoesOn() {
        PageText first = new PrintedPage()
                .at(0.08, 0.70, "Description").at(0.50, 0.70, "Qty").at(0.62, 0.70, "Unit price").at(0.82, 0.70, "Amount")
                .at(0.08, 0.73, "Printer paper A4").at(0.50, 0.73, "25").at(0.62, 0.73, "4.00").at(0.84, 0.73, "100.00")
                .page(1);
        PageText second = new PrintedPage()
                .at(0.08, 0.08, "Description").at(0.50, 0.08, "Qty").at(0.62, 0.08, "Unit price").at(0.82, 0.08, "Amount")
                .at(0.08, 0.11, "Toner black").at(0.50, 0.11, "2").at(0.62, 0.11, "45.00").at(0.84, 0.11, "90.00")
                .at(0.50, 0.20, "Subtotal").at(0.84, 0.20, "190.00")
                .page(2);

        assertThat(read(first, second)).extracting(LineItem::description).containsExactly("Printer paper A4", "Toner black");
    }

    @Test
    void aDescriptionThatWrapsContinuesOnTheLinesBelowItsRow() {
        List<LineItem> items = read(new PrintedPage()
                .at(0.08, 0.30, "Beschreibung").at(0.50, 0.30, "Menge").at(0.62, 0.30, "Einzelpreis").at(0.82, 0.30, "Gesamtpreis")
                .at(0.08, 0.33, "Stadtfahrt - 2,00 Euro je").at(0.50, 0.33, "6").at(0.62, 0.33, "2,00").at(0.84, 0.33, "12,00")
                .at(0.08, 0.343, "gefahrene Kilometer")
                .at(0.08, 0.38, "GWDSTG-DIN976-").at(0.50, 0.38, "25").at(0.62, 0.38, "2,06").at(0.84, 0.38, "51,50")
                .at(0.08, 0.393, "A-4.8-M10X1000")
                .at(0.08, 0.43, "Wartung vor Ort").at(0.50, 0.43, "2").at(0.62, 0.43, "45,00")
                .at(0.08, 0.443, "(Stunden)").at(0.84, 0.443, "90,00")
                .page(1));

        assertThat(items).extracting(LineItem::description, LineItem::amount).containsExactly(
                tuple("Stadtfahrt - 2,00 Euro je gefahrene Kilometer", new BigDecimal("12.00")),
                tuple("GWDSTG-DIN976-A-4.8-M10X1000", new BigDecimal("51.50")),
                tuple("Wartung vor Ort (Stunden)", new BigDecimal("90.00")));
    }

    @Test
    void anAllowanceUnderAnItemAndTheSumOfTheRowsAreNoItems() {
        List<LineItem> items = read(new PrintedPage()
                .at(0.08, 0.30, "Description").at(0.50, 0.30, "Qty").at(0.62, 0.30, "Unit price").at(0.82, 0.30, "Amount")
                .at(0.08, 0.33, "Premium coffee beans 1 kg").at(0.50, 0.33, "5").at(0.62, 0.33, "20.00").at(0.84, 0.33, "100.00")
                .at(0.10, 0.36, "Discount 10 %").at(0.84, 0.36, "-10.00")
                .at(0.08, 0.39, "Organic tea 500 g").at(0.50, 0.39, "3").at(0.62, 0.39, "15.00").at(0.84, 0.39, "45.00")
                .at(0.30, 0.42, "Lines 1 to 2").at(0.84, 0.42, "135.00")
                .at(0.08, 0.48, "Late payment fee").at(0.84, 0.48, "40.00")
                .page(1));

        assertThat(items).extracting(LineItem::description, LineItem::amount).containsExactly(
                tuple("Premium coffee beans 1 kg", new BigDecimal("100.00")), tuple("Organic tea 500 g", new BigDecimal("45.00")));
    }

    private static List<LineItem> read(PageText... pages) {
        return new LineItemReader(new Reading(new Layout(Arrays.asList(pages)))).read();
    }
}
