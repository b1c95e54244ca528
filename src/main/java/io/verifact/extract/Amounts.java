package io.verifact.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Amounts as printed in Europe and elsewhere: {@code 1.234,56}, {@code 1 234,56}, {@code 1,234.56},
 * {@code 1'234.56}, {@code 1,23,456.78}, {@code -12,00}, {@code 12,00-}, {@code (12.00)}, with or without a currency sign.
 */
final class Amounts {

    /**
     * Indian grouping in lakhs and crores ("12,34,567.89"); grouped thousands, or plain digits; up to
     * four decimals (unit prices print more than two); cents a space sets apart from their point, as
     * dot-matrix slips are read ("367 . 10").
     */
    private static final String NUMBER = "\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,4})?|\\d{1,3}(?:[ .,'’\\u00A0\\u202F]\\d{3})+(?:[.,]\\d{1,4})?|\\d+(?:[.,]\\d{1,4}| ?[.,] ?\\d{2}(?!\\d))?";
    /** A currency written beside an amount: a whole number with it is money ("Rs 1680", "$1000"). */
    static final Pattern CURRENCY = Pattern.compile("[€$£¥₹]|EUR|USD|GBP|CHF|INR|Rs\\.?|RM");
    private static final Screened AMOUNT = Screened.compile(
            "(?<![\\p{L}\\p{N}.,/-])(?<open>\\()?(?<lead>[-−–]\\s?)?(?:(?<currency>[€$£₹¥]|EUR|USD|GBP|CHF|RM|Rs\\.?|INR|JPY)\\s?)?(?<lead2>[-−])?"
                    + "(?<number>" + NUMBER + ")(?<trail>-(?!\\d))?(?<close>\\))?"
                    + "(?![\\p{L}\\p{N}]|[.,/]\\d|\\s?%)");

    private static final Pattern GROUPING = Pattern.compile("[ '’\\u00A0\\u202F]");
    private static final Pattern SEPARATOR = Pattern.compile("[.,]");

    /** How a document writes its decimals, decided by the amounts that are not ambiguous. */
    enum Style { COMMA, POINT }

    private Amounts() {
    }

    /** An amount found in a text, with where it stands and how many decimals it was printed with. */
    record Found(BigDecimal value, int start, int end, int decimals) {
    }

    static List<Found> find(String text, Style style) {
        List<Found> found = new ArrayList<>();
        if (Text.digits(text) == 0) {
            return found;
        }
        for (MatchResult m : AMOUNT.all(text)) {
            // The yen has no cents: "¥756,000" is seven hundred and fifty-six thousand, whatever the document's decimals.
            boolean yen = "¥".equals(m.group("currency")) || "JPY".equals(m.group("currency"));
            parse(m.group("number"), yen ? Style.POINT : style).ifPresent(parsed -> {
                boolean negative = m.group("lead") != null || m.group("lead2") != null || m.group("trail") != null
                        || (m.group("open") != null && m.group("close") != null);
                BigDecimal value = negative ? parsed.negate() : parsed;
                found.add(new Found(value, m.start(), m.end(), Math.max(0, parsed.scale())));
            });
        }
        return found;
    }

    /** A number as printed, without sign, or empty when it is not one. */
    static Optional<BigDecimal> parse(String printed, Style style) {
        String s = GROUPING.matcher(printed).replaceAll("");
        int lastComma = s.lastIndexOf(',');
        int lastPoint = s.lastIndexOf('.');
        int last = Math.max(lastComma, lastPoint);
        if (last < 0) {
            return number(s);
        }
        char separator = s.charAt(last);
        boolean bothKinds = lastComma >= 0 && lastPoint >= 0;
        long sameKind = s.chars().filter(c -> c == separator).count();
        int after = s.length() - last - 1;
        boolean decimal;
        if (bothKinds) {
            decimal = true;
        } else if (sameKind > 1) {
            decimal = false;
        } else if (after != 3) {
            decimal = true;
        } else {
            decimal = (separator == ',') == (style == Style.COMMA);
        }
        String digits;
        if (decimal) {
            digits = SEPARATOR.matcher(s.substring(0, last)).replaceAll("") + "." + s.substring(last + 1);
        } else {
            digits = SEPARATOR.matcher(s).replaceAll("");
        }
        return number(digits);
    }

    private static Optional<BigDecimal> number(String digits) {
        try {
            return Optional.of(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static final Screened COMMA_AMOUNT = Screened.compile("(?<![\\d.,])\\d{1,3}(?:[. ]\\d{3})*,\\d{2}(?![\\d.,])");
    private static final Screened POINT_AMOUNT = Screened.compile("(?<![\\d.,])\\d{1,3}(?:[, ]\\d{3})*\\.\\d{2}(?![\\d.,])");

    /** The decimal style most unambiguous amounts of the text use; comma when nothing tells. */
    static Style styleOf(Iterable<String> texts) {
        int commas = 0;
        int points = 0;
        for (String t : texts) {
            commas += COMMA_AMOUNT.all(t).size();
            points += POINT_AMOUNT.all(t).size();
        }
        return points > commas ? Style.POINT : Style.COMMA;
    }
}
