package io.verifact.capture;

/**
 * How one supplier lays out its invoices: its letterhead, where the invoice's references and the
 * buyer stand, the columns of its table, and the payment details and legal mentions at the foot.
 * Each look is a country's habit, so that the demo set shows layouts as varied as real mail.
 */
sealed interface Look permits FrenchLook, FrenchCentredLook, BelgianLook, GermanLook, DutchLook {

    /** The top of the lines table on a following page, under {@link #nextHead}. */
    float NEXT_TABLE_TOP = 80;

    /** Where the table and the foot stand, and the words and figures they print. */
    PageFrame frame();

    /** The first page's letterhead, title, references and buyer. */
    void head(Canvas canvas, DemoBill bill, PageNumber number);

    /** The foot of every page: payment details and legal mentions. */
    void foot(Canvas canvas, DemoBill bill, PageNumber number);

    /** The head of a following page: who, which invoice, which page. */
    default void nextHead(Canvas canvas, DemoBill bill, PageNumber number) {
        canvas.text(Canvas.LEFT, 50, canvas.fonts.bold(), 11, bill.supplier().name());
        canvas.right(Canvas.RIGHT, 50, canvas.fonts.regular(), 8.5f, bill.number() + "  ·  " + number.page() + "/" + number.pages());
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, 58, 0.6f);
    }

    /** A page of terms and conditions after the invoice, for the looks whose suppliers print one. */
    default void terms(Canvas canvas, DemoBill bill) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " prints no terms page");
    }
}
