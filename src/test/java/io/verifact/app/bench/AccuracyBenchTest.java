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

    @Test
    void receiptsCountTheirMerchantTheirTotalAndADateWrittenInAUsualForm() throws Exception {
        Files.writeString(folder.resolve("r1.key.json"), """
                {"company": "KEDAI RUNCIT AH SENG SDN BHD", "date": "27/09/2017", "address": "KAJANG", "total": "248.05"}""");
        Files.writeString(folder.resolve("r2.key.json"), """
                {"company": "PAPPARICH BMC", "date": "24 MAR 18", "total": "72.93"}""");
        Files.writeString(folder.resolve("r3.key.json"), """
                {"company": "NO PICTURE SDN BHD", "date": "01/01/2018", "total": "1.00"}""");
        Files.write(folder.resolve("r1.jpg"), new byte[] {1});
        Files.write(folder.resolve("r2.png"), new byte[] {1});

        List<Truth> truths = Truth.receipts(folder);

        assertThat(truths).containsExactly(
                new Truth("r1.jpg", java.util.Map.of("invoice_date", "2017-09-27", "gross_total", "248.05",
                        "supplier_name", "KEDAI RUNCIT AH SENG SDN BHD")),
                // A year of two figures after the month's name is no form the datasets' scorer reads: the date does not count.
                new Truth("r2.png", java.util.Map.of("gross_total", "72.93", "supplier_name", "PAPPARICH BMC")));
    }
}
