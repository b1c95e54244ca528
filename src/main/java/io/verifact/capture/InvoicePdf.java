package io.verifact.capture;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * A demo invoice as a born-digital PDF: A4 pages in the supplier's look, lines spread over as many
 * pages as they need with the totals on the last. The same bill gives the same bytes every time:
 * the document's dates are the invoice's and its identifier is derived from its number.
 */
final class InvoicePdf {

    private static final float GAP = 14;

    /** A bill printed: the PDF's bytes and every string its pages draw, in the order drawn. */
    record Printout(byte[] pdf, List<DrawnText> texts) {

        Printout {
            texts = List.copyOf(texts);
        }
    }

    private InvoicePdf() {
    }

    /** How a printout's text is set. */
    enum Typeset {
        /** In the Standard 14 fonts, which a reader has without the file carrying them. */
        STANDARD,
        /** In a font embedded in the file ({@link Canvas.Fonts#embedded}). */
        EMBEDDED
    }

    static Printout print(DemoBill bill) throws IOException {
        return print(bill, Typeset.STANDARD);
    }

    static Printout print(DemoBill bill, Typeset typeset) throws IOException {
        Look look = bill.supplier().look();
        PageFrame frame = look.frame();
        LinesTable table = new LinesTable(frame.columns(), frame.tableStyle(), frame.wording());
        List<List<Row>> pages = paginate(bill, frame);
        int count = pages.size() + (bill.termsPage() ? 1 : 0);
        List<DrawnText> texts = new ArrayList<>();
        try (PDDocument pdf = new PDDocument()) {
            Canvas.Fonts fonts = typeset == Typeset.EMBEDDED ? Canvas.Fonts.embedded(pdf) : Canvas.Fonts.standard();
            BigDecimal carried = BigDecimal.ZERO;
            for (int i = 0; i < pages.size(); i++) {
                boolean first = i == 0;
                boolean last = i == pages.size() - 1;
                BigDecimal runningTotal = carried.add(sum(pages.get(i)));
                PageNumber number = new PageNumber(i + 1, count, last);
                try (Canvas canvas = page(pdf, fonts)) {
                    if (first) {
                        look.head(canvas, bill, number);
                    } else {
                        look.nextHead(canvas, bill, number);
                    }
                    float top = first ? frame.tableTop() : Look.NEXT_TABLE_TOP;
                    float end = table.draw(canvas, top, pages.get(i), first ? null : carried, last ? null : runningTotal);
                    if (last) {
                        TotalsBlock.draw(canvas, end + GAP, bill, frame);
                    }
                    look.foot(canvas, bill, number);
                    texts.addAll(canvas.drawn());
                }
                carried = runningTotal;
            }
            if (bill.termsPage()) {
                try (Canvas canvas = page(pdf, fonts)) {
                    look.terms(canvas, bill);
                    texts.addAll(canvas.drawn());
                }
            }
            describe(pdf, bill);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return new Printout(out.toByteArray(), texts);
        }
    }

    /**
     * The lines of each page: as many as fit above the foot, leaving room for the totals on the last.
     * Where the lines fit but the totals do not, the last line goes over with them, so that no page
     * carries totals under an empty table.
     */
    private static List<List<Row>> paginate(DemoBill bill, PageFrame frame) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bill.lines().size(); i++) {
            rows.add(new Row(i + 1, bill.lines().get(i)));
        }
        float totals = TotalsBlock.height(bill, frame.wording()) + GAP;
        List<List<Row>> pages = new ArrayList<>();
        float top = frame.tableTop();
        int from = 0;
        while (true) {
            float room = frame.footTop() - top - LinesTable.HEADER - (pages.isEmpty() ? 0 : LinesTable.ROW);
            if (rows.size() - from <= (int) ((room - totals) / LinesTable.ROW)) {
                pages.add(rows.subList(from, rows.size()));
                return pages;
            }
            int fits = Math.min((int) ((room - LinesTable.ROW) / LinesTable.ROW), rows.size() - from - 1);
            pages.add(rows.subList(from, from + fits));
            from += fits;
            top = Look.NEXT_TABLE_TOP;
        }
    }

    private static BigDecimal sum(List<Row> rows) {
        return rows.stream().map(r -> r.line().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Canvas page(PDDocument pdf, Canvas.Fonts fonts) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        return new Canvas(pdf, page, pdf.getNumberOfPages(), fonts);
    }

    /** The document information a supplier's software writes, dated the invoice's day. */
    private static void describe(PDDocument pdf, DemoBill bill) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(bill.number());
        info.setAuthor(bill.supplier().name());
        info.setCreator("Verifact demo invoices");
        info.setProducer("Verifact");
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.clear();
        issued.set(bill.date().getYear(), bill.date().getMonthValue() - 1, bill.date().getDayOfMonth(), 9, 0, 0);
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        // Without an identifier of its own, PDFBox would derive one from the time of saving.
        byte[] id = (bill.supplier().name() + " " + bill.number()).getBytes(StandardCharsets.UTF_8);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
