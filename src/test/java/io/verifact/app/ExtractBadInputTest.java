package io.verifact.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verifact.Corpus;
import io.verifact.document.HostileFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * One {@code extract --json} call over every kind of hostile file and one real invoice: each bad file
 * ends in an error an operator understands, the invoice is read, and nothing hangs or runs out of memory.
 */
class ExtractBadInputTest {

    private static final Path INVOICE = Corpus.bornDigital("EN16931_zugferd_2p0_EN16931_Physiotherapeut");

    @TempDir
    static Path folder;

    private static List<Path> files;
    private static List<JsonNode> lines;
    private static int exitCode;

    @BeforeAll
    static void extractAllInOneCall() throws Exception {
        files = List.of(
                HostileFiles.empty(folder),
                HostileFiles.randomBytesNamedPdf(folder),
                HostileFiles.truncatedPdf(folder, INVOICE),
                HostileFiles.loopingPageTree(folder),
                HostileFiles.nestedArrays(folder),
                HostileFiles.passwordProtected(folder),
                HostileFiles.textNamedPng(folder),
                HostileFiles.hugePng(folder),
                HostileFiles.oneByteGif(folder),
                INVOICE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = Stream.concat(Stream.of("extract", "--json"), files.stream().map(Path::toString)).toArray(String[]::new);
        // A guard against a hang only: the files are refused long before it.
        exitCode = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> StandardOutput.into(out).execute(args));
        ObjectMapper json = new ObjectMapper();
        lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            lines.add(json.readTree(line));
        }
    }

    @Test
    void everyFileGetsOneLineInTheOrderGivenAndTheExitCodeSaysSomeWereNotRead() {
        assertThat(lines).extracting(line -> line.get("file").asText()).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(exitCode).isEqualTo(2);
    }

    @Test
    void theRealInvoiceAmongThemIsReadWithItsFields() {
        JsonNode invoice = line(INVOICE);
        assertThat(invoice.get("status").asText()).isEqualTo("ok");
        assertThat(invoice.get("pages").asInt()).isEqualTo(2);
        assertThat(invoice.get("engine").asText()).isEqualTo("text");
        assertThat(invoice.at("/fields/invoice_number/value").asText()).isEqualTo("R18-31");
        assertThat(invoice.at("/fields/gross_total/value").asText()).isEqualTo("380.00");
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertError("empty.pdf", "empty");
    }

    @Test
    void randomBytesNamedPdfAreRefusedAsNotAPdf() {
        assertError("random.pdf", "not a PDF");
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamaged() {
        assertError("truncated.pdf", "damaged");
        assertError("truncated.pdf", "cut short");
    }

    @Test
    void aPdfWhosePageTreeLoopsIsRefusedAsDamaged() {
        assertError("looping-pages.pdf", "damaged");
        assertError("looping-pages.pdf", "loops");
    }

    @Test
    void aPdfWithAHundredThousandNestedArraysIsRefusedAsDamaged() {
        assertError("nested-arrays.pdf", "damaged");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedWithThatReasonAndTheBatchGoesOn() {
        assertError("protected.pdf", "password");
    }

    @Test
    void aTextFileNamedPngIsRefusedAsNotAnImage() {
        assertError("notes.png", "not a PDF, PNG");
    }

    @Test
    void aPngClaimingSixtyThousandPixelsSquareIsRefusedAsTooLarge() {
        assertError("huge.png", "too large");
    }

    @Test
    void aOneByteGifIsRefusedAsNotAFileVerifactReads() {
        assertError("x.gif", "not a PDF, PNG");
        assertError("x.gif", "single byte");
    }

    private static void assertError(String name, String reason) {
        JsonNode line = line(folder.resolve(name));
        assertThat(line.get("status").asText()).as(name).isEqualTo("error");
        assertThat(line.get("error").asText()).as(name).containsIgnoringCase(reason);
        assertThat(line.has("fields")).as(name).isFalse();
    }

    private static JsonNode line(Path file) {
        return lines.stream().filter(l -> l.get("file").asText().equals(file.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + file));
    }
}
