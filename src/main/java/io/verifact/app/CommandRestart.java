package io.verifact.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A command that reads invoices, called as {@code java -jar verifact.jar extract …} the way scripts, scanning
 * stations and the command-line contract call it, runs in a JVM started the way the {@code verifact} launcher
 * starts one: with the commands' start cache beside the jar ({@link StartCache#COMMAND_FILE_NAME}) and
 * {@link StartCache#COMMAND_OPTIONS}. A plain {@code java -jar} cannot name a start cache, and without one a cold
 * JVM loads, links and compiles everything anew: one PDF took 1.14 s that way against 0.47 s through the launcher,
 * and 100 PDFs 3.25 s against 1.65 s (two cores).
 *
 * <p>The JVM that was called starts that one with its own options and arguments, lets it use the same standard
 * input, output and error, waits for it and ends with its exit code. Stopped, it stops it and waits for it to end;
 * the one started ends on its own when the one that started it is gone, as a killed {@code ingest} does.
 *
 * <p>The command runs where it was called when there is no cache beside the jar or the cache is older than the
 * jar (the JVM would load the classes of the jar it was made from), when the call gives the JVM an option other
 * than properties, memory sizes, assertions and native access (a collector, an agent, a debugger, a management
 * port or a recording is meant for the JVM called), and with {@code -Dverifact.restart=false}.
 */
final class CommandRestart {

    /** {@code -Dverifact.restart=false} runs the command in the JVM that was called. */
    static final String PROPERTY = "verifact.restart";

    /** Set on the JVM started for a command: the process id of the one that started it and waits for it. */
    static final String STARTED_BY = "verifact.startedBy";

    /** The commands that read invoices, which the commands' cache was trained on. */
    static final Set<String> COMMANDS = Set.of("extract", "ingest");

    /**
     * The JVM options a call may give for its command to be handed on: they mean the same in the JVM started
     * for it and harm nothing in the one called, which only waits. Any other option (a collector, a debugger, an
     * agent, a management port, a flight recording, a cache, logging or printing of the JVM's own) says what to do
     * with the JVM that was called, and it runs the command itself.
     */
    private static final Pattern HANDED_ON = Pattern.compile(
            "-D(?!com\\.sun\\.management\\.|jdk\\.internal\\.)\\S.*|-X(mx|ms|ss|mn)\\d+[kKmMgGtT]?"
                    + "|-XX:(Max|Min|Initial)RAMPercentage=[\\d.]+|--enable-native-access=.*|-(ea|da|esa|dsa)(:.*)?");

    /** The exit code of the JVM started for a command once the one that started it is gone: a stopped JVM's. */
    private static final int STOPPED = 143;

    /** How often the JVM started for a command looks whether the one that started it is still there. */
    private static final Duration LOOKING = Duration.ofMillis(200);

    /** How long a stopped JVM waits for the one it started before it stops it by force. */
    private static final long STOPPING_SECONDS = 30;

    private CommandRestart() {
    }

    /**
     * Runs the command in a JVM started with the commands' cache and returns its exit code, or nothing when this
     * JVM is to run it. Called with the program's arguments before anything else is loaded.
     */
    static OptionalInt run(String[] args) throws InterruptedException {
        String startedBy = System.getProperty(STARTED_BY);
        if (startedBy != null) {
            endWithStarter(startedBy);
            return OptionalInt.empty();
        }
        if (args.length == 0 || !COMMANDS.contains(args[0]) || "false".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = Jars.running();
        Optional<Path> cache = jar.flatMap(StartCache::forCommandsBesideJar).filter(c -> madeAfter(c, jar.get()));
        if (cache.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!restartable(options)) {
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command(Jars.java(), jar.get(), cache.get(), options, ProcessHandle.current().pid(), args))
                .inheritIO();
        // Their options are among this JVM's own, which are all passed on.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Thread stopping = new Thread(() -> stop(started), "stopping the command");
        Runtime.getRuntime().addShutdownHook(stopping);
        int exit = started.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopping);
        } catch (IllegalStateException e) {
            // Stopped as the command ended: the hook finds it ended.
        }
        return OptionalInt.of(exit);
    }

    /** Whether a JVM called with these options may hand its command on: when each of them is one it may pass on. */
    static boolean restartable(List<String> options) {
        return options.stream().allMatch(option -> HANDED_ON.matcher(option).matches());
    }

    /** The JVM to start: the cache and the launcher's options first, then the caller's own options, then the jar and the arguments. */
    static List<String> command(String java, Path jar, Path cache, List<String> options, long startedBy, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-XX:AOTCache=" + cache);
        command.addAll(StartCache.COMMAND_OPTIONS);
        command.addAll(options);
        command.add("-D" + STARTED_BY + "=" + startedBy);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Whether the cache was made after the jar was: a cache made for an earlier jar would run that jar's classes. */
    static boolean madeAfter(Path cache, Path jar) {
        try {
            return Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(Process started) {
        started.destroy();
        try {
            if (!started.waitFor(STOPPING_SECONDS, TimeUnit.SECONDS)) {
                started.destroyForcibly();
            }
        } catch (InterruptedException e) {
            started.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The JVM started for a command ends, as when it is stopped, once the one that started it is gone. It looks
     * every {@link #LOOKING} (the JDK's own watch of a process that is not its child looks ever less often, seconds
     * apart in a long run, while an {@code ingest} would go on taking files).
     */
    private static void endWithStarter(String pid) {
        Optional<ProcessHandle> starter;
        try {
            starter = ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            // Not a process id: nothing to watch.
            return;
        }
        if (starter.isEmpty()) {
            System.exit(STOPPED);
        }
        Thread.ofPlatform().daemon().name("watching the JVM called").start(() -> {
            try {
                while (starter.get().isAlive()) {
                    Thread.sleep(LOOKING);
                }
                System.exit(STOPPED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
