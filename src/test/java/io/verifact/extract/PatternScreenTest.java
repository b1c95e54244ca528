package io.verifact.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The one pass that tells which labels and headings a phrase holds must say exactly what trying each
 * of them would: a label it missed would be a field left unread.
 */
class PatternScreenTest {

    private static final String[] JOINERS = {"", "", " ", " ", " ", "-", ". ", ": ", "/", " # ", "%", " 20 ", "'", "(", ") ", " 12.03.2026 ", " €"};

    @Test
    void aPatternIsSplitAtItsTopLevelAlternativesOnly() {
        assertThat(PatternScreen.alternatives("total|(?:net|gross) amount|[|#]no|a\\|b"))
                .containsExactly("total", "(?:net|gross) amount", "[|#]no", "a\\|b");
    }

    @Test
    void anAlternativeOpeningWithAGroupOfWordsIsTriedAsEachOfThem() {
        assertThat(PatternScreen.distributed("(?<![a-z])(?:invoice|credit\\s*note)\\s*no"))
                .containsExactly("(?<![a-z])invoice\\s*no", "(?<![a-z])credit\\s*note\\s*no");
        assertThat(PatternScreen.distributed("(?:^|/\\s?)(?:no|nr)\\.?")).containsExactly("^(?:no|nr)\\.?", "/\\s?(?:no|nr)\\.?");
        // A group that repeats, sets a flag or is referred back to is tried whole.
        assertThat(PatternScreen.distributed("(?:a|b)?c")).containsExactly("(?:a|b)?c");
        assertThat(PatternScreen.distributed("(?:(?i)a|b)c")).containsExactly("(?:(?i)a|b)c");
        assertThat(PatternScreen.distributed("(a|b)c\\1")).containsExactly("(a|b)c\\1");
    }

    @Test
    void everyMatchOfAnAlternativeBeginsWithItsLiteralCharacters() {
        assertThat(PatternScreen.literalPrefix("(?<![a-z])rechnungs-?\\s*nr")).isEqualTo("rechnungs");
        assertThat(PatternScreen.literalPrefix("n°\\.?\\s")).isEqualTo("n°");
        assertThat(PatternScreen.literalPrefix("ab*c")).isEqualTo("a");
        assertThat(PatternScreen.literalPrefix("ab+c")).isEqualTo("ab");
        assertThat(PatternScreen.literalPrefix("a\\.b")).isEqualTo("a.b");
        assertThat(PatternScreen.literalPrefix("[a-z]x")).isEmpty();
        assertThat(PatternScreen.literalPrefix("(?i:x)")).isEmpty();
    }

    @Test
    void theLabelsAPhraseHoldsAreThoseEachLabelFindsInIt() {
        assertSameAsEachFind(Labels.patterns());
    }

    @Test
    void theHeadingsAPhraseNamesAreThoseEachHeadingFindsInIt() {
        assertSameAsEachFind(TableHeader.patterns());
    }

    @Test
    void aLabelAtTheStartOfAWordIsFoundThereAndNotInsideAWord() {
        PatternScreen screen = new PatternScreen(List.of(Pattern.compile("(?<![a-z])tax(?![a-z])"), Pattern.compile("^no\\.?\\s*:"), Pattern.compile("(?<=x)y")));

        assertThat(screen.matching("total tax 20 %")).isEqualTo(bits(0));
        assertThat(screen.matching("taxifahrt")).isEqualTo(bits());
        assertThat(screen.matching("syntax")).isEqualTo(bits());
        assertThat(screen.matching("no. : 123")).isEqualTo(bits(1));
        assertThat(screen.matching("order no. : 123")).isEqualTo(bits());
        assertThat(screen.matching("xy")).isEqualTo(bits(2));
    }

    /**
     * Phrases made of the patterns' own words, glued, spaced and punctuated as invoices print them
     * ("Rechnungs-Nr.:", "TOTAL TTC", "n° de facture"), and of other words, against each pattern tried alone.
     */
    private static void assertSameAsEachFind(List<Pattern> patterns) {
        List<String> words = wordsOf(patterns);
        PatternScreen screen = new PatternScreen(patterns);
        Random random = new Random(7);
        int holding = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder phrase = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int w = 0; w < count; w++) {
                if (w > 0 || random.nextInt(4) == 0) {
                    phrase.append(JOINERS[random.nextInt(JOINERS.length)]);
                }
                phrase.append(words.get(random.nextInt(words.size())));
            }
            String text = phrase.toString();
            BitSet expected = new BitSet();
            int[] expectedAt = new int[patterns.size()];
            for (int p = 0; p < patterns.size(); p++) {
                Matcher m = patterns.get(p).matcher(text);
                if (m.find()) {
                    expected.set(p);
                    expectedAt[p] = m.start();
                }
            }
            holding += expected.isEmpty() ? 0 : 1;
            int[] firstAt = new int[patterns.size()];
            assertThat(screen.matching(text, firstAt)).as(text).isEqualTo(expected);
            // Where each pattern's first match begins, as its find says.
            assertThat(firstAt).as(text).isEqualTo(expectedAt);
        }
        assertThat(holding).as("phrases holding a pattern").isGreaterThan(5_000);
    }

    /** The runs of letters the patterns are written with, and a few words of an invoice that are no label. */
    private static List<String> wordsOf(List<Pattern> patterns) {
        Set<String> words = new LinkedHashSet<>(List.of("acme", "gmbh", "paris", "strasse", "item", "x", "de", "le", "a", "s", "nr", "n°", "1"));
        Matcher letters = Pattern.compile("(?<!\\\\)[a-z']{1,}").matcher("");
        for (Pattern p : patterns) {
            letters.reset(p.pattern());
            while (letters.find()) {
                words.add(letters.group());
            }
        }
        return new ArrayList<>(words);
    }

    private static BitSet bits(int... set) {
        BitSet bits = new BitSet();
        for (int b : set) {
            bits.set(b);
        }
        return bits;
    }
}
