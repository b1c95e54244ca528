package io.verifact.capture;

import java.util.List;

/**
 * A French craftsman's newer letterhead: the name centred over the address and the legal
 * identifiers, the title and the references on the left, the client on the right, an unruled table,
 * the totals on the left ending with "Total facture" and "Montant à régler", and the bank details
 * framed at the foot. Beside {@link FrenchLook}, the same supplier's earlier letterhead, every value
 * stands elsewhere and most labels are worded otherwise, so a mask taught on one fits the other badly.
 *
 * @param trade what the supplier does, under its name
 * @param registry the town of the trade register (RCS)
 * @param capital the share capital, as printed
 */
record FrenchCentredLook(String trade, String registry, String capital) implements Look {

    private static final Wording WORDING = new Wording(Numbers.of(' ', ',', false, true, "dd/MM/yyyy"),
            "TVA", "Base", "Montant", "Total hors taxes", "TVA à %s", "Total facture", "Montant à régler", "À reporter");
    private static final float VALUES = 150;
    private static final float CLIENT = 340;

    @Override
    public PageFrame frame() {
        return new PageFrame(WORDING, columns(), new TableStyle(0.8f, false), 236, 696, true);
    }

    private static List<Column> columns() {
        Numbers n = WORDING.numbers();
        return List.of(
                Column.left("Description", 56, r -> r.line().description()),
                Column.right("Quantité", 338, r -> n.quantity(r.line().quantity())),
                Column.left("Unité", 346, r -> r.line().unit()),
                Column.right("Prix unitaire", 430, r -> n.amount(r.line().unitPrice())),
                Column.right("TVA", 470, r -> n.rate(r.line().vatRate())),
                Column.right("Total HT", 539, r -> n.amount(r.line().amount())));
    }

    @Override
    public void head(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        float centre = Canvas.WIDTH / 2;
        canvas.centred(centre, 50, canvas.fonts.bold(), 17, supplier.name());
        canvas.centred(centre, 64, canvas.fonts.italic(), 9, trade);
        canvas.centred(centre, 78, canvas.fonts.regular(), 8, String.join(" · ", supplier.party().address()) + " · "
                + String.join(" · ", supplier.contact()));
        String siren = FrenchLook.groupsOfThree(supplier.siren());
        canvas.centred(centre, 90, canvas.fonts.regular(), 7.5f, "SIRET " + siren + " " + supplier.siret().substring(9)
                + " · RCS " + registry + " " + siren + " · TVA intracommunautaire " + supplier.party().vat());
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 99, 1);

        canvas.text(Canvas.LEFT, 130, canvas.fonts.bold(), 18, bill.creditNote() ? "AVOIR" : "FACTURE");
        Numbers n = WORDING.numbers();
        float y = 152;
        y = reference(canvas, y, bill.creditNote() ? "N° d'avoir" : "N° de facture", bill.number());
        y = reference(canvas, y, "Date d'émission", n.date(bill.date()));
        if (bill.due() != null) {
            y = reference(canvas, y, "Échéance", n.date(bill.due()));
        }
        if (bill.order() != null) {
            y = reference(canvas, y, "Réf. commande", bill.order());
        }
        if (bill.creditNote()) {
            reference(canvas, y, "Facture d'origine", bill.creditFor());
        }

        Party buyer = bill.buyer();
        canvas.text(CLIENT, 130, canvas.fonts.bold(), 8.5f, "Facturé à");
        canvas.rule(CLIENT, Canvas.RIGHT, 135, 0.4f);
        canvas.text(CLIENT, 150, canvas.fonts.bold(), 10.5f, buyer.name());
        y = 164;
        for (String line : buyer.address()) {
            canvas.text(CLIENT, y, canvas.fonts.regular(), 9, line);
            y += 12;
        }
        canvas.text(CLIENT, y + 4, canvas.fonts.regular(), 8.5f, "TVA intracommunautaire : " + FrenchLook.spaced(buyer.vat()));
    }

    @Override
    public void foot(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        if (number.totals()) {
            canvas.paragraph(Canvas.LEFT, 712, Canvas.RIGHT - Canvas.LEFT, canvas.fonts.italic(), 7, 9,
                    "Tout retard de paiement entraîne une pénalité égale à trois fois le taux d'intérêt légal et une "
                            + "indemnité forfaitaire de 40 euros pour frais de recouvrement. Pas d'escompte pour paiement anticipé.");
            canvas.frame(Canvas.LEFT, 740, Canvas.RIGHT - Canvas.LEFT, 36, 0.6f);
            canvas.text(Canvas.LEFT + 8, 754, canvas.fonts.bold(), 8.5f, bill.creditNote()
                    ? "Avoir à déduire de votre prochain règlement."
                    : "Règlement par virement à 30 jours, en rappelant le numéro de facture.");
            canvas.text(Canvas.LEFT + 8, 768, canvas.fonts.regular(), 9, supplier.bank() + "  –  IBAN " + supplier.printedIban()
                    + "  –  BIC " + supplier.bic());
        }
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 790, 0.4f);
        canvas.text(Canvas.LEFT, 802, canvas.fonts.regular(), 7.5f, "SARL au capital de " + capital);
        canvas.right(Canvas.RIGHT, 802, canvas.fonts.regular(), 7.5f, "Page " + number.page() + " sur " + number.pages());
    }

    private static float reference(Canvas canvas, float y, String label, String value) {
        canvas.text(Canvas.LEFT, y, canvas.fonts.regular(), 8.5f, label);
        canvas.text(VALUES, y, canvas.fonts.bold(), 9.5f, value);
        return y + 14;
    }
}
