package io.verifact.check;

import java.util.Locale;
import java.util.regex.Pattern;

/** An identifier as printed, brought down to the characters that carry its meaning. */
final class Printed {

    // Invoices group identifiers with spaces (often non-breaking or thin ones from PDF text layers), dots and dashes.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F.\\-]");

    private Printed() {
    }

    /** Upper case, without the spaces, dots and dashes used to group the characters; blank for null. */
    static String compact(String printed) {
        return printed == null ? "" : SEPARATORS.matcher(printed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
