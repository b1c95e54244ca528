package io.verifact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FxImagesTest {

    @Start
    void start(Stage stage) {
        // The toolkit is all these pictures need.
    }

    @Test
    void aPageWithSeeThroughPartsIsShownAsPrintedOnWhitePaper() {
        BufferedImage scan = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        scan.setRGB(0, 0, 0x00000000);
        scan.setRGB(1, 0, 0x80000000);
        scan.setRGB(2, 0, 0xFF204060);

        Image shown = FxImages.of(scan);

        assertThat(shown.getPixelReader().getArgb(0, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(shown.getPixelReader().getArgb(1, 0)).isEqualTo(0xFF7F7F7F);
        assertThat(shown.getPixelReader().getArgb(2, 0)).isEqualTo(0xFF204060);
    }

    @Test
    void aGreyScanKeepsItsGreyLevels() {
        BufferedImage scan = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        scan.getRaster().setSample(0, 0, 0, 100);
        scan.getRaster().setSample(1, 0, 0, 255);

        Image shown = FxImages.of(scan);

        assertThat(shown.getPixelReader().getArgb(0, 0)).isEqualTo(0xFF646464);
        assertThat(shown.getPixelReader().getArgb(1, 0)).isEqualTo(0xFFFFFFFF);
    }
}
