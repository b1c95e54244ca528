package io.verifact.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Opens a file as a {@link Document}, or refuses it with a reason. */
public final class Documents {

    private final Limits limits;

    public Documents(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    public Document open(Path file) throws DocumentRefused {
        return open(read(file));
    }

    /** Reads a file's bytes, refusing it when it is missing, empty or over the size limit. */
    public byte[] read(Path file) throws DocumentRefused {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw DocumentRefused.of(Refusal.TOO_LARGE, megabytes(size) + ", the limit is " + megabytes(limits.maxBytes()));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DocumentRefused.of(e, Refusal.NOT_READABLE, "no such file " + file);
        } catch (IOException e) {
            throw DocumentRefused.of(e, Refusal.NOT_READABLE, e.getMessage());
        }
    }

    public Document open(byte[] bytes) throws DocumentRefused {
        if (bytes.length == 0) {
            throw DocumentRefused.of(Refusal.EMPTY);
        }
        if (bytes.length > limits.maxBytes()) {
            throw DocumentRefused.of(Refusal.TOO_LARGE, megabytes(bytes.length) + ", the limit is " + megabytes(limits.maxBytes()));
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 1024));
        MediaType type = MediaType.sniff(head)
                .orElseThrow(() -> DocumentRefused.of(Refusal.UNSUPPORTED, MediaType.describeUnsupported(head)));
        return switch (type) {
            case PDF -> PdfDocument.open(bytes, limits);
            case PNG, JPEG, TIFF -> ImageDocument.open(bytes, type, limits);
        };
    }

    private static String megabytes(long bytes) {
        return "%.1f MB".formatted(bytes / 1024.0 / 1024.0);
    }
}
