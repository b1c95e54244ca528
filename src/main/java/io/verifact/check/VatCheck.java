package io.verifact.check;

/**
 * What a printed VAT number turned out to be.
 *
 * @param normalized the number written as the contract says (upper case, prefix, no separators) whenever
 *        its country is known, even when it fails its check; null when no country could be read
 * @param valid whether the number passed every check its country has
 * @param reason what was found, in the operator's words
 */
public record VatCheck(String normalized, boolean valid, String reason) {
}
