package io.verifact.capture;

/**
 * The words and figures a supplier's invoices print their totals with, in its language.
 *
 * @param rate the heading of the VAT breakdown's rate column
 * @param base the heading of its base column
 * @param tax the heading of its tax column
 * @param net the label of the total without tax
 * @param taxAt the label of one rate's tax among the totals, each {@code %s} standing for the rate
 * @param gross the label of the total with tax
 * @param due the label of the amount to pay, or null where the gross total ends the totals
 * @param carried the label of the running total carried from one page to the next
 */
record Wording(Numbers numbers, String rate, String base, String tax, String net, String taxAt, String gross, String due,
               String carried) {
}
