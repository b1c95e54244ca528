package io.verifact.capture;

import io.verifact.model.FieldKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The demo invoices an empty workstation offers ("Try it with demo invoices"), and that tests read:
 * ten files from four made-up suppliers in France, Belgium, Germany and the Netherlands, each
 * supplier with its own layout and language. Most are clean PDFs; there are scans, a credit note,
 * an invoice of two pages, one whose totals fail their check on purpose, and a scan of an invoice
 * that is in the set as a PDF too, for duplicate detection to find.
 *
 * <p>Apart from the set, series of each supplier's invoices test masks: each invoice says where it
 * prints every field, so a test can draw the rectangle an operator would.
 *
 * <p>The set and the series are the same bytes every time they are written on a given machine: no
 * clock is read, the scans' grain is seeded. Scans are rendered by PDFBox, so a machine whose fonts
 * differ renders them a little differently.
 */
public final class DemoInvoices {

    private DemoInvoices() {
    }

    /**
     * Writes the set into the folder, creating it, and replaces files of the same names.
     *
     * @return each file with its truth, in the order of a work queue
     */
    public static List<DemoInvoice> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<DemoInvoice> written = new ArrayList<>();
        for (DemoFile demo : DemoSet.files()) {
            written.add(write(folder, demo, InvoicePdf.print(demo.bill())));
        }
        return List.copyOf(written);
    }

    /**
     * Writes the born-digital invoices of the set into the folder, creating it, each set in an embedded font as
     * word processors and invoicing software write them ({@link InvoicePdf.Typeset#EMBEDDED}), under its name
     * with {@code embedded-} before it; replaces files of the same names. The start caches learn from them how
     * such files are read, which the set's own, in the Standard 14 fonts, do not show.
     *
     * @return each file with its truth, in the order of a work queue
     */
    public static List<DemoInvoice> writeEmbedded(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<DemoInvoice> written = new ArrayList<>();
        for (DemoFile demo : DemoSet.files()) {
            if (!demo.scanned()) {
                written.add(write(folder, "embedded-" + demo.name(), demo, InvoicePdf.print(demo.bill(), InvoicePdf.Typeset.EMBEDDED)));
            }
        }
        return List.copyOf(written);
    }

    /**
     * Writes the demo series into the folder, creating it, and replaces files of the same names: one
     * supplier's invoices for masks to be taught on and tried, each with where it prints every field.
     * The series is apart from the set {@link #write} writes, and as repeatable.
     *
     * @return the invoices in the order they were issued
     */
    public static DemoSeries writeSeries(Path folder) throws IOException {
        return writeSeries(folder, DupuisSeries.files());
    }

    /**
     * Writes the series of every demo supplier into the folder, as {@link #writeSeries} writes
     * Dupuis's: each supplier's invoices in its own layout and language, for a mask to be measured
     * on four layouts rather than one. Only Dupuis's series has a new letterhead.
     *
     * @return one series per supplier, Dupuis's first, then Lambotte's, Albrecht's and Van der Linden's
     */
    public static List<DemoSeries> writeAllSeries(Path folder) throws IOException {
        List<DemoSeries> all = new ArrayList<>();
        for (List<SupplierSeries.Entry> entries : List.of(DupuisSeries.files(), NeighbourSeries.lambotte(), NeighbourSeries.albrecht(),
                NeighbourSeries.linden())) {
            all.add(writeSeries(folder, entries));
        }
        return List.copyOf(all);
    }

    private static DemoSeries writeSeries(Path folder, List<SupplierSeries.Entry> entries) throws IOException {
        Files.createDirectories(folder);
        List<SeriesInvoice> written = new ArrayList<>();
        for (SupplierSeries.Entry entry : entries) {
            DemoFile demo = entry.file();
            InvoicePdf.Printout printout = InvoicePdf.print(demo.bill());
            Map<FieldKey, PrintedValue> printed = new EnumMap<>(PrintedFields.of(demo.bill(), printout.texts()));
            if (demo.scanned()) {
                printed.replaceAll((key, value) -> new PrintedValue(value.text(), value.page(), Scanner.turned(value.box(), demo.scan())));
            }
            written.add(new SeriesInvoice(write(folder, demo, printout), entry.kind(), printed));
        }
        return new DemoSeries(written);
    }

    private static DemoInvoice write(Path folder, DemoFile demo, InvoicePdf.Printout printout) throws IOException {
        return write(folder, demo.name(), demo, printout);
    }

    private static DemoInvoice write(Path folder, String name, DemoFile demo, InvoicePdf.Printout printout) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes(demo, printout.pdf()));
        DemoBill bill = demo.bill();
        return new DemoInvoice(file, bill.supplier().name(), bill.truth(), demo.scanned(), bill.grossMisprint().signum() != 0,
                demo.shows());
    }

    private static byte[] bytes(DemoFile demo, byte[] pdf) throws IOException {
        if (!demo.scanned()) {
            return pdf;
        }
        var pages = Scanner.scan(pdf, demo.scan());
        return demo.name().endsWith(".tif") ? ScanFiles.tiff(pages) : ScanFiles.png(pages.getFirst());
    }
}
