package io.verifact.ocr;

import io.verifact.model.Box;
import io.verifact.model.Word;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/**
 * How a whole page is read: its paper evened out when light falls across it, turned straight when
 * it was scanned askew, enlarged when its print is too small for Tesseract, and read again as
 * scattered text when the page's layout yields little.
 */
final class WholePage {

    /**
     * Fewer words than this and the page is read once more as sparse text: an invoice's page holds
     * a hundred words or more, and Tesseract's layout analysis may take a photographed slip, text on
     * a dark ground or in boxes for pictures and skip them.
     */
    static final int FEW_WORDS = 50;

    /** A page narrower than this share of its height is a strip of paper: a till slip. */
    private static final double NARROW = 0.55;

    /** Words read with less confidence than this are mostly noise: they do not make a reading better. */
    private static final double LEGIBLE = 0.6;

    /**
     * The automatic reading keeps the page's blocks and lines in reading order; a sparse reading
     * replaces it only when it reads clearly more.
     */
    private static final double CLEARLY_MORE = 1.1;

    /** A reading of which less than this share of letters and digits is legible took grain for print. */
    private static final double MOSTLY_LEGIBLE = 0.5;

    /**
     * Tesseract reading a grey picture at a resolution, in a page segmentation mode; with a threshold
     * between ink and paper for the page as a whole, or one that adapts to each neighbourhood (Sauvola).
     */
    @FunctionalInterface
    interface Eyes {
        List<Word> read(BufferedImage grey, int dpi, int mode, boolean adaptive);

        default List<Word> read(BufferedImage grey, int dpi, int mode) {
            return read(grey, dpi, mode, false);
        }
    }

    /**
     * Tesseract's judgement of how a page lies (its orientation and script detection): the quarter turns
     * clockwise that make it upright, or 0 when it lies upright or cannot tell.
     */
    @FunctionalInterface
    interface Compass {
        int uprightTurns(BufferedImage grey, int dpi);
    }

    /** The words of a page, their boxes on the page as scanned, and the quarter turns clockwise that made it readable. */
    record Read(List<Word> words, int uprightTurns) {
    }

    /**
     * A page read sideways is kept turned when its turned reading is about as legible: it is the lines
     * that a sideways reading loses, across which the words of a row no longer stand.
     */
    private static final double SIDEWAYS_KEPT = 0.8;

    /** The fewest words of three characters or more whose boxes tell how the lines run. */
    private static final int WORDS_TO_TELL_LINES = 5;

    private WholePage() {
    }

    /**
     * The words of the page, read upright: a page scanned upside down or sideways reads as noise, or as
     * columns of words standing on end. Only such a reading asks how the page lies, and the page turned as
     * Tesseract says is kept when it reads clearly better. Boxes are fractions of the page as scanned.
     */
    static Read readUpright(BufferedImage scan, int dpi, Eyes tesseract, Compass compass) {
        List<Word> asScanned = read(scan, dpi, tesseract);
        boolean sideways = sideways(asScanned, scan.getWidth(), scan.getHeight());
        if (!sideways && legible(asScanned) >= MOSTLY_LEGIBLE * letters(asScanned)) {
            return new Read(asScanned, 0);
        }
        int turns = Math.floorMod(compass.uprightTurns(scan, dpi), 4);
        if (turns == 0) {
            return new Read(asScanned, 0);
        }
        BufferedImage upright = turned(scan, turns);
        List<Word> read = read(upright, dpi, tesseract);
        if (sideways(read, upright.getWidth(), upright.getHeight())
                || legible(read) <= (sideways ? SIDEWAYS_KEPT : CLEARLY_MORE) * legible(asScanned)) {
            return new Read(asScanned, 0);
        }
        int back = 4 - turns;
        return new Read(read.stream().map(w -> w.turned(back)).toList(), turns);
    }

    /** Whether most words read stand on end, taller than wide: the lines run down the page, as on a page scanned sideways. */
    static boolean sideways(List<Word> words, int width, int height) {
        int told = 0;
        int onEnd = 0;
        for (Word w : words) {
            if (w.text().codePoints().filter(Character::isLetterOrDigit).count() < 3) {
                continue;
            }
            told++;
            if (w.box().height() * height > w.box().width() * width) {
                onEnd++;
            }
        }
        return told >= WORDS_TO_TELL_LINES && onEnd * 2 > told;
    }

    /** A picture turned clockwise by quarter turns, in grey. */
    static BufferedImage turned(BufferedImage picture, int quarterTurns) {
        BufferedImage grey = Grey.of(picture);
        int w = grey.getWidth();
        int h = grey.getHeight();
        int turns = Math.floorMod(quarterTurns, 4);
        boolean sideways = turns % 2 == 1;
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] to = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        byte[] row = new byte[w];
        int outWidth = out.getWidth();
        for (int y = 0; y < h; y++) {
            grey.getRaster().getDataElements(0, y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int at = switch (turns) {
                    case 1 -> x * outWidth + (h - 1 - y);
                    case 2 -> (h - 1 - y) * outWidth + (w - 1 - x);
                    case 3 -> (w - 1 - x) * outWidth + y;
                    default -> y * outWidth + x;
                };
                to[at] = row[x];
            }
        }
        return out;
    }

    /**
     * A page whose print covers less than this share of it (a slip scanned on an A4 flatbed, a photo
     * of a receipt on a table) is read on the part that holds the print: Tesseract's time grows with
     * the pixels it is given, blank or not.
     */
    private static final double SMALL_PRINT_AREA = 0.5;

    /** Around the print, this share of the page's longer side is kept, as Tesseract wants a margin. */
    private static final double MARGIN = 0.02;

    /** A row or column with fewer ink pixels than this share of it holds specks or grain, not print. */
    private static final double SPECKS = 0.01;

    /** The outer share of each side, where a scanner's lid or the table under a photographed slip shows. */
    private static final double EDGE = 0.01;

    /** The words of the page; boxes are fractions of the page as scanned. */
    static List<Word> read(BufferedImage scan, int dpi, Eyes tesseract) {
        Paper paper = Paper.of(scan);
        // Light falling unevenly across the paper: a page photographed, as slips are, on a table.
        boolean photographed = paper.uneven();
        BufferedImage evened = photographed ? paper.evened(scan) : scan;
        Ink ink = new Ink(evened);
        Rectangle print = printed(evened, ink);
        if (print.width == scan.getWidth() && print.height == scan.getHeight()) {
            return read(evened, dpi, tesseract, ink, photographed);
        }
        // A picture of its own: Tesseract is handed the pixels' buffer, which a sub-image shares with the page.
        BufferedImage part = new BufferedImage(print.width, print.height, BufferedImage.TYPE_BYTE_GRAY);
        part.setData(evened.getData(print).createTranslatedChild(0, 0));
        double width = scan.getWidth();
        double height = scan.getHeight();
        return read(part, dpi, tesseract, new Ink(part), photographed).stream().map(w -> new Word(w.text(), Box.of(
                print.x + w.box().x0() * print.width, print.y + w.box().y0() * print.height,
                print.x + w.box().x1() * print.width, print.y + w.box().y1() * print.height, width, height), w.confidence(), w.line(), w.block())).toList();
    }

    /** The part of the page to read: where its print stands, with a margin; the whole page unless the print covers little of it. */
    static Rectangle printed(BufferedImage grey, Ink ink) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        Rectangle whole = new Rectangle(0, 0, w, h);
        Rectangle inked = ink.inkedArea(SPECKS, EDGE).orElse(whole);
        int margin = (int) Math.ceil(MARGIN * Math.max(w, h));
        Rectangle part = new Rectangle(inked.x - margin, inked.y - margin, inked.width + 2 * margin, inked.height + 2 * margin).intersection(whole);
        return (double) part.width * part.height < SMALL_PRINT_AREA * w * h ? part : whole;
    }

    private static List<Word> read(BufferedImage grey, int dpi, Eyes tesseract, Ink ink, boolean photographed) {
        double skew = Skew.of(grey, ink);
        double turn = Math.abs(skew) >= PagePicture.MIN_TURN_DEGREES ? -skew : 0;
        PagePicture picture = PagePicture.of(grey, dpi, turn, 1, ink.paper());
        List<Word> words = tesseract.read(picture.image(), picture.dpi(), TessPageSegMode.PSM_AUTO);
        // Grey paper with faint or grainy print: one threshold for the whole page may lose the print, or
        // take the grain for a thousand words read with no confidence, too small to judge the print by.
        boolean adaptive = false;
        if (words.size() < FEW_WORDS || legible(words) < MOSTLY_LEGIBLE * letters(words)) {
            List<Word> again = tesseract.read(picture.image(), picture.dpi(), TessPageSegMode.PSM_AUTO, true);
            if (legible(again) > CLEARLY_MORE * legible(words)) {
                words = again;
                adaptive = true;
            }
        }
        double enlargement = picture.enlargementFor(words);
        if (enlargement > 1) {
            picture = PagePicture.of(grey, dpi, turn, enlargement, ink.paper());
            words = tesseract.read(picture.image(), picture.dpi(), TessPageSegMode.PSM_AUTO, adaptive);
        }
        if (words.size() < FEW_WORDS) {
            List<Word> sparse = tesseract.read(picture.image(), picture.dpi(), TessPageSegMode.PSM_SPARSE_TEXT, adaptive);
            if (legible(sparse) > CLEARLY_MORE * legible(words)) {
                words = sparse;
            }
        } else if (grey.getWidth() < NARROW * grey.getHeight() || photographed) {
            words = withFiguresMissed(words, tesseract.read(picture.image(), picture.dpi(), TessPageSegMode.PSM_SPARSE_TEXT, adaptive));
        }
        return picture.onPage(words);
    }

    private static long letters(List<Word> words) {
        return words.stream().mapToLong(w -> w.text().codePoints().filter(Character::isLetterOrDigit).count()).sum();
    }

    /**
     * The reading with the figures a sparse reading found where it found nothing: on a till slip, or
     * a page photographed at an angle, the column of amounts stands apart from the labels, and the
     * page's layout analysis may skip it whole.
     */
    static List<Word> withFiguresMissed(List<Word> read, List<Word> sparse) {
        List<Word> missed = sparse.stream().filter(word -> word.confidence() >= LEGIBLE && word.text().chars().anyMatch(Character::isDigit)
                && read.stream().noneMatch(w -> w.box().overlaps(word.box()))).toList();
        List<Word> all = new java.util.ArrayList<>(read);
        all.addAll(Word.numberedAfter(read, missed));
        return all;
    }

    /** How much of a reading can be trusted: its letters and digits read with confidence, weighed by it. */
    static double legible(List<Word> words) {
        double legible = 0;
        for (Word word : words) {
            if (word.confidence() >= LEGIBLE) {
                legible += word.confidence() * word.text().codePoints().filter(Character::isLetterOrDigit).count();
            }
        }
        return legible;
    }
}
