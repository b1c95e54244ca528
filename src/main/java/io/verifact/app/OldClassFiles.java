package io.verifact.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Class files of a dependency compiled for Java 5 or older, made Java 8 class files with the same code, so that
 * the start caches can keep them. The JVM keeps no class file older than Java 6 in a cache once it has linked it:
 * a command then loaded and verified picocli's 172 classes anew at every start. The code is the same, instruction
 * for instruction; the build adds the stack map frames a Java 8 class file carries, which let the JVM verify the
 * class when it makes the cache rather than at every start.
 *
 * <p>The build runs it on the jars of {@code lib/} before it makes the caches ({@link StartCache}); the tests and
 * {@code ./mvnw javafx:run} use the dependencies as published.
 */
final class OldClassFiles {

    /** The first class file version the JVM can verify with stack map frames, and so keep in a cache: Java 6's. */
    private static final int VERIFIABLE = ClassFile.JAVA_6_VERSION;

    private OldClassFiles() {
    }

    /**
     * Rewrites, in place, the jars in the folder that hold class files older than Java 6 and are not signed.
     *
     * @return the jars rewritten
     */
    static List<Path> upgradeJarsIn(Path folder) throws IOException {
        List<Path> upgraded = new ArrayList<>();
        List<Path> jars;
        try (var files = Files.list(folder)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            if (needsUpgrade(jar)) {
                Path rewritten = Files.createTempFile(folder, jar.getFileName().toString(), ".part");
                try {
                    upgrade(jar, rewritten);
                    // A temporary file is readable by its owner alone; the jar keeps who may read it.
                    if (Files.getFileStore(jar).supportsFileAttributeView(PosixFileAttributeView.class)) {
                        Files.setPosixFilePermissions(rewritten, Files.getPosixFilePermissions(jar));
                    }
                    Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(rewritten);
                }
                upgraded.add(jar);
            }
        }
        return upgraded;
    }

    /** Whether the jar holds a class file older than Java 6 and no signature, which a rewrite would break. */
    static boolean needsUpgrade(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean old = false;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC"))) {
                    return false;
                }
                if (!old && isClass(name)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        old = majorVersion(in.readNBytes(8)) < VERIFIABLE;
                    }
                }
            }
            return old;
        }
    }

    /** Writes the jar to {@code to} with every class file older than Java 6 made a Java 8 one; the rest as it was. */
    static void upgrade(Path jar, Path to) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile());
                URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                OutputStream file = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(file)) {
            // Frames name the common supertype of two branches' values: the jar's own classes are read to find it.
            ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            ClassTransform toJava8 = ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                    .andThen(ClassTransform.endHandler(builder -> builder.withVersion(ClassFile.JAVA_8_VERSION, 0)));
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (isClass(entry.getName()) && majorVersion(bytes) < VERIFIABLE) {
                    ClassModel model = classFile.parse(bytes);
                    bytes = classFile.transformClass(model, toJava8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class");
    }

    /** The class file's major version, from its first eight bytes; Integer.MAX_VALUE when they are not a class file's. */
    private static int majorVersion(byte[] start) {
        if (start.length < 8 || (start[0] & 0xff) != 0xca || (start[1] & 0xff) != 0xfe || (start[2] & 0xff) != 0xba || (start[3] & 0xff) != 0xbe) {
            return Integer.MAX_VALUE;
        }
        return ((start[6] & 0xff) << 8) | (start[7] & 0xff);
    }
}
