package io.verifact.app.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The zone figures of the bench are made of one wait per rectangle per measured round, held against their targets. */
class ZoneBenchTest {

    @Test
    void everyRectangleOfTheSeriesIsTimedOnTextPagesAndOnTheScan() throws Exception {
        List<String> said = new ArrayList<>();

        List<Latency> figures = new ZoneBench(0, 1, null, "fra+eng", said::add).run();

        assertThat(figures).extracting(Latency::key).containsExactly("zone_text", "zone_scan");
        assertThat(figures.getFirst().figure().times()).hasSizeGreaterThan(40);
        assertThat(figures.get(1).figure().times()).hasSizeGreaterThan(10);
        assertThat(figures.get(1).beside()).singleElement().satisfies(w -> assertThat(w.key()).isEqualTo("whole_page"));
        assertThat(figures).allSatisfy(f -> assertThat(f.ratio()).isPositive());
        assertThat(said).anyMatch(line -> line.contains("rectangles on text pages"));
    }
}
