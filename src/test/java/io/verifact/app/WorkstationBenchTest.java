package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.verifact.app.bench.BenchReport;
import io.verifact.app.bench.ColdStarts;
import io.verifact.app.bench.Latency;
import io.verifact.app.bench.WorkstationBench;

/** The bench's workstation section, run end to end on the demo invoices: its figures, not their speed. */
class WorkstationBenchTest {

    @Test
    void itTimesTheNextInvoiceZoomAndPanAndAColdStartAndReportsThemAgainstTheirTargets() throws Exception {
        List<String> progress = new ArrayList<>();
        // From the test's classes rather than verifact.jar, which the build makes only after the tests.
        ColdStarts starts = new ColdStarts(List.of("-D" + WorkstationLauncher.READY_EXIT + "=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));

        List<Latency> figures = new WorkstationBench(0, 1, Optional.of(starts), progress::add).run();

        assertThat(figures).extracting(Latency::key).containsExactly("next_invoice", "zoom_pan", "start");
        assertThat(figures).extracting(Latency::target)
                .containsExactly(Duration.ofMillis(150), Duration.ofNanos(16_666_667), Duration.ofSeconds(2));
        assertThat(figures.get(0).figure().times()).hasSize(5);
        assertThat(figures.get(1).figure().times()).hasSize(30);
        assertThat(figures.get(2).figure().times()).hasSize(1);
        for (Latency figure : figures) {
            assertThat(figure.figure().times()).allMatch(Duration::isPositive);
            assertThat(figure.beside()).allSatisfy(waits -> assertThat(waits.times()).allMatch(t -> !t.isNegative()));
            assertThat(figure.ratio()).isPositive();
        }
        assertThat(progress).anyMatch(line -> line.startsWith("workstation, start, round 1/1: ready after"));

        JsonNode json = new ObjectMapper().readTree(new BenchReport(Map.of("cores", "2"), 0, 1, List.of(), figures).json());
        assertThat(json.at("/workstation/next_invoice/target_ms").asDouble()).isEqualTo(150.0);
        assertThat(json.at("/workstation/next_invoice/statistic").asText()).isEqualTo("median");
        assertThat(json.at("/workstation/next_invoice/waits/key_to_drawn/samples_ms").size()).isEqualTo(5);
        assertThat(json.at("/workstation/zoom_pan/target_ms").asDouble()).isEqualTo(16.67);
        assertThat(json.at("/workstation/zoom_pan/statistic").asText()).isEqualTo("p95");
        assertThat(json.at("/workstation/zoom_pan/waits/frame_time/p95_ms").asDouble()).isPositive();
        // The same drags again once the zoom has rested, on a line of their own.
        assertThat(json.at("/workstation/zoom_pan/waits/pan_after_rest/samples_ms").size()).isEqualTo(20);
        assertThat(json.at("/workstation/start/target_ms").asDouble()).isEqualTo(2000.0);
        assertThat(json.at("/workstation/start/waits/jvm_start_to_ready/median_ms").asDouble()).isPositive();
        for (String key : List.of("next_invoice", "zoom_pan", "start")) {
            assertThat(json.at("/workstation/" + key + "/ratio").asDouble()).isPositive();
            assertThat(json.at("/workstation/" + key + "/met").isBoolean()).isTrue();
            assertThat(json.at("/workstation/" + key + "/value_ms").asDouble()).isPositive();
        }
    }
}
