package io.verifact.document;

import java.util.Optional;

/** The kinds of file Verifact reads, known by their first bytes and never by their name. */
public enum MediaType {
    PDF, PNG, JPEG, TIFF;

    private static final int TOO_SHORT_TO_TELL = 16;

    static Optional<MediaType> sniff(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        // Some producers put junk before the header; PDF readers accept it within the first kilobyte.
        String start = new String(head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-") ? Optional.of(PDF) : Optional.empty();
    }

    /** A name for the kind of file these bytes are, when it is one Verifact does not read. */
    static String describeUnsupported(byte[] head) {
        if (head.length < TOO_SHORT_TO_TELL) {
            // A few bytes look like text or like the start of anything; their number is what is true.
            return head.length == 1 ? " (it holds a single byte)" : " (it holds only " + head.length + " bytes)";
        }
        if (startsWith(head, 'G', 'I', 'F')) {
            return " (it is a GIF image)";
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return " (it is a ZIP or Office file)";
        }
        int printable = 0;
        int n = Math.min(head.length, 512);
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == '\n' || b == '\r' || b == '\t' || (b >= 0x20 && b < 0x7F) || b >= 0xA0) {
                printable++;
            }
        }
        return n > 0 && printable == n ? " (it is a text file)" : "";
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
