package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A pattern looked for only where it can begin must find what the pattern finds: an amount, a date or a
 * legal form it skipped would be a field read wrong.
 */
class ScreenedTest {

    /** Patterns of the shapes the reading looks for: lookbehinds of one class, alternatives, anchors, flags, groups. */
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![\\d.,/-])(?<d>\\d{1,2})\\s?(?<s>[./-])\\s?(?<m>\\d{1,2})\\s?\\k<s>\\s?(?<y>\\d{4}|\\d{2})(?![\\d]|[.,]\\d)"),
            Pattern.compile("(?<![\\p{L}\\p{N}.,/-])(?<open>\\()?(?<lead>[-−]\\s?)?(?:(?:[€$£]|EUR|USD)\\s?)?(?<number>\\d{1,3}(?:[ .,']\\d{3})+(?:[.,]\\d{1,4})?|\\d+(?:[.,]\\d{1,4})?)(?<close>\\))?(?![\\p{L}\\p{N}]|[.,/]\\d|\\s?%)"),
            Pattern.compile("(?<!\\d)(?:[A-Z]{1,2}[- ]?)?\\d{4,5}(?!\\d)\\s+\\p{L}|(?<![A-Z0-9])[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}(?![A-Z0-9])"),
            Pattern.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,3})?)\\s*%"),
            Pattern.compile("(?<![a-z])(?:tva\\s+non\\s+applicable|reverse\\s+charge|btw\\s+verlegd|art\\.?\\s*293\\s*b)"),
            Pattern.compile("(?<![\\p{L}])(?:sa|as|co)\\.?\\s*$"),
            Pattern.compile("^\\d{1,4}\\s+\\p{L}"),
            Pattern.compile("total|net", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<=n°)\\s*\\d+"),
            PartyReader.LEGAL_FORM.pattern(),
            TillSlip.CASH.pattern());

    private static final String[] WORDS = {"12", "3", "2026", "31.12.2026", "1.234,56", "1,234.56", "(12.00)", "-4,20", "€", "EUR", "$1000",
            "20", "%", "5,5 %", "75001", "Paris", "SW1A 1AA", "BS1 2AW", "n°", "N°", "Total", "TOTAL", "net", "tva", "non", "applicable",
            "reverse", "charge", "btw", "verlegd", "art.", "293", "b", "sa", "SA", "co.", "GmbH", "gmbh", "sdn bhd", "s.a.r.l.", "Inc.",
            "inc", "cash", "change", "tendered", "Kerkstraat", "a", "é", "Ü", "x", "-", "/", "."};
    private static final String[] JOINERS = {"", " ", " ", " ", ",", ", ", ".", "-", "/", ": ", "  ", "\u00A0"};

    @Test
    void findsWhatThePatternFindsInTheSameOrderWithTheSameGroups() {
        Random random = new Random(11);
        List<Screened> screened = PATTERNS.stream().map(Screened::of).toList();
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = text(random);
            for (int p = 0; p < PATTERNS.size(); p++) {
                List<MatchResult> expected = new ArrayList<>();
                Matcher m = PATTERNS.get(p).matcher(text);
                while (m.find()) {
                    expected.add(m.toMatchResult());
                }
                List<MatchResult> found = screened.get(p).all(text);
                assertThat(describe(found)).as("%s in \"%s\"", PATTERNS.get(p), text).isEqualTo(describe(expected));
                assertThat(screened.get(p).in(text)).as("%s in \"%s\"", PATTERNS.get(p), text).isEqualTo(!expected.isEmpty());
                MatchResult first = screened.get(p).first(text);
                assertThat(first == null ? null : describe(List.of(first))).isEqualTo(expected.isEmpty() ? null : describe(expected.subList(0, 1)));
                matched += expected.isEmpty() ? 0 : 1;
            }
        }
        // The texts hold matches often enough for the comparison to mean something.
        assertThat(matched).isGreaterThan(20_000);
    }

    @Test
    void aLookbehindOfOneCharacterClassIsKnownAndOthersAreLeftToThePattern() {
        assertThat(PatternScreen.lookbehindClass("(?<![a-z])tax", 0).pattern()).isEqualTo("[a-z]");
        assertThat(PatternScreen.lookbehindClass("(?<![\\p{L}\\p{N}.,/-])\\d", 0).pattern()).isEqualTo("[\\p{L}\\p{N}.,/-]");
        assertThat(PatternScreen.lookbehindClass("(?<!\\d)\\d{5}", 0).pattern()).isEqualTo("\\d");
        assertThat(PatternScreen.lookbehindClass("(?<!\\p{L})x", 0).pattern()).isEqualTo("\\p{L}");
        assertThat(PatternScreen.lookbehindClass("(?<!ab)x", 0)).isNull();
        assertThat(PatternScreen.lookbehindClass("(?<![a-z]\\d)x", 0)).isNull();
        assertThat(PatternScreen.lookbehindClass("(?<![a-z&&[^x]])x", 0)).isNull();
        assertThat(PatternScreen.lookbehindClass("(?<=[a-z])x", 0)).isNull();
        assertThat(PatternScreen.lookbehindClass("x(?<![a-z])", 0)).isNull();
    }

    @Test
    void aPatternThatMatchesNothingAtAllIsRefusedRatherThanScreenedWrong() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Screened.compile("\\d*"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountInsideALongerNumberIsNotFoundWhereThePatternWouldNotFindIt() {
        Screened percent = Screened.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,3})?)\\s*%");

        assertThat(percent.all("TVA 20 % sur 2026 %").stream().map(MatchResult::group).toList()).containsExactly("20 %");
        assertThat(percent.in("ref 2026%")).isFalse();
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(6);
        for (int w = 0; w < count; w++) {
            if (w > 0 || random.nextInt(4) == 0) {
                text.append(JOINERS[random.nextInt(JOINERS.length)]);
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static List<String> describe(List<MatchResult> results) {
        List<String> described = new ArrayList<>();
        for (MatchResult r : results) {
            StringBuilder one = new StringBuilder().append(r.start()).append('-').append(r.end());
            for (int g = 1; g <= r.groupCount(); g++) {
                one.append('|').append(r.start(g)).append(':').append(r.group(g));
            }
            described.add(one.toString());
        }
        return described;
    }
}
