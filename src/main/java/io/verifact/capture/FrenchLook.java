package io.verifact.capture;

import java.util.List;

/**
 * A French craftsman's invoice: a logo and the trade name top left, FACTURE and its references top
 * right, the client framed beneath them, a fully ruled table, and at the foot the payment details
 * and the mentions French law asks for (late-payment penalties, SIRET, RCS, share capital).
 *
 * @param initials the letters of the logo
 * @param trade what the supplier does, under its name
 * @param registry the town of the trade register (RCS)
 * @param capital the share capital, as printed
 */
record FrenchLook(String initials, String trade, String registry, String capital) implements Look {

    private static final Wording WORDING = new Wording(Numbers.of(' ', ',', false, true, "dd/MM/yyyy"),
            "Taux TVA", "Base HT", "Montant TVA", "Total HT", "TVA %s", "Total TTC", "Net à payer", "Report");
    private static final float LABELS = 350;
    private static final float VALUES = 450;

    @Override
    public PageFrame frame() {
        return new PageFrame(WORDING, columns(), new TableStyle(0.92f, true, 270, 322, 358, 420, 458), 262, 700);
    }

    private static List<Column> columns() {
        Numbers n = WORDING.numbers();
        return List.of(
                Column.left("Désignation", 56, r -> r.line().description()),
                Column.right("Qté", 316, r -> n.quantity(r.line().quantity())),
                Column.left("Unité", 327, r -> r.line().unit()),
                Column.right("P.U. HT", 414, r -> n.amount(r.line().unitPrice())),
                Column.right("TVA", 452, r -> n.rate(r.line().vatRate())),
                Column.right("Montant HT", 539, r -> n.amount(r.line().amount())));
    }

    @Override
    public void head(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        canvas.fill(Canvas.LEFT, 38, 48, 48, 0.2f);
        canvas.ink(1);
        canvas.centred(Canvas.LEFT + 24, 69, canvas.fonts.bold(), 19, initials);
        canvas.ink(0);
        canvas.text(108, 56, canvas.fonts.bold(), 15, supplier.name());
        canvas.text(108, 70, canvas.fonts.italic(), 8.5f, trade);
        float y = 108;
        for (String line : supplier.party().address()) {
            canvas.text(Canvas.LEFT, y, canvas.fonts.regular(), 9, line);
            y += 12;
        }
        for (String line : supplier.contact()) {
            canvas.text(Canvas.LEFT, y, canvas.fonts.regular(), 8.5f, line);
            y += 12;
        }

        canvas.right(Canvas.RIGHT, 60, canvas.fonts.bold(), 22, bill.creditNote() ? "AVOIR" : "FACTURE");
        Numbers n = WORDING.numbers();
        y = 84;
        y = reference(canvas, y, bill.creditNote() ? "Avoir n° :" : "Facture n° :", bill.number());
        y = reference(canvas, y, bill.creditNote() ? "Date de l'avoir :" : "Date de facture :", n.date(bill.date()));
        if (bill.due() != null) {
            y = reference(canvas, y, "Date d'échéance :", n.date(bill.due()));
        }
        if (bill.order() != null) {
            y = reference(canvas, y, "Votre commande :", bill.order());
        }
        if (bill.creditNote()) {
            reference(canvas, y, "Facture d'origine :", bill.creditFor());
        }

        Party buyer = bill.buyer();
        canvas.frame(330, 150, Canvas.RIGHT - 330, 96, 0.8f);
        canvas.text(342, 167, canvas.fonts.bold(), 9.5f, "Client");
        canvas.text(342, 183, canvas.fonts.bold(), 10, buyer.name());
        y = 196;
        for (String line : buyer.address()) {
            canvas.text(342, y, canvas.fonts.regular(), 9, line);
            y += 12;
        }
        canvas.text(342, y + 2, canvas.fonts.regular(), 9, "N° TVA : " + spaced(buyer.vat()));
    }

    @Override
    public void foot(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        if (number.totals()) {
            canvas.text(Canvas.LEFT, 716, canvas.fonts.bold(), 8.5f, bill.creditNote()
                    ? "Le montant de cet avoir sera déduit de votre prochain règlement."
                    : "Conditions de paiement : 30 jours, par virement bancaire.");
            canvas.text(Canvas.LEFT, 730, canvas.fonts.regular(), 9, "IBAN : " + supplier.printedIban()
                    + "     BIC : " + supplier.bic() + "     " + supplier.bank());
            canvas.paragraph(Canvas.LEFT, 750, Canvas.RIGHT - Canvas.LEFT, canvas.fonts.regular(), 7, 9,
                    "En cas de retard de paiement, une pénalité égale à trois fois le taux d'intérêt légal sera exigible, "
                            + "ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 euros. "
                            + "Pas d'escompte pour paiement anticipé.");
        }
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 784, 0.4f);
        String siren = groupsOfThree(supplier.siren());
        canvas.centred(Canvas.WIDTH / 2, 796, canvas.fonts.regular(), 7.5f, supplier.name() + " au capital de " + capital
                + " · " + String.join(", ", supplier.party().address()));
        canvas.centred(Canvas.WIDTH / 2, 806, canvas.fonts.regular(), 7.5f, "SIRET " + siren + " "
                + supplier.siret().substring(9) + " · RCS " + registry + " " + siren + " · N° TVA " + supplier.party().vat()
                + " · Page " + number.page() + "/" + number.pages());
    }

    @Override
    public void terms(Canvas canvas, DemoBill bill) {
        canvas.text(Canvas.LEFT, 64, canvas.fonts.bold(), 14, "Conditions générales de vente");
        canvas.text(Canvas.LEFT, 80, canvas.fonts.regular(), 8.5f, bill.supplier().name());
        float y = 110;
        for (FrenchTerms.Article article : FrenchTerms.ARTICLES) {
            canvas.text(Canvas.LEFT, y, canvas.fonts.bold(), 9.5f, article.heading());
            y = canvas.paragraph(Canvas.LEFT, y + 14, Canvas.RIGHT - Canvas.LEFT, canvas.fonts.regular(), 9, 12, article.text()) + 10;
        }
    }

    private static float reference(Canvas canvas, float y, String label, String value) {
        canvas.text(LABELS, y, canvas.fonts.regular(), 9, label);
        canvas.text(VALUES, y, canvas.fonts.bold(), 9, value);
        return y + 13;
    }

    /** A French VAT number as it is usually printed: FR, the key, the SIREN in groups of three. */
    static String spaced(String vat) {
        return vat.substring(0, 2) + " " + vat.substring(2, 4) + " " + groupsOfThree(vat.substring(4));
    }

    /** Digits in groups of three, as a SIREN is printed: 842 136 574. */
    static String groupsOfThree(String digits) {
        return digits.replaceAll("(\\d{3})(?=\\d)", "$1 ");
    }
}
