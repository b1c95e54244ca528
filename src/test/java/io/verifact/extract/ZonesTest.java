package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;
import io.verifact.model.Mask;
import io.verifact.model.PagePlace;
import io.verifact.model.PageText;
import io.verifact.model.Zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A rectangle drawn on one invoice, read there and found again on the supplier's next invoices. */
class ZonesTest {

    /** A supplier's invoice whose lines push the totals down: each line is 0.02 of the page high. */
    private static PrintedPage invoice(int lines, String number, String gross) {
        PrintedPage page = new PrintedPage()
                .at(0.08, 0.05, "Imprimerie Vauban SARL")
                .at(0.08, 0.065, "4 quai Vauban 25000 Besançon")
                .at(0.60, 0.05, "FACTURE")
                .at(0.60, 0.08, "Réf. pièce").at(0.72, 0.08, number)
                .at(0.60, 0.095, "Émise le").at(0.72, 0.095, "12/03/2024")
                .at(0.08, 0.30, "Désignation").at(0.82, 0.30, "Montant");
        for (int i = 0; i < lines; i++) {
            page.at(0.08, 0.32 + 0.02 * i, "Travaux d'impression lot " + (i + 1)).at(0.82, 0.32 + 0.02 * i, "10,00");
        }
        double y = 0.34 + 0.02 * lines;
        return page.at(0.55, y, "Montant à régler").at(0.82, y, gross);
    }

    private static Box around(PageText page, String text) {
        return page.words().stream().filter(w -> w.text().equals(text)).map(w -> w.box()).findFirst().orElseThrow();
    }

    @Test
    void aDrawnRectangleReadsTheValueItHoldsAsTheFieldsKind() {
        PageText page = invoice(3, "VB-0042", "1 234,50").page(1);
        Box amount = around(page, "1").union(around(page, "234,50"));

        Optional<Candidate> read = ZoneReader.drawn(page, grow(amount, 0.004), ZoneReader.Target.of(FieldKey.GROSS_TOTAL));

        assertThat(read).map(Candidate::value).hasValue("1234.50");
        assertThat(read.orElseThrow().box()).isEqualTo(amount);
        assertThat(ZoneReader.drawn(page, grow(around(page, "12/03/2024"), 0.004), ZoneReader.Target.of(FieldKey.INVOICE_DATE)))
                .map(Candidate::value).hasValue("2024-03-12");
    }

    @Test
    void aRectangleOverALabelAndItsValueReadsTheValueOnly() {
        PageText page = invoice(3, "VB-0042", "99,00").page(1);
        Box labelAndValue = around(page, "Réf.").union(around(page, "VB-0042"));
        PageText withColon = new PrintedPage().at(0.1, 0.1, "N° : FA-77").page(1);

        assertThat(ZoneReader.drawn(page, grow(labelAndValue, 0.004), ZoneReader.Target.of(FieldKey.GROSS_TOTAL))).isEmpty();
        assertThat(ZoneReader.drawn(withColon, new Box(0.05, 0.09, 0.5, 0.13), ZoneReader.Target.of(FieldKey.INVOICE_NUMBER)))
                .map(Candidate::value).hasValue("FA-77");
    }

    @Test
    void anIdentifierIsReadAsPrintedEvenWhenItsCheckDigitsFail() {
        PageText page = new PrintedPage().at(0.1, 0.1, "TVA :").at(0.2, 0.1, "FR 12 345 678 901")
                .at(0.1, 0.2, "IBAN").at(0.2, 0.2, "FR76 3000 6000 0112 3456 7890 189").page(1);

        assertThat(ZoneReader.drawn(page, new Box(0.05, 0.09, 0.6, 0.115), ZoneReader.Target.of(FieldKey.SUPPLIER_VAT)))
                .map(Candidate::value).hasValue("FR12345678901");
        assertThat(ZoneReader.drawn(page, new Box(0.19, 0.19, 0.9, 0.215), ZoneReader.Target.of(FieldKey.SUPPLIER_IBAN)))
                .map(Candidate::value).hasValue("FR7630006000011234567890189");
    }

    @Test
    void aRectangleOverNothingOfTheFieldsKindReadsNoValue() {
        PageText page = invoice(3, "VB-0042", "99,00").page(1);

        assertThat(ZoneReader.drawn(page, grow(around(page, "FACTURE"), 0.004), ZoneReader.Target.of(FieldKey.INVOICE_DATE))).isEmpty();
        assertThat(ZoneReader.drawn(page, new Box(0.3, 0.9, 0.4, 0.95), ZoneReader.Target.of(FieldKey.GROSS_TOTAL))).isEmpty();
        assertThat(ZoneReader.text(page, grow(around(page, "FACTURE"), 0.004))).isEqualTo("FACTURE");
    }

    @Test
    void aZoneRemembersTheLabelLeftOfItAndTheLastPageForATotal() {
        PageText page = invoice(3, "VB-0042", "99,00").page(1);

        Zone zone = ZonePlacing.teach(List.of(page), "gross_total", FieldKey.Kind.AMOUNT, 1, grow(around(page, "99,00"), 0.004));
        Zone number = ZonePlacing.teach(List.of(page), "invoice_number", FieldKey.Kind.TEXT, 1, grow(around(page, "VB-0042"), 0.004));

        assertThat(zone.label()).isEqualTo("Montant à régler");
        assertThat(zone.page()).isEqualTo(PagePlace.LAST);
        assertThat(number.label()).isEqualTo("Réf. pièce");
        assertThat(number.page()).isEqualTo(PagePlace.FIRST);
    }

    @Test
    void aZoneWithNothingBesideItTakesTheLabelAboveIt() {
        PageText page = new PrintedPage().at(0.6, 0.2, "Numéro de client").at(0.6, 0.215, "C-0815").page(1);

        Zone zone = ZonePlacing.teach(List.of(page), "po_number", FieldKey.Kind.TEXT, 1, grow(around(page, "C-0815"), 0.003));

        assertThat(zone.label()).isEqualTo("Numéro de client");
    }

    @Test
    void aTotalTaughtOnAShortInvoiceIsFoundLowerOnALongOneAndReadWhole() {
        Mask mask = grossTotalTaughtOnAShortInvoice();

        PageText longer = invoice(20, "VB-0057", "12 345,67").page(1);
        Map<String, Candidate> read = MaskReader.read(mask, List.of(longer), f -> Optional.empty());

        assertThat(read.get("gross_total").value()).isEqualTo("12345.67");
    }

    @Test
    void aTotalThatMovedToTheSecondPageIsFoundThere() {
        Mask mask = grossTotalTaughtOnAShortInvoice();
        PageText first = invoice(30, "VB-0060", "0,00").page(1);
        List<io.verifact.model.Word> firstWords = new ArrayList<>(first.words().stream()
                .filter(w -> w.box().y0() < 0.9).toList());
        PageText firstOnly = new PageText(1, firstWords, first.engine(), first.width(), first.height());
        PageText second = new PrintedPage().at(0.08, 0.1, "Travaux de reliure").at(0.82, 0.1, "10,00")
                .at(0.55, 0.14, "Montant à régler").at(0.82, 0.14, "310,00").page(2);

        Map<String, Candidate> read = MaskReader.read(mask, List.of(firstOnly, second), f -> Optional.empty());

        assertThat(read.get("gross_total").value()).isEqualTo("310.00");
        assertThat(read.get("gross_total").page()).isEqualTo(2);
    }

    @Test
    void aVatBreakdownRowIsReadWhicheverOrderItsFiguresArePrintedIn() {
        PageText page = new PrintedPage()
                .at(0.1, 0.5, "TVA 20 %").at(0.5, 0.5, "1 028,75").at(0.7, 0.5, "205,75")
                .at(0.1, 0.52, "Taux").at(0.3, 0.52, "5,50").at(0.5, 0.52, "5,50").at(0.7, 0.52, "100,00")
                .at(0.1, 0.54, "Base seule").at(0.5, 0.54, "100,00").page(1);

        assertThat(ZoneReader.drawn(page, new Box(0.05, 0.495, 0.9, 0.515), ZoneReader.Target.vatRow()))
                .map(Candidate::value).hasValue("20.00 1028.75 205.75");
        assertThat(ZoneReader.drawn(page, new Box(0.05, 0.515, 0.9, 0.535), ZoneReader.Target.vatRow()))
                .map(Candidate::value).hasValue("5.50 100.00 5.50");
        assertThat(ZoneReader.drawn(page, new Box(0.05, 0.535, 0.9, 0.555), ZoneReader.Target.vatRow())).isEmpty();
    }

    @Test
    void aTaughtVatRowGivesTheBreakdownOfTheNextInvoice() {
        PageText taughtOn = invoice(3, "VB-0042", "99,00").at(0.55, 0.45, "TVA 20 %").at(0.70, 0.45, "82,50").at(0.82, 0.45, "16,50").page(1);
        Zone row = ZonePlacing.teach(List.of(taughtOn), "vat_row_1", FieldKey.Kind.AMOUNT, 1, new Box(0.54, 0.445, 0.9, 0.465));
        Mask mask = new Mask("m", "s", 1, LayoutPrints.of(List.of(taughtOn)), List.of(row), "sha");
        PageText next = invoice(5, "VB-0043", "120,00").at(0.55, 0.45, "TVA 20 %").at(0.70, 0.45, "100,00").at(0.82, 0.45, "20,00").page(1);

        var read = FieldExtractor.withMask(new FieldExtractor(java.time.Clock.systemUTC()).extract(List.of(next)), List.of(next), mask);

        assertThat(read.vatBreakdown()).singleElement().satisfies(line -> {
            assertThat(line.rate()).isEqualByComparingTo("20");
            assertThat(line.base()).isEqualByComparingTo("100.00");
            assertThat(line.tax()).isEqualByComparingTo("20.00");
        });
    }

    @Test
    void aTotalWithoutALabelKeepsItsDistanceToTheLastPrintedLine() {
        PageText taughtOn = unlabelledTotal(3, "99,00").page(1);
        Zone zone = ZonePlacing.teach(List.of(taughtOn), "gross_total", FieldKey.Kind.AMOUNT, 1, grow(around(taughtOn, "99,00"), 0.004));
        Mask mask = new Mask("m", "s", 1, LayoutPrints.of(List.of(taughtOn)), List.of(zone), "sha");

        Map<String, Candidate> read = MaskReader.read(mask, List.of(unlabelledTotal(12, "1 099,00").page(1)), f -> Optional.empty());

        assertThat(zone.hasLabel()).isFalse();
        assertThat(zone.fromFoot()).isTrue();
        assertThat(read.get("gross_total").value()).isEqualTo("1099.00");
    }

    /** Lines, then a total alone in its corner, and under it a legal mention that moves down with the lines. */
    private static PrintedPage unlabelledTotal(int lines, String gross) {
        PrintedPage page = new PrintedPage().at(0.08, 0.05, "Garage du Centre").at(0.08, 0.30, "Pièces");
        for (int i = 0; i < lines; i++) {
            page.at(0.08, 0.40 + 0.02 * i, "Pièce " + (i + 1)).at(0.82, 0.40 + 0.02 * i, "8,25");
        }
        double y = 0.44 + 0.02 * lines;
        return page.at(0.82, y, gross).at(0.08, y + 0.04, "Pénalités de retard au taux légal");
    }

    @Test
    void onAScanAZonePlacedByTheMaskIsReadAgainOnItsOwnBeforeThePagesWords() {
        Mask mask = grossTotalTaughtOnAShortInvoice();
        PageText printed = invoice(5, "VB-0044", "1 099,00").page(1);
        // The whole page's OCR misread the total; the zone read on its own reads it right.
        List<io.verifact.model.Word> misread = new ArrayList<>(printed.words().stream()
                .map(w -> w.text().equals("099,00") ? new io.verifact.model.Word("O99,0O", w.box(), 0.4, w.line(), w.block()) : w).toList());
        PageText scan = new PageText(1, misread, io.verifact.model.Engine.TESSERACT, printed.width(), printed.height());
        List<Box> asked = new ArrayList<>();
        ZoneEyes eyes = (page, zone) -> {
            asked.add(zone);
            return Optional.of(printed.words().stream().filter(w -> zone.contains(w.box())).toList());
        };

        Map<String, Candidate> onItsOwn = MaskReader.read(mask, List.of(scan), f -> Optional.empty(), eyes);
        Map<String, Candidate> fromPage = MaskReader.read(mask, List.of(scan), f -> Optional.empty());

        assertThat(onItsOwn.get("gross_total").value()).isEqualTo("1099.00");
        assertThat(asked).isNotEmpty();
        assertThat(fromPage.get("gross_total").value()).isNotEqualTo("1099.00");
    }

    @Test
    void aZoneThatLostItsLabelDoesNotOverruleASureReadingOfThePage() {
        Mask mask = grossTotalTaughtOnAShortInvoice();
        // The total is labelled otherwise now, and another figure stands where the zone was drawn.
        PageText relabelled = new PrintedPage().at(0.08, 0.05, "Imprimerie Vauban SARL")
                .at(0.55, 0.40, "Remise accordée").at(0.82, 0.40, "77,00")
                .at(0.55, 0.44, "Total à payer").at(0.82, 0.44, "120,00").page(1);
        var sure = new io.verifact.model.FieldValue(FieldKey.GROSS_TOTAL, "120.00", io.verifact.model.Source.LAYOUT, 0.95, 1,
                around(relabelled, "120,00"), List.of());
        var layout = new io.verifact.model.Recognition(Map.of(FieldKey.GROSS_TOTAL, sure), List.of(), List.of(), List.of());

        var read = FieldExtractor.withMask(layout, List.of(relabelled), mask).fields().get(FieldKey.GROSS_TOTAL);

        assertThat(read.value()).isEqualTo("120.00");
        assertThat(read.source()).isEqualTo(io.verifact.model.Source.LAYOUT);
        assertThat(read.alternatives()).first().satisfies(c -> assertThat(c.value()).isEqualTo("77.00"));
    }

    @Test
    void aLayoutFitsItsOwnSupplierInvoicesAndNotAnotherLetterhead() {
        PageText one = invoice(3, "VB-0042", "99,00").page(1);
        PageText two = invoice(12, "VB-0043", "1 099,00").page(1);
        PageText other = new PrintedPage()
                .at(0.55, 0.05, "Garage du Centre")
                .at(0.55, 0.065, "route de Dole 39100")
                .at(0.08, 0.12, "Facture numéro").at(0.25, 0.12, "G-1")
                .at(0.08, 0.30, "Pièces et main d'oeuvre").page(1);

        assertThat(LayoutPrints.fit(LayoutPrints.of(List.of(one)), List.of(two))).isGreaterThanOrEqualTo(LayoutPrints.FITS);
        assertThat(LayoutPrints.fit(LayoutPrints.of(List.of(one)), List.of(other))).isLessThan(LayoutPrints.FITS);
    }

    private static Mask grossTotalTaughtOnAShortInvoice() {
        PageText taughtOn = invoice(3, "VB-0042", "99,00").page(1);
        Zone zone = ZonePlacing.teach(List.of(taughtOn), "gross_total", FieldKey.Kind.AMOUNT, 1, grow(around(taughtOn, "99,00"), 0.004));
        return new Mask("m", "s", 1, LayoutPrints.of(List.of(taughtOn)), List.of(zone), "sha");
    }

    private static Box grow(Box box, double by) {
        return new Box(Math.max(0, box.x0() - by), Math.max(0, box.y0() - by), Math.min(1, box.x1() + by), Math.min(1, box.y1() + by));
    }
}
