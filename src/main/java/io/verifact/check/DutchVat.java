package io.verifact.check;

import java.util.Optional;

/** Dutch VAT numbers (btw-id): nine digits, B, and two digits. */
final class DutchVat {

    private DutchVat() {
    }

    /**
     * Companies' numbers pass the eleven-test on their nine digits; since 2020 sole proprietors get
     * numbers that pass ISO 7064 MOD 97-10 over the whole number, prefix included, instead.
     */
    static Optional<String> mismatch(String number) {
        return passesElevenTest(number.substring(0, 9)) || CheckDigits.mod97("NL" + number) == 1
                ? Optional.empty()
                : Optional.of("number " + number + " fails both the eleven-test and the sole-proprietor check");
    }

    private static boolean passesElevenTest(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        return (sum - (digits.charAt(8) - '0')) % 11 == 0;
    }
}
