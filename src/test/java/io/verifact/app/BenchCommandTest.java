package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void withoutOptionsItReadsTheFirstHundredPdfsAndTwentyScansOfTheCorpusInOneWarmUpAndThreeRounds() {
        BenchCommand bench = parse();
        assertThat(bench.pdfs).isEqualTo(Path.of("../shared/corpus/dev/zugferd"));
        assertThat(bench.pdfCount).isEqualTo(100);
        assertThat(bench.scans).isEqualTo(Path.of("../shared/corpus/dev/scans"));
        assertThat(bench.scanCount).isEqualTo(20);
        assertThat(bench.warmup).isEqualTo(1);
        assertThat(bench.rounds).isEqualTo(3);
        assertThat(bench.json).isFalse();
        assertThat(bench.only).isEmpty();
    }

    @Test
    void onlyPicksSectionsByTheirNames() {
        assertThat(parse("--only", "workstation").only).containsExactly(BenchCommand.Section.WORKSTATION);
        assertThat(parse("--only", "born-digital,OCR").only).containsExactly(BenchCommand.Section.BORN_DIGITAL, BenchCommand.Section.OCR);
        assertThatThrownBy(() -> parse("--only", "gui")).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("born-digital, ocr, workstation");
    }

    @Test
    void everyChoiceHasItsOption() {
        BenchCommand bench = parse("--pdfs", "in/pdf", "--pdf-count", "10", "--scans", "in/scans", "--scan-count", "4",
                "--warmup", "0", "--rounds", "5", "--json");
        assertThat(bench.pdfs).isEqualTo(Path.of("in/pdf"));
        assertThat(bench.pdfCount).isEqualTo(10);
        assertThat(bench.scans).isEqualTo(Path.of("in/scans"));
        assertThat(bench.scanCount).isEqualTo(4);
        assertThat(bench.warmup).isZero();
        assertThat(bench.rounds).isEqualTo(5);
        assertThat(bench.json).isTrue();
    }

    @Test
    void noMeasuredRoundIsRefusedBeforeAnythingRuns() throws Exception {
        assertThat(parse("--rounds", "0").call()).isEqualTo(64);
    }

    @Test
    void aMissingToolIsNamedWithHowToInstallIt() {
        assertThat(BenchCommand.missing(true, false)).contains("pdftotext", "poppler-utils", "README").doesNotContain("tesseract command");
        assertThat(BenchCommand.missing(false, true)).contains("tesseract", "README: Prerequisites").doesNotContain("poppler");
    }

    private static BenchCommand parse(String... args) {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs(args);
        return bench;
    }
}
