package io.verifact.extract;

import java.text.Normalizer;

/**
 * Text folded for matching labels: lower case, accents dropped, one character for one, so that a
 * position in the folded text is the same position in the printed text.
 */
final class Fold {

    /** The characters below this code (Latin, Greek, Cyrillic, punctuation, the euro sign) are looked up by their code. */
    static final int DIRECT = 0x2100;
    /**
     * Each character outside ASCII is folded once, then looked up: by its code below {@link #DIRECT}, 0 until it
     * is met (two readings at once may both fold a character, and write the same answer), in a map above.
     */
    private static final char[] FOLDED_DIRECT = new char[DIRECT];
    private static final java.util.Map<Character, Character> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    private Fold() {
    }

    private static char foldOne(char c) {
        String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        char first = plain.isEmpty() ? c : plain.charAt(0);
        return switch (first) {
            case 'ß' -> 's';
            // Letters with a stroke have no accent to drop: ł, ø, đ.
            case 'ł', 'Ł' -> 'l';
            case 'ø', 'Ø' -> 'o';
            case 'đ', 'Đ' -> 'd';
            case '°', 'º' -> 'o';
            // The numero sign some fonts draw for "Nr." or "No." reads as a number sign.
            case '№' -> '#';
            case '\uFF1A' -> ':';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            // A word processor's typographic apostrophe: "Note d’honoraires", "Date de l’avoir".
            case '\u2019', '\u02BC', '\u2032' -> '\'';
            default -> Character.toLowerCase(first);
        };
    }

    private static char foldedDirect(char c) {
        char known = FOLDED_DIRECT[c];
        if (known == 0) {
            known = foldOne(c);
            FOLDED_DIRECT[c] = known;
        }
        return known;
    }

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded.append(Character.toLowerCase(c));
                continue;
            }
            folded.append(c < DIRECT ? foldedDirect(c) : FOLDED.computeIfAbsent(c, Fold::foldOne));
        }
        return folded.toString();
    }
}
