package io.verifact.app.bench;

import io.verifact.ui.MemoryPreferences;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the workstation in a new JVM, as an operator starts it, and times it until its window is of
 * use: the child says when, in a line {@code ready after N ms} on standard error, N counted from its
 * JVM's start, and closes.
 */
public final class ColdStarts {

    private static final Pattern READY = Pattern.compile("ready after (\\d+) ms");
    private static final long READY_WITHIN_SECONDS = 120;
    private static final long CLOSED_WITHIN_SECONDS = 30;
    private static final int LINES_KEPT = 12;

    private final List<String> launch;
    private final Optional<Path> cache;

    /**
     * @param launch what follows {@code java} to start the workstation and have it say when it is
     *        ready: {@code -Dverifact.ready.exit=true -jar verifact.jar}, or the same with a class path and the main class
     * @param cache the start cache the workstation is installed with ({@code -XX:AOTCache}), if there is one
     */
    public ColdStarts(List<String> launch, Optional<Path> cache) {
        this.launch = List.copyOf(launch);
        this.cache = cache;
    }

    public ColdStarts(List<String> launch) {
        this(launch, Optional.empty());
    }

    /** The start cache the workstation starts with, if any. */
    public Optional<Path> cache() {
        return cache;
    }

    /**
     * One start.
     *
     * @param sinceJvmStart from the child JVM's start to its window of use, as the child counts it
     * @param sinceLaunch from the bench's launch of the process to the child's line, JVM creation included
     */
    public record Start(Duration sinceJvmStart, Duration sinceLaunch) {
    }

    /** Starts the workstation on the store, with its start cache if it has one, and waits until it is ready and closed again. */
    public Start once(Path store) throws IOException, InterruptedException {
        return once(command(store, true));
    }

    /** The same start without the start cache, as a JVM starts an application it knows nothing of. */
    public Start onceWithoutCache(Path store) throws IOException, InterruptedException {
        return once(command(store, false));
    }

    private Start once(List<String> command) throws IOException, InterruptedException {
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Deque<String> lastLines = new ArrayDeque<>();
        CompletableFuture<Start> ready = new CompletableFuture<>();
        Thread reader = Thread.ofVirtual().start(() -> read(process, launched, lastLines, ready));
        try {
            Start start = ready.get(READY_WITHIN_SECONDS, TimeUnit.SECONDS);
            if (!process.waitFor(CLOSED_WITHIN_SECONDS, TimeUnit.SECONDS)) {
                throw new ReferenceTool.ToolFailed("the workstation said it was ready but did not close within " + CLOSED_WITHIN_SECONDS + " s");
            }
            return start;
        } catch (ExecutionException | TimeoutException e) {
            synchronized (lastLines) {
                throw new ReferenceTool.ToolFailed("the workstation did not say it was ready (" + String.join(" ", command)
                        + "); it wrote: " + String.join(" | ", lastLines));
            }
        } finally {
            process.destroy();
            reader.join(TimeUnit.SECONDS.toMillis(CLOSED_WITHIN_SECONDS));
        }
    }

    /** The command line of one start, for the notes and for errors. */
    public List<String> command(Path store, boolean cached) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (cached) {
            cache.ifPresent(file -> command.add("-XX:AOTCache=" + file));
        }
        // The settings this bench runs with apply to the start it times.
        System.getProperties().stringPropertyNames().stream()
                .filter(p -> p.startsWith("verifact.") && !p.equals("verifact.store"))
                .sorted().forEach(p -> command.add("-D" + p + "=" + System.getProperty(p)));
        command.add("-Dglass.platform=" + WorkstationFigures.GLASS_PLATFORM.value());
        command.add("-Dprism.order=" + WorkstationFigures.PRISM_ORDER.value());
        command.add("-Djava.util.prefs.PreferencesFactory=" + MemoryPreferences.Factory.class.getName());
        command.add("-Dverifact.store=" + store);
        command.addAll(launch);
        return command;
    }

    private static void read(Process process, long launched, Deque<String> lastLines, CompletableFuture<Start> ready) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                Matcher said = READY.matcher(line.strip());
                if (said.matches() && !ready.isDone()) {
                    ready.complete(new Start(Duration.ofMillis(Long.parseLong(said.group(1))), Duration.ofNanos(System.nanoTime() - launched)));
                }
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > LINES_KEPT) {
                        lastLines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // The process is gone: what it said so far is kept.
        }
        ready.completeExceptionally(new IllegalStateException("it closed its standard error without saying it was ready"));
    }
}
