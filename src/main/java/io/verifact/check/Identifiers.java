package io.verifact.check;

import io.verifact.model.SupplierId;

import java.util.Locale;
import java.util.Optional;

/**
 * Identifiers of suppliers and client files as registers and pages print them, brought to one form:
 * spacing, dots and leading zeros do not matter, and only an identifier whose check digits hold counts.
 */
public final class Identifiers {

    /** Phone numbers are compared on their last digits, so that {@code +33 1 23 45 67 89} is {@code 01 23 45 67 89}. */
    private static final int PHONE_DIGITS = 9;

    private Identifiers() {
    }

    /** The identifier in its one form, or empty when it is not one of that kind (a failed checksum, too short). */
    public static Optional<String> normalize(SupplierId.Kind kind, String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        return switch (kind) {
            case VAT -> VatNumbers.normalize(printed).map(VatNumbers::identity);
            // A spreadsheet drops a number's leading zeros: they are put back.
            case SIRET -> digits(printed).map(d -> padded(d, 14)).filter(Siren::isValidSiret);
            case SIREN -> digits(printed).map(d -> padded(d, 9)).filter(Siren::isValidSiren);
            case IBAN -> Ibans.normalize(printed);
            case NATIONAL, BANK -> {
                String compact = printed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "").replaceFirst("^0+", "");
                yield compact.length() >= 5 && compact.chars().anyMatch(Character::isDigit) ? Optional.of(compact) : Optional.empty();
            }
            case PHONE, FAX -> {
                String digits = printed.replaceAll("\\D", "").replaceFirst("^0+", "");
                yield digits.length() >= 8 && digits.length() <= 15 ? Optional.of(digits) : Optional.empty();
            }
        };
    }

    /**
     * What two identifiers of a kind are compared on: the identifier itself, and for phone and fax
     * numbers their last nine digits, whatever the country prefix or trunk zero before them.
     */
    public static String matchKey(SupplierId.Kind kind, String normalized) {
        if ((kind == SupplierId.Kind.PHONE || kind == SupplierId.Kind.FAX) && normalized.length() > PHONE_DIGITS) {
            return normalized.substring(normalized.length() - PHONE_DIGITS);
        }
        return normalized;
    }

    private static String padded(String digits, int length) {
        return digits.length() < length && digits.length() >= length - 3 ? "0".repeat(length - digits.length()) + digits : digits;
    }

    private static Optional<String> digits(String printed) {
        String digits = Printed.compact(printed).replace("/", "");
        return Printed.isDigits(digits) ? Optional.of(digits) : Optional.empty();
    }
}
