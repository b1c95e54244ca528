package io.verifact.check;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What one country asks of a VAT number after its prefix: a shape and, where we know them, check digits.
 *
 * @param shape the characters after the prefix
 * @param shapeInWords the shape as an operator would describe it
 * @param mismatch why a well-shaped number fails its check digits, empty when it passes; null when the
 *        country's check digits are not verified
 */
record VatRule(Pattern shape, String shapeInWords, Function<String, Optional<String>> mismatch) {

    static VatRule checked(String regex, String shapeInWords, Function<String, Optional<String>> mismatch) {
        return new VatRule(Pattern.compile(regex), shapeInWords, mismatch);
    }

    static VatRule formatOnly(String regex, String shapeInWords) {
        return new VatRule(Pattern.compile(regex), shapeInWords, null);
    }

    boolean verifiesDigits() {
        return mismatch != null;
    }

    /** The mismatch when the number does not end with the expected check digits. */
    static Optional<String> checkDigitsMismatch(String number, String expected) {
        if (number.endsWith(expected)) {
            return Optional.empty();
        }
        int split = number.length() - expected.length();
        String printed = number.substring(split);
        String digits = printed.length() == 1 ? "check digit " + printed + " does not" : "check digits " + printed + " do not";
        return Optional.of(digits + " match " + number.substring(0, split));
    }
}
