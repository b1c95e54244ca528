package io.verifact.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Invoices, pages and recognitions as the stages before the store would hand them over. */
final class Samples {

    private Samples() {
    }

    static byte[] file(String content) {
        return ("%PDF-1.7 " + content).getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static long captured(LocalStore store, String content) {
        byte[] bytes = file(content);
        return store.documents().capture(sha256(bytes), content + ".pdf", "/scans/" + content + ".pdf", bytes).documentId();
    }
}
