package io.verifact.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Dates as invoices print them: day first in Europe, ISO, and with month names in four languages. */
final class Dates {

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_NAME = "(?<month>[a-z]{3,12})\\.?";
    private static final Screened NUMERIC = Screened.compile(
            "(?<![\\d.,/-])(?<d>\\d{1,2}|\\d \\d)\\s?(?<s>[./-])\\s?(?<m>\\d{1,2})\\s?\\k<s>\\s?(?<y>\\d{4}|\\d{2})(?![\\d]|[.,]\\d)");
    private static final Screened ISO = Screened.compile("(?<![\\d.,/-])(?<y>\\d{4})(?<s>[-./])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?!\\d)");
    private static final Screened DAY_MONTH_YEAR = Screened.compile(
            "(?<![\\p{L}\\d])(?<d>\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s*[-/]?\\s*(?:de\\s+)?" + MONTH_NAME + "\\s*[-/,]?\\s*(?:de\\s+)?(?<y>\\d{4}|\\d{2}(?![\\d:]))(?!\\d)");
    private static final Screened MONTH_DAY_YEAR = Screened.compile(
            "(?<![\\p{L}])" + MONTH_NAME + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s?,?\\s+(?<y>\\d{4})(?!\\d)");

    private Dates() {
    }

    /** A date found in folded text, and where it stands. */
    record Found(LocalDate date, int start, int end) {
    }

    /** The dates in a text already folded (lower case, no accents), day before month where it is ambiguous. */
    static List<Found> find(String folded) {
        return find(folded, false);
    }

    /**
     * Whether a document writes its numeric dates month first (11/17/2017): it does when one of them
     * cannot be read day first and none cannot be read month first. When no date tells, a dollar
     * invoice without euros is taken as American.
     */
    static boolean monthFirst(List<String> foldedTexts) {
        boolean dayFirstSeen = false;
        boolean monthFirstSeen = false;
        boolean dollars = false;
        boolean euros = false;
        for (String text : foldedTexts) {
            for (MatchResult m : NUMERIC.all(text)) {
                int first = Integer.parseInt(m.group("d").replace(" ", ""));
                int second = Integer.parseInt(m.group("m"));
                dayFirstSeen |= first > 12 && second <= 12;
                monthFirstSeen |= second > 12 && first <= 12;
            }
            dollars |= text.contains("$") || text.contains("usd");
            euros |= text.contains("€") || text.contains("eur");
        }
        if (monthFirstSeen || dayFirstSeen) {
            return monthFirstSeen && !dayFirstSeen;
        }
        return dollars && !euros;
    }

    static List<Found> find(String folded, boolean monthFirst) {
        List<Found> found = new ArrayList<>();
        if (Text.digits(folded) < 4) {
            // Every date has a four-digit year or six digits in all: most phrases have neither.
            return found;
        }
        for (Screened p : List.of(ISO, NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR)) {
            for (MatchResult m : p.all(folded)) {
                int start = m.start();
                if (found.stream().anyMatch(f -> f.start() < m.end() && start < f.end())) {
                    continue;
                }
                LocalDate date = date(m, p == NUMERIC, p == DAY_MONTH_YEAR || p == MONTH_DAY_YEAR, monthFirst);
                if (date != null) {
                    found.add(new Found(date, start, m.end()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static final Pattern MONTH_AND_YEAR = Pattern.compile("^\\s*([a-z]{3,12})\\.?\\s+(?:de\\s+)?(\\d{4})\\s*$");

    /** Whether a folded text is only a month and its year ("februari 2026", "March 2026"): a period, no name. */
    static boolean isMonthAndYear(String folded) {
        java.util.regex.Matcher m = MONTH_AND_YEAR.matcher(folded);
        return m.matches() && MONTHS.containsKey(m.group(1));
    }

    /** Whether the month's letters stand between dashes or slashes, where only a month can: "29-APP-2018". */
    private static boolean betweenDashes(MatchResult m) {
        String date = m.group();
        int before = m.start("month") - m.start() - 1;
        int after = m.end("month") - m.start();
        return before >= 0 && after < date.length() && date.charAt(before) == date.charAt(after) && "-/".indexOf(date.charAt(before)) >= 0;
    }

    /** A month abbreviation with one letter misread on a scan ("app" for "apr"), where only one month is that near. */
    private static Integer misreadMonth(String read) {
        Integer found = null;
        for (Map.Entry<String, Integer> month : MONTHS.entrySet()) {
            String name = month.getKey();
            if (name.length() == 3 && differsByOneLetter(name, read)) {
                if (found != null && !found.equals(month.getValue())) {
                    return null;
                }
                found = month.getValue();
            }
        }
        return found;
    }

    private static boolean differsByOneLetter(String a, String b) {
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            differences += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differences == 1;
    }

    private static LocalDate date(MatchResult m, boolean numeric, boolean named, boolean monthFirst) {
        try {
            int year = Integer.parseInt(m.group("y"));
            if (year < 100) {
                year += 2000;
            }
            String monthText = named ? m.group("month") : null;
            int day = Integer.parseInt(m.group("d").replace(" ", ""));
            int month;
            if (monthText != null) {
                // "Aug." and "August" are months; "Augenoptik" is not.
                Integer byName = MONTHS.get(monthText);
                if (byName == null && monthText.length() == 3 && betweenDashes(m)) {
                    byName = misreadMonth(monthText);
                }
                if (byName == null) {
                    return null;
                }
                month = byName;
            } else {
                month = Integer.parseInt(m.group("m"));
                // Dotted dates are written day first, also on dollar invoices (05.03.2026 is the 5th of March).
                boolean dotted = ".".equals(m.group("s"));
                if (numeric && (month > 12 && day <= 12 || monthFirst && !dotted && day <= 12)) {
                    int swap = day;
                    day = month;
                    month = swap;
                }
            }
            if (year < 1900 || year > 2200) {
                return null;
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        String[][] names = {
                {"jan", "january", "janvier", "januar", "januari", "janv", "janner", "enero", "gennaio", "janeiro", "stycznia"},
                {"feb", "february", "fevrier", "februar", "februari", "fev", "fevr", "febrero", "febbraio", "fevereiro", "lutego"},
                {"mar", "march", "mars", "marz", "maart", "maerz", "mrt", "marzo", "marco", "marca", "marts"},
                {"apr", "april", "avril", "avr", "abril", "aprile", "kwietnia"},
                {"may", "mai", "mei", "mayo", "maggio", "maio", "maja"},
                {"jun", "june", "juin", "juni", "junio", "giugno", "junho", "czerwca"},
                {"jul", "july", "juillet", "juli", "juil", "julio", "luglio", "julho", "lipca"},
                {"aug", "august", "aout", "augustus", "agosto", "sierpnia", "augusti"},
                {"sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "setembro", "wrzesnia"},
                {"oct", "october", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro", "pazdziernika"},
                {"nov", "november", "novembre", "noviembre", "novembro", "listopada"},
                {"dec", "december", "decembre", "dezember", "dez", "diciembre", "dicembre", "dezembro", "grudnia", "desember"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                months.put(n, i + 1);
            }
        }
        // Three-letter prefixes of the long names not listed above, as printed abbreviated.
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                months.putIfAbsent(n.substring(0, 3), i + 1);
            }
        }
        // Finnish and Czech names, whose first three letters abbreviate nothing.
        String[][] whole = {
                {"tammikuuta", "tammikuu", "ledna"},
                {"helmikuuta", "helmikuu", "unora"},
                {"maaliskuuta", "maaliskuu", "brezna"},
                {"huhtikuuta", "huhtikuu", "dubna"},
                {"toukokuuta", "toukokuu", "kvetna"},
                {"kesakuuta", "kesakuu", "cervna"},
                {"heinakuuta", "heinakuu", "cervence"},
                {"elokuuta", "elokuu", "srpna"},
                {"syyskuuta", "syyskuu", "zari"},
                {"lokakuuta", "lokakuu", "rijna"},
                {"marraskuuta", "marraskuu", "listopadu"},
                {"joulukuuta", "joulukuu", "prosince"}};
        for (int i = 0; i < whole.length; i++) {
            for (String n : whole[i]) {
                months.put(n, i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
