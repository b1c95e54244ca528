package io.verifact.ocr;

import io.verifact.document.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How far a scanned page is turned, told from its lines of print. */
class SkewTest {

    @ParameterizedTest
    @ValueSource(doubles = {-5, -2.5, -0.8, 0, 1.2, 3})
    void aPageFedAskewIsFoundTurnedByTheAngleItWasFedAt(double degrees) {
        BufferedImage askew = Grey.of(DifficultPages.turned(new DifficultPages.ItemRows().page(), degrees));

        assertThat(Skew.of(askew, new Ink(askew))).isCloseTo(degrees, within(0.1));
    }

    @Test
    void aSparsePageOfAFewLinesIsFoundTurnedToo() {
        BufferedImage askew = Grey.of(DifficultPages.turned(new ScannedInvoice().page(), -2));

        assertThat(Skew.of(askew, new Ink(askew))).isCloseTo(-2, within(0.1));
    }

    @Test
    void aBlankPageOrOneOfMereGrainHasNoSkew() {
        BufferedImage blank = Grey.of(Pictures.blank(1654, 2339));
        BufferedImage grain = Grey.of(Pictures.blank(1654, 2339));
        Random random = new Random(3);
        for (int i = 0; i < 40_000; i++) {
            grain.getRaster().setSample(random.nextInt(1654), random.nextInt(2339), 0, 0);
        }

        assertThat(Skew.of(blank, new Ink(blank))).isZero();
        assertThat(Skew.of(grain, new Ink(grain))).isZero();
    }
}
