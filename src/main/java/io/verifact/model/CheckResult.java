package io.verifact.model;

/**
 * The outcome of one check on an invoice.
 *
 * @param name the check's key, such as {@code totals} or {@code supplier_iban}
 * @param ok whether it passed
 * @param detail what was checked, readable by an operator
 */
public record CheckResult(String name, boolean ok, String detail) {
}
