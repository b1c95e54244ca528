package io.verifact.check;

import java.util.Optional;

/** French company identifiers: SIREN, SIRET, and the VAT number derived from the SIREN. */
public final class Siren {

    // La Poste numbers its establishments without Luhn; its rule is a digit sum divisible by 5.
    private static final String LA_POSTE = "356000000";
    // Monaco's companies carry French VAT numbers whose nine digits, starting 000, are no SIREN.
    private static final String MONACO = "000";

    private Siren() {
    }

    public static boolean isValidSiren(String siren) {
        return siren != null && siren.length() == 9 && CheckDigits.isLuhnValid(siren);
    }

    public static boolean isValidSiret(String siret) {
        if (siret == null || siret.length() != 14 || !Printed.isDigits(siret)) {
            return false;
        }
        // La Poste's head office is Luhn-valid, its other establishments follow the digit-sum rule.
        return CheckDigits.isLuhnValid(siret)
                || siret.startsWith(LA_POSTE) && siret.chars().map(c -> c - '0').sum() % 5 == 0;
    }

    /** The French VAT number of a SIREN, such as FR40303265045 for 303265045. */
    public static String frenchVatOf(String siren) {
        if (!isValidSiren(siren)) {
            throw new IllegalArgumentException("not a valid SIREN: " + siren);
        }
        return "FR" + vatKey(siren) + siren;
    }

    /** The SIREN inside a valid French VAT number (as printed), or empty when there is none. */
    public static Optional<String> sirenOfFrenchVat(String vat) {
        String compact = Printed.compact(vat);
        if (!compact.startsWith("FR") || compact.length() != 13 || !Printed.isDigits(compact.substring(2))) {
            return Optional.empty();
        }
        String siren = compact.substring(4);
        return !siren.startsWith(MONACO) && frenchVatMismatch(compact.substring(2)).isEmpty()
                ? Optional.of(siren) : Optional.empty();
    }

    /**
     * Why the eleven characters after FR are not a French VAT number, or empty when they are; the
     * caller has checked their shape: a two-character key and nine digits.
     */
    static Optional<String> frenchVatMismatch(String body) {
        String key = body.substring(0, 2);
        String siren = body.substring(2);
        if (!Printed.isDigits(key)) {
            // The old alphanumeric keys follow an algorithm nobody publishes reliably; their shape is all we check.
            return Optional.empty();
        }
        if (!siren.startsWith(MONACO) && !isValidSiren(siren)) {
            return Optional.of("number " + siren + " is not a valid SIREN");
        }
        return key.equals(vatKey(siren)) ? Optional.empty()
                : Optional.of("key " + key + " does not match SIREN " + siren);
    }

    private static String vatKey(String siren) {
        return CheckDigits.twoDigits((int) ((12 + 3 * (Long.parseLong(siren) % 97)) % 97));
    }
}
