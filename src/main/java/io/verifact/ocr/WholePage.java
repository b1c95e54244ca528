package io.verifact.ocr;

import io.verifact.model.Word;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;

import java.awt.image.BufferedImage;
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

    /** Tesseract reading a grey picture at a resolution, in a page segmentation mode. */
    @FunctionalInterface
    interface Eyes {
        List<Word> read(BufferedImage grey, int dpi, int mode);
    }

    private WholePage() {
    }

    /** The words of the page; boxes are fractions of the page as scanned. */
    static List<Word> read(BufferedImage scan, int dpi, Eyes tesseract) {
        Paper paper = Paper.of(scan);
        BufferedImage grey = paper.uneven() ? paper.evened(scan) : scan;
        Ink ink = new Ink(grey);
        double skew = Skew.of(grey, ink);
        double turn = Math.abs(skew) >= PagePicture.MIN_TURN_DEGREES ? -skew : 0;
        PagePicture picture = PagePicture.of(grey, dpi, turn, 1, ink.paper());
        List<Word> words = tesseract.read(picture.image(), picture.dpi(), TessPageSegMode.PSM_AUTO);
        double enlargement = picture.enlargementFor(words);
        if (enlargement > 1) {
            picture = PagePicture.of(grey, dpi, turn, enlargement, ink.paper());
            words = tesseract.read(picture.image(), picture.dpi(), TessPageSegMode.PSM_AUTO);
        }
        if (words.size() < FEW_WORDS) {
            List<Word> sparse = tesseract.read(picture.image(), picture.dpi(), TessPageSegMode.PSM_SPARSE_TEXT);
            if (legible(sparse) > CLEARLY_MORE * legible(words)) {
                words = sparse;
            }
        } else if (grey.getWidth() < NARROW * grey.getHeight()) {
            words = withFiguresMissed(words, tesseract.read(picture.image(), picture.dpi(), TessPageSegMode.PSM_SPARSE_TEXT));
        }
        return picture.onPage(words);
    }

    /**
     * The reading with the figures a sparse reading found where it found nothing: on a till slip the
     * column of amounts stands apart from the labels, and the page's layout analysis may skip it whole.
     */
    static List<Word> withFiguresMissed(List<Word> read, List<Word> sparse) {
        List<Word> all = new java.util.ArrayList<>(read);
        for (Word word : sparse) {
            if (word.confidence() >= LEGIBLE && word.text().chars().anyMatch(Character::isDigit)
                    && read.stream().noneMatch(w -> w.box().overlaps(word.box()))) {
                all.add(word);
            }
        }
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
