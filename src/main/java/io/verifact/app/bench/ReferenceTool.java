package io.verifact.app.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A command-line tool Verifact is measured against, run the way a script runs it: one process per
 * file, one by one or a few at a time.
 */
public record ReferenceTool(String name, Path executable) {

    /** The tool on the {@code PATH}, as a shell would find it. */
    public static Optional<ReferenceTool> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String candidate : windows ? List.of(name + ".exe", name) : List.of(name)) {
                Path file = Path.of(folder, candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(new ReferenceTool(name, file));
                }
            }
        }
        return Optional.empty();
    }

    /** The first line the tool prints for these arguments (its version, say), or what went wrong. */
    public String firstLine(String... arguments) {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output.lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /**
     * Runs the tool once per argument list, {@code parallel} processes at a time.
     *
     * @param keepOutput whether to keep what each process writes on standard output; otherwise it is discarded
     * @return each process's standard output, in the order given (empty when not kept)
     * @throws ToolFailed when a process ends with a non-zero exit code
     */
    public List<byte[]> runEach(List<List<String>> argumentLists, int parallel, Map<String, String> environment, boolean keepOutput)
            throws InterruptedException {
        ExecutorService processes = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            List<Future<byte[]>> outputs = new ArrayList<>();
            for (List<String> arguments : argumentLists) {
                outputs.add(processes.submit(() -> runOnce(arguments, environment, keepOutput)));
            }
            List<byte[]> results = new ArrayList<>();
            for (Future<byte[]> output : outputs) {
                results.add(output.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new ToolFailed(name + " could not be run: " + e.getCause().getMessage());
        } finally {
            processes.shutdownNow();
        }
    }

    private byte[] runOnce(List<String> arguments, Map<String, String> environment, boolean keepOutput) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(arguments))
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                .redirectOutput(keepOutput ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output;
        try (InputStream stdout = process.getInputStream()) {
            output = keepOutput ? stdout.readAllBytes() : new byte[0];
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new ToolFailed(name + " failed (exit code " + exit + ") on " + String.join(" ", arguments) + ": " + errorOf(arguments, environment));
        }
        return output;
    }

    /** What the tool says on standard error when run again on the file that failed; the timing is lost anyway. */
    private String errorOf(List<String> arguments, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(arguments)).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return error.isEmpty() ? "it said nothing" : error.lines().limit(5).reduce((a, b) -> a + " | " + b).orElse(error);
    }

    private List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add(executable.toString());
        command.addAll(arguments);
        return command;
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null");
    }

    /** A reference tool ended with an error, so its timing means nothing. */
    public static final class ToolFailed extends RuntimeException {
        public ToolFailed(String message) {
            super(message);
        }
    }
}
