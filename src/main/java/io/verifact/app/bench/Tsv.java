package io.verifact.app.bench;

import java.nio.charset.StandardCharsets;

/** Tesseract's TSV output, read only as far as the bench needs: how many words it holds. */
public final class Tsv {

    private static final String WORD_LEVEL = "5";
    private static final int TEXT_COLUMN = 11;

    private Tsv() {
    }

    public static long words(byte[] tsv) {
        return new String(tsv, StandardCharsets.UTF_8).lines()
                .map(line -> line.split("\t", -1))
                .filter(columns -> columns.length > TEXT_COLUMN && columns[0].equals(WORD_LEVEL) && !columns[TEXT_COLUMN].isBlank())
                .count();
    }
}
