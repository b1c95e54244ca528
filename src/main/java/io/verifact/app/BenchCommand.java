package io.verifact.app;

import io.verifact.app.bench.AccuracyBench;
import io.verifact.app.bench.BenchReport;
import io.verifact.app.bench.ColdStarts;
import io.verifact.app.bench.Comparison;
import io.verifact.app.bench.CpuClock;
import io.verifact.app.bench.EngineOcr;
import io.verifact.app.bench.Inputs;
import io.verifact.app.bench.Latency;
import io.verifact.app.bench.Machine;
import io.verifact.app.bench.Measure;
import io.verifact.app.bench.ReferenceTool;
import io.verifact.app.bench.SyncFigures;
import io.verifact.app.bench.Rounds;
import io.verifact.app.bench.Scorecard;
import io.verifact.app.bench.Timing;
import io.verifact.app.bench.Tsv;
import io.verifact.app.bench.WorkstationBench;
import io.verifact.app.bench.ZoneBench;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.model.Engine;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.OcrUnavailable;
import io.verifact.ocr.TesseractEngine;
import io.verifact.sync.SharedUnreachable;
import io.verifact.sync.SyncBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * {@code bench}: Verifact against {@code pdftotext} and the {@code tesseract} command, in one run, on
 * the same files, with the same parallelism.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure reading speed against pdftotext and the tesseract command, in one run, on the same files; "
                + "and how fast the workstation feels.",
                "Born-digital: extract of the PDFs in one call, in process, against pdftotext once per file (one by one, and as many at a time as extract reads); "
                        + "and the launcher's extract call, a cold JVM each round, in the same rounds.",
                "OCR: scanned pages through Verifact's Tesseract engine, two at a time, against the tesseract command, two processes at a time, OMP_THREAD_LIMIT=1.",
                "Workstation: the window, headless, on the demo invoices: Alt+Down to the next invoice drawn (target 150 ms), "
                        + "zoom and pan frame times over a 300 dpi page (one frame at 60 Hz, 16.7 ms), "
                        + "and from the JVM's start to the queue and first invoice drawn, cold (2 s; only when run from verifact.jar).",
                "Accuracy: the born-digital PDFs and the scans that have truth files (*.truth.json), and the --receipts, read with the auto engine; per field, "
                        + "the share right, the share given a confidence of 0.9 or more, and how often right then (target: 99 %%).",
                "Zones: a rectangle drawn around each value of the demo series read for its field, on text pages (target 30 ms) and on a 200 dpi scan (150 ms), with a warm engine.",
                "Sync: validated invoices pushed to the PostgreSQL --shared names (scratch databases, created and dropped) against a plain "
                        + "batch insert of the same bytes (target 200 invoices/s), and a validation's way from one workstation to another (p95 within 1 s).",
                "Ratios are ours / reference by median wall time, and the workstation's waits / their targets. Progress goes to standard error.",
                "Exit code: 0 when measured, 3 when pdftotext, tesseract or its language data is missing, 64 on a bad option."})
final class BenchCommand implements Callable<Integer> {

    /** The bench's sections; {@code --only} picks some. */
    enum Section {
        BORN_DIGITAL, OCR, WORKSTATION, ZONES, SYNC, ACCURACY;

        /** As written on the command line: born-digital, ocr, workstation. */
        String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static final class Converter implements CommandLine.ITypeConverter<Section> {
            @Override
            public Section convert(String value) {
                return Arrays.stream(values()).filter(s -> s.option().equalsIgnoreCase(value.strip())).findFirst()
                        .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not a section: "
                                + Arrays.stream(values()).map(Section::option).collect(Collectors.joining(", "))));
            }
        }
    }

    /** The side of the born-digital rounds that times the launcher's cold call. */
    private static final String LAUNCHER = "verifact_launcher";

    /** Pages the OCR figure reads at once, on both sides, whatever the number of cores. */
    static final int OCR_PARALLEL = 2;

    @Option(names = "--pdfs", paramLabel = "DIR", defaultValue = "../shared/corpus/dev/zugferd",
            description = "Folder of born-digital PDFs; the first ones by name are read (default: ${DEFAULT-VALUE}).")
    Path pdfs;

    @Option(names = "--pdf-count", paramLabel = "N", defaultValue = "100", description = "How many PDFs (default: ${DEFAULT-VALUE}).")
    int pdfCount;

    @Option(names = "--scans", paramLabel = "DIR", defaultValue = "../shared/corpus/dev/scans",
            description = "Folder of scanned pages: its PNGs by name, then its JPEG and TIFF images (default: ${DEFAULT-VALUE}).")
    Path scans;

    @Option(names = "--receipts", paramLabel = "DIR",
            description = "Folder of scanned receipts (NAME.jpg with NAME.key.json: company, date, total) for the accuracy section; none by default.")
    Path receipts;

    @Option(names = "--scan-count", paramLabel = "M", defaultValue = "20", description = "How many scans (default: ${DEFAULT-VALUE}).")
    int scanCount;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "1", description = "Unmeasured rounds per side first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", description = "Measured rounds per side; medians are reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--shared", paramLabel = "JDBC_URL", defaultValue = "jdbc:postgresql://127.0.0.1:5432/",
            description = "The PostgreSQL the sync section creates its scratch databases on, as the URL's user (or PGUSER, or this system's) "
                    + "(default: ${DEFAULT-VALUE}).")
    String shared;

    @Option(names = "--sync-invoices", paramLabel = "N", defaultValue = "1000",
            description = "Validated invoices each sync round pushes (default: ${DEFAULT-VALUE}).")
    int syncInvoices;

    @Option(names = "--sync-changes", paramLabel = "N", defaultValue = "30",
            description = "Validations timed from one workstation to another (default: ${DEFAULT-VALUE}).")
    int syncChanges;

    @Option(names = "--json", description = "Print the report as one JSON line on standard output (the table then goes to standard error).")
    boolean json;

    @Option(names = "--only", paramLabel = "SECTION", split = ",", converter = Section.Converter.class,
            description = "Run only these sections: born-digital, ocr, workstation, zones, sync, comma-separated (default: all but sync, "
                    + "which needs a PostgreSQL server). "
                    + "The workstation needs neither the corpus nor the reference tools.")
    List<Section> only = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || warmup < 0 || pdfCount < 1 || scanCount < 1 || syncInvoices < 1 || syncChanges < 1) {
            System.err.println("--rounds, --pdf-count, --scan-count, --sync-invoices and --sync-changes must be 1 or more, --warmup 0 or more.");
            return 64;
        }
        Set<Section> sections = only.isEmpty() ? EnumSet.complementOf(EnumSet.of(Section.SYNC)) : EnumSet.copyOf(only);
        Map<String, String> machine = new LinkedHashMap<>(Machine.facts());
        List<Comparison> comparisons = new ArrayList<>();
        if (sections.contains(Section.BORN_DIGITAL) || sections.contains(Section.OCR)) {
            int read = reading(sections, machine, comparisons);
            if (read != 0) {
                return read;
            }
        }
        List<Scorecard> accuracy = List.of();
        if (sections.contains(Section.ACCURACY)) {
            Settings settings = Settings.fromSystem();
            try (OcrEngine engine = Engines.of(Engine.AUTO, settings)) {
                accuracy = new AccuracyBench(engine, settings.workers(), BenchCommand::progress).run(pdfs, scans, receipts);
            } catch (OcrUnavailable e) {
                System.err.println(e.getMessage());
                return 3;
            }
        }
        List<Latency> latencies = List.of();
        if (sections.contains(Section.WORKSTATION)) {
            try {
                latencies = workstation();
            } catch (ReferenceTool.ToolFailed | IllegalStateException | IOException e) {
                System.err.println("The bench stopped: " + e.getMessage());
                return 1;
            }
            machine.putAll(WorkstationBench.facts());
        }
        if (sections.contains(Section.ZONES)) {
            Settings settings = Settings.fromSystem();
            try {
                List<Latency> zones = new ZoneBench(warmup, rounds, settings.tessdata(), settings.ocrLanguages(), BenchCommand::progress).run();
                latencies = java.util.stream.Stream.concat(latencies.stream(), zones.stream()).toList();
            } catch (OcrUnavailable e) {
                System.err.println(e.getMessage());
                return 3;
            }
        }
        if (sections.contains(Section.SYNC)) {
            try {
                SyncFigures figures = new SyncFigures(new SyncBench(shared, syncInvoices, syncChanges, warmup, rounds,
                        BenchCommand::progress).run(), syncInvoices);
                machine.putAll(figures.facts());
                comparisons.add(figures.push());
                latencies = java.util.stream.Stream.concat(latencies.stream(), figures.latencies().stream()).toList();
            } catch (SharedUnreachable e) {
                System.err.println(e.getMessage());
                return 3;
            } catch (IllegalArgumentException e) {
                System.err.println("--shared: " + e.getMessage());
                return 64;
            }
        }
        BenchReport report = new BenchReport(machine, warmup, rounds, comparisons, latencies);
        String cards = accuracy.stream().map(c -> "\n== accuracy, " + c.kind() + "\n" + c.report()).collect(Collectors.joining());
        if (json) {
            System.err.print(report.table() + cards);
            com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.json());
            if (!accuracy.isEmpty()) {
                root.set("accuracy", AccuracyBench.json(accuracy));
            }
            System.out.println(root);
        } else {
            System.out.print(report.table() + cards);
        }
        return 0;
    }

    /** The born-digital and OCR figures, as chosen; an exit code other than 0 when they cannot be measured. */
    private int reading(Set<Section> sections, Map<String, String> machine, List<Comparison> comparisons) throws Exception {
        boolean bornDigital = sections.contains(Section.BORN_DIGITAL);
        boolean ocr = sections.contains(Section.OCR);
        Optional<ReferenceTool> pdftotext = ReferenceTool.find("pdftotext");
        Optional<ReferenceTool> tesseract = ReferenceTool.find("tesseract");
        if ((bornDigital && pdftotext.isEmpty()) || (ocr && tesseract.isEmpty())) {
            System.err.println(missing(bornDigital && pdftotext.isEmpty(), ocr && tesseract.isEmpty()));
            return 3;
        }
        for (Path folder : bornDigital && ocr ? List.of(pdfs, scans) : List.of(bornDigital ? pdfs : scans)) {
            if (!Files.isDirectory(folder)) {
                System.err.println("No folder " + folder.toAbsolutePath().normalize() + ": run the bench from the checkout, beside "
                        + "../shared/corpus, or give folders with --pdfs and --scans.");
                return 64;
            }
        }
        List<Path> pdfFiles;
        List<Path> scanFiles;
        try {
            pdfFiles = bornDigital ? Inputs.pdfs(pdfs, pdfCount) : List.of();
            scanFiles = ocr ? Inputs.scans(scans, scanCount) : List.of();
        } catch (IOException e) {
            System.err.println("Cannot list the bench's files (" + e.getMessage() + "): give folders with --pdfs and --scans.");
            return 64;
        }
        boolean noPdfs = bornDigital && pdfFiles.isEmpty();
        if (noPdfs || (ocr && scanFiles.isEmpty())) {
            System.err.println((noPdfs ? "No PDFs in " + pdfs : "No PNG, JPEG or TIFF scans in " + scans) + ": give a folder with "
                    + (noPdfs ? "--pdfs." : "--scans."));
            return 64;
        }
        Settings settings = Settings.fromSystem();
        Path tessdata = null;
        if (ocr) {
            try (TesseractEngine probe = new TesseractEngine(settings.tessdata(), settings.ocrLanguages(), 1)) {
                tessdata = probe.verified().languageData();
            } catch (OcrUnavailable e) {
                System.err.println(e.getMessage());
                return 3;
            }
        }

        machine.put("workers", settings.workers() + " (files extract reads at once; Tesseract engines)");
        if (bornDigital) {
            machine.put("pdftotext", pdftotext.get().firstLine("-v") + " (" + pdftotext.get().executable() + ")");
        }
        if (ocr) {
            machine.put("tesseract", tesseract.get().firstLine("--version") + " (" + tesseract.get().executable() + ")");
            machine.put("ocr_languages", settings.ocrLanguages() + " from " + tessdata);
            machine.put("omp_thread_limit", System.getenv().getOrDefault("OMP_THREAD_LIMIT", "1 (set by Verifact's engine)") + "; 1 for the tesseract command");
        }

        Rounds timed = new Rounds(warmup, rounds, BenchCommand::progress);
        try {
            if (bornDigital) {
                comparisons.add(bornDigital(timed, settings, pdftotext.get(), pdfFiles));
            }
            if (ocr) {
                comparisons.add(ocr(timed, settings, tesseract.get(), tessdata, scanFiles));
            }
            return 0;
        } catch (ReferenceTool.ToolFailed | DocumentRefused e) {
            System.err.println("The bench stopped: " + e.getMessage());
            return 1;
        } catch (OcrUnavailable e) {
            System.err.println(e.getMessage());
            return 3;
        }
    }

    /** The workstation's figures: the start only when this runs from verifact.jar, which a new JVM can start. */
    private List<Latency> workstation() throws Exception {
        Optional<ColdStarts> starts = Jars.running()
                .map(jar -> new ColdStarts(List.of("-D" + WorkstationLauncher.READY_EXIT + "=true", "-jar", jar.toString()),
                        StartCache.besideJar(jar)));
        return new WorkstationBench(warmup, rounds, starts, BenchCommand::progress).run();
    }

    private static void progress(String line) {
        System.err.println("bench: " + line);
    }

    static String missing(boolean pdftotext, boolean tesseract) {
        List<String> lines = new ArrayList<>();
        if (pdftotext) {
            lines.add("pdftotext is not installed: the bench compares extract with it. It comes with Poppler "
                    + "(Debian and Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler).");
        }
        if (tesseract) {
            lines.add("The tesseract command is not installed: the bench compares Verifact's OCR with it. Install Tesseract 5 "
                    + "with French, English, German and Dutch (see README: Prerequisites).");
        }
        lines.add("See README: Benchmarks.");
        return String.join(System.lineSeparator(), lines);
    }

    private Comparison bornDigital(Rounds timed, Settings settings, ReferenceTool pdftotext, List<Path> files) throws Exception {
        int parallel = settings.workers();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        AtomicReference<Extraction.Summary> read = new AtomicReference<>();
        List<List<String>> perFile = files.stream().map(f -> List.of(f.toString(), "-")).toList();
        List<String> notes = new ArrayList<>();
        notes.add("Same path as extract --json: no store, auto engine and " + parallel
                + " files side by side every round, JSON Lines written to a null sink; pdftotext runs once per file, as a script "
                + "would, and writes its text to the null device.");
        List<Rounds.Side> sides = new ArrayList<>(List.of(
                new Rounds.Side("verifact", CpuClock.THIS_PROCESS, () -> read.set(new Extraction(settings).run(Engine.AUTO, null, files, nowhere))),
                new Rounds.Side("pdftotext_parallel", CpuClock.CHILD_PROCESSES, () -> pdftotext.runEach(perFile, parallel, Map.of(), false)),
                new Rounds.Side("pdftotext_sequential", CpuClock.CHILD_PROCESSES, () -> pdftotext.runEach(perFile, 1, Map.of(), false))));
        Optional<Path> jar = Jars.running();
        Optional<Path> cache = jar.flatMap(StartCache::forCommandsBesideJar);
        if (cache.isPresent()) {
            // The call a script makes, timed in the same rounds as the reference tool.
            sides.add(new Rounds.Side(LAUNCHER, CpuClock.CHILD_PROCESSES, () -> coldCall(jar.get(), cache, StartCache.COMMAND_OPTIONS, files)));
        } else if (jar.isPresent()) {
            notes.add("No start cache for commands beside the jar (built with -Dverifact.startCache.skip=true): the launcher's call is not timed.");
        }
        Map<String, Timing> timings = timed.run("born-digital", sides);

        Extraction.Summary summary = read.get();
        if (summary.ocred() > 0) {
            notes.add(summary.ocred() + " of " + summary.files() + " PDFs have a page with too little real text, which the auto engine "
                    + "OCRs as extract does; pdftotext only dumps the text layer.");
        }
        if (summary.refused() > 0) {
            notes.add(summary.refused() + " of " + summary.files() + " PDFs were refused by Verifact.");
        }
        List<Comparison.Other> others = new ArrayList<>();
        if (cache.isPresent()) {
            others.add(new Comparison.Other("cold start, launcher", new Measure("cold_start_launcher",
                    "verifact launcher: extract, a cold JVM each round", timings.get(LAUNCHER)), "pdftotext_sequential"));
        }
        if (jar.isPresent()) {
            System.err.println("bench: born-digital, cold start: java -jar " + jar.get() + " extract --json (" + files.size() + " files)");
            // As scripts and the command-line contract call it: the JVM called starts one with the commands' cache when there is one.
            others.add(new Comparison.Other("cold start", new Measure("cold_start", "java -jar verifact.jar extract, once, as called",
                    once(() -> coldCall(jar.get(), Optional.empty(), List.of(), files))), "pdftotext_sequential"));
        } else {
            notes.add("Cold start not measured: the bench was not run from verifact.jar.");
        }
        return new Comparison("born_digital", "Born-digital: extract against pdftotext", files.size(), 1.0,
                new Measure("verifact", "verifact extract, in process, " + parallel + " side by side", timings.get("verifact")),
                List.of(new Measure("pdftotext_parallel", "pdftotext, " + parallel + " files at a time", timings.get("pdftotext_parallel")),
                        new Measure("pdftotext_sequential", "pdftotext, one file at a time", timings.get("pdftotext_sequential"))),
                others, notes);
    }

    private Comparison ocr(Rounds timed, Settings settings, ReferenceTool tesseract, Path tessdata, List<Path> files) throws Exception {
        EngineOcr ours = new EngineOcr(new Documents(Limits.DEFAULT),
                () -> new TesseractEngine(settings.tessdata(), settings.ocrLanguages(), settings.workers()), OCR_PARALLEL);
        List<List<String>> perFile = files.stream()
                .map(f -> List.of(f.toString(), "stdout", "--tessdata-dir", tessdata.toString(), "-l", settings.ocrLanguages(), "tsv"))
                .toList();
        AtomicLong ourWords = new AtomicLong();
        AtomicLong theirWords = new AtomicLong();
        Map<String, Timing> timings = timed.run("OCR", List.of(
                new Rounds.Side("verifact", CpuClock.THIS_PROCESS, () -> ourWords.set(ours.read(files))),
                new Rounds.Side("tesseract", CpuClock.CHILD_PROCESSES, () -> theirWords.set(
                        tesseract.runEach(perFile, OCR_PARALLEL, Map.of("OMP_THREAD_LIMIT", "1"), true).stream()
                                .mapToLong(Tsv::words).sum()))));
        List<String> notes = List.of(
                "Both sides: " + settings.ocrLanguages() + ", the resolution the image states, automatic page segmentation, "
                        + "one thread per page, words with boxes (tsv for the command).",
                "Verifact starts its engines afresh every round, as one extract call does: each loads the models once; the command loads them for every page.",
                "Words read per round: Verifact " + ourWords.get() + ", tesseract " + theirWords.get() + ".");
        return new Comparison("ocr", "OCR: Verifact's Tesseract engine against the tesseract command", files.size(), 1.1,
                new Measure("verifact", "verifact TesseractEngine, " + OCR_PARALLEL + " pages at a time", timings.get("verifact")),
                List.of(new Measure("tesseract", "tesseract command, " + OCR_PARALLEL + " processes at a time", timings.get("tesseract"))),
                List.of(), notes);
    }

    /**
     * One {@code java -jar verifact.jar extract --json} call on the files, as a script would make it; with the
     * start cache and the options the {@code verifact} launcher gives a command, as the launcher makes it.
     */
    private static void coldCall(Path jar, Optional<Path> cache, List<String> options, List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Jars.java());
        cache.ifPresent(file -> command.add("-XX:AOTCache=" + file));
        command.addAll(options);
        // The settings this bench runs with apply to the call it times.
        System.getProperties().stringPropertyNames().stream().filter(p -> p.startsWith("verifact."))
                .sorted().forEach(p -> command.add("-D" + p + "=" + System.getProperty(p)));
        command.addAll(List.of("-jar", jar.toString(), "extract", "--json"));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int exit = process.waitFor();
        if (exit != 0 && exit != 2) {
            throw new ReferenceTool.ToolFailed("java -jar " + jar + " extract ended with exit code " + exit);
        }
    }

    /** The wall and CPU time of one run of child processes. */
    private static Timing once(Rounds.Work work) throws Exception {
        OptionalLong cpuBefore = CpuClock.CHILD_PROCESSES.nanos();
        long start = System.nanoTime();
        work.run();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        OptionalLong cpuAfter = CpuClock.CHILD_PROCESSES.nanos();
        return new Timing(List.of(took), cpuBefore.isPresent() && cpuAfter.isPresent()
                ? List.of(Duration.ofNanos(cpuAfter.getAsLong() - cpuBefore.getAsLong())) : List.of());
    }
}
