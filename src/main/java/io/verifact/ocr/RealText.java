package io.verifact.ocr;

import io.verifact.model.Word;

import java.util.List;

/**
 * Whether a text layer is real text worth reading instead of OCR. Scans often carry no text, or
 * only a producer's stamp, and some PDFs carry glyph codes that map to no readable characters.
 */
final class RealText {

    private static final int MIN_WORDS = 8;
    private static final double MIN_READABLE_SHARE = 0.7;

    private RealText() {
    }

    static boolean isReal(List<Word> words) {
        if (words.size() < MIN_WORDS) {
            return false;
        }
        long readable = words.stream().filter(w -> readable(w.text())).count();
        return readable >= MIN_READABLE_SHARE * words.size();
    }

    /** Some words, most of them readable. */
    static boolean isReadable(List<Word> words) {
        long readable = words.stream().filter(w -> readable(w.text())).count();
        return readable > 0 && readable >= MIN_READABLE_SHARE * words.size();
    }

    private static boolean readable(String text) {
        int good = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) || ".,:;-/()%€$£'\"&+*#@".indexOf(c) >= 0) {
                if (c < 0xE000 || c > 0xF8FF) {
                    good++;
                }
            }
            i += Character.charCount(c);
        }
        return good * 2 >= text.codePointCount(0, text.length());
    }
}
