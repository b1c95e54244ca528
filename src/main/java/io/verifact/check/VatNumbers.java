package io.verifact.check;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EU VAT numbers, with the Northern Irish, Swiss and Norwegian ones and the EU's own for sellers from outside
 * it: normalized, shape-checked, check digits verified. A number without a country prefix may be another
 * country's tax registration number ({@link #checkAnyCountry}).
 */
public final class VatNumbers {

    private static final String SWISS = "CHE";
    /** Greece's prefix as its own invoices often print it; the EU's is EL. */
    private static final String GREEK = "GR";
    // The Swiss UID becomes a VAT number by naming the tax after it, in one of the national languages.
    private static final Pattern SWISS_TAX_NAME = Pattern.compile("(MWST|TVA|IVA|TPV)$");

    private VatNumbers() {
    }

    /**
     * The prefixes a VAT number this class knows is printed with: the EU countries' (Greece's as EL and as GR), Northern
     * Ireland's, Norway's, Switzerland's and the EU's own; in alphabetical order.
     */
    public static List<String> prefixes() {
        TreeSet<String> prefixes = new TreeSet<>(VatRules.prefixes());
        prefixes.add(GREEK);
        return List.copyOf(prefixes);
    }

    /** The number as the contract writes it, only when it is valid. */
    public static Optional<String> normalize(String printed) {
        VatCheck check = check(printed);
        return check.valid() ? Optional.of(check.normalized()) : Optional.empty();
    }

    /**
     * The number as the contract writes it when it has its country's shape, even when its check
     * digits fail: what is printed is read as printed, and the check says what is wrong with it.
     */
    public static Optional<String> normalizeShape(String printed) {
        VatCheck check = check(printed);
        if (check.valid()) {
            return Optional.of(check.normalized());
        }
        if (check.normalized() == null) {
            return Optional.empty();
        }
        String country = check.normalized().startsWith(SWISS) ? SWISS : check.normalized().substring(0, 2);
        String number = identity(check.normalized()).substring(country.length());
        return VatRules.of(country).filter(rule -> rule.shape().matcher(number).matches()).map(rule -> check.normalized());
    }

    /**
     * What a number in a VAT number's place is, whichever country gave it: an EU VAT number, or where it has no
     * EU country's prefix, the tax number of a country outside the EU that its shape and check digits make it
     * ({@link TaxNumbers}). For the checks of a number read or typed there, not for matching suppliers.
     */
    public static VatCheck checkAnyCountry(String printed) {
        VatCheck european = check(printed);
        return european.normalized() == null ? TaxNumbers.check(printed).orElse(european) : european;
    }

    /**
     * A number typed in a VAT number's place as the contract writes it: an EU VAT number of its country's shape,
     * or another country's tax number whose check digits hold.
     */
    public static Optional<String> normalizeTyped(String printed) {
        return normalizeShape(printed).or(() -> Optional.ofNullable(printed).flatMap(TaxNumbers::verifiedNumber));
    }

    public static VatCheck check(String printed) {
        String compact = Printed.compact(printed);
        if (compact.isEmpty()) {
            return new VatCheck(null, false, "no VAT number");
        }
        String prefix = compact.startsWith(SWISS) ? SWISS : compact.substring(0, Math.min(2, compact.length()));
        if (prefix.length() < 2 || !prefix.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return new VatCheck(null, false, compact + " has no country prefix such as FR or BE");
        }
        String country = prefix.equals(GREEK) ? "EL" : prefix;
        Optional<VatRule> rule = VatRules.of(country);
        if (rule.isEmpty()) {
            return new VatCheck(null, false, prefix + " is not the prefix of an EU VAT number");
        }
        String number = canonical(country, compact.substring(prefix.length()));
        VatCheck checked = check(country, number, rule.get());
        // "CHE-116.281.710 MWST" is written as printed, its tax's name kept: the number alone is the company's UID.
        Matcher taxName = SWISS_TAX_NAME.matcher(compact);
        if (country.equals(SWISS) && checked.normalized() != null && taxName.find()) {
            return new VatCheck(checked.normalized() + taxName.group(1), checked.valid(), checked.reason());
        }
        return checked;
    }

    /** Whether the check digits of a normalized number's country are verified, not only its shape. */
    public static boolean verifiesDigits(String normalized) {
        String prefix = normalized.startsWith(SWISS) ? SWISS : normalized.substring(0, Math.min(2, normalized.length()));
        return VatRules.of(prefix).filter(VatRule::verifiesDigits).isPresent();
    }

    /**
     * The number that names one company whichever way it was printed: a Swiss number without the
     * tax's name, which the French part of the country prints as TVA and the German as MWST.
     */
    public static String identity(String normalized) {
        return normalized.startsWith(SWISS) ? SWISS_TAX_NAME.matcher(normalized).replaceAll("") : normalized;
    }

    private static VatCheck check(String country, String number, VatRule rule) {
        String normalized = country + number;
        if (!rule.shape().matcher(number).matches()) {
            return new VatCheck(normalized, false, country + " VAT number should be " + rule.shapeInWords()
                    + ", not " + (number.isEmpty() ? "nothing" : number));
        }
        if (!rule.verifiesDigits()) {
            return new VatCheck(normalized, true, normalized + " has the shape of a " + country
                    + " VAT number; its check digits are not verified");
        }
        return rule.mismatch().apply(number)
                .map(why -> new VatCheck(normalized, false, country + " VAT " + why))
                .orElseGet(() -> new VatCheck(normalized, true, normalized + " is a valid " + country + " VAT number"));
    }

    private static String canonical(String country, String number) {
        return switch (country) {
            // Belgian numbers were printed with nine digits before 2007; the tenth is a leading 0.
            case "BE" -> number.length() == 9 ? "0" + number : number;
            case SWISS -> SWISS_TAX_NAME.matcher(number).replaceAll("");
            default -> number;
        };
    }
}
