package io.verifact.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Word;

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

    /** A page of words laid out in lines of ten, with confidences that are not round numbers. */
    static PageText page(int number, int wordCount, Engine engine) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < wordCount; i++) {
            int line = i / 10;
            double x = (i % 10) / 10.0;
            double y = line / (wordCount / 10.0 + 1);
            words.add(new Word("w" + number + "-" + i + (i % 7 == 0 ? " Fa\u00e7ture n\u00b0" : ""),
                    new Box(x, y, x + 0.0731, y + 0.0113), 0.5 + (i % 50) / 101.0, line, line / 5));
        }
        return new PageText(number, words, engine, 595.28, 841.89);
    }
}
