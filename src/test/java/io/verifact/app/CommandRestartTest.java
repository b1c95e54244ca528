package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.Corpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command called as {@code java -jar verifact.jar …}, as scripts and the command-line contract call it, runs in
 * a JVM started with the commands' start cache, and behaves as if it ran where it was called.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CommandRestartTest {

    private static final String INVOICE = "EN16931_zugferd_2p0_EN16931_Physiotherapeut";

    @TempDir
    Path folder;

    /** The watches a test started, and the JVMs they started: none outlives its test, whatever it found. */
    private final List<ProcessHandle> running = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() {
        running.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void theJvmStartedForACommandHasTheCacheAndTheLaunchersOptionsThenTheCallersOwnThenTheCommand() {
        Path jar = Path.of("/opt/verifact/verifact.jar");
        Path cache = Path.of("/opt/verifact/verifact-command.aot");
        List<String> command = CommandRestart.command("/jdk/bin/java", jar, cache, List.of("-Xmx512m", "-Dverifact.workers=1"), 42,
                new String[] {"extract", "--json", "a b.pdf"});

        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java", "-XX:AOTCache=" + cache));
        expected.addAll(StartCache.COMMAND_OPTIONS);
        expected.addAll(List.of("-Xmx512m", "-Dverifact.workers=1", "-D" + CommandRestart.STARTED_BY + "=42", "-jar", jar.toString(),
                "extract", "--json", "a b.pdf"));
        assertThat(command).isEqualTo(expected);
    }

    @Test
    void propertiesMemorySizesAssertionsAndNativeAccessAreHandedOnWithTheCommand() {
        assertThat(CommandRestart.restartable(List.of())).isTrue();
        assertThat(CommandRestart.restartable(List.of("-Xmx2g", "-Xms256m", "-Xss4m", "-XX:MaxRAMPercentage=50", "-Dverifact.log=DEBUG",
                "-Dfile.encoding=UTF-8", "-ea", "--enable-native-access=ALL-UNNAMED"))).isTrue();
    }

    @Test
    void anOptionMeantForTheJvmCalledKeepsTheCommandThere() {
        // Each would be taken twice, by the JVM called and the one started: a port bound twice, a recording written
        // by both, a collector the cache was not made with, the JVM's own lines among the JSON.
        for (String option : List.of("-XX:AOTCache=mine.aot", "-Xshare:off", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=4",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:profiler.jar",
                "-Dcom.sun.management.jmxremote.port=9010", "-XX:StartFlightRecording=filename=rec.jfr", "-Xlog:gc",
                "-XX:+PrintCommandLineFlags", "-XX:ArchiveClassesAtExit=app.jsa", "--add-modules=jdk.incubator.vector")) {
            assertThat(CommandRestart.restartable(List.of("-Xmx1g", option))).as(option).isFalse();
        }
    }

    @Test
    void aCacheOlderThanTheJarIsNotUsedForItWouldRunTheEarlierJarsClasses() throws IOException {
        Path jar = Files.writeString(folder.resolve("verifact.jar"), "jar");
        Path cache = Files.writeString(folder.resolve(StartCache.COMMAND_FILE_NAME), "cache");
        Instant now = Instant.now();
        Files.setLastModifiedTime(jar, FileTime.from(now));
        Files.setLastModifiedTime(cache, FileTime.from(now.plusSeconds(5)));
        assertThat(CommandRestart.madeAfter(cache, jar)).isTrue();

        Files.setLastModifiedTime(jar, FileTime.from(now.plusSeconds(60)));
        assertThat(CommandRestart.madeAfter(cache, jar)).as("the jar was replaced after the cache was made").isFalse();
        assertThat(CommandRestart.madeAfter(folder.resolve("missing.aot"), jar)).isFalse();
    }

    @Test
    void extractCalledThroughTheJarPrintsOnlyItsJsonAndEndsWithItsExitCodeEvenWhenTheCacheCannotBeRead() throws Exception {
        Path jar = jarWithUnreadableCache();
        Path empty = Files.createFile(folder.resolve("empty.pdf"));

        Process call = java(jar, List.of(), "extract", "--json", Corpus.bornDigital(INVOICE).toString(), empty.toString())
                .redirectError(folder.resolve("stderr.txt").toFile()).start();
        String output = new String(call.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(call.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(call.exitValue()).as("one file could not be read").isEqualTo(2);
        List<String> lines = output.lines().toList();
        assertThat(lines).as("JSON Lines alone, whatever the JVM says of its cache").hasSize(2);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(lines.get(0)).path("status").asText()).isEqualTo("ok");
        assertThat(json.readTree(lines.get(0)).path("fields").path("gross_total").isObject()).isTrue();
        assertThat(json.readTree(lines.get(1)).path("status").asText()).isEqualTo("error");
        assertThat(folder.resolve("stderr.txt")).as("nothing of the JVM's cache, which only makes the start slower").content()
                .doesNotContain("[aot]", "[cds]", "AOT cache");
    }

    @Test
    @EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "a process's arguments are read from the system, as Linux and macOS give them")
    void aWatchCalledThroughTheJarRunsInAJvmWithTheCacheWhichEndsWhenTheCalledOneIsKilled() throws Exception {
        Path jar = jarWithUnreadableCache();
        Watch watch = watch(jar, List.of());

        ProcessHandle started = commandsJvm(watch);
        assertThat(started.info().arguments().map(Arrays::asList).orElseThrow())
                .contains("-XX:AOTCache=" + jar.resolveSibling(StartCache.COMMAND_FILE_NAME), "-XX:TieredStopAtLevel=1");

        watch.called().destroyForcibly();
        started.onExit().get(30, TimeUnit.SECONDS);
        assertThat(started.isAlive()).as("nothing is left reading once the called JVM is killed").isFalse();
    }

    @Test
    @EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "a process's arguments are read from the system, as Linux and macOS give them")
    void aCalledJvmThatIsStoppedStopsTheOneItStartedAndEndsAfterIt() throws Exception {
        Path jar = jarWithUnreadableCache();
        Watch watch = watch(jar, List.of());
        ProcessHandle started = commandsJvm(watch);

        watch.called().destroy();
        assertThat(watch.called().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(started.isAlive()).as("the command's JVM ended before the called one did").isFalse();
    }

    @Test
    @EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "a process's children are read from the system, as Linux and macOS give them")
    void withRestartOffTheCommandRunsWhereItWasCalled() throws Exception {
        Path jar = jarWithUnreadableCache();
        Watch watch = watch(jar, List.of("-D" + CommandRestart.PROPERTY + "=false"));

        assertThat(watch.started()).isEmpty();
        watch.called().destroy();
        assertThat(watch.called().waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /** A {@code java -jar} call as a script makes it. */
    private static ProcessBuilder java(Path jar, List<String> options, String... args) {
        List<String> command = new ArrayList<>(List.of(Jars.java()));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /**
     * This build's classes as {@code verifact.jar}, its dependencies on the manifest's class path as the packaged
     * jar has them, and beside it a commands' cache made after it that no JVM can read: the JVM started for a
     * command then runs without it and says so.
     */
    private Path jarWithUnreadableCache() throws IOException, URISyntaxException {
        Path classes = Path.of(CommandRestart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).as("the tests run on the build's class folder").isDirectory();
        Path jar = Files.createDirectories(folder.resolve("app")).resolve("verifact.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launch.class.getName());
        manifest.getMainAttributes().put(new Attributes.Name("Enable-Native-Access"), "ALL-UNNAMED");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of).filter(p -> !p.equals(classes)).map(p -> p.toUri().toString()).collect(Collectors.joining(" ")));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest); Stream<Path> files = Files.walk(classes)) {
            // Folders too, as the build's jar has them: the store finds its migrations by their folder.
            for (Path file : files.filter(f -> !f.equals(classes)).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (Files.isRegularFile(file)) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        Path cache = Files.writeString(jar.resolveSibling(StartCache.COMMAND_FILE_NAME), "not a cache");
        Files.setLastModifiedTime(cache, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(1)));
        return jar;
    }

    /** An {@code ingest --watch} called through the jar, once it says it is watching. */
    /** {@code java OPTIONS -jar verifact.jar ingest --watch}, as a scanning station calls it, once it watches. */
    private Watch watch(Path jar, List<String> options) throws Exception {
        Process called = java(jar, options, "ingest", "--watch", "--db", folder.resolve("station.db").toString(),
                Files.createDirectories(folder.resolve("inbox")).toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        running.add(called.toHandle());
        return Watch.said(called);
    }

    /** The JVM the called one started for its command. */
    private ProcessHandle commandsJvm(Watch watch) {
        ProcessHandle started = watch.started().orElseThrow(() -> new AssertionError("the called JVM started none for its command"));
        running.add(started);
        return started;
    }

    private record Watch(Process called) {

        static Watch said(Process called) throws Exception {
            BufferedReader said = called.errorReader(StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            Instant until = Instant.now().plus(Duration.ofSeconds(120));
            String line;
            while ((line = said.readLine()) != null && !line.startsWith("ingest: watching")) {
                lines.add(line);
                assertThat(Instant.now()).as("the watch did not start; it said: %s", lines).isBefore(until);
            }
            assertThat(line).as("the watch ended before it started; it said: %s", lines).isNotNull();
            // What else it says is read and dropped, so that it never waits on a full pipe.
            Thread.ofVirtual().start(() -> {
                try {
                    said.transferTo(java.io.Writer.nullWriter());
                } catch (IOException e) {
                    // The watch ended.
                }
            });
            return new Watch(called);
        }

        /** The JVM the called one started for its command, if any. */
        Optional<ProcessHandle> started() {
            return called.children().filter(c -> c.info().arguments().map(Arrays::asList)
                    .filter(a -> a.contains("-D" + CommandRestart.STARTED_BY + "=" + called.pid())).isPresent()).findFirst();
        }
    }
}
