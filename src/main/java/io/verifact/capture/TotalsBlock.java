package io.verifact.capture;

import io.verifact.model.VatLine;

/**
 * The foot of the lines table on an invoice's last page: the VAT breakdown on the left, the totals
 * on the right ending with the gross total and, on an invoice that says so, the amount to pay.
 */
final class TotalsBlock {

    private static final float BREAKDOWN_BASE = 205;
    private static final float BREAKDOWN_TAX = 274;
    private static final float BREAKDOWN_RIGHT = 280;
    private static final float LABELS = 310;
    private static final float LINE = 15;
    private static final float TEXT = 9;

    private TotalsBlock() {
    }

    static float height(DemoBill bill, Wording wording) {
        int lines = bill.breakdown().size() + 2 + (showsDue(bill, wording) ? 1 : 0);
        return lines * LINE + 14;
    }

    /** @return where the block ends */
    static float draw(Canvas canvas, float top, DemoBill bill, Wording wording) {
        breakdown(canvas, top, bill, wording);
        Numbers numbers = wording.numbers();
        float y = top + 12;
        canvas.text(LABELS, y, canvas.fonts.regular(), TEXT, wording.net());
        canvas.right(Canvas.RIGHT - 6, y, canvas.fonts.regular(), TEXT, numbers.money(bill.net()));
        for (VatLine line : bill.breakdown()) {
            y += LINE;
            canvas.text(LABELS, y, canvas.fonts.regular(), TEXT, wording.taxAt().replace("%s", numbers.rate(line.rate())));
            canvas.right(Canvas.RIGHT - 6, y, canvas.fonts.regular(), TEXT, numbers.money(line.tax()));
        }
        canvas.rule(LABELS, Canvas.RIGHT, y + 5, 0.6f);
        y += LINE + 2;
        canvas.text(LABELS, y, canvas.fonts.bold(), TEXT + 1, wording.gross());
        canvas.right(Canvas.RIGHT - 6, y, canvas.fonts.bold(), TEXT + 1, numbers.money(bill.gross()));
        if (showsDue(bill, wording)) {
            y += LINE + 4;
            canvas.fill(LABELS - 6, y - 12, Canvas.RIGHT - LABELS + 6, 18, 0.88f);
            canvas.text(LABELS, y, canvas.fonts.bold(), TEXT + 1, wording.due());
            canvas.right(Canvas.RIGHT - 6, y, canvas.fonts.bold(), TEXT + 1, numbers.money(bill.gross()));
        }
        return y + 8;
    }

    private static void breakdown(Canvas canvas, float top, DemoBill bill, Wording wording) {
        Numbers numbers = wording.numbers();
        canvas.fill(Canvas.LEFT, top, BREAKDOWN_RIGHT - Canvas.LEFT, 16, 0.9f);
        float y = top + 11.5f;
        canvas.text(Canvas.LEFT + 6, y, canvas.fonts.bold(), TEXT - 1, wording.rate());
        canvas.right(BREAKDOWN_BASE, y, canvas.fonts.bold(), TEXT - 1, wording.base());
        canvas.right(BREAKDOWN_TAX, y, canvas.fonts.bold(), TEXT - 1, wording.tax());
        y += 4.5f;
        for (VatLine line : bill.breakdown()) {
            y += LINE - 1;
            canvas.text(Canvas.LEFT + 6, y, canvas.fonts.regular(), TEXT, numbers.rate(line.rate()));
            canvas.right(BREAKDOWN_BASE, y, canvas.fonts.regular(), TEXT, numbers.amount(line.base()));
            canvas.right(BREAKDOWN_TAX, y, canvas.fonts.regular(), TEXT, numbers.amount(line.tax()));
        }
        canvas.rule(Canvas.LEFT, BREAKDOWN_RIGHT, y + 5, 0.6f);
    }

    private static boolean showsDue(DemoBill bill, Wording wording) {
        return wording.due() != null && !bill.creditNote();
    }
}
