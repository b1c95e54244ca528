package io.verifact.check;

import java.util.Optional;

/** Spanish VAT numbers: the NIF of a person (DNI), of a foreigner (NIE) or of a company (CIF). */
final class SpanishVat {

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String CIF_LETTERS = "JABCDEFGHI";
    private static final String COMPANY_TYPES = "ABCDEFGHJNPQRSUVW";
    // Minors, Spaniards abroad and foreigners without NIE: their letter comes from the seven digits alone.
    private static final String PERSON_WITHOUT_DNI = "KLM";
    private static final String NIE_TYPES = "XYZ";

    private SpanishVat() {
    }

    static Optional<String> mismatch(String number) {
        char first = number.charAt(0);
        if (Character.isDigit(first)) {
            return letter(number, number.substring(0, 8));
        }
        if (PERSON_WITHOUT_DNI.indexOf(first) >= 0) {
            return letter(number, number.substring(1, 8));
        }
        if (NIE_TYPES.indexOf(first) >= 0) {
            return letter(number, NIE_TYPES.indexOf(first) + number.substring(1, 8));
        }
        if (COMPANY_TYPES.indexOf(first) >= 0) {
            return company(number);
        }
        return Optional.of("number " + number + " starts with " + first + ", which no Spanish tax number does");
    }

    private static Optional<String> letter(String number, String digits) {
        char expected = DNI_LETTERS.charAt(Integer.parseInt(digits) % 23);
        return number.charAt(8) == expected ? Optional.empty() : refusal("letter", number);
    }

    // Companies print the control as a digit or as its letter; either is the same control, so both are accepted.
    private static Optional<String> company(String number) {
        int digit = CheckDigits.luhnDigitFor(number.substring(1, 8));
        char control = number.charAt(8);
        return control == '0' + digit || control == CIF_LETTERS.charAt(digit) ? Optional.empty()
                : refusal("character", number);
    }

    private static Optional<String> refusal(String what, String number) {
        return Optional.of("control " + what + " " + number.charAt(8) + " does not match " + number.substring(0, 8));
    }
}
