package io.verifact.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo invoices an empty workstation offers ("Try it with demo invoices"), and that tests read:
 * ten files from four made-up suppliers in France, Belgium, Germany and the Netherlands, each
 * supplier with its own layout and language. Most are clean PDFs; there are scans, a credit note,
 * an invoice of two pages, one whose totals fail their check on purpose, and a scan of an invoice
 * that is in the set as a PDF too, for duplicate detection to find.
 *
 * <p>The set is the same bytes every time it is written on a given machine: no clock is read, the
 * scans' grain is seeded. Scans are rendered by PDFBox, so a machine whose fonts differ renders
 * them a little differently.
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
            Path file = folder.resolve(demo.name());
            Files.write(file, bytes(demo));
            DemoBill bill = demo.bill();
            written.add(new DemoInvoice(file, bill.supplier().name(), bill.truth(), demo.scanned(),
                    bill.grossMisprint().signum() != 0, demo.shows()));
        }
        return List.copyOf(written);
    }

    private static byte[] bytes(DemoFile demo) throws IOException {
        byte[] pdf = InvoicePdf.write(demo.bill());
        if (!demo.scanned()) {
            return pdf;
        }
        var pages = Scanner.scan(pdf, demo.scan());
        return demo.name().endsWith(".tif") ? ScanFiles.tiff(pages) : ScanFiles.png(pages.getFirst());
    }
}
