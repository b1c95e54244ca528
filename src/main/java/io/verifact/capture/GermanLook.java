package io.verifact.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * A German workshop's invoice after DIN 5008: an emblem and the name top right, the sender line
 * over the address window on the left, an information block of references on the right, numbered
 * positions, a running total carried from page to page, and a foot of three columns with the
 * register, the VAT identification number and the bank.
 *
 * @param initials the letters of the emblem
 * @param trade what the supplier does, under its name
 * @param management the managing director and the register entry, as the foot prints them
 * @param customer the buyer's number in the supplier's books
 */
record GermanLook(String initials, String trade, List<String> management, String customer) implements Look {

    private static final Wording WORDING = new Wording(Numbers.of('.', ',', false, true, "dd.MM.yyyy"),
            "USt.-Satz", "Netto", "USt.", "Nettobetrag", "zzgl. %s USt.", "Gesamtbetrag", null, "Übertrag");
    private static final float WINDOW = 57;
    private static final float LABELS = 360;
    private static final float VALUES = 455;

    GermanLook {
        management = List.copyOf(management);
    }

    @Override
    public PageFrame frame() {
        return new PageFrame(WORDING, columns(), new TableStyle(0.9f, false), 300, 712);
    }

    private static List<Column> columns() {
        Numbers n = WORDING.numbers();
        return List.of(
                Column.left("Pos.", 56, r -> Integer.toString(r.position())),
                Column.left("Bezeichnung", 84, r -> r.line().description()),
                Column.right("Menge", 372, r -> n.quantity(r.line().quantity())),
                Column.left("Einheit", 380, r -> r.line().unit()),
                Column.right("Einzelpreis", 468, r -> n.amount(r.line().unitPrice())),
                Column.right("Gesamtpreis", 539, r -> n.amount(r.line().amount())));
    }

    @Override
    public void head(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        canvas.disc(520, 60, 24, 0.25f);
        canvas.ink(1);
        canvas.centred(520, 66, canvas.fonts.bold(), 16, initials);
        canvas.ink(0);
        canvas.right(486, 56, canvas.fonts.bold(), 14, supplier.name());
        canvas.right(486, 70, canvas.fonts.regular(), 8.5f, trade);

        String sender = supplier.name() + " · " + String.join(" · ", supplier.party().address());
        canvas.text(WINDOW, 134, canvas.fonts.regular(), 7, sender);
        canvas.rule(WINDOW, WINDOW + Canvas.width(canvas.fonts.regular(), 7, sender), 136, 0.4f);
        canvas.text(WINDOW, 150, canvas.fonts.regular(), 7, "Rechnungsanschrift");
        Party buyer = bill.buyer();
        canvas.text(WINDOW, 166, canvas.fonts.regular(), 10, buyer.name());
        float y = 179;
        for (String line : buyer.address()) {
            canvas.text(WINDOW, y, canvas.fonts.regular(), 10, line);
            y += 13;
        }

        Numbers n = WORDING.numbers();
        y = 150;
        y = reference(canvas, y, bill.creditNote() ? "Gutschriftsnummer:" : "Rechnungsnummer:", bill.number());
        y = reference(canvas, y, bill.creditNote() ? "Gutschriftsdatum:" : "Rechnungsdatum:", n.date(bill.date()));
        y = reference(canvas, y, "Lieferdatum:", n.date(bill.date().minusDays(3)));
        y = reference(canvas, y, "Kundennummer:", customer);
        if (bill.order() != null) {
            y = reference(canvas, y, "Ihre Bestellung:", bill.order());
        }
        y = reference(canvas, y, "Ihre USt-IdNr.:", buyer.vat());
        reference(canvas, y, "Seite:", number.page() + " von " + number.pages());

        canvas.text(WINDOW, 262, canvas.fonts.bold(), 15, bill.creditNote() ? "Gutschrift" : "Rechnung");
        canvas.text(WINDOW, 282, canvas.fonts.regular(), 9,
                "Sehr geehrte Damen und Herren, wir danken für Ihren Auftrag und berechnen Ihnen wie folgt:");
    }

    @Override
    public void nextHead(Canvas canvas, DemoBill bill, PageNumber number) {
        canvas.text(Canvas.LEFT, 50, canvas.fonts.bold(), 11, bill.supplier().name());
        canvas.right(Canvas.RIGHT, 50, canvas.fonts.regular(), 8.5f, "Rechnung " + bill.number() + " vom "
                + WORDING.numbers().date(bill.date()) + " · Seite " + number.page() + " von " + number.pages());
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 58, 0.6f);
    }

    @Override
    public void foot(Canvas canvas, DemoBill bill, PageNumber number) {
        DemoSupplier supplier = bill.supplier();
        if (number.totals()) {
            canvas.text(Canvas.LEFT, 722, canvas.fonts.regular(), 9, bill.creditNote()
                    ? "Der Betrag wird Ihrem Kundenkonto gutgeschrieben."
                    : "Zahlbar bis " + WORDING.numbers().date(bill.due()) + " ohne Abzug auf das unten genannte Konto.");
        } else {
            canvas.right(Canvas.RIGHT, 722, canvas.fonts.italic(), 8.5f, "Fortsetzung auf Seite " + (number.page() + 1));
        }
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 752, 0.4f);
        List<String> address = new ArrayList<>(List.of(supplier.name()));
        address.addAll(supplier.party().address());
        address.add(supplier.contact().getFirst());
        List<String> register = new ArrayList<>(management);
        register.add("USt-IdNr.: " + supplier.party().vat());
        column(canvas, Canvas.LEFT, address);
        column(canvas, 215, register);
        column(canvas, 390, List.of(supplier.bank(), "IBAN: " + supplier.printedIban(), "BIC: " + supplier.bic()));
    }

    private static void column(Canvas canvas, float x, List<String> lines) {
        float y = 766;
        for (String line : lines) {
            canvas.text(x, y, canvas.fonts.regular(), 8, line);
            y += 10.5f;
        }
    }

    private static float reference(Canvas canvas, float y, String label, String value) {
        canvas.text(LABELS, y, canvas.fonts.regular(), 8.5f, label);
        canvas.text(VALUES, y, canvas.fonts.regular(), 9, value);
        return y + 13;
    }
}
