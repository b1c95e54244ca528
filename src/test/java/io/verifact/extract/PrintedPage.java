package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An A4 page built for a test, as a text layer would give it: text placed at chosen spots (page
 * fractions, origin top-left), one word per token, each word as wide as its letters in a 10 pt font.
 */
public final class PrintedPage {

    private static final double LETTER = 0.0085;
    private static final double SPACE = 0.005;
    private static final double HEIGHT = 0.012;

    private final List<Word> words = new ArrayList<>();
    private final Map<Double, Integer> lineOf = new HashMap<>();

    /** Prints {@code text} with its first letter's top-left corner at ({@code x}, {@code y}). */
    public PrintedPage at(double x, double y, String text) {
        int line = lineOf.computeIfAbsent(y, k -> lineOf.size());
        double left = x;
        for (String token : text.split(" ")) {
            double right = left + token.length() * LETTER;
            words.add(new Word(token, new Box(left, y, right, y + HEIGHT), 1.0, line, 0));
            left = right + SPACE;
        }
        return this;
    }

    public PageText page(int number) {
        return new PageText(number, words, Engine.TEXT, 595, 842);
    }

    /** The page as OCR would give it, each word read with the confidence given. */
    public PageText scanned(int number, double confidence) {
        return new PageText(number, words.stream().map(w -> new Word(w.text(), w.box(), confidence, w.line(), w.block())).toList(),
                Engine.TESSERACT, 1654, 2339);
    }
}
