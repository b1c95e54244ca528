package io.verifact.capture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a demo supplier sells and how it bills one client, from which the invoices of its series are
 * drawn: each bill takes so many lines of the catalogue from a point seeded by its number, with
 * quantities seeded the same way, all at the series' one VAT rate. One rate is what lets each bill
 * print a single tax total for a mask to be taught on.
 *
 * @param filePrefix how the supplier's files are named before the invoice number, such as {@code atelier-dupuis-}
 * @param secondPhase what a line says after its description on a second pass over the catalogue
 * @param vatRate in percent
 * @param paymentDays from the invoice date to the due date
 */
record SupplierSeries(DemoSupplier supplier, Party buyer, String filePrefix, List<Item> catalogue, String secondPhase,
                      String vatRate, int paymentDays) {

    /** One file of a series and which invoice of it it is. */
    record Entry(DemoFile file, SeriesInvoice.Kind kind) {
    }

    /** One thing the supplier sells, at its price; the quantities vary from invoice to invoice. */
    record Item(String description, String unit, String unitPrice) {
    }

    /** When an invoice of the series was issued, its number and the client's order it answers. */
    record Issue(String number, LocalDate date, String order) {
    }

    SupplierSeries {
        catalogue = List.copyOf(catalogue);
    }

    /**
     * The invoices of the series in its one layout: three lines, as many as the first page holds with
     * its totals, lines running over onto a second page, and a scan of seven lines.
     *
     * @param manyLines how many lines the supplier's first page holds above its totals
     */
    List<Entry> sameLayout(Issue few, Issue many, int manyLines, Issue overleaf, Issue scanned, ScanLook scan) {
        return List.of(
                entry(bill(few, 3), null, SeriesInvoice.Kind.FEW_LINES, "three lines: the totals stand high on the page"),
                entry(bill(many, manyLines), null, SeriesInvoice.Kind.MANY_LINES,
                        "a full first page of lines: the same totals stand low, just above the foot"),
                entry(bill(overleaf, 45), null, SeriesInvoice.Kind.TOTALS_OVERLEAF,
                        "lines running over onto a second page, which carries the totals"),
                entry(bill(scanned, 7), scan, SeriesInvoice.Kind.SCANNED, "an invoice of the same layout, scanned"));
    }

    /** A file of the series: the bill, as a PDF or, with a scan look, as a PNG scan of it. */
    Entry entry(DemoBill bill, ScanLook scan, SeriesInvoice.Kind kind, String shows) {
        String name = filePrefix + bill.number() + (scan == null ? ".pdf" : ".png");
        return new Entry(new DemoFile(name, bill, scan, shows), kind);
    }

    /** A bill of so many lines on the supplier's own letterhead. */
    private DemoBill bill(Issue issue, int count) {
        return bill(supplier, issue, count);
    }

    /** A bill of so many lines, drawn from the catalogue with quantities seeded by its number. */
    DemoBill bill(DemoSupplier issuer, Issue issue, int count) {
        Random random = new Random(issue.number().hashCode());
        int start = random.nextInt(catalogue.size());
        List<DemoLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Item item = catalogue.get((start + i) % catalogue.size());
            // A second pass over the catalogue is the work's second phase.
            String description = i < catalogue.size() ? item.description() : item.description() + secondPhase;
            lines.add(new DemoLine(description, quantity(item.unit(), random), item.unit(), new BigDecimal(item.unitPrice()),
                    new BigDecimal(vatRate)));
        }
        return DemoBill.invoice(issuer, buyer, issue.number(), issue.date(), paymentDays, issue.order(), lines.toArray(DemoLine[]::new));
    }

    private static BigDecimal quantity(String unit, Random random) {
        return switch (unit) {
            case "h", "Std." -> BigDecimal.valueOf(2 + random.nextInt(15));
            case "m²" -> BigDecimal.valueOf(8 + random.nextInt(50)).divide(BigDecimal.TWO);
            case "ml", "m", "km" -> BigDecimal.valueOf(6 + random.nextInt(55));
            case "u", "Stk", "" -> BigDecimal.valueOf(1 + random.nextInt(12));
            case "ex." -> BigDecimal.valueOf(100L * (1 + random.nextInt(20)));
            default -> BigDecimal.ONE;
        };
    }
}
