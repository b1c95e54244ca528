package io.verifact.capture;

import java.util.List;
import java.util.Locale;

/**
 * A Belgian printer's invoice in French: a centred serif letterhead over a double rule, the
 * invoice's references in a framed grid on the left, the client on the right, and a payment line
 * with the structured communication Belgian banks match transfers by.
 *
 * @param banner the name as the letterhead prints it, large
 * @param trade what the supplier does, under its name
 * @param registry the register of legal persons (RPM) the supplier is listed in
 */
record BelgianLook(String banner, String trade, String registry) implements Look {

    private static final Wording WORDING = new Wording(Numbers.of('.', ',', false, true, "dd/MM/yyyy"),
            "Taux TVA", "Base HT", "Montant TVA", "Total HT", "TVA %s", "Total TTC", "Montant à payer", "Report");
    private static final float GRID_TOP = 116;
    private static final float GRID_ROW = 17;
    private static final float CLIENT = 332;

    @Override
    public PageFrame frame() {
        return new PageFrame(WORDING, columns(), new TableStyle(0.85f, true), 216, 690);
    }

    private static List<Column> columns() {
        Numbers n = WORDING.numbers();
        return List.of(
                Column.left("Description", 56, r -> r.line().description()),
                Column.right("Quantité", 340, r -> n.quantity(r.line().quantity())),
                Column.right("Prix unitaire", 420, r -> n.amount(r.line().unitPrice())),
                Column.right("TVA", 462, r -> n.rate(r.line().vatRate())),
                Column.right("Montant HT", 539, r -> n.amount(r.line().amount())));
    }

    @Override
    public void head(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        float centre = Canvas.WIDTH / 2;
        canvas.centred(centre, 58, canvas.fonts.serifBold(), 22, banner);
        canvas.centred(centre, 74, canvas.fonts.serif(), 10, trade);
        canvas.centred(centre, 89, canvas.fonts.regular(), 8, String.join(" · ", supplier.party().address()) + " · "
                + String.join(" · ", supplier.contact()));
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 97, 1.2f);
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 99.5f, 0.4f);

        Numbers n = WORDING.numbers();
        String[][] grid = {
                {"Facture n°", bill.number()},
                {"Date de facture", n.date(bill.date())},
                {"Échéance", n.date(bill.due())},
                {"Votre commande", bill.order()}};
        canvas.frame(Canvas.LEFT, GRID_TOP, 230, grid.length * GRID_ROW, 0.7f);
        canvas.upright(146, GRID_TOP, GRID_TOP + grid.length * GRID_ROW, 0.5f);
        for (int i = 0; i < grid.length; i++) {
            float y = GRID_TOP + i * GRID_ROW;
            if (i > 0) {
                canvas.rule(Canvas.LEFT, Canvas.LEFT + 230, y, 0.4f);
            }
            canvas.text(Canvas.LEFT + 6, y + 12, canvas.fonts.bold(), 8.5f, grid[i][0]);
            canvas.text(152, y + 12, canvas.fonts.regular(), 9, grid[i][1]);
        }

        Party buyer = bill.buyer();
        // The client's lines stand on the grid's rows, so that each line of the page reads across both.
        canvas.upright(CLIENT - 10, GRID_TOP, GRID_TOP + (grid.length + 1) * GRID_ROW, 2);
        canvas.text(CLIENT, GRID_TOP + 12, canvas.fonts.bold(), 8.5f, "Client");
        canvas.text(CLIENT, GRID_TOP + 12 + GRID_ROW, canvas.fonts.bold(), 10, buyer.name());
        float y = GRID_TOP + 12 + 2 * GRID_ROW;
        for (String line : buyer.address()) {
            canvas.text(CLIENT, y, canvas.fonts.regular(), 9, line);
            y += GRID_ROW;
        }
        canvas.text(CLIENT, y, canvas.fonts.regular(), 9, "TVA " + dotted(buyer.vat()));
    }

    @Override
    public void foot(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        if (number.totals()) {
            canvas.paragraph(Canvas.LEFT, 708, Canvas.RIGHT - Canvas.LEFT, canvas.fonts.regular(), 9, 12,
                    "Paiement à 30 jours sur le compte IBAN " + supplier.printedIban() + " – BIC " + supplier.bic()
                            + " (" + supplier.bank() + "), avec la communication structurée "
                            + structuredCommunication(bill.number()) + ".");
        }
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 790, 0.4f);
        canvas.centred(Canvas.WIDTH / 2, 802, canvas.fonts.regular(), 7.5f, supplier.name() + " · TVA "
                + dotted(supplier.party().vat()) + " · RPM " + registry + " · Page " + number.page() + "/" + number.pages());
    }

    /** A Belgian VAT number as it is usually printed: BE 0712.849.337. */
    private static String dotted(String vat) {
        return vat.substring(0, 2) + " " + vat.substring(2, 6) + "." + vat.substring(6, 9) + "." + vat.substring(9);
    }

    /** The +++123/4567/89012+++ reference: ten digits from the invoice number and their remainder by 97. */
    static String structuredCommunication(String invoiceNumber) {
        String digits = (invoiceNumber.replaceAll("\\D", "") + "0000000000").substring(0, 10);
        long check = Long.parseLong(digits) % 97;
        String all = digits + String.format(Locale.ROOT, "%02d", check == 0 ? 97 : check);
        return "+++" + all.substring(0, 3) + "/" + all.substring(3, 7) + "/" + all.substring(7) + "+++";
    }
}
