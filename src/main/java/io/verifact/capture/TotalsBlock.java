package io.verifact.capture;

import io.verifact.model.VatLine;

/**
 * The foot of the lines table on an invoice's last page: the VAT breakdown on one side, the totals
 * on the other ending with the gross total and, on an invoice that says so, the amount to pay. Most
 * invoices print the totals on the right, under the amounts; some on the left.
 */
final class TotalsBlock {

    /** The breakdown's width, and where its base and tax columns end, from its left edge. */
    private static final float BREAKDOWN_WIDTH = 230;
    private static final float BREAKDOWN_BASE = 155;
    private static final float BREAKDOWN_TAX = 224;
    /** How far the totals' labels stand from the breakdown's edge. */
    private static final float TOTALS_LABELS = 260;
    private static final float LINE = 15;
    private static final float TEXT = 9;

    private TotalsBlock() {
    }

    static float height(DemoBill bill, Wording wording) {
        int lines = bill.breakdown().size() + 2 + (showsDue(bill, wording) ? 1 : 0);
        return lines * LINE + 14;
    }

    /** @return where the block ends */
    static float draw(Canvas canvas, float top, DemoBill bill, PageFrame frame) {
        Wording wording = frame.wording();
        boolean onLeft = frame.totalsOnLeft();
        float breakdownLeft = onLeft ? Canvas.RIGHT - BREAKDOWN_WIDTH : Canvas.LEFT;
        float labels = onLeft ? Canvas.LEFT + 6 : Canvas.LEFT + TOTALS_LABELS;
        float end = onLeft ? breakdownLeft - 24 : Canvas.RIGHT;
        breakdown(canvas, top, breakdownLeft, bill, wording);
        Numbers numbers = wording.numbers();
        float y = top + 12;
        canvas.text(labels, y, canvas.fonts.regular(), TEXT, wording.net());
        canvas.right(end - 6, y, canvas.fonts.regular(), TEXT, numbers.money(bill.net()));
        for (VatLine line : bill.breakdown()) {
            y += LINE;
            canvas.text(labels, y, canvas.fonts.regular(), TEXT, wording.taxAt().replace("%s", numbers.rate(line.rate())));
            canvas.right(end - 6, y, canvas.fonts.regular(), TEXT, numbers.money(line.tax()));
        }
        canvas.rule(labels, end, y + 5, 0.6f);
        y += LINE + 2;
        canvas.text(labels, y, canvas.fonts.bold(), TEXT + 1, wording.gross());
        canvas.right(end - 6, y, canvas.fonts.bold(), TEXT + 1, numbers.money(bill.gross()));
        if (showsDue(bill, wording)) {
            y += LINE + 4;
            canvas.fill(labels - 6, y - 12, end - labels + 6, 18, 0.88f);
            canvas.text(labels, y, canvas.fonts.bold(), TEXT + 1, wording.due());
            canvas.right(end - 6, y, canvas.fonts.bold(), TEXT + 1, numbers.money(bill.gross()));
        }
        return y + 8;
    }

    private static void breakdown(Canvas canvas, float top, float left, DemoBill bill, Wording wording) {
        Numbers numbers = wording.numbers();
        canvas.fill(left, top, BREAKDOWN_WIDTH, 16, 0.9f);
        float y = top + 11.5f;
        canvas.text(left + 6, y, canvas.fonts.bold(), TEXT - 1, wording.rate());
        canvas.right(left + BREAKDOWN_BASE, y, canvas.fonts.bold(), TEXT - 1, wording.base());
        canvas.right(left + BREAKDOWN_TAX, y, canvas.fonts.bold(), TEXT - 1, wording.tax());
        y += 4.5f;
        for (VatLine line : bill.breakdown()) {
            y += LINE - 1;
            canvas.text(left + 6, y, canvas.fonts.regular(), TEXT, numbers.rate(line.rate()));
            canvas.right(left + BREAKDOWN_BASE, y, canvas.fonts.regular(), TEXT, numbers.amount(line.base()));
            canvas.right(left + BREAKDOWN_TAX, y, canvas.fonts.regular(), TEXT, numbers.amount(line.tax()));
        }
        canvas.rule(left, left + BREAKDOWN_WIDTH, y + 5, 0.6f);
    }

    private static boolean showsDue(DemoBill bill, Wording wording) {
        return wording.due() != null && !bill.creditNote();
    }
}
