package io.verifact.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern looked for only where a match of it can begin. Every line and phrase of an invoice is asked
 * for many patterns (a VAT exemption, a service charge, an amount, a date) and most hold none; the
 * pattern's own {@code find} tries it at every character, each of its alternatives in turn. Here the
 * places whose first two characters cannot begin a match are skipped, known from the pattern itself
 * as {@link PatternScreen} knows them. The answer is the pattern's own: the same matches, in the same
 * order, with the same groups.
 */
final class Screened {

    private final Pattern pattern;
    private final PatternScreen screen;

    /** @param pattern a pattern whose every match holds a character at least: one matching nothing could stand anywhere */
    private Screened(Pattern pattern) {
        if (pattern.matcher("").lookingAt()) {
            throw new IllegalArgumentException("a pattern that matches an empty text cannot be screened: " + pattern);
        }
        this.pattern = pattern;
        this.screen = new PatternScreen(List.of(pattern));
    }

    static Screened of(Pattern pattern) {
        return new Screened(pattern);
    }

    static Screened compile(String regex) {
        return of(Pattern.compile(regex));
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether the pattern is found in the text: its {@code find}. */
    boolean in(String text) {
        return first(text) != null;
    }

    /** The first match in the text, or null: its first {@code find}. */
    MatchResult first(String text) {
        List<MatchResult> found = find(text, 1);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Every match in the text, as its {@code find} gives them one after the other. */
    List<MatchResult> all(String text) {
        return find(text, Integer.MAX_VALUE);
    }

    private List<MatchResult> find(String text, int most) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = null;
        int i = 0;
        while (found.size() < most && (i = screen.nextBeginning(text, i)) < text.length()) {
            m = m == null ? matcher(text) : m;
            if (m.region(i, text.length()).lookingAt()) {
                found.add(m.toMatchResult());
                // As find goes on: from the end of the match, or past the place should it have matched nothing there.
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return found;
    }

    /** A matcher that sees the whole text around the place it is tried at, as {@code find} does. */
    private Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
