package io.verifact.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.model.Word;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** How a demo invoice is laid out over its pages. */
class InvoicePdfTest {

    @Test
    void linesThatFitWithoutTheirTotalsSendTheLastLineOverleafWithThem() throws IOException, DocumentRefused {
        // Twenty lines fill Dupuis's first page, but not with the totals beneath them.
        DemoLine[] lines = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> DemoLine.of("Article " + i, "1", "u", "10.00", "20")).toArray(DemoLine[]::new);
        DemoBill bill = DemoBill.invoice(DemoParties.DUPUIS, DemoParties.GARNIER, "FA-TEST-20", LocalDate.of(2026, 11, 2), 30,
                null, lines);

        byte[] pdf = InvoicePdf.print(bill).pdf();

        try (Document document = new Documents(Limits.DEFAULT).open(pdf)) {
            assertThat(document.pageCount()).isEqualTo(2);
            assertThat(text(document, 1)).contains("Article 19").doesNotContain("Article 20").doesNotContain("Total TTC");
            assertThat(text(document, 2)).contains("Article 20").contains("Total TTC");
        }
    }

    private static String text(Document document, int page) throws DocumentRefused {
        List<Word> words = document.textLayer(page);
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }
}
