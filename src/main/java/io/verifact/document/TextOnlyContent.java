package io.verifact.document;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

/**
 * A page's content, and a form's, for reading its text, without the operators that only draw: the lines, boxes and fills of an
 * invoice's tables and logos, and their colours. On the invoices measured they were two thirds of the content's
 * tokens, and PDFBox makes an object of every number it reads, although the text layer ignores those operators.
 * They are taken out before PDFBox reads the page where they are written with numbers alone; every other byte
 * is given as it is, so the text layer sees the same operators with the same operands, in the same order.
 *
 * <p>The content is walked token by token with PDFBox's own rules for where a token ends. Where it holds
 * anything those rules read with a guess (a comment, an inline image, a stray bracket, a malformed string,
 * array or dictionary, arrays nested deeper than {@value #DEEPEST}), or is larger than {@value #LARGEST} bytes,
 * or where nothing is taken out, PDFBox reads the page as it always does, from the file.
 */
final class TextOnlyContent {

    /**
     * Operators that draw and that the text layer does not handle: path construction, painting and clipping,
     * colours and line styles. They are taken out only where their operands are numbers ({@code /P1 scn} stays).
     * A text layer that came to handle one of them would have to leave it here; a test holds the two apart.
     */
    static final Set<String> DRAWING = Set.of(
            "m", "l", "c", "v", "y", "h", "re",
            "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "W", "W*",
            "g", "G", "rg", "RG", "k", "K", "sc", "SC", "scn", "SCN",
            "w", "J", "j", "M", "i");

    /** Content larger than this, decoded, is read as PDFBox streams it, never held whole. */
    static final int LARGEST = 8 << 20;

    /** Arrays and dictionaries nested deeper than this are left to PDFBox, which stops reading the page at 500. */
    static final int DEEPEST = 50;

    private final byte[] in;
    private int at;
    private int depth;

    private TextOnlyContent(byte[] in) {
        this.in = in;
    }

    /** A page that gives its content without the drawing operators, and everything else as the page itself does. */
    static PDPage of(PDPage page) {
        return new Page(page);
    }

    /**
     * A form that gives its content without the drawing operators, and everything else as the form itself does;
     * a transparency group, or any other kind of form, as it is.
     */
    static PDFormXObject of(PDFormXObject form) {
        return form.getClass() == PDFormXObject.class ? new Form(form) : form;
    }

    /**
     * The content without its drawing operators, or null where nothing was taken out or where the content holds
     * something read with a guess.
     */
    static byte[] withoutDrawing(byte[] content) {
        try {
            return new TextOnlyContent(content).filter();
        } catch (Unsure e) {
            return null;
        }
    }

    private byte[] filter() {
        ByteArrayOutputStream out = null;
        int copied = 0;
        boolean afterOperator = true;
        while (true) {
            skipSpaces();
            if (at == in.length) {
                break;
            }
            if (afterOperator) {
                int end = drawingEnd(at);
                if (end >= 0) {
                    if (out == null) {
                        out = new ByteArrayOutputStream(in.length / 2);
                    }
                    out.write(in, copied, at - copied);
                    copied = end;
                    at = end;
                    continue;
                }
            }
            afterOperator = skipToken();
        }
        if (out == null) {
            return null;
        }
        out.write(in, copied, in.length - copied);
        return out.toByteArray();
    }

    /** Thrown where the content holds something PDFBox reads with a guess. */
    private static final class Unsure extends RuntimeException {
        Unsure() {
            super(null, null, false, false);
        }
    }

    private static boolean isWhitespace(int c) {
        return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The characters that end a name and a keyword read as PDFBox's {@code readString} reads it. */
    private static boolean isEndOfName(int c) {
        return switch (c) {
            case ' ', '\r', '\n', 9, '>', '<', '[', '/', ']', ')', '(', 0, '\f', '%', -1 -> true;
            default -> false;
        };
    }

    private int peek(int i) {
        return i < in.length ? in[i] & 0xFF : -1;
    }

    private void skipSpaces() {
        while (at < in.length && isWhitespace(in[at])) {
            if (in[at] == 0) {
                // Inside an array, PDFBox takes a NUL for the array's end.
                throw new Unsure();
            }
            at++;
        }
        if (at < in.length && in[at] == '%') {
            throw new Unsure();
        }
    }

    /**
     * Where a drawing operator and its operands, beginning at a place, end: numbers written plainly, each followed
     * by a space, then the operator, followed by a space or the end. -1 where no such run begins there.
     */
    private int drawingEnd(int from) {
        int i = from;
        while (true) {
            int c = peek(i);
            if (isDigit(c) || c == '-' || c == '+' || c == '.') {
                int end = plainNumberEnd(i);
                if (end < 0 || !isWhitespace(peek(end)) || peek(end) == 0) {
                    return -1;
                }
                i = end;
                while (isWhitespace(peek(i)) && peek(i) != 0) {
                    i++;
                }
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                int end = operatorEnd(i);
                int after = peek(end);
                return isDrawing(i, end) && (after == -1 || isWhitespace(after) && after != 0) ? end : -1;
            } else {
                return -1;
            }
        }
    }

    /** Whether the keyword between two places is one of {@link #DRAWING}, told without making a string of it. */
    private boolean isDrawing(int from, int end) {
        if (end - from > 3) {
            return false;
        }
        int key = 0;
        for (int i = from; i < end; i++) {
            key = key << 8 | in[i] & 0xFF;
        }
        return Arrays.binarySearch(DRAWING_KEYS, key) >= 0;
    }

    /** The {@link #DRAWING} operators, each as the number its one to three bytes make, in order. */
    private static final int[] DRAWING_KEYS = DRAWING.stream()
            .mapToInt(op -> op.chars().reduce(0, (key, c) -> key << 8 | c))
            .sorted().toArray();

    /** The end of a number written [+-]digits[.digits] or [+-].digits, or -1. */
    private int plainNumberEnd(int from) {
        int i = from;
        if (peek(i) == '+' || peek(i) == '-') {
            i++;
        }
        int digits = 0;
        while (isDigit(peek(i))) {
            i++;
            digits++;
        }
        if (peek(i) == '.') {
            i++;
            while (isDigit(peek(i))) {
                i++;
                digits++;
            }
        }
        return digits == 0 ? -1 : i;
    }

    /** Skips the token at the place, as PDFBox's content parser reads it; true when it is an operator. */
    private boolean skipToken() {
        int c = in[at] & 0xFF;
        switch (c) {
            case '(' -> {
                at = stringEnd(at);
                return false;
            }
            case '<' -> {
                at = peek(at + 1) == '<' ? dictionaryEnd(at) : hexStringEnd(at);
                return false;
            }
            case '[' -> {
                at = arrayEnd(at);
                return false;
            }
            case '/' -> {
                at = nameEnd(at);
                return false;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.' -> {
                at = streamNumberEnd(at);
                return false;
            }
            default -> {
                if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '\'' || c == '"' || c == '*') || c == 'I') {
                    // A stray bracket, a control character, or image data outside an inline image.
                    throw new Unsure();
                }
                int end = operatorEnd(at);
                if (spells(at, end, "BI")) {
                    throw new Unsure();
                }
                boolean operand = spells(at, end, "true") || spells(at, end, "false") || spells(at, end, "null");
                at = end;
                return !operand;
            }
        }
    }

    /** Whether the bytes between two places spell a word. */
    private boolean spells(int from, int end, String word) {
        if (end - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (in[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Where a keyword ends: read to a name's end after n, t, f and B, as PDFBox reads those, else as an operator. */
    private int operatorEnd(int from) {
        int first = in[from] & 0xFF;
        int i = from;
        if (first == 'n' || first == 't' || first == 'f' || first == 'B') {
            while (!isEndOfName(peek(i))) {
                i++;
            }
            return i;
        }
        int next = peek(i);
        while (next != -1 && !isWhitespace(next) && next != '[' && next != '<' && next != '(' && next != '/' && next != '%' && !isDigit(next)) {
            int current = next;
            i++;
            next = peek(i);
            // Type 3 glyph procedures name d0 and d1 with a figure.
            if (current == 'd' && (next == '0' || next == '1')) {
                i++;
                next = peek(i);
            }
        }
        return i;
    }

    /** Where a number ends as the content parser reads it: figures, one point, and minus signs it ignores. */
    private int streamNumberEnd(int from) {
        int c = in[from];
        int i = from + 1;
        if (c == '-' && peek(i) == '-') {
            i++;
        }
        boolean dotNotRead = c != '.';
        while (true) {
            int next = peek(i);
            if (isDigit(next) || dotNotRead && next == '.' || next == '-') {
                if (next == '.') {
                    dotNotRead = false;
                }
                i++;
            } else {
                return i;
            }
        }
    }

    /** Where a name ends; PDFBox reads a name to the first character that ends one. */
    private int nameEnd(int from) {
        int i = from + 1;
        while (!isEndOfName(peek(i))) {
            i++;
        }
        return i;
    }

    /** Where a hexadecimal string ends; a character that is neither a hexadecimal digit nor a space (PDFBox counts a backspace as one) is read with a guess. */
    private int hexStringEnd(int from) {
        for (int i = from + 1; ; i++) {
            int c = peek(i);
            if (c == '>') {
                return i + 1;
            }
            boolean hex = isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!hex && c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\b' && c != '\f') {
                throw new Unsure();
            }
        }
    }

    /** Where a literal string ends, as PDFBox's {@code parseCOSString} finds it, its guess at an unbalanced one included. */
    private int stringEnd(int from) {
        int braces = 1;
        int i = from + 1;
        while (braces > 0) {
            int c = peek(i);
            if (c == -1) {
                throw new Unsure();
            }
            i++;
            if (c == ')') {
                braces = endOfString(braces - 1, i);
            } else if (c == '(') {
                braces++;
            } else if (c == '\\') {
                int next = peek(i);
                if (next == -1) {
                    throw new Unsure();
                }
                i++;
                if (next == ')') {
                    braces = endOfString(braces, i);
                } else if (next == '\n' || next == '\r') {
                    while (peek(i) == '\n' || peek(i) == '\r') {
                        i++;
                    }
                } else if (next >= '0' && next <= '7') {
                    for (int more = 0; more < 2 && peek(i) >= '0' && peek(i) <= '7'; more++) {
                        i++;
                    }
                }
            }
        }
        return i;
    }

    /** PDFBox's {@code checkForEndOfString}: a closing parenthesis before a line break and a name or {@code >} ends the string. */
    private int endOfString(int braces, int after) {
        if (braces == 0 || after + 3 > in.length) {
            return braces;
        }
        int a = in[after];
        int b = in[after + 1];
        int c = in[after + 2];
        boolean ends = (a == '\r' || a == '\n') && (b == '/' || b == '>') || a == '\r' && b == '\n' && (c == '/' || c == '>');
        return ends ? 0 : braces;
    }

    /** Where an array ends; it may hold plain numbers, strings, names, arrays and dictionaries. */
    private int arrayEnd(int from) {
        deeper();
        at = from + 1;
        while (true) {
            skipSpaces();
            int c = peek(at);
            if (c == ']') {
                depth--;
                return at + 1;
            }
            skipValue();
        }
    }

    private void deeper() {
        if (++depth > DEEPEST) {
            throw new Unsure();
        }
    }

    /** Where a dictionary ends; it may hold names, each followed by a plain number, a string, a name, an array or a dictionary. */
    private int dictionaryEnd(int from) {
        deeper();
        at = from + 2;
        while (true) {
            skipSpaces();
            int c = peek(at);
            if (c == '>') {
                if (peek(at + 1) != '>') {
                    throw new Unsure();
                }
                depth--;
                return at + 2;
            }
            if (c != '/') {
                throw new Unsure();
            }
            at = nameEnd(at);
            skipSpaces();
            boolean number = isDigit(peek(at)) || peek(at) == '-' || peek(at) == '+' || peek(at) == '.';
            skipValue();
            if (number) {
                // A number followed by another is the start of an object reference.
                skipSpaces();
                if (peek(at) != '/' && peek(at) != '>') {
                    throw new Unsure();
                }
            }
        }
    }

    /** Skips one value of an array or a dictionary, read there by PDFBox's object parser. */
    private void skipValue() {
        int c = peek(at);
        switch (c) {
            case '(' -> at = stringEnd(at);
            case '<' -> at = peek(at + 1) == '<' ? dictionaryEnd(at) : hexStringEnd(at);
            case '[' -> at = arrayEnd(at);
            case '/' -> at = nameEnd(at);
            default -> {
                int end = plainNumberEnd(at);
                if (end < 0) {
                    throw new Unsure();
                }
                int after = peek(end);
                // The object parser reads exponents and signs on: the number must end where both parsers end it.
                if (!(isWhitespace(after) || after == '(' || after == '<' || after == '[' || after == ']' || after == '/' || after == '>')) {
                    throw new Unsure();
                }
                at = end;
            }
        }
    }

    /** The content of a page or a form, without its drawing operators where they can be told from the rest. */
    private static RandomAccessRead forText(PDContentStream stream) throws IOException {
        byte[] content = readWhole(stream);
        byte[] filtered = content == null ? null : withoutDrawing(content);
        if (filtered == null) {
            // Read again as PDFBox reads it, with the same reader: how far back a malformed page lets it look depends on it.
            return stream.getContentsForStreamParsing();
        }
        // Read forward as PDFBox reads a compressed page: content taken through the filter looks back three bytes at most.
        return new ForwardContent(filtered);
    }

    /** The content, decoded, or null where it is larger than {@link #LARGEST} or cannot be read to its end. */
    private static byte[] readWhole(PDContentStream stream) {
        try (RandomAccessRead content = stream.getContentsForStreamParsing()) {
            byte[] read = new byte[8192];
            int length = 0;
            while (true) {
                if (length == read.length) {
                    if (length > LARGEST) {
                        return null;
                    }
                    // One byte past the largest says the content is larger.
                    read = Arrays.copyOf(read, Math.min(length * 2, LARGEST + 1));
                }
                int n = content.read(read, length, read.length - length);
                if (n <= 0) {
                    return Arrays.copyOf(read, length);
                }
                length += n;
            }
        } catch (IOException e) {
            // Read as PDFBox streams it, the content fails where it always did.
            return null;
        }
    }

    /**
     * A page read as it is, whose content comes without its drawing operators to the content parser; its
     * {@code getContents} and {@code getContentsForRandomAccess}, which the text layer does not call, give it whole.
     */
    private static final class Page extends PDPage {

        private final PDPage page;

        Page(PDPage page) {
            super(page.getCOSObject());
            this.page = page;
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            return forText(page);
        }

        @Override
        public PDResources getResources() {
            return page.getResources();
        }

        @Override
        public void removePageResourceFromCache() {
            page.removePageResourceFromCache();
        }
    }

    /** A form read as it is, whose content comes without its drawing operators. */
    private static final class Form extends PDFormXObject {

        private final PDFormXObject form;

        Form(PDFormXObject form) {
            super(form.getCOSObject());
            this.form = form;
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            return forText(form);
        }

        @Override
        public PDResources getResources() {
            return form.getResources();
        }
    }
}
