package io.verifact.check;

import java.util.Optional;

/** British and Northern Irish VAT numbers, including branch traders, government departments and health authorities. */
final class BritishVat {

    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2};

    private BritishVat() {
    }

    static Optional<String> mismatch(String number) {
        if (number.startsWith("GD") || number.startsWith("HA")) {
            return publicBody(number);
        }
        // A branch trader's twelve digits are the nine of the company and a three-digit branch.
        String company = number.substring(0, 9);
        int remainder = (weightedSum(company) + Integer.parseInt(company.substring(7))) % 97;
        // Numbers from 100 000 000 on may also be issued under the "9755" scheme, which adds 55 before the test.
        boolean valid = remainder == 0 || remainder == 42 && company.compareTo("100000000") >= 0;
        return valid ? Optional.empty()
                : Optional.of("check digits " + company.substring(7) + " do not match " + company.substring(0, 7));
    }

    private static int weightedSum(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }

    // Government departments are numbered GD000 to GD499, health authorities HA500 to HA999.
    private static Optional<String> publicBody(String number) {
        int n = Integer.parseInt(number.substring(2));
        boolean inRange = number.startsWith("GD") ? n < 500 : n >= 500;
        return inRange ? Optional.empty()
                : Optional.of("number " + number + " is out of range: GD runs from 000 to 499, HA from 500 to 999");
    }
}
