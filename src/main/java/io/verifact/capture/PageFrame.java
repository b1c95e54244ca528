package io.verifact.capture;

import java.util.List;

/**
 * What a look fixes for every page: the words and figures it prints, its lines table, and where
 * the table begins and the foot takes over.
 *
 * @param tableTop the top of the lines table on the first page, under the head
 * @param footTop where the foot begins: tables and totals stay above it
 */
record PageFrame(Wording wording, List<Column> columns, TableStyle tableStyle, float tableTop, float footTop) {

    PageFrame {
        columns = List.copyOf(columns);
    }
}
