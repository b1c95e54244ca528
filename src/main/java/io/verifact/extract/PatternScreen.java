package io.verifact.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of many patterns match somewhere in a text, found in one pass over it. Every phrase of an
 * invoice is asked for each of its labels and table headings, and most hold none: trying each
 * pattern along the whole phrase, or one pattern joining them all, tries every alternative at every
 * character. Here each pattern is split into its top-level alternatives, and at each character only
 * the alternatives that can begin with that character are tried. The answer is exact, not a guess:
 * a pattern is in it exactly when its own {@code find} would succeed.
 */
final class PatternScreen {

    private static final int[] NONE = new int[0];
    /** How the labels say that a word begins: no lower-case letter before it (the text is folded). */
    private static final String WORD_START = "(?<![a-z])";

    private final List<Pattern> alternatives = new ArrayList<>();
    /** For each alternative, the pattern it belongs to. */
    private final int[] owners;
    /** The alternatives that begin only where a word does, after no letter: "(?<![a-z])tax". */
    private final BitSet wordStart = new BitSet();
    /** For each character, the alternatives that can begin with it; filled as characters are met. */
    private final AtomicReferenceArray<int[]> ascii = new AtomicReferenceArray<>(128);
    private final ConcurrentHashMap<Character, int[]> others = new ConcurrentHashMap<>();
    /** For each two ASCII characters, the alternatives that can begin with them. */
    private final AtomicReferenceArray<int[]> asciiPairs = new AtomicReferenceArray<>(128 * 128);
    private final int patterns;

    PatternScreen(List<Pattern> patterns) {
        this.patterns = patterns.size();
        List<Integer> owner = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            for (String alternative : alternatives(patterns.get(p).pattern())) {
                if (alternative.startsWith(WORD_START)) {
                    wordStart.set(alternatives.size());
                }
                // Each alternative keeps its pattern's flags, so it matches as it does within the pattern.
                alternatives.add(Pattern.compile(alternative, patterns.get(p).flags()));
                owner.add(p);
            }
        }
        owners = owner.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The indexes, in the list given, of the patterns that match somewhere in the text. */
    BitSet matching(String text) {
        BitSet found = new BitSet(patterns);
        int left = patterns;
        Matcher[] matchers = new Matcher[alternatives.size()];
        for (int i = 0; i < text.length() && left > 0; i++) {
            boolean inWord = i > 0 && isLetter(text.charAt(i - 1));
            for (int a : startingAt(text, i)) {
                int owner = owners[a];
                if (found.get(owner) || inWord && wordStart.get(a)) {
                    continue;
                }
                Matcher m = matchers[a];
                if (m == null) {
                    m = alternatives.get(a).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[a] = m;
                }
                if (m.region(i, text.length()).lookingAt()) {
                    found.set(owner);
                    left--;
                }
            }
        }
        return found;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** The alternatives that can begin at a place in the text, by its first two characters. */
    private int[] startingAt(String text, int i) {
        char c = text.charAt(i);
        int[] first = startingWith(c);
        if (i + 1 == text.length() || first.length == 0) {
            return first;
        }
        char next = text.charAt(i + 1);
        if (c >= 128 || next >= 128) {
            return first;
        }
        int pair = c << 7 | next;
        int[] known = asciiPairs.get(pair);
        if (known == null) {
            known = beginning(String.valueOf(c) + next, first);
            asciiPairs.set(pair, known);
        }
        return known;
    }

    private int[] startingWith(char c) {
        if (c < 128) {
            int[] known = ascii.get(c);
            if (known == null) {
                known = beginning(String.valueOf(c), null);
                ascii.set(c, known);
            }
            return known;
        }
        return others.computeIfAbsent(c, k -> beginning(String.valueOf(k), null));
    }

    /**
     * Of the alternatives given (all when {@code among} is null), those that can begin with the
     * characters: those that match them alone, or read them all and would need more text to say.
     */
    private int[] beginning(String start, int[] among) {
        List<Integer> can = new ArrayList<>();
        for (int a = 0; a < alternatives.size(); a++) {
            if (among != null && Arrays.binarySearch(among, a) < 0) {
                continue;
            }
            Pattern alternative = alternatives.get(a);
            // What a lookbehind asks to see before the characters cannot be told from them alone.
            Matcher m = alternative.matcher(start);
            if (alternative.pattern().startsWith("(?<=") || m.lookingAt() || m.hitEnd()) {
                can.add(a);
            }
        }
        return can.isEmpty() ? NONE : can.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The alternatives of a pattern at its top level: "a|(b|c)|d" is a, (b|c) and d. */
    static List<String> alternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return parts;
    }
}
