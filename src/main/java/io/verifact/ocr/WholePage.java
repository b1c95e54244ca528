package io.verifact.ocr;

import io.verifact.model.Word;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * How a whole page is read: its paper evened out when light falls across it, turned straight when
 * it was scanned askew, and enlarged when its print is too small for Tesseract.
 */
final class WholePage {

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
        return picture.onPage(words);
    }
}
