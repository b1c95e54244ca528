package io.verifact.ocr;

import io.verifact.document.Pictures;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** The paper's grey across a page, and pages lit unevenly made even. */
class PaperTest {

    @Test
    void aPagePhotographedInTheLightOfOneWindowIsEvenedOutAndItsPrintStaysDark() {
        BufferedImage slip = Grey.of(DifficultPages.litFromOneSide());
        Paper paper = Paper.of(slip);

        BufferedImage even = paper.evened(slip);

        assertThat(paper.uneven()).isTrue();
        assertThat(slip.getRaster().getSample(100, 100, 0)).as("the dark side's paper, as photographed").isLessThan(140);
        assertThat(even.getRaster().getSample(100, 100, 0)).as("the dark side's paper, evened").isGreaterThan(235);
        assertThat(even.getRaster().getSample(1550, 2200, 0)).as("the light side's paper, evened").isGreaterThan(235);
        assertThat(darkest(even, 400, 470, 600, 505)).as("the print of BOULANGERIE").isLessThan(60);
    }

    @Test
    void aStripFarWiderThanHighIsMeasuredWithoutAskingForTileSizedMemory() {
        // A 24-tile-wide strip 100 pixels high: tiles of 10 000 pixels square would want 400 MB each.
        BufferedImage strip = Pictures.blank(240_000, 100);

        Paper paper = Paper.of(strip);

        assertThat(paper.uneven()).isFalse();
    }

    @Test
    void aScanOnGreyPaperWithALogoAndAShadedRowIsLeftAsItIs() {
        BufferedImage scan = Pictures.blank(1654, 2339);
        Graphics2D g = scan.createGraphics();
        try {
            g.setColor(new Color(226, 226, 226));
            g.fillRect(0, 0, 1654, 2339);
            g.setColor(Color.BLACK);
            g.fillRect(150, 120, 300, 200);
            g.setColor(new Color(180, 180, 180));
            g.fillRect(130, 900, 1400, 60);
        } finally {
            g.dispose();
        }

        assertThat(Paper.of(Grey.of(scan)).uneven()).isFalse();
    }

    @Test
    void aCleanScanHasPaperOfOneGrey() {
        BufferedImage clean = Grey.of(new ScannedInvoice().page());

        assertThat(Paper.of(clean).spread()).isZero();
        assertThat(Paper.of(clean).uneven()).isFalse();
    }

    private static int darkest(BufferedImage grey, int x0, int y0, int x1, int y1) {
        int darkest = 255;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                darkest = Math.min(darkest, grey.getRaster().getSample(x, y, 0));
            }
        }
        return darkest;
    }
}
