package io.verifact.app.bench;

import io.verifact.capture.DemoInvoices;
import io.verifact.capture.DemoSeries;
import io.verifact.capture.PrintedValue;
import io.verifact.capture.SeriesInvoice;
import io.verifact.document.Document;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;
import io.verifact.workflow.Outcome;
import io.verifact.workflow.Recognizer;
import io.verifact.workflow.Teaching;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How fast a drawn rectangle is read, with a warm engine: from the mouse's release (the rectangle in
 * page fractions) to the field's value, on the demo series' text pages and on its 200 dpi scan, one
 * rectangle around every value each page prints.
 */
public final class ZoneBench {

    private static final Duration TEXT_TARGET = Duration.ofMillis(30);
    private static final Duration SCAN_TARGET = Duration.ofMillis(150);

    private final int warmup;
    private final int rounds;
    private final Consumer<String> progress;
    private final String tessdata;
    private final String languages;

    public ZoneBench(int warmup, int rounds, String tessdata, String languages, Consumer<String> progress) {
        this.warmup = warmup;
        this.rounds = rounds;
        this.tessdata = tessdata;
        this.languages = languages;
        this.progress = progress;
    }

    private record Drawn(Teaching.Invoice invoice, FieldKey key, int page, Box box) {
    }

    public List<Latency> run() throws IOException {
        Path folder = Files.createTempDirectory("verifact-zone-bench");
        try (LocalStore store = LocalStore.inMemory();
             TesseractEngine tesseract = new TesseractEngine(tessdata, languages, 1).verified()) {
            DemoSeries series = DemoInvoices.writeSeries(folder);
            Documents documents = new Documents(Limits.DEFAULT);
            AutoEngine engine = new AutoEngine(new TextLayerEngine(), tesseract);
            Clock clock = Clock.systemUTC();
            Recognizer recognizer = new Recognizer(documents, engine, new FieldExtractor(clock), clock);
            Teaching teaching = new Teaching(store, "bench", documents, engine);
            List<Drawn> text = new ArrayList<>();
            List<Drawn> scan = new ArrayList<>();
            for (SeriesInvoice invoice : series.invoices()) {
                Path file = invoice.invoice().file();
                Outcome.Read read = (Outcome.Read) recognizer.recognize(file, null);
                Teaching.Invoice drawnOn = new Teaching.Invoice(read.sha256(), read.pages(), read.recognition(), Files.readAllBytes(file));
                for (Map.Entry<FieldKey, PrintedValue> printed : invoice.printed().entrySet()) {
                    Box b = printed.getValue().box();
                    Box hand = Box.of(b.x0() - 0.005, b.y0() - 0.004, b.x1() + 0.005, b.y1() + 0.004, 1, 1);
                    (invoice.invoice().scanned() ? scan : text).add(new Drawn(drawnOn, printed.getKey(), printed.getValue().page(), hand));
                }
            }
            progress.accept("zones: " + text.size() + " rectangles on text pages, " + scan.size() + " on a scan");
            List<Duration> textTimes = time(teaching, text);
            List<Duration> scanTimes = time(teaching, scan);
            List<Duration> wholePage = wholePage(documents, tesseract, scan.getFirst().invoice().original());
            return List.of(
                    new Latency("zone_text", "Zone read on a text page: the rectangle to the field's value", TEXT_TARGET,
                            Latency.Statistic.MEDIAN, new Waits("zone_text", "the text layer's words in the zone", textTimes),
                            List.of(), List.of("Every value of the demo series' four PDFs, each rectangle " + (warmup + rounds)
                            + " times, the first " + warmup + " unmeasured; the workstation adds one frame to show it.")),
                    new Latency("zone_scan", "Zone read on a 200 dpi scan: the rectangle to the field's value", SCAN_TARGET,
                            Latency.Statistic.MEDIAN, new Waits("zone_scan", "the zone cut out and read by Tesseract",
                            scanTimes),
                            List.of(new Waits("whole_page", "the whole page, same engine", wholePage)),
                            List.of("One warm Tesseract engine (" + languages + "); each read opens the file again, as the "
                                    + "workstation does, and cuts the zone from the page at 300 dpi.")));
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    private List<Duration> time(Teaching teaching, List<Drawn> rectangles) {
        List<Duration> times = new ArrayList<>();
        for (int round = 0; round < warmup + rounds; round++) {
            for (Drawn d : rectangles) {
                long start = System.nanoTime();
                teaching.read(d.invoice(), d.key().key(), d.page(), d.box());
                long took = System.nanoTime() - start;
                if (round >= warmup) {
                    times.add(Duration.ofNanos(took));
                }
            }
        }
        return times;
    }

    private List<Duration> wholePage(Documents documents, TesseractEngine tesseract, byte[] scan) throws IOException {
        List<Duration> times = new ArrayList<>();
        for (int round = 0; round < Math.max(1, rounds); round++) {
            long start = System.nanoTime();
            try (Document document = documents.open(scan)) {
                tesseract.read(document, 1);
            } catch (io.verifact.document.DocumentRefused e) {
                throw new IOException(e.getMessage(), e);
            }
            times.add(Duration.ofNanos(System.nanoTime() - start));
        }
        return times;
    }
}
