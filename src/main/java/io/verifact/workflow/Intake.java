package io.verifact.workflow;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Files and folders handed over by an operator (open dialog, drag and drop) or a script, taken into
 * the store one by one: each file is captured and recognized before the next. A {@link Stop} stops the
 * file being read at once (a long OCR is not waited for) and leaves it and those after it unread, not
 * quarantined: they are read when they are taken again.
 */
public final class Intake {

    private static final Set<String> SUFFIXES = Set.of(".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff");

    /** Hears of each file as it is taken in. */
    public interface Progress {

        /** Called before a file is read; {@code done} files of {@code total} are behind. */
        void reading(Path file, int done, int total);

        /** Called when a file is in the store, or refused. */
        void read(Ingest.Report report, int done, int total);
    }

    /**
     * What a batch did.
     *
     * @param reports what happened to each file read, in order
     * @param files how many files the batch had, the folders' files counted
     */
    public record Batch(List<Ingest.Report> reports, int files) {

        public Batch {
            reports = List.copyOf(reports);
        }

        /** Whether it was stopped before its last file was read. */
        public boolean stopped() {
            return reports.size() < files;
        }

        /** The files a stop left unread: the one being read and those after it. */
        public int unread() {
            return files - reports.size();
        }
    }

    /**
     * How an operator stops a batch: the file being read is stopped at once, those after it are not
     * begun. Safe to use from any thread, before the batch begins too.
     */
    public static final class Stop {

        private boolean asked;
        /** The thread reading the batch, while it does. */
        private Thread reading;

        /** Stops the batch; the file being read and those after it are left unread. */
        public synchronized void stop() {
            asked = true;
            if (reading != null) {
                // Recognizer turns the interruption into a stop, not a broken file.
                reading.interrupt();
            }
        }

        public synchronized boolean asked() {
            return asked;
        }

        private synchronized void begin() {
            reading = Thread.currentThread();
        }

        private synchronized void end() {
            reading = null;
            if (asked) {
                // The interruption was ours and ends with the batch: the thread goes on to other work.
                Thread.interrupted();
            }
        }
    }

    private final Ingest ingest;

    public Intake(Ingest ingest) {
        this.ingest = ingest;
    }

    /**
     * Takes in the files named and the invoices in the folders named, on this thread, until done or
     * stopped.
     */
    public Batch take(List<Path> inputs, Progress progress, Stop stop) throws IOException {
        List<Path> files = files(inputs);
        List<Ingest.Report> reports = new ArrayList<>(files.size());
        stop.begin();
        try {
            for (Path file : files) {
                if (stop.asked() || Thread.currentThread().isInterrupted()) {
                    break;
                }
                progress.reading(file, reports.size(), files.size());
                Ingest.Report report;
                try {
                    report = ingest.ingest(file);
                } catch (CancellationException e) {
                    // Stopped while it was read: captured but not recognized, it is read when taken again.
                    break;
                }
                reports.add(report);
                progress.read(report, reports.size(), files.size());
            }
        } finally {
            stop.end();
        }
        return new Batch(reports, files.size());
    }

    /** The files named, and the invoice files of the folders named (subfolders included), in a stable order. */
    public static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> inFolder = new ArrayList<>();
                Files.walkFileTree(input, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && isDocument(file)) {
                            inFolder.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // Gone between listing and looking (a scanner's temporary file): nothing to take.
                        return FileVisitResult.CONTINUE;
                    }
                });
                inFolder.sort(null);
                files.addAll(inFolder);
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** Whether the file's name says it is a PDF or a picture Verifact reads. */
    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
