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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

    @Test
    void anInvoiceSetInAnEmbeddedFontReadsAsTheSameInvoiceInStandardFonts() throws IOException, DocumentRefused {
        for (DemoFile demo : DemoSet.files()) {
            if (demo.scanned()) {
                continue;
            }
            byte[] standard = InvoicePdf.print(demo.bill()).pdf();
            byte[] embedded = InvoicePdf.print(demo.bill(), InvoicePdf.Typeset.EMBEDDED).pdf();

            try (PDDocument pdf = Loader.loadPDF(embedded)) {
                PDResources resources = pdf.getPage(0).getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font).as(demo.name()).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(demo.name()).isTrue();
                    assertThat(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).as(demo.name()).isNotNull();
                }
            }
            try (Document a = new Documents(Limits.DEFAULT).open(standard); Document b = new Documents(Limits.DEFAULT).open(embedded)) {
                assertThat(b.pageCount()).as(demo.name()).isEqualTo(a.pageCount());
                for (int page = 1; page <= a.pageCount(); page++) {
                    assertThat(text(b, page)).as(demo.name() + " page " + page).isEqualTo(text(a, page));
                }
            }
        }
    }

    private static String text(Document document, int page) throws DocumentRefused {
        List<Word> words = document.textLayer(page);
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }
}
