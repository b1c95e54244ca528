package io.verifact.check;

/** The check-digit arithmetic shared by several identifiers. */
final class CheckDigits {

    private CheckDigits() {
    }

    /** The sum of the leading digits, each times its weight: the first digit times the first weight, and so on. */
    static int weighted(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }

    /** The Luhn sum modulo 10, the rightmost digit not doubled; 0 for a Luhn-valid number. */
    static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10;
    }

    /** Luhn-valid and not all zeros, which passes Luhn trivially but identifies nobody. */
    static boolean isLuhnValid(String digits) {
        return Printed.isDigits(digits) && luhnSum(digits) == 0 && !digits.matches("0+");
    }

    /** The digit that, appended to the payload, makes it Luhn-valid. */
    static int luhnDigitFor(String payload) {
        return (10 - luhnSum(payload + "0")) % 10;
    }

    /** ISO 7064 MOD 97-10 remainder, letters counting as 10 to 35 as in IBANs. */
    static int mod97(String digitsAndLetters) {
        int remainder = 0;
        for (char c : digitsAndLetters.toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
            remainder %= 97;
        }
        return remainder;
    }

    /** ISO 7064 MOD 11,10 check digit of the payload. */
    static int mod11Hybrid(String payload) {
        int product = 10;
        for (char c : payload.toCharArray()) {
            int sum = (c - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        return (11 - product) % 10;
    }

    /** Check digits printed as two digits, as most identifiers print them. */
    static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
