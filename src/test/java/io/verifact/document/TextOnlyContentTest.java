package io.verifact.document;

import io.verifact.model.Word;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TextOnlyContentTest {

    private static String filtered(String content) {
        byte[] out = TextOnlyContent.withoutDrawing(content.getBytes(StandardCharsets.ISO_8859_1));
        return out == null ? null : new String(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aTablesLinesAndColoursAreLeftOutAndItsTextKept() {
        String content = """
                q 0.9 0.9 0.9 rg 56.7 700 481.9 -20 re f Q
                0.5 w 56.7 680 m 538.6 680 l S
                BT /F1 9 Tf 1 0 0 1 60 685 Tm (Total TTC) Tj [(1 234,)-250(56)] TJ ET
                0 0 0 RG W n
                """;

        assertThat(filtered(content).replaceAll("\\s+", " ").trim())
                .isEqualTo("q Q BT /F1 9 Tf 1 0 0 1 60 685 Tm (Total TTC) Tj [(1 234,)-250(56)] TJ ET");
    }

    @Test
    void drawingWordsInsideStringsArraysAndDictionariesStay() {
        String content = "/P <</MCID 3 /Alt (0 0 m re)>> BDC BT (12 34 re \\) 5 l) Tj [(f*) 12 (n)] TJ <48 65> Tj ET EMC";

        assertThat(filtered(content)).isNull();
        assertThat(filtered(content + " 1 0 0 rg")).isEqualTo(content + " ");
    }

    @Test
    void anOperatorsOperandsThatAreNotPlainNumbersKeepIt() {
        assertThat(filtered("/Pattern cs /P1 scn 1 0 0 1 0 0 cm")).isNull();
        // Numbers glued to the operator, or written as PDFBox reads with a guess, are left to PDFBox.
        assertThat(filtered("0 0 1rg")).isNull();
        assertThat(filtered("1--2 3 m")).isNull();
    }

    @Test
    void operatorsAreReadToTheirEndAsPdfBoxReadsThem() {
        // A Type 3 glyph's d0 holds a figure; "1e3" is the number 1, the operator e and the number 3.
        assertThat(filtered("d0 1 2 m 3 4 l")).isEqualTo("d0  ");
        assertThat(filtered("1e3 2 m")).isEqualTo("1e");
    }

    @Test
    void contentReadWithAGuessIsGivenAsItIs() {
        for (String content : List.of(
                "1 0 0 rg % a comment\n0 0 10 10 re f",
                "1 0 0 rg BI /W 1 /H 1 /BPC 8 /CS /G ID \u00ff EI",
                "1 0 0 rg ] 0 0 10 10 re f",
                "1 0 0 rg (unterminated",
                "1 0 0 rg <4G> Tj",
                "1 0 0 rg [1 2\u0000] 0 0 m",
                "1 0 0 rg { 0 0 m }",
                "1 0 0 rg <</A 1 0 R>> BDC",
                // Nested past what the filter follows: PDFBox reads what it can and stops at 500.
                "0 0 m " + "[".repeat(5000),
                "0 0 m " + "<</A ".repeat(5000))) {
            assertThat(filtered(content)).as(content.substring(0, Math.min(40, content.length()))).isNull();
        }
    }

    /**
     * Random content, built of the tokens invoices write and the malformed ones PDFBox reads with a guess: the
     * operators the text layer handles come out of PDFBox's parser the same, with the same operands.
     */
    @Test
    void theTextLayersOperatorsAreParsedTheSameAsWithoutTheFilter() throws IOException {
        String[] tokens = {
                "0", "1", "-2.5", ".5", "+3", "12.", "1--2", "3-4", "0.5.5", "1e3", "-",
                "m", "l", "c", "re", "h", "S", "f", "f*", "n", "W", "W*", "rg", "RG", "g", "k", "w", "sc", "scn", "J", "d",
                "q", "Q", "cm", "BT", "ET", "Tf", "Td", "TD", "Tm", "T*", "Tj", "TJ", "'", "\"", "Tc", "Tw", "Tz", "TL", "Tr", "Ts",
                "gs", "Do", "BDC", "EMC", "d0", "true", "null", "/F1", "/Name#20x", "/P",
                "(text)", "(a(b)c)", "(esc \\) paren)", "(oct \\101\\12x)", "(line\\\ncontinued)", "(x\\)\n/y)", "(re m l)",
                "((a))'", "BT0", "n0", "Td0", "ET-1", "(a\\)\r\n>b)", "(\\\r\n)",
                "<48656c6c6f>", "<4 8>", "[(A) -120 (B)]", "[1 2 3]", "[(a) [1] /N]", "<</MCID 1>>", "<</A <</B (x)>> /C [1 2]>>",
                "%c\n", "]", "{", "<</K 1 0 R>>", "[1 0 R]", "1rg", "0.5g", "Tj)", "\u0001", "(unclosed",
        };
        String[] separators = {" ", " ", " ", "\n", "\r\n", "\t", "", "\r", "\f"};
        Random random = new Random(20261125);
        int filteredCount = 0;
        for (int run = 0; run < 20_000; run++) {
            StringBuilder content = new StringBuilder();
            // Now and then longer than the 4 KB a forward reader keeps.
            int length = 1 + random.nextInt(random.nextInt(50) == 0 ? 2000 : 40);
            for (int i = 0; i < length; i++) {
                // Mostly well-formed content, now and then a malformed token.
                String token = tokens[random.nextInt(random.nextInt(10) == 0 ? tokens.length : tokens.length - 12)];
                // A NUL, a space to PDFBox but an array's end inside one, now and then.
                content.append(token).append(random.nextInt(300) == 0 ? "\u0000" : separators[random.nextInt(separators.length)]);
            }
            byte[] original = content.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] filtered = TextOnlyContent.withoutDrawing(original);
            if (filtered == null) {
                continue;
            }
            filteredCount++;
            assertThat(textOperators(forward(filtered))).as(content.toString()).isEqualTo(textOperators(new PDFStreamParser(original)));
        }
        assertThat(filteredCount).as("contents the filter took drawing out of").isGreaterThan(5_000);
    }

    /** The operators PDFBox's parser gives, other than the drawing ones, each with its operands, or how it failed. */
    private static List<String> textOperators(PDFStreamParser parser) {
        List<String> read = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        try {
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator operator) {
                    if (!TextOnlyContent.DRAWING.contains(operator.getName())) {
                        read.add(operator.getName() + " " + operands);
                    }
                    operands.clear();
                } else {
                    operands.add(describe((COSBase) token));
                }
            }
        } catch (IOException | RuntimeException e) {
            read.add("failed: " + e.getClass().getSimpleName());
        }
        return read;
    }

    /** A parser reading the content forward, as the text layer gives it to PDFBox. */
    private static PDFStreamParser forward(byte[] content) throws IOException {
        return new PDFStreamParser(new PDContentStream() {
            @Override
            public InputStream getContents() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public RandomAccessRead getContentsForRandomAccess() {
                return new ForwardContent(content);
            }

            @Override
            public PDResources getResources() {
                return null;
            }

            @Override
            public PDRectangle getBBox() {
                return null;
            }

            @Override
            public Matrix getMatrix() {
                return new Matrix();
            }
        });
    }

    private static String describe(COSBase value) {
        return value.getClass().getSimpleName() + ":" + value;
    }

    @Test
    void theDrawingOperatorsAreNoneOfThoseTheTextLayerHandles() throws Exception {
        Field operators = PDFStreamEngine.class.getDeclaredField("operators");
        operators.setAccessible(true);
        try (PDDocument pdf = Loader.loadPDF(TextPdf.pages(1, TextPdf.INVOICE_WORDS))) {
            Map<COSDictionary, PDFont> fonts = TextOnlyFonts.fontsOfADocument();
            PDFStreamEngine layer = new TextLayer(fonts, true);
            @SuppressWarnings("unchecked")
            Map<String, OperatorProcessor> handled = (Map<String, OperatorProcessor>) operators.get(layer);
            assertThat(handled).isNotEmpty().containsKeys("Tj", "TJ", "Tf", "cm", "q", "Q", "Do", "gs");
            assertThat(handled.keySet()).doesNotContainAnyElementsOf(TextOnlyContent.DRAWING);
        }
    }

    /** Every born-digital invoice of the corpus reads the same words, in the same places, with the drawing left out. */
    @Test
    void theCorpusReadsTheSameWordsWithTheDrawingLeftOut() throws IOException {
        int words = 0;
        for (Path file : bornDigitalCorpus()) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    List<Word> all = TextLayer.read(pdf, page, TextOnlyFonts.fontsOfADocument(), false);
                    List<Word> leftOut = TextLayer.read(pdf, page, TextOnlyFonts.fontsOfADocument(), true);
                    assertThat(leftOut).as(file.getFileName() + " page " + page).isEqualTo(all);
                    words += all.size();
                }
            }
        }
        assertThat(words).isGreaterThan(10_000);
    }

    /** The corpus's born-digital invoices, more than fifty. */
    private static List<Path> bornDigitalCorpus() throws IOException {
        Path folder = io.verifact.Corpus.dev("zugferd/corpus_FX_EN16931_Physiotherapeut.pdf").getParent();
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(folder)) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSizeGreaterThan(50);
        return pdfs;
    }

    /**
     * Every born-digital invoice of the corpus reads the same words, in the same places, as when PDFBox's own
     * {@code showText} reads the strings: the text layer does its work without a lock on every glyph.
     */
    @Test
    void theCorpusReadsTheSameWordsAsWithPdfBoxsOwnStrings() throws IOException {
        int words = 0;
        for (Path file : bornDigitalCorpus()) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    List<Word> own = TextLayer.read(pdf, page, TextOnlyFonts.fontsOfADocument());
                    List<Word> pdfBox = TextLayer.readWithPdfBoxStrings(pdf, page, TextOnlyFonts.fontsOfADocument());
                    assertThat(own).as(file.getFileName() + " page " + page).isEqualTo(pdfBox);
                    words += own.size();
                }
            }
        }
        assertThat(words).isGreaterThan(10_000);
    }

    /**
     * Text set with character and word spacing, squeezed, stretched, raised and turned reads the same words
     * as with PDFBox's own {@code showText}, in a simple font and in a composite one: the corpus sets none of these.
     */
    @Test
    void spacedScaledAndRaisedTextReadsTheSameWordsAsWithPdfBoxsOwnStrings() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont simple = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            PDFont composite;
            try (InputStream program = PDFont.class.getResourceAsStream(TextPdf.LIBERATION_SANS)) {
                composite = org.apache.pdfbox.pdmodel.font.PDType0Font.load(pdf, program);
            }
            for (PDFont font : List.of(simple, composite)) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                    float y = 780;
                    for (float[] set : new float[][] {{0, 0, 100, 0}, {1.5f, 0, 100, 0}, {0, 6, 100, 0}, {0.8f, 4, 70, 0}, {0, 3, 130, 2.5f}}) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.setCharacterSpacing(set[0]);
                        content.setWordSpacing(set[1]);
                        content.setHorizontalScaling(set[2]);
                        content.setTextRise(set[3]);
                        content.newLineAtOffset(60, y);
                        content.showText("Facture FA-2026-0142 du 2 novembre 2026");
                        content.newLineAtOffset(0, -14);
                        content.showTextWithPositioning(new Object[] {"Total TTC", -400f, "1 234,56 EUR"});
                        content.endText();
                        y -= 60;
                    }
                    content.beginText();
                    content.setFont(font, 10);
                    content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 300, 200));
                    content.showText("Sideways 42");
                    content.endText();
                }
            }
            byte[] bytes;
            try (var out = new java.io.ByteArrayOutputStream()) {
                pdf.save(out);
                bytes = out.toByteArray();
            }
            try (PDDocument read = Loader.loadPDF(bytes)) {
                for (int page = 1; page <= read.getNumberOfPages(); page++) {
                    List<Word> own = TextLayer.read(read, page, TextOnlyFonts.fontsOfADocument());
                    List<Word> pdfBox = TextLayer.readWithPdfBoxStrings(read, page, TextOnlyFonts.fontsOfADocument());
                    assertThat(own).as("page " + page).hasSizeGreaterThan(40).isEqualTo(pdfBox);
                }
            }
        }
    }
}
