package io.verifact.identify;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names as compared: folded (no accents, case or punctuation), without their legal form
 * ({@code GmbH}, {@code SARL}, {@code B.V.}...), and close enough when a scan misread a letter or two.
 */
final class Names {

    /** Legal forms and linking words: they say what kind of company it is, not which one. */
    private static final Set<String> FORMS = Set.of(
            "sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop", "scp", "selarl", "ste", "societe", "ets", "etablissements",
            "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "gbr", "ek", "ev", "co", "cie", "und", "and", "et", "en", "y", "e", "k",
            "bv", "nv", "vof", "bvba", "sprl", "srl", "sc", "cv", "cvba", "scrl", "spa", "sl", "slu", "sll", "lda", "ab", "as", "oy", "aps",
            "ltd", "limited", "llc", "llp", "lp", "inc", "corp", "corporation", "plc", "company", "the", "of",
            "de", "la", "le", "les", "du", "des", "der", "die", "das", "von", "van", "den", "het");

    /** A name shorter than this, once its legal form is gone, matches too much to identify anyone by itself. */
    static final int LONG_ENOUGH = 4;

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Names() {
    }

    /** Lower case, no accents, every run of anything but letters and digits one space. */
    static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replace("ß", "ss").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static List<String> tokens(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** The words that tell the company apart: its name without legal form, joined. Empty for a name that is nothing else. */
    static String core(String name) {
        List<String> tokens = tokens(name.replaceAll("(?i)\\b([a-z])\\.\\s?([a-z])\\.", "$1$2"));
        List<String> kept = tokens.stream().filter(t -> !FORMS.contains(t)).toList();
        return String.join("", kept);
    }

    /** Whether the token is only a legal form or linking word. */
    static boolean form(String token) {
        return FORMS.contains(token);
    }

    /**
     * How alike two joined cores are, 1 for the same: a misread letter in eight costs little, a
     * different word a lot. Short names must be the same.
     */
    static double likeness(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int longest = Math.max(a.length(), b.length());
        if (Math.min(a.length(), b.length()) < 6 || Math.abs(a.length() - b.length()) > 2) {
            return 0;
        }
        int allowed = Math.max(1, longest / 8);
        int distance = DISTANCE.apply(a, b);
        return distance > allowed ? 0 : 1 - (double) distance / longest;
    }
}
