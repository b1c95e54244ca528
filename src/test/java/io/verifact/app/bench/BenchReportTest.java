package io.verifact.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class BenchReportTest {

    private final BenchReport report = new BenchReport(machine(), 1, 3, List.of(bornDigital(), ocr()));

    @Test
    void theTableShowsEachSidesMedianFilesPerSecondAndTheRatiosAgainstTheirTargets() {
        String table = report.table();
        assertThat(table)
                .contains("1 warm-up and 3 measured rounds")
                .contains("cores              2")
                .containsPattern("verifact extract, in process\\s+2\\.000 s\\s+50\\.0")
                .containsPattern("pdftotext, 2 files at a time\\s+1\\.000 s\\s+100\\.0")
                .containsPattern("ours / pdftotext, 2 files at a time\\s+2\\.00\\s+target <= 1\\.00: NOT met")
                .containsPattern("ours / pdftotext, one file at a time\\s+1\\.00\\s+target <= 1\\.00: met")
                .containsPattern("cold start / pdftotext, one file at a time\\s+5\\.00")
                .containsPattern("verifact, 2 at a time\\s+9\\.000 s\\s+2\\.2\\s+16\\.000 s")
                .containsPattern("ours / tesseract, 2 at a time\\s+0\\.90\\s+target <= 1\\.10: met \\(by CPU time 0\\.80\\)")
                .contains("  - 5 of 100 PDFs were partly OCR'd.")
                .endsWith("Figures: born_digital 2.00 (target <= 1.00, NOT met); ocr 0.90 (target <= 1.10, met)\n");
    }

    @Test
    void theJsonIsOneLineWithTheFiguresTheirRoundsAndTheMachine() throws Exception {
        String json = report.json();
        assertThat(json).doesNotContain("\n");
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.at("/machine/cores").asText()).isEqualTo("2");
        assertThat(root.at("/rounds").asInt()).isEqualTo(3);
        assertThat(root.at("/born_digital/ratio").asDouble()).isEqualTo(2.0);
        assertThat(root.at("/born_digital/met").asBoolean()).isFalse();
        assertThat(root.at("/born_digital/ours/median_s").asDouble()).isEqualTo(2.0);
        assertThat(root.at("/born_digital/ours/rounds_s").size()).isEqualTo(3);
        assertThat(root.at("/born_digital/references/pdftotext_sequential/ratio").asDouble()).isEqualTo(1.0);
        assertThat(root.at("/born_digital/others/cold_start/versus").asText()).isEqualTo("pdftotext_sequential");
        assertThat(root.at("/born_digital/others/cold_start/ratio").asDouble()).isEqualTo(5.0);
        assertThat(root.at("/ocr/ratio").asDouble()).isEqualTo(0.9);
        assertThat(root.at("/ocr/target").asDouble()).isEqualTo(1.1);
        assertThat(root.at("/ocr/met").asBoolean()).isTrue();
        assertThat(root.at("/ocr/ours/files_per_s").asDouble()).isEqualTo(2.22);
        assertThat(root.at("/ocr/ours/cpu_median_s").asDouble()).isEqualTo(16.0);
        assertThat(root.at("/ocr/references/tesseract/cpu_ratio").asDouble()).isEqualTo(0.8);
        assertThat(root.at("/born_digital/ours/cpu_median_s").isMissingNode()).isTrue();
    }

    @Test
    void theWorkstationsWaitsAreShownWithTheirMedianP95AndRatioAgainstTheirTarget() throws Exception {
        Latency next = new Latency("next_invoice", "Workstation, next invoice", Duration.ofMillis(150), Latency.Statistic.MEDIAN,
                new Waits("key_to_drawn", "Alt+Down to the next invoice drawn", millis(40, 60, 50, 300)),
                List.of(new Waits("key_to_window", "Alt+Down to its page and fields in the window", millis(10, 20, 30, 40))),
                List.of("A note."));
        Latency frames = new Latency("zoom_pan", "Workstation, zoom and pan", Duration.ofMillis(20), Latency.Statistic.P95,
                new Waits("frame_time", "frame time", millis(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30)),
                List.of(), List.of());
        BenchReport workstation = new BenchReport(machine(), 0, 2, List.of(), List.of(next, frames));

        assertThat(workstation.table())
                .startsWith("Verifact bench: 0 warm-up and 2 measured rounds\n")
                .contains("Workstation, next invoice (target: median <= 150.0 ms)")
                .containsPattern("Alt\\+Down to the next invoice drawn\\s+55\\.0 ms\\s+300\\.0 ms\\s+4")
                .containsPattern("median / 150\\.0 ms\\s+0\\.37\\s+target <= 1\\.00: met")
                .containsPattern("p95 / 20\\.0 ms\\s+0\\.95\\s+target <= 1\\.00: met")
                .contains("  - A note.")
                .endsWith("Figures: next_invoice 0.37 (target <= 1.00, met); zoom_pan 0.95 (target <= 1.00, met)\n");
        JsonNode root = new ObjectMapper().readTree(workstation.json());
        assertThat(root.at("/workstation/next_invoice/value_ms").asDouble()).isEqualTo(55.0);
        assertThat(root.at("/workstation/next_invoice/ratio").asDouble()).isEqualTo(0.367);
        assertThat(root.at("/workstation/next_invoice/judged").asText()).isEqualTo("key_to_drawn");
        assertThat(root.at("/workstation/next_invoice/waits/key_to_window/median_ms").asDouble()).isEqualTo(25.0);
        assertThat(root.at("/workstation/zoom_pan/value_ms").asDouble()).isEqualTo(19.0);
        assertThat(root.at("/workstation/zoom_pan/waits/frame_time/samples_ms").size()).isEqualTo(20);
        assertThat(root.at("/born_digital").isMissingNode()).isTrue();
    }

    @Test
    void theMedianIsTheMiddleRoundOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(Timing.of(seconds(3), seconds(1), seconds(2)).median()).isEqualTo(seconds(2));
        assertThat(Timing.of(seconds(4), seconds(1), seconds(2), seconds(100)).median()).isEqualTo(Duration.ofMillis(3000));
        assertThat(new Timing(List.of(seconds(1)), List.of(seconds(3), seconds(5))).medianCpuSeconds()).hasValue(4.0);
    }

    private static Map<String, String> machine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cores", "2");
        machine.put("jvm", "OpenJDK 25");
        return machine;
    }

    private static Comparison bornDigital() {
        return new Comparison("born_digital", "Born-digital", 100, 1.0,
                new Measure("verifact", "verifact extract, in process", Timing.of(seconds(2), seconds(3), seconds(1))),
                List.of(new Measure("pdftotext_parallel", "pdftotext, 2 files at a time", Timing.of(seconds(1), seconds(1), seconds(1))),
                        new Measure("pdftotext_sequential", "pdftotext, one file at a time", Timing.of(seconds(2), seconds(2), seconds(2)))),
                List.of(new Comparison.Other("cold start", new Measure("cold_start", "verifact.jar, cold", Timing.of(seconds(10))),
                        "pdftotext_sequential")),
                List.of("5 of 100 PDFs were partly OCR'd."));
    }

    private static Comparison ocr() {
        return new Comparison("ocr", "OCR", 20, 1.1,
                new Measure("verifact", "verifact, 2 at a time", new Timing(List.of(seconds(9)), List.of(seconds(16)))),
                List.of(new Measure("tesseract", "tesseract, 2 at a time", new Timing(List.of(seconds(10)), List.of(seconds(20))))),
                List.of(), List.of());
    }

    private static List<Duration> millis(long... each) {
        return java.util.Arrays.stream(each).mapToObj(Duration::ofMillis).toList();
    }

    private static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
