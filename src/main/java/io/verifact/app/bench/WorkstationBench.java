package io.verifact.app.bench;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The bench's workstation section: how fast the workstation feels, in three figures. The next invoice
 * and zoom and pan are timed in this JVM's own window; the start in new JVMs, one per round. All on a
 * store of the demo set's born-digital invoices in a folder of its own, removed afterwards.
 */
public final class WorkstationBench {

    private final int warmup;
    private final int rounds;
    private final Optional<ColdStarts> starts;
    private final Consumer<String> progress;

    /**
     * @param starts how to start the workstation in a new JVM, or empty when it cannot be (the bench
     *        does not run from verifact.jar): the start figure is then left out, with a note
     */
    public WorkstationBench(int warmup, int rounds, Optional<ColdStarts> starts, Consumer<String> progress) {
        this.warmup = warmup;
        this.rounds = rounds;
        this.starts = starts;
        this.progress = progress;
    }

    /** What moves these figures besides the machine: JavaFX's version and how the window draws. */
    public static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("javafx", System.getProperty("javafx.runtime.version", "unknown"));
        facts.put("window", WorkstationFigures.window());
        return facts;
    }

    /** The next invoice, zoom and pan, and the start when it can be timed. */
    public List<Latency> run() throws Exception {
        Path folder = Files.createTempDirectory("verifact-bench-");
        try {
            WorkstationFigures.startJavaFx();
            WorkstationFigures window = new WorkstationFigures(warmup, rounds, progress);
            List<Latency> figures = new ArrayList<>();
            Path storeFile;
            int invoices;
            try (DemoStore store = DemoStore.create(folder)) {
                storeFile = store.file();
                invoices = store.invoices();
                figures.add(window.nextInvoice(store.workspace(), invoices));
                figures.add(window.zoomAndPan(store.workspace()));
            }
            if (starts.isPresent()) {
                figures.add(start(window, starts.get(), storeFile, invoices));
            } else {
                Latency next = figures.getFirst();
                List<String> notes = new ArrayList<>(next.notes());
                notes.add("Start not measured: the bench was not run from verifact.jar.");
                figures.set(0, new Latency(next.key(), next.title(), next.target(), next.judged(), next.figure(), next.beside(), notes));
            }
            return figures;
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    private Latency start(WorkstationFigures window, ColdStarts starts, Path store, int invoices) throws IOException, InterruptedException {
        List<Duration> sinceJvmStart = new ArrayList<>();
        List<Duration> sinceLaunch = new ArrayList<>();
        List<Duration> withoutCache = new ArrayList<>();
        for (int round = 0; round < warmup + rounds; round++) {
            ColdStarts.Start start = starts.once(store);
            boolean warming = round < warmup;
            progress.accept("workstation, start, %s: ready after %d ms (%d ms from launch)".formatted(
                    window.which(round), start.sinceJvmStart().toMillis(), start.sinceLaunch().toMillis()));
            if (!warming) {
                sinceJvmStart.add(start.sinceJvmStart());
                sinceLaunch.add(start.sinceLaunch());
            }
            if (starts.cache().isPresent()) {
                ColdStarts.Start plain = starts.onceWithoutCache(store);
                progress.accept("workstation, start without the start cache, %s: ready after %d ms".formatted(
                        window.which(round), plain.sinceJvmStart().toMillis()));
                if (!warming) {
                    withoutCache.add(plain.sinceJvmStart());
                }
            }
        }
        List<Waits> beside = new ArrayList<>();
        beside.add(new Waits("launch_to_ready", "launch to the window of use, as the bench sees it", sinceLaunch));
        List<String> notes = new ArrayList<>();
        String cache = starts.cache().map(file -> " -XX:AOTCache=" + file.getFileName()).orElse("");
        notes.add("java" + cache + " -jar verifact.jar with no command, a new JVM every round, on a store holding the " + invoices
                + " born-digital demo invoices; -Dverifact.ready.exit=true makes it write \"ready after N ms\" (N from the "
                + "JVM's start, RuntimeMXBean) once the queue and the first invoice's page and fields are drawn, and close.");
        if (starts.cache().isPresent()) {
            beside.add(new Waits("jvm_start_to_ready_without_cache", "the same start without the start cache", withoutCache));
            notes.add("The start cache (" + starts.cache().get().getFileName() + ", made by the build beside verifact.jar) holds the classes and "
                    + "method profiles of a start; the installed workstation starts with it, a plain java -jar without it.");
        } else {
            notes.add("No start cache beside verifact.jar (the build makes one): the start is timed without it.");
        }
        notes.add("The window runs " + WorkstationFigures.window() + ", with preferences in memory "
                + "(java.util.prefs.PreferencesFactory), so the operator's own are neither read nor written; "
                + "launch to ready adds the process's creation and the JVM's own start.");
        return new Latency("start", "Workstation, start: the JVM's start to the queue and the first invoice drawn", Duration.ofSeconds(2),
                Latency.Statistic.MEDIAN,
                new Waits("jvm_start_to_ready", "JVM start to the window of use, a cold JVM", sinceJvmStart), beside, notes);
    }
}
