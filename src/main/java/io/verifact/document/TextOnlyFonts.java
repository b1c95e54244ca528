package io.verifact.document;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.util.BoundingBox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text layer's fonts, for reading words and not for drawing them. Most PDF invoices embed their fonts as
 * TrueType subsets behind a composite font, and reading such a font's program is a third of what it costs to
 * read the page's text, although reading needs none of it: the codes are read by the font's encoding, their
 * letters by its ToUnicode map, their widths from the font dictionary. Such a font is read here with an empty
 * program in place of its own. Where the program would have been asked (a code the ToUnicode map leaves out,
 * a box the font descriptor lacks), the font is read whole, once, and answers as it always would: the words are
 * the same, read sooner. One answer differs on purpose: the width of a space, in a font that has none (see
 * {@link TextOnlyType0Font#getSpaceWidth()}). Every other font is read as PDFBox reads it. A program in FontFile2 that
 * is not TrueType (CFF, which belongs in FontFile3) would make PDFBox read the font as CID Type 0, whose average width
 * is fixed: only a space width estimated from it, in a font without a space, could differ.
 */
final class TextOnlyFonts extends OperatorProcessor {

    /** The fonts already made for the document's text, by their dictionary in the file, shared by its pages. */
    private final Map<COSDictionary, PDFont> made;

    /** @param made the fonts the document's pages have made so far, a map of {@link #fontsOfADocument()} */
    TextOnlyFonts(PDFStreamEngine context, Map<COSDictionary, PDFont> made) {
        super(context);
        this.made = made;
    }

    /** A place for the fonts a document's pages make, kept as long as the document is open. */
    static Map<COSDictionary, PDFont> fontsOfADocument() {
        return Collections.synchronizedMap(new IdentityHashMap<>());
    }

    @Override
    public String getName() {
        return OperatorName.SET_FONT_AND_SIZE;
    }

    /**
     * As PDFBox's own {@code Tf}: the size, then the font, for a font that can be read without its program, that one.
     * Which font a dictionary gives is decided once for the document.
     */
    @Override
    public void process(Operator operator, List<COSBase> arguments) throws IOException {
        if (arguments.size() < 2 || !(arguments.get(0) instanceof COSName name) || !(arguments.get(1) instanceof COSNumber size)) {
            return;
        }
        PDFStreamEngine context = getContext();
        context.getGraphicsState().getTextState().setFontSize(size.floatValue());
        PDResources resources = context.getResources();
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        COSDictionary dictionary = fonts == null ? null : fonts.getCOSDictionary(name);
        PDFont font = dictionary == null ? null : made.get(dictionary);
        if (font == null) {
            font = fontFor(dictionary, resources, name);
            if (dictionary != null && font != null) {
                made.put(dictionary, font);
            }
        }
        context.getGraphicsState().getTextState().setFont(font);
    }

    /** The font read without its program where it can be, else as PDFBox reads it (null where there is none). */
    private static PDFont fontFor(COSDictionary dictionary, PDResources resources, COSName name) throws IOException {
        if (dictionary != null && readableWithoutProgram(dictionary)) {
            TextOnlyType0Font textOnly = new TextOnlyType0Font(withEmptyProgram(dictionary), resources, name);
            // A ToUnicode map that cannot be read leaves every letter to the program: the font is read whole.
            if (textOnly.readsItsLetters()) {
                return textOnly;
            }
        }
        return resources.getFont(name);
    }

    /**
     * A composite font written left to right, whose codes are glyph numbers (Identity-H), with a ToUnicode map
     * and an embedded TrueType program: what word processors, browsers and invoicing software write.
     */
    static boolean readableWithoutProgram(COSDictionary font) {
        if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE)) || !COSName.IDENTITY_H.equals(font.getCOSName(COSName.ENCODING))
                || !(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)) {
            return false;
        }
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null || descendants.size() != 1 || !(descendants.getObject(0) instanceof COSDictionary cid)
                || !COSName.CID_FONT_TYPE2.equals(cid.getCOSName(COSName.SUBTYPE))) {
            return false;
        }
        COSDictionary descriptor = cid.getCOSDictionary(COSName.FONT_DESC);
        return descriptor != null && descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream;
    }

    /** A copy of the font's dictionaries, down to its descriptor, whose program is the empty one; the file is left as it is. */
    private static COSDictionary withEmptyProgram(COSDictionary font) throws IOException {
        COSDictionary cid = (COSDictionary) font.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
        COSDictionary descriptor = new COSDictionary(cid.getCOSDictionary(COSName.FONT_DESC));
        descriptor.setItem(COSName.FONT_FILE2, EmptyTrueType.stream());
        COSDictionary cidCopy = new COSDictionary(cid);
        cidCopy.setItem(COSName.FONT_DESC, descriptor);
        // Which glyph draws a code matters to drawing only.
        cidCopy.removeItem(COSName.CID_TO_GID_MAP);
        COSDictionary copy = new COSDictionary(font);
        COSArray descendants = new COSArray();
        descendants.add(cidCopy);
        copy.setItem(COSName.DESCENDANT_FONTS, descendants);
        return copy;
    }

    /**
     * A composite font read with an empty program: whatever only the program can tell is asked of the font
     * read whole, made the first time it is needed.
     */
    static final class TextOnlyType0Font extends PDType0Font {

        private final PDResources resources;
        private final COSName name;
        private PDFont whole;
        /** Why the font could not be read whole, once it was tried: it is not tried again. */
        private IOException unreadable;

        TextOnlyType0Font(COSDictionary withEmptyProgram, PDResources resources, COSName name) throws IOException {
            super(withEmptyProgram);
            this.resources = resources;
            this.name = name;
        }

        /**
         * A code of Identity-H, the only encoding such a font has: two bytes, high first, as its map reads them,
         * told without asking the map's range of each code. A last lone byte is read by the map.
         */
        @Override
        public int readCode(InputStream in) throws IOException {
            if (in.available() >= 2) {
                return in.read() << 8 | in.read();
            }
            return super.readCode(in);
        }

        /** Whether the ToUnicode map could be read: the font's letters come from it. */
        boolean readsItsLetters() {
            return getToUnicodeCMap() != null;
        }

        private synchronized PDFont whole() throws IOException {
            if (whole == null && unreadable == null) {
                try {
                    whole = resources.getFont(name);
                } catch (IOException e) {
                    unreadable = e;
                }
            }
            if (unreadable != null) {
                throw unreadable;
            }
            return whole;
        }

        /**
         * By the ToUnicode map; a code it leaves out, by the font's program, as the font read whole reads it. Where
         * the program cannot be read, that code gives no letter and the rest of the page is read (PDFBox would have
         * refused the page at the font's first use).
         */
        @Override
        public String toUnicode(int code) {
            String unicode = super.toUnicode(code);
            if (unicode != null) {
                return unicode;
            }
            try {
                return whole().toUnicode(code);
            } catch (IOException e) {
                return null;
            }
        }

        /**
         * The width of the space the ToUnicode map names. A font without one has no code for a space: PDFBox would take
         * the width of code 32, which in a font whose codes are glyph numbers is whichever glyph is 32nd, and reading
         * it needs the program. Here it is 0, and the text layer takes PDFBox's next estimate, from the letters' widths.
         */
        @Override
        public float getSpaceWidth() {
            CMap toUnicode = getToUnicodeCMap();
            return toUnicode != null && toUnicode.getSpaceMapping() > -1 ? super.getSpaceWidth() : 0;
        }

        @Override
        public float getWidthFromFont(int code) throws IOException {
            return whole().getWidthFromFont(code);
        }

        /** Not asked by the text layer; answered as the font read whole answers it. */
        @Override
        public float getHeight(int code) throws IOException {
            return whole().getHeight(code);
        }

        /** The descriptor's box where it gives one, as PDFBox takes it; else the program's. */
        @Override
        public BoundingBox getBoundingBox() throws IOException {
            PDFontDescriptor descriptor = getFontDescriptor();
            PDRectangle box = descriptor == null ? null : descriptor.getFontBoundingBox();
            boolean given = box != null && (Float.compare(box.getLowerLeftX(), 0) != 0 || Float.compare(box.getLowerLeftY(), 0) != 0
                    || Float.compare(box.getUpperRightX(), 0) != 0 || Float.compare(box.getUpperRightY(), 0) != 0);
            return given ? super.getBoundingBox() : whole().getBoundingBox();
        }
    }

    /**
     * The smallest TrueType program PDFBox reads: one glyph of no contour, no character map and no name, so
     * that nothing can be read from it by mistake.
     */
    static final class EmptyTrueType {

        private static final byte[] BYTES = build();

        private EmptyTrueType() {
        }

        static COSStream stream() throws IOException {
            COSStream stream = new COSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(BYTES);
            }
            return stream;
        }

        static byte[] bytes() {
            return BYTES.clone();
        }

        private static byte[] build() {
            // Tables in the order of their tags, each padded to four bytes.
            String[] tags = {"glyf", "head", "hhea", "hmtx", "loca", "maxp"};
            byte[][] tables = {
                    // One glyph of no contour: its header alone. PDFBox refuses a font whose only glyph takes no room.
                    new byte[10],
                    java.nio.ByteBuffer.allocate(54).putInt(0x00010000).putInt(0x00010000).putInt(0).putInt(0x5F0F3CF5)
                            .putShort((short) 0).putShort((short) 1000).putLong(0).putLong(0)
                            .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                            .putShort((short) 0).putShort((short) 0).putShort((short) 2).putShort((short) 0).putShort((short) 0).array(),
                    java.nio.ByteBuffer.allocate(36).putInt(0x00010000).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                            .putShort((short) 0).put(new byte[20]).putShort((short) 0).putShort((short) 1).array(),
                    new byte[4],
                    // Where the glyph starts and ends, in short offsets (half the byte count).
                    java.nio.ByteBuffer.allocate(4).putShort((short) 0).putShort((short) 5).array(),
                    java.nio.ByteBuffer.allocate(32).putInt(0x00010000).putShort((short) 1).array()};
            int offset = 12 + 16 * tags.length;
            java.nio.ByteBuffer font = java.nio.ByteBuffer.allocate(offset + java.util.Arrays.stream(tables).mapToInt(t -> (t.length + 3) & ~3).sum());
            font.putInt(0x00010000).putShort((short) tags.length).putShort((short) 64).putShort((short) 2).putShort((short) (16 * tags.length - 64));
            int at = offset;
            for (int t = 0; t < tags.length; t++) {
                font.put(tags[t].getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0).putInt(at).putInt(tables[t].length);
                at += (tables[t].length + 3) & ~3;
            }
            for (byte[] table : tables) {
                font.put(table).put(new byte[((table.length + 3) & ~3) - table.length]);
            }
            return font.array();
        }
    }
}
