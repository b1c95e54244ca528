package io.verifact.model;

/**
 * One value a field could take, with where it stands and how likely it is.
 *
 * @param value the value, written as CONTRACT.md says for the field's kind
 * @param printed the text as printed on the page
 * @param confidence from 0 to 1
 * @param page the page number, from 1
 * @param box where it stands on that page
 */
public record Candidate(String value, String printed, double confidence, int page, Box box) {
}
