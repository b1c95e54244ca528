package io.verifact.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The dividers between queue, page and fields, worked out for any width of the window. */
class SplitLayoutTest {

    @Test
    void atTheWidthTheyWereLeftAtTheDividersStandWhereTheyWere() {
        assertThat(new SplitLayout(0.25, 0.6, 1200).at(1200)).containsExactly(0.25, 0.6);
    }

    @Test
    void onAWiderWindowTheQueueKeepsItsWidthAndPageAndFieldsShareTheRestAsBefore() {
        double[] wider = new SplitLayout(0.25, 0.625, 1200).at(1920);

        assertThat(wider[0] * 1920).isCloseTo(300, within(1e-9));
        double page = (wider[1] - wider[0]) * 1920;
        double fields = (1 - wider[1]) * 1920;
        assertThat(page / fields).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void laidOutAtTheFirstWidthOnTheWayToTheLastTheDividersEndWhereTheyWereLeft() {
        SplitLayout left = new SplitLayout(0.2, 0.7, 1920);

        SplitLayout meanwhile = new SplitLayout(left.at(1440)[0], left.at(1440)[1], 1440);

        assertThat(meanwhile.at(1920)[0]).isCloseTo(0.2, within(1e-9));
        assertThat(meanwhile.at(1920)[1]).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void beforeTheSplitHasAWidthThePositionsAreTakenAsTheyAre() {
        assertThat(SplitLayout.FIRST.at(0)).containsExactly(0.22, 0.70);
    }
}
