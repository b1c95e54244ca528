package io.verifact.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Two places on a page: what they share. */
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
}
