package io.verifact.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.function.Consumer;

/**
 * Watches folders for new files and hands each one over once its writer has finished, judged by
 * its size holding still: scanners and copies write files in several steps.
 */
final class FolderWatch {

    private static final long SETTLE_MILLIS = 1000;

    private final List<Path> folders;
    FolderWatch(List<Path> inputs) {
        this.folders = inputs.stream().filter(Files::isDirectory).toList();
    }

    void run(Consumer<Path> onFile) throws IOException, InterruptedException {
        if (folders.isEmpty()) {
            System.err.println("ingest --watch: no folder to watch");
            return;
        }
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (Path folder : folders) {
                folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
            System.err.println("ingest: watching " + folders + "; stop with Ctrl+C");
            while (true) {
                WatchKey key;
                try {
                    key = watcher.take();
                } catch (ClosedWatchServiceException e) {
                    return;
                }
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        Path file = folder.resolve(name);
                        if (Files.isRegularFile(file) && IngestCommand.isDocument(file) && settled(file)) {
                            onFile.accept(file);
                        }
                    }
                }
                key.reset();
            }
        }
    }

    private static boolean settled(Path file) throws InterruptedException {
        try {
            long before = -1;
            long size = Files.size(file);
            while (size != before) {
                Thread.sleep(SETTLE_MILLIS);
                before = size;
                size = Files.size(file);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
