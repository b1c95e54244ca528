package io.verifact.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files a bench reads: the first ones of a folder by name, so that every run reads the same. */
public final class Inputs {

    private static final List<String> OTHER_IMAGES = List.of(".jpg", ".jpeg", ".tif", ".tiff");

    private Inputs() {
    }

    /** The first {@code count} PDFs of the folder, by name. */
    public static List<Path> pdfs(Path folder, int count) throws IOException {
        return endingIn(folder, List.of(".pdf")).stream().limit(count).toList();
    }

    /**
     * The first {@code count} scans of the folder: its PNGs by name, then its JPEG and TIFF images by
     * name (in the corpus, the photocopy-like {@code .degraded.jpg} pages) when the PNGs are too few.
     */
    public static List<Path> scans(Path folder, int count) throws IOException {
        List<Path> scans = new ArrayList<>(endingIn(folder, List.of(".png")));
        scans.addAll(endingIn(folder, OTHER_IMAGES));
        return scans.stream().limit(count).toList();
    }

    private static List<Path> endingIn(Path folder, List<String> suffixes) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> suffixes.stream().anyMatch(s -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(s)))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        }
    }
}
