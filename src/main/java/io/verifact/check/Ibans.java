package io.verifact.check;

import java.util.Optional;
import java.util.regex.Pattern;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.CountryCode;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanFormatException.IbanFormatViolation;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/** IBANs and BICs as printed on invoices, checked by iban4j. */
public final class Ibans {

    private static final Pattern LABEL = Pattern.compile("^IBAN:?");

    private Ibans() {
    }

    public static boolean isValid(String printed) {
        return problem(printed).isEmpty();
    }

    /** Upper case without spaces, only when the IBAN is valid. */
    public static Optional<String> normalize(String printed) {
        String iban = compact(printed);
        return problem(iban).isEmpty() ? Optional.of(iban) : Optional.empty();
    }

    /**
     * Upper case without spaces when the IBAN has its country's shape, even when its check digits
     * fail: what is printed is read as printed, and the check tells the operator what is wrong.
     */
    public static Optional<String> normalizeShape(String printed) {
        String iban = compact(printed);
        try {
            IbanUtil.validate(iban);
            return Optional.of(iban);
        } catch (InvalidCheckDigitException e) {
            return Optional.of(iban);
        } catch (IbanFormatException | UnsupportedCountryException e) {
            return Optional.empty();
        }
    }

    /** Why the printed IBAN is not valid, in the operator's words; empty when it is. */
    public static Optional<String> problem(String printed) {
        String iban = compact(printed);
        if (iban.isEmpty()) {
            return Optional.of("no IBAN");
        }
        try {
            IbanUtil.validate(iban);
            return Optional.empty();
        } catch (InvalidCheckDigitException e) {
            return Optional.of("IBAN " + iban + ": check digits " + IbanUtil.getCheckDigit(iban) + " do not match the account");
        } catch (UnsupportedCountryException e) {
            return Optional.of("IBAN " + iban + ": " + iban.substring(0, 2) + " is not a country with IBANs");
        } catch (IbanFormatException e) {
            return Optional.of("IBAN " + iban + ": " + formatProblem(iban, e));
        }
    }

    /** The BIC upper case without spaces, only when it has a BIC's shape and a known country. */
    public static Optional<String> normalizeBic(String printed) {
        String bic = Printed.compact(printed);
        try {
            BicUtil.validate(bic);
            return Optional.of(bic);
        } catch (BicFormatException | UnsupportedCountryException e) {
            return Optional.empty();
        }
    }

    private static String compact(String printed) {
        return LABEL.matcher(Printed.compact(printed)).replaceFirst("");
    }

    private static String formatProblem(String iban, IbanFormatException e) {
        CountryCode country = iban.length() < 2 ? null : CountryCode.getByCode(iban.substring(0, 2));
        if (e.getFormatViolation() == IbanFormatViolation.BBAN_LENGTH && country != null) {
            return "an IBAN from " + country.getAlpha2() + " has " + IbanUtil.getIbanLength(country)
                    + " characters, this one " + iban.length();
        }
        return country == null ? "it does not start with a country code"
                : "it does not have the shape of an IBAN from " + country.getAlpha2();
    }
}
