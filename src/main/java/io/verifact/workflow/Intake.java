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
import java.util.function.BooleanSupplier;

/**
 * Files and folders handed over by an operator (open dialog, drag and drop) or a script, taken into
 * the store one by one: each file is captured and recognized before the next, so stopping between two
 * files loses nothing.
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

    private final Ingest ingest;

    public Intake(Ingest ingest) {
        this.ingest = ingest;
    }

    /**
     * Takes in the files named and the invoices in the folders named, until done or until
     * {@code stopped} says so between two files.
     *
     * @return what happened to each file taken in, in order
     */
    public List<Ingest.Report> take(List<Path> inputs, Progress progress, BooleanSupplier stopped) throws IOException {
        List<Path> files = files(inputs);
        List<Ingest.Report> reports = new ArrayList<>(files.size());
        for (Path file : files) {
            if (stopped.getAsBoolean()) {
                break;
            }
            progress.reading(file, reports.size(), files.size());
            Ingest.Report report = ingest.ingest(file);
            reports.add(report);
            progress.read(report, reports.size(), files.size());
        }
        return reports;
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
