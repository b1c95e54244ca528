package io.verifact.app;

import io.verifact.app.bench.ColdStarts;
import io.verifact.app.bench.DemoStore;
import io.verifact.capture.DemoInvoices;
import io.verifact.app.bench.ReferenceTool;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The workstation's start cache: the classes a start loads, linked, and the profile of the methods it
 * runs, as the JVM's ahead-of-time cache keeps them ({@code -XX:AOTCache}). A workstation started with
 * it skips most of the class loading and warming up that a cold start spends its time on.
 *
 * <p>The build makes it beside {@code verifact.jar} by starting the workstation once, the way an
 * operator does, on a store of the demo invoices, headless, until the first invoice is drawn, and then
 * reading the demo PDFs as {@code verifact extract} does ({@link StartCacheTraining}). It then makes the
 * commands' cache ({@link #COMMAND_FILE_NAME}), with which the launchers start a command, and so does
 * {@code java -jar verifact.jar} for {@code extract} and {@code ingest} ({@link CommandRestart}). A cache holds
 * for the JVM that made it, which another JVM says and does without, and for this jar and its {@code lib/} only:
 * a JVM given a cache made for an earlier jar still runs that jar's classes, so the build deletes the caches
 * before it packages the jar. With them, the build writes the launchers that use them,
 * {@code verifact} and {@code verifact.cmd}. Run: {@code java -cp target/verifact.jar io.verifact.app.StartCache}.
 */
public final class StartCache {

    /** The cache's name, in the jar's folder. */
    public static final String FILE_NAME = "verifact.aot";

    /**
     * The commands' cache, in the jar's folder: made from {@code extract} and {@code ingest} runs alone
     * ({@link CommandCacheTraining}), it holds the classes a command needs and not the workstation's, which a JVM
     * started with a cache loads whole before anything else. With it, a cold {@code extract --help} took 0.36 s
     * against 0.44 s with the workstation's, and a cold {@code extract} of one PDF 0.70 s against 0.75 s (two cores,
     * medians of 16 to 20 runs); of 100 PDFs, the two were alike within the machine's noise.
     */
    public static final String COMMAND_FILE_NAME = "verifact-command.aot";

    /** The longest the commands' training run, or a check of a cache, may take before the build gives up on it. */
    private static final long RUN_MINUTES = 5;

    /**
     * What the launchers give the JVM for a command, and not for the workstation: a command reads its batch and
     * ends, and the JVM's quick compiler alone with its single-threaded collector do it sooner (on two cores, a cold
     * {@code extract} of 100 PDFs in about 2 s instead of 3.2 to 3.5 s, and as fast over 400 of them in one JVM). Over thousands
     * of invoices the optimizing compiler would end up about a fifth faster: {@code java -Dverifact.restart=false -jar
     * verifact.jar ingest …} runs a very large batch with the JVM's defaults. The JVM's own warnings go to standard error,
     * never into the JSON a command prints; of its start cache it says nothing: one it cannot use (made by another JVM,
     * or damaged) only makes the start slower, and a script reading standard error wants the invoices' news there. The
     * scripts in {@code launcher/} write the same options.
     */
    public static final List<String> COMMAND_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:all=off:stdout",
            "-Xlog:all=warning,aot*=off,cds*=off:stderr");

    private StartCache() {
    }

    /**
     * Writes {@code verifact} and {@code verifact.cmd} into the jar's folder: they start the workstation, or
     * run a command, with the start cache when it is there.
     */
    static void writeLaunchers(Path folder) throws IOException {
        for (String name : List.of("verifact", "verifact.cmd")) {
            String resource = "launcher/" + (name.endsWith(".cmd") ? name : name + ".sh");
            try (InputStream in = Objects.requireNonNull(StartCache.class.getResourceAsStream(resource), resource + " is missing from the build")) {
                Path launcher = folder.resolve(name);
                Files.copy(in, launcher, StandardCopyOption.REPLACE_EXISTING);
                if (!name.endsWith(".cmd") && Files.getFileStore(launcher).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    /** The cache beside the jar, when the build made one. */
    public static Optional<Path> besideJar(Path jar) {
        return beside(jar, FILE_NAME);
    }

    /** The commands' cache beside the jar, when the build made one. */
    public static Optional<Path> forCommandsBesideJar(Path jar) {
        return beside(jar, COMMAND_FILE_NAME);
    }

    private static Optional<Path> beside(Path jar, String name) {
        Path cache = jar.resolveSibling(name);
        return Files.isRegularFile(cache) ? Optional.of(cache) : Optional.empty();
    }

    public static void main(String[] args) throws Exception {
        String refused = make();
        if (refused != null) {
            System.err.println("start cache: not made, " + refused + ". The build can go without the caches: -Dverifact.startCache.skip=true");
            System.exit(1);
        }
    }

    /** Makes the launchers and the cache beside the running jar; why not, when it cannot. */
    private static String make() throws IOException, InterruptedException {
        Optional<Path> jar = Jars.running();
        if (jar.isEmpty()) {
            return "this does not run from verifact.jar (run it as java -cp target/verifact.jar " + StartCache.class.getName() + ")";
        }
        // First, before this JVM opens any jar of lib/ to load a class from it.
        keepableByTheCaches(jar.get().resolveSibling("lib"));
        writeLaunchers(jar.get().getParent());
        Path cache = jar.get().resolveSibling(FILE_NAME);
        Path commandCache = jar.get().resolveSibling(COMMAND_FILE_NAME);
        Files.deleteIfExists(cache);
        Files.deleteIfExists(commandCache);
        Path folder = Files.createTempDirectory("verifact-start-cache-");
        try {
            Path store;
            try (DemoStore demo = DemoStore.create(folder)) {
                store = demo.file();
            }
            // Real invoices embed their fonts, which the demo set's Standard 14 fonts never show the runs how to read.
            DemoInvoices.writeEmbedded(folder.resolve("demo"));
            ColdStarts training = new ColdStarts(List.of("-XX:AOTCacheOutput=" + cache, "-D" + WorkstationLauncher.READY_EXIT + "=true",
                    "-cp", jar.get().toString(), StartCacheTraining.class.getName(), folder.resolve("demo").toString()));
            ColdStarts.Start start = training.once(store);
            if (!Files.isRegularFile(cache)) {
                return "the JVM did not write " + cache;
            }
            System.err.printf("start cache: %s (%d MB), from a start that took %d ms%n", cache,
                    Files.size(cache) >> 20, start.sinceJvmStart().toMillis());
            String unusable = unusable(jar.get(), cache, List.of(), List.of("--version"), folder.resolve("check.log"));
            if (unusable != null) {
                return unusable;
            }
            return trainCommands(jar.get(), commandCache, folder.resolve("demo"), folder.resolve("ingested.db"));
        } catch (ReferenceTool.ToolFailed e) {
            return "the workstation's start could not be run: " + e.getMessage();
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    /** Makes the class files of lib/ that are too old for a cache ones it can keep ({@link OldClassFiles}); says which. */
    private static void keepableByTheCaches(Path lib) {
        if (!Files.isDirectory(lib)) {
            return;
        }
        try {
            for (Path upgraded : OldClassFiles.upgradeJarsIn(lib)) {
                System.err.println("start cache: " + upgraded.getFileName() + " has class files older than Java 6, now Java 8 ones for the caches to keep");
            }
        } catch (IOException | RuntimeException e) {
            // The caches are made all the same; the commands load those classes at every start, as before.
            System.err.println("start cache: the class files of " + lib + " that are older than Java 6 stay as they are: " + e.getMessage());
        }
    }

    /** Makes the commands' cache from {@code extract} and {@code ingest} runs on the demo PDFs; why not, when it cannot. */
    private static String trainCommands(Path jar, Path cache, Path pdfs, Path store) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Jars.java(), "-XX:AOTCacheOutput=" + cache));
        command.addAll(COMMAND_OPTIONS);
        command.addAll(List.of("-cp", jar.toString(), CommandCacheTraining.class.getName(), pdfs.toString(), store.toString()));
        Ended training = run(command, store.resolveSibling("command-training.log"));
        if (training == null) {
            Files.deleteIfExists(cache);
            return "the commands' training run did not end within " + RUN_MINUTES + " minutes";
        }
        if (training.exit() != 0 || !Files.isRegularFile(cache)) {
            List<String> said = training.said();
            return "the commands' training run ended with exit code " + training.exit() + (Files.isRegularFile(cache) ? "" : " and no " + cache)
                    + "; it said: " + String.join(" | ", said.subList(Math.max(0, said.size() - 8), said.size()));
        }
        String unusable = unusable(jar, cache, COMMAND_OPTIONS, List.of("extract", "--help"), store.resolveSibling("command-check.log"));
        if (unusable != null) {
            return unusable;
        }
        // The call scripts make, which hands the command to a JVM started with this cache (CommandRestart).
        Ended called = run(List.of(Jars.java(), "-jar", jar.toString(), "extract", "--help"), store.resolveSibling("command-call.log"));
        if (called == null || called.exit() != 0) {
            Files.deleteIfExists(cache);
            return "java -jar " + jar + " extract --help, which starts a JVM with " + cache + ", failed: "
                    + (called == null ? "it did not end within " + RUN_MINUTES + " minutes" : String.join(" | ", called.said()).strip());
        }
        System.err.printf("start cache for commands: %s (%d MB)%n", cache, Files.size(cache) >> 20);
        return null;
    }

    /**
     * Why a JVM started as the launcher starts it cannot use the cache, or null when it can. A JVM that cannot
     * starts without it, silently: the options of the run that made it must be those of the runs that use it.
     *
     * @param log where the check's standard error is kept
     */
    private static String unusable(Path jar, Path cache, List<String> options, List<String> args, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Jars.java(), "-XX:AOTMode=on", "-XX:AOTCache=" + cache));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        Ended check = run(command, log);
        if (check == null || check.exit() != 0) {
            Files.deleteIfExists(cache);
            return "a JVM started as the launcher starts it cannot use " + cache + ": "
                    + (check == null ? "it did not end within " + RUN_MINUTES + " minutes" : String.join(" | ", check.said()).strip());
        }
        return null;
    }

    /** A JVM the build ran to its end: its exit code and the lines of its standard error. */
    private record Ended(int exit, List<String> said) {
    }

    /** Runs a JVM, its standard error kept in the log; null when it did not end within {@link #RUN_MINUTES}, and it was stopped. */
    private static Ended run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        if (!process.waitFor(RUN_MINUTES, TimeUnit.MINUTES)) {
            // The JVM that writes a cache is a child of the one started.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            return null;
        }
        return new Ended(process.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList());
    }
}
