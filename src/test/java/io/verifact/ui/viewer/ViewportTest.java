package io.verifact.ui.viewer;

import io.verifact.model.Box;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewportTest {

    private static final double EPSILON = 1e-9;

    private final Viewport viewport = new Viewport();

    @BeforeEach
    void anA4PageInAWindow() {
        viewport.resize(16, 16, 768, 568);
        viewport.showPage(2480, 3508);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aPagePointComesBackFromTheScreenAtEveryTurn(int turns) {
        viewport.turn(turns);
        viewport.zoomAt(0.5, 200, 300);

        double x = viewport.localX(0.3, 0.7);
        double y = viewport.localY(0.3, 0.7);

        assertThat(viewport.pageX(x, y)).isCloseTo(0.3, within(EPSILON));
        assertThat(viewport.pageY(x, y)).isCloseTo(0.7, within(EPSILON));
    }

    @Test
    void aTurnClockwiseTakesTheTopLeftCornerToTheTopRight() {
        viewport.turn(1);

        assertThat(viewport.localX(0, 0)).isCloseTo(viewport.left() + viewport.shownWidth(), within(EPSILON));
        assertThat(viewport.localY(0, 0)).isCloseTo(viewport.top(), within(EPSILON));
        assertThat(viewport.shownWidth() / viewport.shownHeight()).isCloseTo(3508.0 / 2480, within(EPSILON));
    }

    @Test
    void turnsCountModuloAFullTurn() {
        viewport.turn(-1);
        assertThat(viewport.quarterTurns()).isEqualTo(3);

        viewport.turn(6);
        assertThat(viewport.quarterTurns()).isEqualTo(1);
    }

    @Test
    void aNewPageFillsTheWidthFromItsTop() {
        assertThat(viewport.fit()).isEqualTo(Fit.WIDTH);
        assertThat(viewport.shownWidth()).isCloseTo(768, within(EPSILON));
        assertThat(viewport.left()).isEqualTo(16);
        assertThat(viewport.top()).isEqualTo(16);
    }

    @Test
    void fitPageShowsTheWholePageCentred() {
        viewport.fit(Fit.PAGE);

        assertThat(viewport.shownHeight()).isCloseTo(568, within(EPSILON));
        assertThat(viewport.top()).isCloseTo(16, within(EPSILON));
        assertThat(viewport.left() + viewport.shownWidth() / 2).isCloseTo(16 + 768 / 2.0, within(EPSILON));
    }

    @Test
    void zoomingKeepsThePointItZoomsAt() {
        double u = viewport.pageX(300, 200);
        double v = viewport.pageY(300, 200);

        viewport.zoomAt(0.9, 300, 200);

        assertThat(viewport.zoom()).isEqualTo(0.9);
        assertThat(viewport.fit()).isEqualTo(Fit.NONE);
        assertThat(viewport.localX(u, v)).isCloseTo(300, within(EPSILON));
        assertThat(viewport.localY(u, v)).isCloseTo(200, within(EPSILON));
    }

    @Test
    void zoomIsBounded() {
        viewport.zoomTo(50);
        assertThat(viewport.zoom()).isEqualTo(Viewport.MAX_ZOOM);

        viewport.zoomTo(0.001);
        assertThat(viewport.zoom()).isEqualTo(Viewport.MIN_ZOOM);
    }

    @Test
    void fitWidthIsKeptAndTheTopOfTheViewStaysPutWhenTheAreaChanges() {
        viewport.panBy(0, -300);
        double topLine = viewport.pageY(400, 16);

        viewport.resize(16, 16, 900, 500);

        assertThat(viewport.shownWidth()).isCloseTo(900, within(EPSILON));
        assertThat(viewport.pageY(466, 16)).isCloseTo(topLine, within(EPSILON));
    }

    @Test
    void theOperatorsZoomIsKeptWhenTheAreaChanges() {
        viewport.zoomTo(0.6);

        viewport.resize(16, 16, 500, 700);

        assertThat(viewport.zoom()).isEqualTo(0.6);
    }

    @Test
    void thePageCannotBeMovedOutOfTheArea() {
        viewport.zoomTo(1);

        viewport.panBy(10_000, 10_000);
        assertThat(viewport.left()).isEqualTo(16);
        assertThat(viewport.top()).isEqualTo(16);

        viewport.panBy(-100_000, -100_000);
        assertThat(viewport.left() + viewport.shownWidth()).isCloseTo(16 + 768, within(EPSILON));
        assertThat(viewport.top() + viewport.shownHeight()).isCloseTo(16 + 568, within(EPSILON));
    }

    @Test
    void aPageSmallerThanTheAreaStaysInItsMiddle() {
        viewport.zoomTo(Viewport.MIN_ZOOM);

        viewport.panBy(100, 100);

        assertThat(viewport.left() + viewport.shownWidth() / 2).isCloseTo(16 + 384, within(EPSILON));
        assertThat(viewport.top() + viewport.shownHeight() / 2).isCloseTo(16 + 284, within(EPSILON));
    }

    @Test
    void revealingABoxBelowTheViewBringsItToTheMiddle() {
        Box lower = new Box(0.1, 0.6, 0.5, 0.63);

        assertThat(viewport.reveal(lower)).isTrue();

        double middle = (viewport.localY(0.1, 0.6) + viewport.localY(0.5, 0.63)) / 2;
        assertThat(middle).isCloseTo(16 + 284, within(EPSILON));
    }

    @Test
    void revealingABoxAtTheFootShowsTheFootOfThePage() {
        assertThat(viewport.reveal(new Box(0.1, 0.9, 0.5, 0.94))).isTrue();

        assertThat(viewport.top() + viewport.shownHeight()).isCloseTo(16 + 568, within(EPSILON));
    }

    @Test
    void revealingABoxInViewMovesNothing() {
        assertThat(viewport.reveal(new Box(0.1, 0.05, 0.4, 0.08))).isFalse();
    }

    @Test
    void withoutAPageNothingMovesAndNothingBreaks() {
        viewport.showPage(0, 0);

        viewport.zoomTo(2);
        viewport.turn(1);
        viewport.panBy(10, 10);

        assertThat(viewport.hasPage()).isFalse();
        assertThat(viewport.reveal(new Box(0, 0, 1, 1))).isFalse();
    }
}
