package io.verifact.capture;

/**
 * How a supplier rules its lines table.
 *
 * @param headerGrey the fill behind the header row, 1 for none
 * @param rowRules whether a thin rule separates the rows
 * @param dividers where vertical rules separate the columns; with any, the table is framed
 */
record TableStyle(float headerGrey, boolean rowRules, float... dividers) {
}
