package io.verifact.check;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.verifact.check.VatRule.checkDigitsMismatch;
import static io.verifact.check.VatRule.checked;
import static io.verifact.check.VatRule.formatOnly;

/** The VAT number rules of the EU countries, Northern Ireland, Switzerland and Norway, and the EU's own, by prefix. */
final class VatRules {

    private static final VatRule BRITISH = checked("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}",
            "9 or 12 digits, or GD or HA and 3 digits", BritishVat::mismatch);

    private static final Map<String, VatRule> BY_PREFIX = Map.ofEntries(
            Map.entry("FR", checked("[0-9A-HJ-NP-Z]{2}\\d{9}", "a 2-character key and the 9-digit SIREN",
                    Siren::frenchVatMismatch)),
            Map.entry("BE", checked("[01]\\d{9}", "10 digits starting with 0 or 1", VatRules::belgian)),
            Map.entry("DE", checked("[1-9]\\d{8}", "9 digits, the first not 0", VatRules::german)),
            Map.entry("NL", checked("\\d{9}B\\d{2}", "9 digits, B and 2 digits", DutchVat::mismatch)),
            Map.entry("LU", checked("\\d{8}", "8 digits", VatRules::luxembourgish)),
            Map.entry("IT", checked("\\d{11}", "11 digits", VatRules::italian)),
            Map.entry("ES", checked("[0-9A-Z]\\d{7}[0-9A-Z]", "9 characters, the 7 in the middle digits",
                    SpanishVat::mismatch)),
            Map.entry("AT", checked("U\\d{8}", "U and 8 digits", VatRules::austrian)),
            Map.entry("GB", BRITISH),
            Map.entry("XI", BRITISH),
            Map.entry("CHE", checked("\\d{9}", "9 digits", VatRules::swiss)),
            Map.entry("DK", checked("[1-9]\\d{7}", "8 digits, the first not 0", VatRules::danish)),
            // Norway's number is the organisation number with MVA after it, the tax's name.
            Map.entry("NO", checked("\\d{9}MVA", "9 digits and MVA", VatRules::norwegian)),
            Map.entry("FI", checked("\\d{8}", "8 digits", VatRules::finnish)),
            Map.entry("SE", checked("\\d{10}01", "12 digits ending in 01", VatRules::swedish)),
            Map.entry("PL", checked("\\d{10}", "10 digits", VatRules::polish)),
            Map.entry("PT", checked("\\d{9}", "9 digits", VatRules::portuguese)),
            Map.entry("IE", checked("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]", "7 digits and 1 or 2 letters", VatRules::irish)),
            Map.entry("CZ", formatOnly("\\d{8,10}", "8 to 10 digits")),
            Map.entry("SK", formatOnly("\\d{10}", "10 digits")),
            Map.entry("SI", formatOnly("\\d{8}", "8 digits")),
            Map.entry("HU", checked("\\d{8}", "8 digits", VatRules::hungarian)),
            Map.entry("RO", checked("[1-9]\\d{1,9}", "2 to 10 digits", VatRules::romanian)),
            Map.entry("BG", formatOnly("\\d{9,10}", "9 or 10 digits")),
            Map.entry("HR", formatOnly("\\d{11}", "11 digits")),
            Map.entry("EE", formatOnly("\\d{9}", "9 digits")),
            Map.entry("LV", formatOnly("\\d{11}", "11 digits")),
            Map.entry("LT", formatOnly("\\d{9}|\\d{12}", "9 or 12 digits")),
            Map.entry("CY", formatOnly("\\d{8}[A-Z]", "8 digits and a letter")),
            Map.entry("MT", formatOnly("\\d{8}", "8 digits")),
            Map.entry("EL", formatOnly("\\d{9}", "9 digits")),
            // The number the EU gives a seller from outside it who declares its VAT in one member state (OSS).
            Map.entry("EU", formatOnly("\\d{9}", "9 digits")));

    private VatRules() {
    }

    static Optional<VatRule> of(String prefix) {
        return Optional.ofNullable(BY_PREFIX.get(prefix));
    }

    /** The prefixes there are rules for. */
    static Set<String> prefixes() {
        return BY_PREFIX.keySet();
    }

    private static Optional<String> belgian(String number) {
        int check = 97 - Integer.parseInt(number.substring(0, 8)) % 97;
        return checkDigitsMismatch(number, CheckDigits.twoDigits(check));
    }

    // The Polish NIP: the first nine digits weighed 6 5 7 2 3 4 5 6 7, modulo 11, give the tenth.
    private static Optional<String> polish(String number) {
        int sum = CheckDigits.weighted(number, 6, 5, 7, 2, 3, 4, 5, 6, 7);
        return checkDigitsMismatch(number, sum % 11 == 10 ? "-" : Integer.toString(sum % 11));
    }

    // The Portuguese NIF: the first eight digits weighed 9 down to 2, the check 11 less the sum modulo 11 (0 for 10 and 11).
    private static Optional<String> portuguese(String number) {
        int sum = CheckDigits.weighted(number, 9, 8, 7, 6, 5, 4, 3, 2);
        int check = 11 - sum % 11;
        return checkDigitsMismatch(number, Integer.toString(check >= 10 ? 0 : check));
    }

    private static Optional<String> german(String number) {
        return checkDigitsMismatch(number, Integer.toString(CheckDigits.mod11Hybrid(number.substring(0, 8))));
    }

    private static Optional<String> luxembourgish(String number) {
        return checkDigitsMismatch(number, CheckDigits.twoDigits(Integer.parseInt(number.substring(0, 6)) % 89));
    }

    private static Optional<String> italian(String number) {
        return checkDigitsMismatch(number, Integer.toString(CheckDigits.luhnDigitFor(number.substring(0, 10))));
    }

    // The Austrian check is Luhn's sum over the seven digits after U, offset by 4.
    private static Optional<String> austrian(String number) {
        int check = (16 - CheckDigits.luhnSum(number.substring(1, 8))) % 10;
        return checkDigitsMismatch(number, Integer.toString(check));
    }

    // The Danish CVR number: the eight digits weighed 2 7 6 5 4 3 2 1 add up to a multiple of 11.
    private static Optional<String> danish(String number) {
        int sum = CheckDigits.weighted(number, 2, 7, 6, 5, 4, 3, 2, 1);
        return sum % 11 == 0 ? Optional.empty() : Optional.of("number " + number + " does not add up: its digits weighed 2 7 6 5 4 3 2 1 are no multiple of 11");
    }

    // The Norwegian organisation number: the first eight digits weighed 3 2 7 6 5 4 3 2, modulo 11, give the ninth.
    private static Optional<String> norwegian(String number) {
        int sum = CheckDigits.weighted(number, 3, 2, 7, 6, 5, 4, 3, 2);
        int check = (11 - sum % 11) % 11;
        return check == 10 ? Optional.of("number " + number.substring(0, 9) + " is never issued: no check digit fits it")
                : checkDigitsMismatch(number.substring(0, 9), Integer.toString(check));
    }

    // The Swedish number is the ten-digit organisation number, Luhn-valid, then 01.
    private static Optional<String> swedish(String number) {
        return checkDigitsMismatch(number.substring(0, 10), Integer.toString(CheckDigits.luhnDigitFor(number.substring(0, 9))));
    }

    // The Finnish business ID: the first seven digits weighed 7 9 10 5 8 4 2, modulo 11, give the eighth (11 less it; none for 1).
    private static Optional<String> finnish(String number) {
        int rest = CheckDigits.weighted(number, 7, 9, 10, 5, 8, 4, 2) % 11;
        return rest == 1 ? Optional.of("number " + number + " is never issued: no check digit fits it")
                : checkDigitsMismatch(number, Integer.toString(rest == 0 ? 0 : 11 - rest));
    }

    // The Irish number: seven digits weighed 8 down to 2, and a second letter's place in W, A…I weighed 9, modulo 23,
    // give the check letter (W, then A…V). The older form "1X23456A" is the same with its digits moved: 0234561A.
    private static Optional<String> irish(String number) {
        String digits = Character.isDigit(number.charAt(1)) ? number.substring(0, 7) : "0" + number.substring(2, 7) + number.charAt(0);
        int sum = CheckDigits.weighted(digits, 8, 7, 6, 5, 4, 3, 2);
        if (Character.isDigit(number.charAt(1)) && number.length() == 9) {
            sum += 9 * "WABCDEFGHI".indexOf(number.charAt(8));
        }
        String check = String.valueOf("WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23));
        return checkDigitsMismatch(number.length() == 9 ? number.substring(0, 8) : number, check);
    }

    // The Hungarian number: the first seven digits weighed 9 7 3 1 9 7 3, the eighth bringing the sum to a multiple of 10.
    private static Optional<String> hungarian(String number) {
        int sum = CheckDigits.weighted(number, 9, 7, 3, 1, 9, 7, 3);
        return checkDigitsMismatch(number, Integer.toString((10 - sum % 10) % 10));
    }

    // The Romanian CIF: the digits before the last, set to the right of nine places and weighed 7 5 3 2 1 7 5 3 2,
    // ten times their sum modulo 11 (0 for 10) is the last.
    private static Optional<String> romanian(String number) {
        String body = "0".repeat(10 - number.length()) + number.substring(0, number.length() - 1);
        int check = CheckDigits.weighted(body, 7, 5, 3, 2, 1, 7, 5, 3, 2) * 10 % 11 % 10;
        return checkDigitsMismatch(number, Integer.toString(check));
    }

    private static Optional<String> swiss(String number) {
        int sum = CheckDigits.weighted(number, 5, 4, 3, 2, 7, 6, 5, 4);
        int check = (11 - sum % 11) % 11;
        // A remainder that would need 10 as its check digit is never issued.
        return check == 10 ? Optional.of("number " + number + " is never issued: no check digit fits it")
                : checkDigitsMismatch(number, Integer.toString(check));
    }
}
