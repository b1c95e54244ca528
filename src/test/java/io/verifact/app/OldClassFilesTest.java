package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.DiscontinuedInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The build makes a dependency's Java 5 class files ones the start caches can keep, and they work as before. */
class OldClassFilesTest {

    @TempDir
    Path folder;

    @Test
    void picocliIsRewrittenAsJava8ClassFilesThatVerifyLoadAndParseACommandLine() throws Exception {
        Path lib = Files.createDirectories(folder.resolve("lib"));
        Path picocli = Files.copy(jarOf(CommandLine.class), lib.resolve("picocli.jar"));
        Path jackson = Files.copy(jarOf(JsonFactory.class), lib.resolve("jackson-core.jar"));
        byte[] jacksonBefore = Files.readAllBytes(jackson);
        boolean posix = Files.getFileStore(lib).supportsFileAttributeView(PosixFileAttributeView.class);
        if (posix) {
            Files.setPosixFilePermissions(picocli, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(versionsIn(picocli)).as("as published").anyMatch(v -> v < ClassFile.JAVA_6_VERSION);

        assertThat(OldClassFiles.upgradeJarsIn(lib)).containsExactly(picocli);

        assertThat(versionsIn(picocli)).isNotEmpty().allMatch(v -> v == ClassFile.JAVA_8_VERSION);
        if (posix) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(picocli))).as("every user of the machine reads it still")
                    .isEqualTo("rw-r--r--");
        }
        assertThat(Files.readAllBytes(jackson)).as("a jar of newer class files is left as it is").isEqualTo(jacksonBefore);
        assertThat(OldClassFiles.upgradeJarsIn(lib)).as("a second build finds nothing to do").isEmpty();
        try (ZipFile rewritten = new ZipFile(picocli.toFile())) {
            assertThat(rewritten.getEntry(OldClassFiles.NOTICE)).as("the jar says it was changed, and how").isNotNull();
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {picocli.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            // Loading and initializing every class verifies it, with the frames the rewrite added.
            for (String name : classNames(picocli)) {
                assertThat(Class.forName(name, true, loader).getClassLoader()).isSameAs(loader);
            }
            Class<?> spec = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
            Class<?> option = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
            Object command = spec.getMethod("create").invoke(null);
            Object pages = option.getMethod("builder", String.class, String[].class).invoke(null, "--pages", new String[0]);
            // Declared by a builder class that is not public, and reached through the public one.
            call(pages, "type", new Class<?>[] {Class.class}, int.class);
            call(pages, "description", new Class<?>[] {String[].class}, (Object) new String[] {"Pages to read."});
            spec.getMethod("addOption", option).invoke(command, call(pages, "build", new Class<?>[0]));
            Class<?> commandLineClass = loader.loadClass("picocli.CommandLine");
            Object commandLine = commandLineClass.getConstructor(Object.class).newInstance(command);

            commandLineClass.getMethod("parseArgs", String[].class).invoke(commandLine, (Object) new String[] {"--pages", "3"});

            Object parsed = spec.getMethod("findOption", String.class).invoke(command, "--pages");
            assertThat(option.getMethod("getValue").invoke(parsed)).isEqualTo(3);
            assertThat((String) commandLineClass.getMethod("getUsageMessage").invoke(commandLine)).contains("--pages=PARAM", "Pages to read.");
        }
    }

    @Test
    void aClassWithOldSubroutinesStaysAsPublishedAndTheRestOfItsJarIsRewritten() throws Exception {
        Path lib = Files.createDirectories(folder.resolve("lib"));
        Path jar = lib.resolve("old.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            // A finally block as compilers wrote it before Java 6: a subroutine, which no Java 7 or later class file may hold.
            out.putNextEntry(new ZipEntry("old/Subroutine.class"));
            out.write(java5Class("old.Subroutine", code -> {
                Label finallyBlock = code.newLabel();
                code.with(DiscontinuedInstruction.JsrInstruction.of(finallyBlock));
                code.return_();
                code.labelBinding(finallyBlock);
                code.astore(0);
                code.with(DiscontinuedInstruction.RetInstruction.of(0));
            }));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("old/Plain.class"));
            out.write(java5Class("old.Plain", CodeBuilder::return_));
            out.closeEntry();
        }

        assertThat(OldClassFiles.upgradeJarsIn(lib)).containsExactly(jar);

        assertThat(versionsIn(jar)).containsExactlyInAnyOrder(ClassFile.JAVA_5_VERSION, ClassFile.JAVA_8_VERSION);
        assertThat(OldClassFiles.upgradeJarsIn(lib)).as("what stayed old is not tried again").isEmpty();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : List.of("old.Subroutine", "old.Plain")) {
                Class.forName(name, true, loader).getMethod("run").invoke(null);
            }
        }
    }

    /** A class file of Java 5 with one public static method, {@code run()}, made of the code given. */
    private static byte[] java5Class(String name, Consumer<CodeBuilder> code) {
        return ClassFile.of().build(ClassDesc.of(name), type -> type.withVersion(ClassFile.JAVA_5_VERSION, 0)
                .withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_SUPER)
                .withMethodBody("run", MethodTypeDesc.of(ConstantDescs.CD_void), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, code));
    }

    @Test
    void aSignedJarIsLeftAsItIsForARewriteWouldBreakItsSignature() throws Exception {
        Path lib = Files.createDirectories(folder.resolve("lib"));
        Path signed = lib.resolve("signed.jar");
        try (ZipFile zip = new ZipFile(jarOf(CommandLine.class).toFile()); OutputStream file = Files.newOutputStream(signed);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("META-INF/SIGNER.SF"));
            out.write("Signature-Version: 1.0\n".getBytes());
            out.closeEntry();
        }
        byte[] before = Files.readAllBytes(signed);

        assertThat(OldClassFiles.upgradeJarsIn(lib)).isEmpty();
        assertThat(Files.readAllBytes(signed)).isEqualTo(before);
    }

    private static Object call(Object target, String name, Class<?>[] types, Object... args) throws Exception {
        Method method = target.getClass().getMethod(name, types);
        method.setAccessible(true);
        return method.invoke(target, args);
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<String> classNames(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class") && !n.contains("module-info"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
        }
    }

    private static List<Integer> versionsIn(Path jar) throws IOException {
        List<Integer> versions = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".class") && !entry.getName().contains("module-info")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] start = in.readNBytes(8);
                        versions.add(((start[6] & 0xff) << 8) | (start[7] & 0xff));
                    }
                }
            }
        }
        return versions;
    }
}
