package io.verifact.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.CheckResult;
import io.verifact.model.Engine;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.LineItem;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import io.verifact.model.VatLine;
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

    static Recognition recognition(String invoiceNumber) {
        FieldValue number = FieldValue.of(FieldKey.INVOICE_NUMBER,
                new Candidate(invoiceNumber, "N\u00b0 " + invoiceNumber, 0.97, 1, new Box(0.61, 0.12, 0.78, 0.14)),
                Source.LAYOUT, List.of(new Candidate("2024-0117", "2024-0117", 0.41, 1, new Box(0.1, 0.2, 0.3, 0.25)),
                        new Candidate("0117", null, 0.1, 0, null)));
        FieldValue gross = new FieldValue(FieldKey.GROSS_TOTAL, "1234.50", Source.MASK, 0.99, 2,
                new Box(0.70, 0.81, 0.86, 0.83), List.of());
        FieldValue currency = new FieldValue(FieldKey.CURRENCY, "EUR", Source.XML, 1.0, 0, null, List.of());
        return new Recognition(
                Map.of(FieldKey.INVOICE_NUMBER, number, FieldKey.GROSS_TOTAL, gross, FieldKey.CURRENCY, currency),
                List.of(new VatLine(new BigDecimal("20.00"), new BigDecimal("1028.75"), new BigDecimal("205.75")),
                        new VatLine(new BigDecimal("5.5"), new BigDecimal("0"), new BigDecimal("0.000"))),
                List.of(new LineItem("Vis inox M6 \u00d7 100", new BigDecimal("2"), new BigDecimal("10.00"),
                                new BigDecimal("20.00"), new BigDecimal("20.00")),
                        new LineItem("Remise", null, null, new BigDecimal("-1.50"), null)),
                List.of(new CheckResult("totals", true, "1028.75 + 205.75 = 1234.50"),
                        new CheckResult("supplier_iban", false, null)));
    }
}
