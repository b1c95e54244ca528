package io.verifact.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of many patterns match somewhere in a text, found in one pass over it. Every phrase of an
 * invoice is asked for each of its labels and table headings, and most hold none: trying each
 * pattern along the whole phrase, or one pattern joining them all, tries every alternative at every
 * character. Here each pattern is split into its top-level alternatives, an alternative that opens with a
 * group of words into one per word, and at each character only the alternatives that can begin with that
 * character and the next are tried, where their literal letters stand. The answer is exact, not a guess:
 * a pattern is in it exactly when its own {@code find} would succeed.
 */
final class PatternScreen {

    private static final int[] NONE = new int[0];
    /** The characters below this code, those of European text, are looked up by their code, as {@link Fold} folds them. */
    private static final int DIRECT = Fold.DIRECT;
    /** What an alternative's opening lookbehind of one character refuses, cached: not known yet, refused, let through. */
    private static final byte UNKNOWN = 0;
    private static final byte REFUSED = 1;
    private static final byte LET = 2;

    private final List<Pattern> alternatives = new ArrayList<>();
    /** For each alternative, the pattern it belongs to. */
    private final int[] owners;
    /** For each alternative, the characters every match of it begins with ("rechnungs" of {@code rechnungs\\s*nr}); may be empty. */
    private final String[] prefixes;
    /** For each alternative, whether it can match only at the text's start ({@code ^no\\.?\\s*:}). */
    private final boolean[] onlyAtStart;
    /**
     * For each alternative that opens with a lookbehind refusing one character of a class ("(?<![a-z])tax",
     * "(?<![\\d.,])\\d"), that class; null for the others.
     */
    private final Pattern[] notAfter;
    /**
     * For each such alternative, what the class makes of each ASCII character, learnt as they are met; two
     * readings at once may both learn a character, and write the same answer.
     */
    private final byte[][] notAfterAscii;
    /**
     * For each character, the alternatives that can begin with it; filled as characters are met. The characters of
     * European text (Latin, Greek, Cyrillic, the euro sign) are looked up by their code, the rarer ones in a map.
     */
    private final Table singles = new Table(DIRECT);
    private final ConcurrentHashMap<Character, int[]> others = new ConcurrentHashMap<>();
    /** For each two ASCII characters, the alternatives that can begin with them. */
    private final Table asciiPairs = new Table(128 * 128);
    /**
     * For each ASCII character, whether no alternative can begin with it ({@link #REFUSED}), learnt with
     * {@link #singles}: most characters of a phrase begin nothing, and are passed over with one look. Two readings
     * at once may both learn a character, and write the same answer.
     */
    private final byte[] beginsNothing = new byte[128];
    private final int patterns;

    PatternScreen(List<Pattern> patterns) {
        this.patterns = patterns.size();
        List<Integer> owner = new ArrayList<>();
        List<Pattern> refusals = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        List<Boolean> atStart = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            int flags = patterns.get(p).flags();
            for (String top : alternatives(patterns.get(p).pattern())) {
                for (String alternative : distributed(top)) {
                    refusals.add(lookbehindClass(alternative, flags));
                    // Each alternative keeps its pattern's flags, so it matches as it does within the pattern.
                    alternatives.add(Pattern.compile(alternative, flags));
                    owner.add(p);
                    // Letters compared as written: not where case, canonical equivalence or comments change what they match.
                    literals.add((flags & (Pattern.CASE_INSENSITIVE | Pattern.CANON_EQ | Pattern.COMMENTS | Pattern.LITERAL)) == 0 ? literalPrefix(alternative) : "");
                    atStart.add((flags & Pattern.MULTILINE) == 0 && alternative.startsWith("^"));
                }
            }
        }
        owners = owner.stream().mapToInt(Integer::intValue).toArray();
        prefixes = literals.toArray(String[]::new);
        onlyAtStart = new boolean[atStart.size()];
        for (int a = 0; a < onlyAtStart.length; a++) {
            onlyAtStart[a] = atStart.get(a);
        }
        notAfter = refusals.toArray(Pattern[]::new);
        notAfterAscii = new byte[notAfter.length][];
        for (int a = 0; a < notAfter.length; a++) {
            notAfterAscii[a] = notAfter[a] == null ? null : new byte[128];
        }
    }

    /** The indexes, in the list given, of the patterns that match somewhere in the text. */
    BitSet matching(String text) {
        return matching(text, null);
    }

    /**
     * The indexes of the patterns that match somewhere in the text, each pattern's first match beginning where
     * {@code firstAt} says: where its own {@code find} would find it.
     */
    BitSet matching(String text, int[] firstAt) {
        BitSet found = new BitSet(patterns);
        int left = patterns;
        Matcher[] matchers = new Matcher[alternatives.size()];
        for (int i = 0; i < text.length() && left > 0; i++) {
            char before = i == 0 ? 0 : text.charAt(i - 1);
            for (int a : startingAt(text, i)) {
                int owner = owners[a];
                if (found.get(owner) || i > 0 && (onlyAtStart[a] || refusedAfter(a, before)) || !text.startsWith(prefixes[a], i)) {
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
                    if (firstAt != null) {
                        firstAt[owner] = i;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Whether a match of one of the patterns can begin at a place in the text, by its first two characters
     * and, for an alternative that opens with a lookbehind of one character class, the character before.
     */
    private boolean canBegin(String text, int i) {
        char before = i == 0 ? 0 : text.charAt(i - 1);
        for (int a : startingAt(text, i)) {
            if ((i == 0 || !onlyAtStart[a] && !refusedAfter(a, before)) && text.startsWith(prefixes[a], i)) {
                return true;
            }
        }
        return false;
    }

    /** The first place, from a place on, where a match of one of the patterns can begin ({@link #canBegin}); the text's length where none can. */
    int nextBeginning(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 128 || beginsNothing[c] != REFUSED) && canBegin(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** Whether an alternative's opening lookbehind refuses the character before the place. */
    private boolean refusedAfter(int a, char before) {
        byte[] known = notAfterAscii[a];
        if (known == null) {
            return false;
        }
        if (before < 128) {
            byte said = known[before];
            if (said == UNKNOWN) {
                said = notAfter[a].matcher(String.valueOf(before)).matches() ? REFUSED : LET;
                known[before] = said;
            }
            return said == REFUSED;
        }
        // A surrogate's lookbehind reads a whole code point: left to the pattern itself.
        return !Character.isSurrogate(before) && notAfter[a].matcher(String.valueOf(before)).matches();
    }

    /**
     * The class of characters an alternative's opening negative lookbehind refuses, when it looks at one
     * character of a class: {@code [a-z]} of {@code (?<![a-z])tax}, {@code \\d} of {@code (?<!\\d)\\d{5}}; else null.
     */
    static Pattern lookbehindClass(String alternative, int flags) {
        if (!alternative.startsWith("(?<!")) {
            return null;
        }
        int from = "(?<!".length();
        int end = classEnd(alternative, from);
        if (end < 0 || end >= alternative.length() || alternative.charAt(end) != ')') {
            return null;
        }
        return Pattern.compile(alternative.substring(from, end), flags);
    }

    /** Where one character class written at a place ends: {@code [...]} without a class inside, {@code \\d}, {@code \\p{L}}; -1 for anything else. */
    private static int classEnd(String regex, int from) {
        if (regex.startsWith("[", from)) {
            for (int i = from + 1; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[' || c == '&') {
                    return -1;
                } else if (c == ']' && i > from + 1) {
                    return i + 1;
                }
            }
            return -1;
        }
        if (regex.startsWith("\\p{", from) || regex.startsWith("\\P{", from)) {
            int close = regex.indexOf('}', from);
            return close < 0 ? -1 : close + 1;
        }
        if (from + 1 < regex.length() && regex.charAt(from) == '\\' && "dDwWsS".indexOf(regex.charAt(from + 1)) >= 0) {
            return from + 2;
        }
        return -1;
    }

    /** The alternatives that can begin at a place in the text, by its first two characters. */
    private int[] startingAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 128 && beginsNothing[c] == REFUSED) {
            return NONE;
        }
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
        if (c < DIRECT) {
            int[] known = singles.get(c);
            if (known == null) {
                known = beginning(String.valueOf(c), null);
                singles.set(c, known);
                if (c < 128) {
                    beginsNothing[c] = known.length == 0 ? REFUSED : LET;
                }
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
            String prefix = prefixes[a];
            if (!prefix.startsWith(start) && !start.startsWith(prefix)) {
                // A match begins with its literal characters: these are others.
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

    /** A reference back to a group, by number or by name, which ties an alternative's parts together. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");

    /** The most alternatives one alternative is spread into; past it, it is tried whole. */
    private static final int MOST_SPREAD = 64;

    /**
     * An alternative that opens with a group of words, spread over them: {@code (?<![a-z])(?:invoice|bill)\\s*no} is
     * {@code (?<![a-z])invoice\\s*no} and {@code (?<![a-z])bill\\s*no}. A match begins where one of them does; each
     * opens with its own characters, and is tried only where they stand. An alternative whose group repeats, captures
     * or is referred back to is left whole.
     */
    static List<String> distributed(String alternative) {
        if (BACK_REFERENCE.matcher(alternative).find()) {
            return List.of(alternative);
        }
        List<String> spread = new ArrayList<>();
        spread(alternative, spread);
        return spread.size() > MOST_SPREAD ? List.of(alternative) : spread;
    }

    private static void spread(String alternative, List<String> into) {
        if (into.size() > MOST_SPREAD) {
            return;
        }
        int from = 0;
        if (alternative.startsWith("(?<!")) {
            int end = classEnd(alternative, 4);
            if (end < 0 || end >= alternative.length() || alternative.charAt(end) != ')') {
                into.add(alternative);
                return;
            }
            from = end + 1;
        }
        int close = alternative.startsWith("(?:", from) ? groupEnd(alternative, from) : -1;
        boolean repeated = close >= 0 && close + 1 < alternative.length() && "?*+{".indexOf(alternative.charAt(close + 1)) >= 0;
        if (close < 0 || repeated) {
            into.add(alternative);
            return;
        }
        String inner = alternative.substring(from + 3, close);
        if (INLINE_FLAGS.matcher(inner).find()) {
            // A flag set within the group would reach past it.
            into.add(alternative);
            return;
        }
        String lead = alternative.substring(0, from);
        String tail = alternative.substring(close + 1);
        for (String branch : alternatives(inner)) {
            spread(lead + branch + tail, into);
        }
    }

    /** A flag set in a pattern: {@code (?i)}, {@code (?-i:}. */
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[idmsuxU-]+[:)]");

    /** Where the group opening at a place closes, or -1. */
    private static int groupEnd(String regex, int open) {
        int[] depths = depths(regex);
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depths[i] == depths[open]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The characters every match of an alternative begins with, after what it looks around for: "rechnungs" of
     * {@code (?<![a-z])rechnungs\\s*nr}, "no" of {@code no\\.?}; empty where it opens with anything else.
     */
    static String literalPrefix(String alternative) {
        int i = 0;
        while (alternative.startsWith("(?<!", i) || alternative.startsWith("(?<=", i) || alternative.startsWith("(?=", i) || alternative.startsWith("(?!", i)) {
            int end = groupEnd(alternative, i);
            if (end < 0) {
                return "";
            }
            i = end + 1;
        }
        StringBuilder literal = new StringBuilder();
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            int next = i + 1;
            if (c == '\\') {
                if (next >= alternative.length() || Character.isLetterOrDigit(alternative.charAt(next))) {
                    break;
                }
                c = alternative.charAt(next);
                next++;
            } else if ("^$.|?*+()[]{}".indexOf(c) >= 0) {
                break;
            }
            if (next < alternative.length() && "?*{".indexOf(alternative.charAt(next)) >= 0) {
                // An optional character ends the letters every match begins with.
                break;
            }
            literal.append(c);
            if (next < alternative.length() && alternative.charAt(next) == '+') {
                break;
            }
            i = next;
        }
        return literal.toString();
    }

    /** The alternatives of a pattern at its top level: "a|(b|c)|d" is a, (b|c) and d. */
    static List<String> alternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int[] depths = depths(regex);
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depths[i] == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return parts;
    }

    /**
     * For each character of a pattern, how many groups stand open around it, a group's own parentheses
     * outside it; -1 for an escaped character and one of a character class.
     */
    private static int[] depths(String regex) {
        int[] depths = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                depths[i] = -1;
                if (i + 1 < depths.length) {
                    depths[++i] = -1;
                }
            } else if (inClass) {
                depths[i] = -1;
                inClass = c != ']';
            } else if (c == '[') {
                depths[i] = -1;
                inClass = true;
            } else if (c == '(') {
                depths[i] = depth++;
            } else if (c == ')') {
                depths[i] = --depth;
            } else {
                depths[i] = depth;
            }
        }
        return depths;
    }

    /**
     * The alternatives that can begin with each of a range of characters or pairs, learnt as they are met. Its
     * slots are made when first asked: of the many screens a reading has, most are asked of few texts or none,
     * and every command would otherwise make and clear them all before reading its first file.
     */
    private static final class Table {

        private final int size;
        private final AtomicReference<AtomicReferenceArray<int[]>> slots = new AtomicReference<>();

        Table(int size) {
            this.size = size;
        }

        int[] get(int i) {
            AtomicReferenceArray<int[]> made = slots.get();
            return made == null ? null : made.get(i);
        }

        void set(int i, int[] alternatives) {
            AtomicReferenceArray<int[]> made = slots.get();
            if (made == null) {
                // Two readings at once may both make the slots: the first kept is used by both.
                AtomicReferenceArray<int[]> fresh = new AtomicReferenceArray<>(size);
                made = slots.compareAndExchange(null, fresh);
                made = made == null ? fresh : made;
            }
            made.set(i, alternatives);
        }
    }
}
