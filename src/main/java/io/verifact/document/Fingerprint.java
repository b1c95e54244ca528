package io.verifact.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A document's identity: the SHA-256 of its bytes, so the same file twice is one document. */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SystemSha256.digest(bytes).orElseGet(() -> javaDigest(bytes)));
    }

    static byte[] javaDigest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
