package io.verifact.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RoundsTest {

    @Test
    void warmUpsAreNotCountedAndTheSidesSwapWhoGoesFirstEveryRound() throws Exception {
        List<String> ran = new ArrayList<>();
        Map<String, Timing> timings = new Rounds(1, 3, line -> { }).run("test", List.of(
                new Rounds.Side("ours", CpuClock.THIS_PROCESS, () -> ran.add("ours")),
                new Rounds.Side("theirs", CpuClock.CHILD_PROCESSES, () -> ran.add("theirs"))));
        assertThat(ran).containsExactly("ours", "theirs", "theirs", "ours", "ours", "theirs", "theirs", "ours");
        assertThat(timings).containsOnlyKeys("ours", "theirs");
        assertThat(timings.get("ours").rounds()).hasSize(3);
        assertThat(timings.get("theirs").rounds()).hasSize(3);
    }
}
