package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class StartCacheTest {

    @TempDir
    Path folder;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the POSIX launcher; verifact.cmd is its Windows twin")
    void theLauncherStartsTheWorkstationWithItsCacheAndACommandWithTheCommandsCacheAndTheQuickCompilerAlone() throws Exception {
        StartCache.writeLaunchers(folder);
        Path launcher = folder.resolve("verifact");
        assertThat(Files.isExecutable(launcher)).isTrue();
        assertThat(folder.resolve("verifact.cmd")).content().contains("-XX:AOTCache=").contains("verifact.jar");
        Path javaHome = javaThatSaysItsArguments();

        assertThat(run(launcher, javaHome, "extract", "--json", "a b.pdf"))
                .isEqualTo(concat(StartCache.COMMAND_OPTIONS, List.of("-jar", folder.toRealPath() + "/verifact.jar", "extract", "--json", "a b.pdf")));
        assertThat(run(launcher, javaHome)).isEqualTo(List.of("-jar", folder.toRealPath() + "/verifact.jar"));

        Files.writeString(folder.resolve(StartCache.FILE_NAME), "cache");
        assertThat(StartCache.besideJar(folder.resolve("verifact.jar"))).contains(folder.resolve(StartCache.FILE_NAME));
        assertThat(run(launcher, javaHome))
                .isEqualTo(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:AOTCache=" + folder.toRealPath() + "/verifact.aot", "-jar", folder.toRealPath() + "/verifact.jar"));
        assertThat(run(launcher, javaHome, "ingest", "in")).as("the workstation's cache is not the commands'")
                .isEqualTo(concat(StartCache.COMMAND_OPTIONS, List.of("-jar", folder.toRealPath() + "/verifact.jar", "ingest", "in")));

        Files.writeString(folder.resolve(StartCache.COMMAND_FILE_NAME), "cache");
        assertThat(StartCache.forCommandsBesideJar(folder.resolve("verifact.jar"))).contains(folder.resolve(StartCache.COMMAND_FILE_NAME));
        assertThat(run(launcher, javaHome, "ingest", "in")).isEqualTo(concat(List.of("-XX:+IgnoreUnrecognizedVMOptions",
                "-XX:AOTCache=" + folder.toRealPath() + "/" + StartCache.COMMAND_FILE_NAME), StartCache.COMMAND_OPTIONS, List.of("-jar",
                folder.toRealPath() + "/verifact.jar", "ingest", "in")));
        assertThat(run(launcher, javaHome)).as("the workstation keeps its own")
                .isEqualTo(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:AOTCache=" + folder.toRealPath() + "/verifact.aot", "-jar", folder.toRealPath() + "/verifact.jar"));
        assertThat(folder.resolve("verifact.cmd")).content().contains(String.join(" ", StartCache.COMMAND_OPTIONS)).as("a command, and it alone, starts with the commands' cache")
                .contains("if not \"%~1\"==\"\" set \"cache=%here%" + StartCache.COMMAND_FILE_NAME + "\"")
                .as("cmd.exe reads a script's lines reliably only with CR LF endings").doesNotContainPattern("[^\r]\n");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the POSIX launcher; verifact.cmd is its Windows twin")
    void aJavaTooOldForVerifactIsStartedWithoutTheOptionsItWouldRefuseSoThatVerifactCanSayWhatItNeeds() throws Exception {
        StartCache.writeLaunchers(folder);
        Files.writeString(folder.resolve(StartCache.COMMAND_FILE_NAME), "cache");
        Path launcher = folder.resolve("verifact");
        Path javaHome = javaThatSaysItsArguments();
        List<String> plain = List.of("-jar", folder.toRealPath() + "/verifact.jar", "extract", "a.pdf");

        for (String old : List.of("17.0.15", "1.8.0_392", "9", "24")) {
            Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + old + "\"\nOS_NAME=\"Linux\"\n");
            assertThat(run(launcher, javaHome, "extract", "a.pdf")).as("Java " + old).isEqualTo(plain);
        }
        for (String recent : List.of("25.0.3", "26")) {
            Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"" + recent + "\"\n");
            assertThat(run(launcher, javaHome, "extract", "a.pdf")).as("Java " + recent).containsAll(StartCache.COMMAND_OPTIONS);
        }
        assertThat(folder.resolve("verifact.cmd")).content().as("its Windows twin reads the same file")
                .contains("\\release\" >nul && goto old").contains("/c:\"^JAVA_VERSION=\\\"2[0-4]\"");
    }

    @Test
    void withoutACacheBesideTheJarThereIsNone() {
        assertThat(StartCache.besideJar(folder.resolve("verifact.jar"))).isEmpty();
        assertThat(StartCache.forCommandsBesideJar(folder.resolve("verifact.jar"))).isEmpty();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /** A JVM stand-in that prints each argument it is given on a line of its own. */
    private Path javaThatSaysItsArguments() throws IOException {
        Path home = folder.resolve("jdk");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private static List<String> run(Path launcher, Path javaHome, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("JAVA_HOME", javaHome.toString()));
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(said).isZero();
        return said.lines().toList();
    }
}
