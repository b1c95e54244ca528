package io.verifact.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.verifact.Corpus;
import io.verifact.ocr.TextLayerEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench's accuracy figures on invoices with truth files: per field, right, given 0.9 or more, and right then. */
class AccuracyBenchTest {

    @TempDir
    Path folder;

    @Test
    void eachFieldSaysHowOftenItIsRightHowOftenItIsSureAndHowOftenRightWhenSure() throws Exception {
        for (String name : List.of("EN16931_zugferd_2p0_EN16931_Physiotherapeut", "BASIC_zugferd_2p0_BASIC_Taxifahrt")) {
            Path pdf = Corpus.bornDigital(name);
            Files.copy(pdf, folder.resolve(pdf.getFileName()));
            Path truth = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".truth.json"));
            Files.copy(truth, folder.resolve(truth.getFileName()));
        }

        List<Scorecard> cards = new AccuracyBench(new TextLayerEngine(), 1, line -> { }).run(folder, folder.resolve("no-scans"));

        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.kind()).isEqualTo("born");
            assertThat(card.fields()).contains("gross_total", "invoice_number");
            assertThat(card.accuracy("gross_total")).isEqualTo(100.0);
            assertThat(card.report()).contains("gross_total", ">=0.9 on");
        });
        JsonNode gross = AccuracyBench.json(cards).path("born").path("fields").path("gross_total");
        assertThat(gross.path("right").asDouble()).isEqualTo(100.0);
        assertThat(gross.path("sure_share").asDouble()).isBetween(0.0, 100.0);
        assertThat(gross.path("right_when_sure").asDouble()).isEqualTo(100.0);
    }
}
