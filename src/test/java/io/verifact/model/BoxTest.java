package io.verifact.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Places on a page: what two of them share, and where one stands once its page is turned. */
class BoxTest {

    @Test
    void boxesShareTheAreaWhereTheyMeetAndNoneWhereTheyOnlyTouch() {
        Box total = new Box(0.5, 0.8, 0.9, 0.85);
        Box drawn = new Box(0.7, 0.82, 1.0, 0.9);
        Box beside = new Box(0.9, 0.8, 1.0, 0.85);

        assertThat(total.sharedArea(drawn)).isCloseTo(0.2 * 0.03, within(1e-12));
        assertThat(total.overlaps(drawn)).isTrue();
        assertThat(total.sharedArea(beside)).isZero();
        assertThat(total.overlaps(beside)).isFalse();
    }

    @Test
    void aBoxTurnedWithItsPageStandsWhereThePageTurnedPutsIt() {
        // Near the top-right corner of a page: the total of a page scanned upside down stands near the bottom-left.
        Box corner = new Box(0.7, 0.1, 0.9, 0.12);

        Box upsideDown = corner.turned(2);
        assertThat(new double[] {upsideDown.x0(), upsideDown.y0(), upsideDown.x1(), upsideDown.y1()})
                .containsExactly(new double[] {0.1, 0.88, 0.3, 0.9}, within(1e-12));
        // A quarter turn clockwise takes the top-right corner to the bottom-right.
        Box quarter = corner.turned(1);
        assertThat(quarter.x0()).isCloseTo(0.88, within(1e-12));
        assertThat(quarter.y0()).isCloseTo(0.7, within(1e-12));
        assertThat(quarter.width()).as("a wide box stands on end").isCloseTo(corner.height(), within(1e-12));
        for (int turns = 0; turns < 4; turns++) {
            Box back = corner.turned(turns).turned(4 - turns);
            assertThat(back.x0()).isCloseTo(corner.x0(), within(1e-12));
            assertThat(back.y1()).isCloseTo(corner.y1(), within(1e-12));
        }
    }

    @Test
    void aPageReadTurnedHasItsWordsUprightWithItsSidesSwappedOnAQuarterTurn() {
        Word total = new Word("1 234,56", new Box(0.05, 0.1, 0.1, 0.3), 0.9, 4, 1);
        PageText sideways = new PageText(1, java.util.List.of(total), Engine.TESSERACT, 2339, 1654, 1);

        PageText upright = sideways.upright();

        assertThat(upright.uprightTurns()).isZero();
        assertThat(upright.width()).isEqualTo(1654);
        assertThat(upright.height()).isEqualTo(2339);
        assertThat(upright.words().getFirst().box().width()).as("the word lies along its line").isGreaterThan(upright.words().getFirst().box().height());
        assertThat(upright.words().getFirst()).extracting(Word::text, Word::line).containsExactly("1 234,56", 4);
        assertThat(upright.upright()).isSameAs(upright);
    }
}
