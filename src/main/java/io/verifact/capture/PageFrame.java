package io.verifact.capture;

import java.util.List;

/**
 * What a look fixes for every page: the words and figures it prints, its lines table, and where
 * the table begins and the foot takes over.
 *
 * @param tableTop the top of the lines table on the first page, under the head
 * @param footTop where the foot begins: tables and totals stay above it
 * @param totalsOnLeft whether the totals stand on the left and the VAT breakdown on the right, the
 *        other way round from most invoices
 */
record PageFrame(Wording wording, List<Column> columns, TableStyle tableStyle, float tableTop, float footTop,
                 boolean totalsOnLeft) {

    PageFrame {
        columns = List.copyOf(columns);
    }

    /** A frame with the totals on the right, under the amounts. */
    PageFrame(Wording wording, List<Column> columns, TableStyle tableStyle, float tableTop, float footTop) {
        this(wording, columns, tableStyle, tableTop, footTop, false);
    }
}
