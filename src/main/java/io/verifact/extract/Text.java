package io.verifact.extract;

/** Quick counts that spare a phrase the patterns it cannot match, and capitals that keep every place in a text. */
final class Text {

    private Text() {
    }

    static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    /**
     * The text with only the letters from {@code first} to {@code last} and the figures 0 to 9 kept: {@code keep(text, 'A', 'Z')}
     * is the text without {@code [^A-Z0-9]}, as an identifier is compared; {@code keep(text, '0', '9')} its figures alone.
     */
    static String keep(String text, char first, char last) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= first && c <= last || c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The text in capitals, letter for letter, so that a place in it is the same place in the text: "ß"
     * stays one letter where {@link String#toUpperCase} writes "SS" and moves all that follows.
     */
    static String upper(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (!Character.isSurrogate(chars[i])) {
                chars[i] = Character.toUpperCase(chars[i]);
            }
        }
        return new String(chars);
    }
}
