package io.verifact.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verifact.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a computer where Tesseract's language data cannot be found, invoices with a text layer are still
 * read; only the scans are refused, each with the reason and what to install.
 */
class ExtractWithoutTesseractTest {

    private static final Path PDF = Corpus.bornDigital("EN16931_zugferd_2p0_EN16931_Physiotherapeut");
    private static final Path SCAN = Corpus.dev("scans/corpus_4s4u_additional-data-sample-1.png");

    @TempDir
    Path empty;

    @BeforeEach
    void noLanguageData() {
        System.setProperty("verifact.tessdata", empty.toString());
    }

    @AfterEach
    void languageDataBack() {
        System.clearProperty("verifact.tessdata");
    }

    @Test
    void theTextLayerInvoiceIsReadAndTheScanIsRefusedWithWhatToInstall() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = StandardOutput.into(out).execute("extract", "--json", SCAN.toString(), PDF.toString());

        List<JsonNode> lines = lines(out);
        assertThat(exit).isEqualTo(2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("status").asText()).isEqualTo("error");
        assertThat(lines.get(0).get("error").asText()).contains("Tesseract", "Install");
        assertThat(lines.get(1).get("status").asText()).isEqualTo("ok");
        assertThat(lines.get(1).path("fields").path("gross_total").path("value").asText()).isNotEmpty();
    }

    @Test
    void askingForTesseractByNameStopsAtOnceWithTheReason() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = StandardOutput.into(out).execute("extract", "--json", "--engine", "tesseract", SCAN.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static List<JsonNode> lines(ByteArrayOutputStream out) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            lines.add(json.readTree(line));
        }
        return lines;
    }
}
