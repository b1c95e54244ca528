package io.verifact.app;

import io.verifact.app.bench.ColdStarts;
import io.verifact.app.bench.DemoStore;
import io.verifact.app.bench.ReferenceTool;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The workstation's start cache: the classes a start loads, linked, and the profile of the methods it
 * runs, as the JVM's ahead-of-time cache keeps them ({@code -XX:AOTCache}). A workstation started with
 * it skips most of the class loading and warming up that a cold start spends its time on.
 *
 * <p>The build makes it beside {@code verifact.jar} by starting the workstation once, the way an
 * operator does, on a store of the demo invoices, headless, until the first invoice is drawn, and then
 * reading the demo PDFs as {@code verifact extract} does ({@link StartCacheTraining}): the launchers
 * start commands with the same cache. It holds
 * for the JVM that made it and for this jar and its {@code lib/}: after a rebuild or with another JVM,
 * the JVM does without it, silently. With it, the build writes the launchers that use it,
 * {@code verifact} and {@code verifact.cmd}. Run: {@code java -cp target/verifact.jar io.verifact.app.StartCache}.
 */
public final class StartCache {

    /** The cache's name, in the jar's folder. */
    public static final String FILE_NAME = "verifact.aot";

    /**
     * What the launchers give the JVM for a command, and not for the workstation: a command reads its batch and
     * ends, and the JVM's quick compiler alone with its single-threaded collector do it sooner (on two cores, a cold
     * {@code extract} of 100 PDFs in about 2 s instead of 3.2 to 3.5 s, and as fast over 400 of them in one JVM). Over thousands
     * of invoices the optimizing compiler would end up about a fifth faster: {@code java -jar verifact.jar ingest …} runs
     * a very large batch with the JVM's defaults. The scripts in {@code launcher/} write the same options.
     */
    public static final List<String> COMMAND_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

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
        Path cache = jar.resolveSibling(FILE_NAME);
        return Files.isRegularFile(cache) ? Optional.of(cache) : Optional.empty();
    }

    public static void main(String[] args) throws Exception {
        String refused = make();
        if (refused != null) {
            System.err.println("start cache: not made, " + refused + ". The build can go without it: -Dverifact.startCache.skip=true");
            System.exit(1);
        }
    }

    /** Makes the launchers and the cache beside the running jar; why not, when it cannot. */
    private static String make() throws IOException, InterruptedException {
        Optional<Path> jar = Jars.running();
        if (jar.isEmpty()) {
            return "this does not run from verifact.jar (run it as java -cp target/verifact.jar " + StartCache.class.getName() + ")";
        }
        writeLaunchers(jar.get().getParent());
        Path cache = jar.get().resolveSibling(FILE_NAME);
        Files.deleteIfExists(cache);
        Path folder = Files.createTempDirectory("verifact-start-cache-");
        try {
            Path store;
            try (DemoStore demo = DemoStore.create(folder)) {
                store = demo.file();
            }
            ColdStarts training = new ColdStarts(List.of("-XX:AOTCacheOutput=" + cache, "-D" + WorkstationLauncher.READY_EXIT + "=true",
                    "-cp", jar.get().toString(), StartCacheTraining.class.getName(), folder.resolve("demo").toString()));
            ColdStarts.Start start = training.once(store);
            if (!Files.isRegularFile(cache)) {
                return "the JVM did not write " + cache;
            }
            System.err.printf("start cache: %s (%d MB), from a start that took %d ms%n", cache,
                    Files.size(cache) >> 20, start.sinceJvmStart().toMillis());
            return null;
        } catch (ReferenceTool.ToolFailed e) {
            return "the workstation's start could not be run: " + e.getMessage();
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }
}
