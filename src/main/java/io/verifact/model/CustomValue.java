package io.verifact.model;

/**
 * The value of a custom field on one invoice.
 *
 * @param name the custom field's name
 * @param value written as values of its kind are written (plain decimals, ISO dates)
 * @param page the page number, from 1, or 0 when it stands on no page
 * @param box where it stands, or null
 */
public record CustomValue(String name, String value, Source source, double confidence, int page, Box box) {
}
