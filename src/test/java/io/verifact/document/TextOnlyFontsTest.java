package io.verifact.document;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class TextOnlyFontsTest {

    private static final float TOP = PDRectangle.A4.getHeight();
    private static final List<TextPdf.Placed> WORDS = List.of(
            new TextPdf.Placed("Facture n° FA-2026-0142 du 14/03/2026", 60, 80, 14),
            new TextPdf.Placed("Zürich Straße · Total TTC 1 234,56 € · IBAN FR76 3000 6000 0112 3456 7890 189", 60, 140, 9),
            new TextPdf.Placed("Qty Description Amount", 60, TOP - 200, 11));

    /** How invoicing software may write a page's embedded font. */
    enum Font {
        SUBSET(true, font -> { }),
        WHOLE(false, font -> { }),
        /** A ToUnicode map for the space and the figures only: the letters are read from the font's own character map. */
        TO_UNICODE_OF_FIGURES_ONLY(false, font -> rewrite((COSStream) font.getDictionaryObject(COSName.TO_UNICODE), figuresOnly())),
        /** A descriptor without the font's box: the glyphs' height is read from the program. */
        NO_FONT_BOX(true, font -> descriptor(font).removeItem(COSName.FONT_BBOX));

        final boolean subset;
        final Consumer<COSDictionary> change;

        Font(boolean subset, Consumer<COSDictionary> change) {
            this.subset = subset;
            this.change = change;
        }
    }

    @ParameterizedTest
    @EnumSource(Font.class)
    void anEmbeddedFontsGlyphsAreReadAsWithTheWholeFont(Font font) throws Exception {
        byte[] file = changed(TextPdf.embedded(WORDS, font.subset), font.change);

        List<String> textOnly = glyphs(Loader.loadPDF(file), true);
        List<String> whole = glyphs(Loader.loadPDF(file), false);

        assertThat(textOnly).hasSizeGreaterThan(100).containsExactlyElementsOf(whole);
        assertThat(String.join("", textOnly.stream().map(g -> g.substring(0, g.indexOf(' '))).toList()))
                .contains("Zürich", "Straße", "FA-2026-0142", "1234,56€");
    }

    @Test
    void wordsSetApartByGapsInAFontWithoutASpaceAreReadApart() throws Exception {
        // As software that places every word itself writes them: no space glyph, so none in the embedded subset.
        List<TextPdf.Placed> words = List.of(new TextPdf.Placed("Total", 60, 300, 12), new TextPdf.Placed("TTC", 91, 300, 12),
                new TextPdf.Placed("1234,56", 118, 300, 12), new TextPdf.Placed("EUR", 165.5f, 300, 12));

        try (Document pdf = new Documents(Limits.DEFAULT).open(TextPdf.embedded(words, true))) {
            assertThat(pdf.textLayer(1)).extracting(io.verifact.model.Word::text).containsExactly("Total", "TTC", "1234,56", "EUR");
        }
    }

    @Test
    void theEmptyProgramIsOneGlyphWithoutCharacterMapOrName() throws IOException {
        TrueTypeFont empty = new TTFParser(true).parse(new RandomAccessReadBuffer(TextOnlyFonts.EmptyTrueType.bytes()));

        assertThat(empty.getNumberOfGlyphs()).isEqualTo(1);
        assertThat(empty.getUnitsPerEm()).isEqualTo(1000);
        assertThat(empty.getHorizontalHeader().getNumberOfHMetrics()).isEqualTo(1);
        assertThat(empty.getCmap()).isNull();
        assertThat(empty.getName()).isNull();
    }

    /**
     * Each glyph as its text, place, width, height and the width of a space, read by PDFBox with the text layer's fonts or
     * without. The words here hold spaces, so the font maps one and the space's width is the font's own.
     */
    private static List<String> glyphs(PDDocument pdf, boolean textOnly) throws IOException {
        List<String> glyphs = new ArrayList<>();
        try (pdf) {
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    if (textOnly) {
                        addOperator(new TextOnlyFonts(this, TextOnlyFonts.fontsOfADocument()));
                    }
                }

                @Override
                protected void processTextPosition(TextPosition g) {
                    glyphs.add(g.getUnicode() + " " + g.getXDirAdj() + " " + g.getYDirAdj() + " " + g.getWidthDirAdj() + " "
                            + g.getHeightDir() + " " + g.getWidthOfSpace());
                }
            };
            stripper.writeText(pdf, Writer.nullWriter());
        }
        return glyphs;
    }

    private static byte[] changed(byte[] file, Consumer<COSDictionary> change) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file)) {
            COSDictionary fonts = pdf.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            COSDictionary font = fonts.getCOSDictionary(fonts.keySet().iterator().next());
            assertThat(TextOnlyFonts.readableWithoutProgram(font)).isTrue();
            change.accept(font);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static COSDictionary descriptor(COSDictionary font) {
        COSDictionary cid = (COSDictionary) ((COSArray) font.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
        return cid.getCOSDictionary(COSName.FONT_DESC);
    }

    /** A ToUnicode map of the space and the ten figures of Liberation Sans, by their glyph numbers: a code for any other glyph is left out. */
    private static String figuresOnly() {
        try (InputStream in = PDDocument.class.getResourceAsStream(TextPdf.LIBERATION_SANS);
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            StringBuilder map = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Figures def\n"
                    + "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n11 beginbfchar\n");
            map.append(String.format("<%04X> <0020>%n", font.getUnicodeCmapLookup().getGlyphId(' ')));
            for (char figure = '0'; figure <= '9'; figure++) {
                map.append(String.format("<%04X> <%04X>%n", font.getUnicodeCmapLookup().getGlyphId(figure), (int) figure));
            }
            return map.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void rewrite(COSStream stream, String text) {
        try (OutputStream out = stream.createOutputStream()) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
