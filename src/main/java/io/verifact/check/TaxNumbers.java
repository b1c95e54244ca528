package io.verifact.check;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The tax registration numbers that suppliers outside the EU VAT system print where a European supplier
 * prints its VAT number: an Australian ABN, a Canadian business number, an Indian GSTIN… They carry no
 * country prefix, so they are written as printed, without spaces, dots, dashes or slashes; the scheme
 * that reads them is told by a label ("ABN", "GSTIN") or, for a value alone, by its shape and check digits.
 */
public final class TaxNumbers {

    /** One country's scheme: its shape and, where it has them, its check digits. */
    public enum Scheme {
        /** Australia's business number: eleven digits, the first less one, weighed, a multiple of 89. */
        AU_ABN("an Australian business number (ABN)", "\\d{11}", TaxNumbers::australian),
        /** New Zealand's GST number, the IRD number: eight or nine digits, the last a modulo 11 check. */
        NZ_GST("a New Zealand GST number", "\\d{8,9}", TaxNumbers::newZealand),
        /** Canada's business number, nine digits Luhn-valid, with the GST/HST account after it (RT0001). */
        CA_BN("a Canadian business number", "\\d{9}(?:R[TCPRZM]\\d{4})?", number -> CheckDigits.isLuhnValid(number.substring(0, 9))),
        /** India's GSTIN: the state, the PAN, the entity, Z and a check character modulo 36. */
        IN_GSTIN("an Indian GSTIN", "\\d{2}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]", TaxNumbers::indian),
        /** Japan's qualified invoice issuer number: T and the 13-digit corporate number, its first digit the check. */
        JP_T("a Japanese invoice registration number", "T\\d{13}", TaxNumbers::japanese),
        /** South Africa's VAT number: ten digits starting with 4, Luhn-valid. */
        ZA_VAT("a South African VAT number", "4\\d{9}", CheckDigits::isLuhnValid),
        /** Brazil's CNPJ: fourteen digits, the last two modulo 11 checks. */
        BR_CNPJ("a Brazilian CNPJ", "\\d{14}", TaxNumbers::brazilian),
        /** Mexico's RFC of a company or a person: letters, a date, three characters. */
        MX_RFC("a Mexican RFC", "[A-Z&Ñ]{3,4}\\d{6}[A-Z0-9]{3}", null),
        /** The United Arab Emirates' tax registration number: fifteen digits starting with 100. */
        AE_TRN("an Emirati tax registration number (TRN)", "100\\d{12}", null),
        /** Singapore's entity number, which is also its GST registration number, or an older M-number. */
        SG_UEN("a Singapore UEN or GST registration number", "\\d{8}[A-Z]|(?:19|20)\\d{7}[A-Z]|[TSR]\\d{2}[A-Z]{2}\\d{4}[A-Z]|M[0-9A-Z]\\d{7}[0-9A-Z]", null);

        private final String name;
        private final Pattern shape;
        /** Whether the number's check digits hold; null where the scheme has none we verify. */
        private final Predicate<String> checkDigits;

        Scheme(String name, String shape, Predicate<String> checkDigits) {
            this.name = name;
            this.shape = Pattern.compile(shape);
            this.checkDigits = checkDigits;
        }

        /** Whether the scheme's check digits are verified, not only its shape. */
        public boolean verifiesDigits() {
            return checkDigits != null;
        }

        private boolean fits(String compact) {
            return shape.matcher(compact).matches();
        }

        private boolean holds(String compact) {
            return fits(compact) && (checkDigits == null || checkDigits.test(compact));
        }
    }

    /** A slash, as a Brazilian CNPJ prints one ("11.222.333/0001-81"), beside the separators every number drops. */
    private static final Pattern SLASH = Pattern.compile("/");

    private TaxNumbers() {
    }

    /** The number as printed, without its separators, when it is one of the scheme's. */
    public static Optional<String> normalize(Scheme scheme, String printed) {
        String compact = compact(printed);
        return scheme.holds(compact) ? Optional.of(compact) : Optional.empty();
    }

    /** Whether the number is one of a scheme whose check digits are verified, and they hold. */
    public static boolean verified(String printed) {
        return verifiedNumber(printed).isPresent();
    }

    /** The number as printed, without its separators, when it is one of a scheme whose check digits are verified and hold. */
    public static Optional<String> verifiedNumber(String printed) {
        String compact = compact(printed);
        return Arrays.stream(Scheme.values()).anyMatch(s -> s.verifiesDigits() && s.holds(compact)) ? Optional.of(compact) : Optional.empty();
    }

    /**
     * What a number printed without a country prefix is: valid when it is one of a scheme whose check digits
     * hold, or fits the shape of one without check digits; failing when it has only the shape of schemes whose
     * check digits fail; empty when it has no scheme's shape.
     */
    static Optional<VatCheck> check(String printed) {
        String compact = compact(printed);
        Scheme[] fitting = Arrays.stream(Scheme.values()).filter(s -> s.fits(compact)).toArray(Scheme[]::new);
        if (fitting.length == 0) {
            return Optional.empty();
        }
        for (Scheme scheme : fitting) {
            if (scheme.verifiesDigits() && scheme.holds(compact)) {
                return Optional.of(new VatCheck(compact, true, compact + " is " + scheme.name + " whose check digits hold"));
            }
        }
        for (Scheme scheme : fitting) {
            if (!scheme.verifiesDigits()) {
                return Optional.of(new VatCheck(compact, true, compact + " has the shape of " + scheme.name + "; it has no check digits to verify"));
            }
        }
        return Optional.of(new VatCheck(compact, false, compact + " has the shape of " + fitting[0].name + " but its check digits do not hold"));
    }

    private static String compact(String printed) {
        return SLASH.matcher(Printed.compact(printed)).replaceAll("");
    }

    private static boolean australian(String number) {
        int sum = 10 * (number.charAt(0) - '0' - 1) + CheckDigits.weighted(number.substring(1), 1, 3, 5, 7, 9, 11, 13, 15, 17, 19);
        return number.charAt(0) != '0' && sum % 89 == 0;
    }

    // The IRD number: eight digits weighed 3 2 7 6 5 4 3 2, modulo 11, give the ninth (11 less it); where that
    // would be 10, the weights 7 4 3 2 5 2 7 6 are used instead, and a 10 again is never issued.
    private static boolean newZealand(String number) {
        String nine = number.length() == 8 ? "0" + number : number;
        long value = Long.parseLong(nine);
        if (value < 10_000_000L || value > 150_000_000L) {
            return false;
        }
        int check = elevenLess(CheckDigits.weighted(nine, 3, 2, 7, 6, 5, 4, 3, 2));
        if (check == 10) {
            check = elevenLess(CheckDigits.weighted(nine, 7, 4, 3, 2, 5, 2, 7, 6));
        }
        return check != 10 && check == nine.charAt(8) - '0';
    }

    private static int elevenLess(int sum) {
        int rest = sum % 11;
        return rest == 0 ? 0 : 11 - rest;
    }

    // Each of the first fourteen characters, valued 0 to 35, times 1 and 2 in turn; the product's quotient and
    // remainder by 36 are summed; the check character brings the sum to a multiple of 36.
    private static boolean indian(String gstin) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int product = Character.digit(gstin.charAt(i), 36) * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return Character.forDigit((36 - sum % 36) % 36, 36) == Character.toLowerCase(gstin.charAt(14));
    }

    // The corporate number's first digit is 9 less the sum of the other twelve, weighed 1 and 2 in turn from the
    // right, modulo 9.
    private static boolean japanese(String number) {
        String base = number.substring(2);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return number.charAt(1) - '0' == 9 - sum % 9;
    }

    // The twelve digits weighed 5 4 3 2 9 8 7 6 5 4 3 2 give the thirteenth, 11 less their sum modulo 11 (0 under 2);
    // the thirteen weighed 6 5 4 3 2 9 8 7 6 5 4 3 2 give the fourteenth.
    private static boolean brazilian(String number) {
        int first = cnpjDigit(CheckDigits.weighted(number, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2));
        int second = cnpjDigit(CheckDigits.weighted(number, 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2));
        return number.charAt(12) - '0' == first && number.charAt(13) - '0' == second && !number.matches("(\\d)\\1{13}");
    }

    private static int cnpjDigit(int sum) {
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
