package io.verifact.capture;

import java.util.List;
import java.util.stream.Stream;

/**
 * A Dutch courier's invoice in Dutch and English: a dark band across the top with the name and the
 * contact details in white, the references as labelled columns under the title, the client on the
 * left, a table ruled only between rows, and the amount due in a shaded bar.
 *
 * @param trade what the supplier does, under its name
 * @param chamber the supplier's number at the Chamber of Commerce (KvK)
 */
record DutchLook(String trade, String chamber) implements Look {

    private static final Wording WORDING = new Wording(Numbers.of('.', ',', true, false, "dd-MM-yyyy"),
            "BTW / VAT", "Grondslag / Base", "BTW / VAT", "Subtotaal / Subtotal", "BTW %s / VAT %s",
            "Totaal incl. BTW / Total", "Te betalen / Amount due", "Transport");
    private static final float[] REFERENCE_COLUMNS = {50, 180, 310, 440};
    private static final float BAND = 92;

    @Override
    public PageFrame frame() {
        return new PageFrame(WORDING, columns(), new TableStyle(1, true), 292, 720);
    }

    private static List<Column> columns() {
        Numbers n = WORDING.numbers();
        return List.of(
                Column.left("Omschrijving / Description", 50, r -> r.line().description()),
                Column.right("Aantal / Qty", 340, r -> n.quantity(r.line().quantity())),
                Column.right("Prijs / Price", 415, r -> n.amount(r.line().unitPrice())),
                Column.right("BTW / VAT", 465, r -> n.rate(r.line().vatRate())),
                Column.right("Bedrag / Amount", Canvas.RIGHT, r -> n.amount(r.line().amount())));
    }

    @Override
    public void head(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        canvas.fill(0, 0, Canvas.WIDTH, BAND, 0.22f);
        canvas.ink(1);
        canvas.text(Canvas.LEFT, 44, canvas.fonts.bold(), 18, supplier.name());
        canvas.text(Canvas.LEFT, 61, canvas.fonts.regular(), 9, trade);
        float y = 34;
        for (String line : concat(supplier.party().address(), supplier.contact())) {
            canvas.right(Canvas.RIGHT, y, canvas.fonts.regular(), 8.5f, line);
            y += 12;
        }
        canvas.ink(0);

        canvas.text(Canvas.LEFT, 134, canvas.fonts.bold(), 20, bill.creditNote() ? "CREDITNOTA / CREDIT NOTE" : "FACTUUR / INVOICE");
        Numbers n = WORDING.numbers();
        String[][] references = {
                {"Factuurnummer / Invoice no.", bill.number()},
                {"Factuurdatum / Invoice date", n.date(bill.date())},
                {"Vervaldatum / Due date", bill.due() == null ? "–" : n.date(bill.due())},
                {"Ordernummer / PO number", bill.order() == null ? "–" : bill.order()}};
        for (int i = 0; i < references.length; i++) {
            canvas.text(REFERENCE_COLUMNS[i], 162, canvas.fonts.bold(), 7.5f, references[i][0]);
            canvas.text(REFERENCE_COLUMNS[i], 177, canvas.fonts.regular(), 10.5f, references[i][1]);
        }
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 190, 0.4f);

        Party buyer = bill.buyer();
        canvas.text(Canvas.LEFT, 214, canvas.fonts.bold(), 7.5f, "Klant / Bill to:");
        canvas.text(Canvas.LEFT, 229, canvas.fonts.bold(), 10, buyer.name());
        y = 242;
        for (String line : buyer.address()) {
            canvas.text(Canvas.LEFT, y, canvas.fonts.regular(), 9.5f, line);
            y += 12.5f;
        }
        canvas.text(Canvas.LEFT, y, canvas.fonts.regular(), 9.5f, "BTW / VAT: " + buyer.vat());
    }

    @Override
    public void foot(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 738, 0.4f);
        if (number.totals()) {
            canvas.centred(Canvas.WIDTH / 2, 754, canvas.fonts.regular(), 9, "Betaling binnen 14 dagen op IBAN "
                    + supplier.printedIban() + " (BIC " + supplier.bic() + ") o.v.v. het factuurnummer.");
            canvas.centred(Canvas.WIDTH / 2, 767, canvas.fonts.italic(), 8.5f,
                    "Payment within 14 days to the account above, quoting the invoice number.");
        }
        canvas.centred(Canvas.WIDTH / 2, 796, canvas.fonts.regular(), 7.5f, supplier.name() + " · "
                + String.join(" · ", supplier.party().address()) + " · KvK " + chamber + " · BTW " + supplier.party().vat()
                + " · " + number.page() + "/" + number.pages());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
