package io.verifact.app;

import io.verifact.workflow.Intake;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Watches folders, subfolders included, by looking at them again and again. Scanners often write
 * to network shares, where change notifications are not delivered; a look every few seconds
 * always sees what arrived, whenever it arrived. A file is handed over once its size and time
 * have held still between two looks, so a scanner still writing it is left alone.
 */
final class FolderWatch {

    private static final Duration EVERY = Duration.ofSeconds(2);

    /** What a file looked like at the last look. */
    private record Seen(long size, long modified) {
    }

    private final List<Path> folders;
    private final Map<Path, Seen> lastLook = new HashMap<>();
    private final Map<Path, Seen> handedOver = new HashMap<>();

    FolderWatch(List<Path> inputs) {
        this.folders = inputs.stream().filter(Files::isDirectory).toList();
    }

    /** Looks until the thread is interrupted, handing each new or changed document file over once. */
    void run(Consumer<Path> onFile) throws InterruptedException {
        if (folders.isEmpty()) {
            System.err.println("ingest --watch: no folder to watch");
            return;
        }
        System.err.println("ingest: watching " + folders + " (subfolders included); stop with Ctrl+C");
        while (!Thread.currentThread().isInterrupted()) {
            look().forEach(onFile);
            Thread.sleep(EVERY.toMillis());
        }
    }

    /** The files that held still since the last look and were not handed over in that state yet. */
    List<Path> look() {
        Map<Path, Seen> now = new HashMap<>();
        for (Path folder : folders) {
            list(folder, now);
        }
        List<Path> ready = new ArrayList<>();
        for (var entry : now.entrySet()) {
            Seen before = lastLook.get(entry.getKey());
            if (entry.getValue().equals(before) && !entry.getValue().equals(handedOver.get(entry.getKey()))) {
                handedOver.put(entry.getKey(), entry.getValue());
                ready.add(entry.getKey());
            }
        }
        lastLook.clear();
        lastLook.putAll(now);
        // Files gone from the folders are forgotten, so a station watching for months holds only what is there.
        handedOver.keySet().retainAll(now.keySet());
        ready.sort(null);
        return ready;
    }

    private static void list(Path folder, Map<Path, Seen> into) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && Intake.isDocument(file)) {
                        into.put(file, new Seen(attributes.size(), attributes.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A file the scanner removed or renamed between listing and looking: next time.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("ingest --watch: cannot look into " + folder + ": " + e.getMessage());
        }
    }
}
